/**
 * The retention table and the items due for review (docs/model.md, Retention):
 * `GET /v1/retention/categories/{category}` — one category as the table holds it now, readable by
 * every authenticated actor; `GET /v1/retention/due` — the items the reader may read that are due
 * for review as of a time, judged by the same core function the report uses.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { canReadItem } from '../core/ledger/access.ts';
import { type ReviewDue, reviewDue } from '../core/ledger/retention.ts';
import type { ItemState, LedgerView, RetentionCategoryState } from '../core/ledger/state.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf } from './authenticate.ts';
import { notFound } from './http-errors.ts';
import { badCursor, readablePage } from './paging.ts';
import { CategoryParam, ReviewDueQuery } from './request-params.ts';
import { parseInput } from './validate.ts';

export function retentionRoutes(deps: {
  queries: LedgerQueries;
  authenticate: RequestHandler;
  now: () => number;
}): Router {
  const router = Router();
  const { queries } = deps;
  router.get('/v1/retention/categories/:category', deps.authenticate, async (req, res) => {
    const { category } = parseInput(CategoryParam, req.params, 'path');
    const found = (await queries.subject('retention', category)) as RetentionCategoryState | undefined;
    if (!found) throw notFound(`retention category ${category} is not in this log's retention table`);
    res.json({
      category: found.id,
      description: found.description,
      retainDays: found.retainDays,
      basis: found.basis,
      overrideRoles: found.overrideRoles,
      head: found.head,
    });
  });

  router.get('/v1/retention/due', deps.authenticate, async (req, res) => {
    const q = parseInput(ReviewDueQuery, req.query, 'query');
    const actor = actorOf(res);
    const asOfMs = q.asOf !== undefined ? Date.parse(q.asOf) : deps.now();
    const readable = async (id: string) => {
      const view = await queries.view([{ kind: 'item', id }]);
      const item = view.item(id);
      return item && canReadItem(actor, item, view) ? { view, item } : undefined;
    };
    const load = async (id: string): Promise<ReviewDue | undefined> => {
      const found = await readable(id);
      return found && reviewDue(await withCategory(queries, found.item, found.view), found.item, asOfMs);
    };
    let after: number | undefined;
    if (q.after !== undefined) {
      after = await queries.createdAt('item', q.after);
      if (after === undefined || !(await readable(q.after))) throw badCursor();
    }
    // A scan of every item in creation order: review lists are asked for rarely, by few.
    const { found, next } = await readablePage(queries.idsAfter('item', after), q.limit ?? 50, load);
    // `next` names the last item listed: the one to continue after.
    res.json({ asOf: new Date(asOfMs).toISOString(), items: found, next });
  });
  return router;
}

/** A view that holds the item's retention category too, which the view of the item alone does not load. */
export async function withCategory(
  queries: LedgerQueries,
  item: ItemState,
  view: LedgerView,
): Promise<LedgerView> {
  const category = item.retention?.category;
  if (!category) return view;
  return queries.view([
    { kind: 'item', id: item.id },
    { kind: 'retention', id: category },
  ]);
}
