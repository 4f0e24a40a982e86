/**
 * Reads of actors (a directory every authenticated actor may read), cases and cooperation
 * requests (for those with access).
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { canReadCase, canReadItem, canReadRequest } from '../core/ledger/access.ts';
import type { ActorState, CaseState, LedgerView, RequestState, SubjectState } from '../core/ledger/state.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { badCursor, type Page, readablePage } from './paging.ts';
import { presentActor, presentCase, presentHistory, presentRequest } from './presenters.ts';
import { DirectoryQuery, IdParam, RequestListQuery } from './request-params.ts';
import { parseInput } from './validate.ts';

export function directoryRoutes(deps: { queries: LedgerQueries; authenticate: RequestHandler }): Router {
  const router = Router();
  const { queries } = deps;

  // The directory of actors and keys is open to every authenticated actor.
  router.get('/v1/actors', deps.authenticate, async (req, res) => {
    const q = parseInput(DirectoryQuery, req.query, 'query');
    const { found, next } = await page(queries, 'actor', q, () => true);
    res.json({ actors: found.map((a) => presentActor(a as ActorState)), next });
  });

  router.get('/v1/actors/:id', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const actor = await queries.actor(id);
    if (!actor) throw notPermitted();
    res.json({
      actor: presentActor(actor),
      history: (await queries.history('actor', id)).map(presentHistory),
    });
  });

  router.get('/v1/cases', deps.authenticate, async (req, res) => {
    const q = parseInput(DirectoryQuery, req.query, 'query');
    const me = actorOf(res);
    const { found, next } = await page(queries, 'case', q, (s) => canReadCase(me, s as CaseState));
    res.json({ cases: found.map((k) => presentCase(k as CaseState)), next });
  });

  router.get('/v1/cases/:id', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const me = actorOf(res);
    const kase = (await queries.view([{ kind: 'case', id }])).case(id);
    if (!kase || !canReadCase(me, kase)) throw notPermitted();
    const itemIds = await queries.caseItems(id);
    const view = await queries.view(itemIds.map((i) => ({ kind: 'item' as const, id: i })));
    const items = itemIds.filter((i) => view.item(i) && canReadItem(me, view.item(i)!, view));
    res.json({
      case: presentCase(kase),
      items,
      history: (await queries.history('case', id)).map(presentHistory),
    });
  });

  router.get('/v1/requests', deps.authenticate, async (req, res) => {
    const q = parseInput(RequestListQuery, req.query, 'query');
    const me = actorOf(res);
    const { found, next } = await page(queries, 'request', q, (s, view) => {
      const r = s as RequestState;
      return (!q.case || r.case === q.case) && canReadRequest(me, r, view);
    });
    res.json({ requests: found.map((r) => presentRequest(r as RequestState)), next });
  });

  router.get('/v1/requests/:id', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const view = await queries.view([{ kind: 'request', id }]);
    const request = view.request(id);
    if (!request || !canReadRequest(actorOf(res), request, view)) throw notPermitted();
    res.json({
      request: presentRequest(request),
      history: (await queries.history('request', id)).map(presentHistory),
    });
  });

  return router;
}

/** One page of a directory list, in creation order (paging.ts says what a cursor may be). */
async function page(
  queries: LedgerQueries,
  kind: 'actor' | 'case' | 'request',
  q: { limit?: number; after?: string },
  readable: (state: SubjectState, view: LedgerView) => boolean,
): Promise<Page<SubjectState>> {
  const load = async (id: string) => {
    const view = await queries.view([{ kind, id }]);
    const state = kind === 'actor' ? view.actor(id) : kind === 'case' ? view.case(id) : view.request(id);
    return state && readable(state, view) ? state : undefined;
  };
  let after = -1;
  if (q.after !== undefined) {
    const created = await queries.createdAt(kind, q.after);
    if (created === undefined || !(await load(q.after))) throw badCursor();
    after = created;
  }
  return readablePage(queries.idsAfter(kind, after), q.limit ?? 500, load);
}
