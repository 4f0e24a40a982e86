/**
 * Reads of evidence items: one item with its state and full history, and lists of items by
 * case, holder, status, country of the custodian and registration time. Only what the reader
 * may see is returned (core/ledger/access.ts).
 * @module
 */
import { type RequestHandler, Router } from 'express';
import type { z } from 'zod';
import { canReadItem } from '../core/ledger/access.ts';
import { retentionSummary } from '../core/ledger/retention.ts';
import type { ActorState, ItemState } from '../core/ledger/state.ts';
import type { BundleBuilder } from '../ledger/bundle-builder.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { badCursor, readablePage } from './paging.ts';
import { presentHistory, presentItem } from './presenters.ts';
import { BundleQuery, IdParam, ItemListQuery } from './request-params.ts';
import { withCategory } from './retention-routes.ts';
import { parseInput } from './validate.ts';

export interface ItemRoutesDeps {
  readonly queries: LedgerQueries;
  readonly bundles: BundleBuilder;
  readonly authenticate: RequestHandler;
  /** The log's clock: an item's preservation (in force or expired) and retention (due or not) are shown as of the answer. */
  readonly now: () => number;
}

export function itemRoutes(deps: ItemRoutesDeps): Router {
  const router = Router();
  const { queries } = deps;

  router.get('/v1/items', deps.authenticate, async (req, res) => {
    const q = parseInput(ItemListQuery, req.query, 'query');
    const actor = actorOf(res);
    const load = async (id: string) => {
      const view = await queries.view([{ kind: 'item', id }]);
      const item = view.item(id);
      if (!item || !canReadItem(actor, item, view)) return undefined;
      return (await matches(queries, item, q)) ? item : undefined;
    };
    const { found, next } = await readablePage(await candidates(queries, actor, q), q.limit ?? 50, load);
    res.json({ items: found.map((i) => presentItem(i, deps.now())), next });
  });

  // The cheap read a writer needs before signing: the item's latest entry, its next `prev`.
  router.get('/v1/items/:id/head', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const view = await queries.view([{ kind: 'item', id }]);
    const item = view.item(id);
    if (!item || !canReadItem(actorOf(res), item, view)) throw notPermitted();
    res.set('Cache-Control', 'no-store').json({
      item: id,
      head: item.head,
      custodian: item.custodian,
      digests: item.digests,
      status: item.status,
      pending: item.pending,
    });
  });

  // The court bundle (docs/bundle.md): for readers of the item, with everything it relies on.
  router.get('/v1/items/:id/bundle', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const q = parseInput(BundleQuery, req.query, 'query');
    const actor = actorOf(res);
    const view = await queries.view([{ kind: 'item', id }]);
    const item = view.item(id);
    if (!item || !canReadItem(actor, item, view)) throw notPermitted();
    const bundle = await deps.bundles.build({
      item: id,
      derivatives: q.derivatives === 'true',
      exportedBy: actor.id,
      mayRead: (other) => mayReadItem(queries, actor, other),
    });
    res
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="${id}.bundle.json"`)
      .json(bundle);
  });

  router.get('/v1/items/:id', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const view = await queries.view([{ kind: 'item', id }]);
    const item = view.item(id);
    if (!item || !canReadItem(actorOf(res), item, view)) throw notPermitted();
    const retention = retentionSummary(await withCategory(queries, item, view), item, deps.now());
    const history = await queries.history('item', id);
    const derivatives: string[] = [];
    for (const child of await queries.derivatives(id))
      if (await mayReadItem(queries, actorOf(res), child)) derivatives.push(child);
    res.json({
      item: { ...presentItem(item, deps.now()), ...(retention ? { retentionStatus: retention } : {}) },
      history: history.map(presentHistory),
      derivatives,
    });
  });

  return router;
}

/**
 * The items a listing considers, after its cursor: those of a case or a holder (short lists, by
 * id), or else every item in creation order, read from the cursor's place on.
 */
async function candidates(
  queries: LedgerQueries,
  actor: ActorState,
  q: z.infer<typeof ItemListQuery>,
): Promise<Iterable<string> | AsyncIterable<string>> {
  if (q.case !== undefined || q.holder !== undefined) {
    const ids = q.case !== undefined ? await queries.caseItems(q.case) : await queries.heldBy(q.holder!);
    if (q.after === undefined) return ids;
    const at = ids.indexOf(q.after);
    if (at === -1 || !(await mayReadItem(queries, actor, q.after))) throw badCursor();
    return ids.slice(at + 1);
  }
  if (q.after === undefined) return queries.idsAfter('item');
  const created = await queries.createdAt('item', q.after);
  if (created === undefined || !(await mayReadItem(queries, actor, q.after))) throw badCursor();
  return queries.idsAfter('item', created);
}

/** Whether `actor` may read item `id` (docs/model.md, Who may read what). */
export async function mayReadItem(queries: LedgerQueries, actor: ActorState, id: string): Promise<boolean> {
  const view = await queries.view([{ kind: 'item', id }]);
  const item = view.item(id);
  return item !== undefined && canReadItem(actor, item, view);
}

async function matches(
  queries: LedgerQueries,
  item: ItemState,
  q: z.infer<typeof ItemListQuery>,
): Promise<boolean> {
  if (q.status && item.status !== q.status) return false;
  if (q.holder && !item.holders.includes(q.holder)) return false;
  if (q.registeredFrom && Date.parse(item.registeredAt) < Date.parse(q.registeredFrom)) return false;
  if (q.registeredTo && Date.parse(item.registeredAt) > Date.parse(q.registeredTo)) return false;
  if (q.country) {
    const custodian = await queries.actor(item.custodian);
    if (custodian?.state !== q.country) return false;
  }
  return true;
}
