/**
 * Reads of actors (a directory every authenticated actor may read), cases and cooperation
 * requests (for those with access).
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { canReadCase, canReadItem, canReadRequest } from '../core/ledger/access.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { presentActor, presentCase, presentHistory, presentRequest } from './presenters.ts';
import { CaseFilter, IdParam } from './request-params.ts';
import { parseInput } from './validate.ts';

const MAX_LIST = 10_000;

export function directoryRoutes(deps: { queries: LedgerQueries; authenticate: RequestHandler }): Router {
  const router = Router();
  const { queries } = deps;

  router.get('/v1/actors', deps.authenticate, async (_req, res) => {
    const ids = await queries.listIds('actor', MAX_LIST);
    const view = await queries.view(ids.map(({ id }) => ({ kind: 'actor' as const, id })));
    res.json({ actors: ids.flatMap(({ id }) => (view.actor(id) ? [presentActor(view.actor(id)!)] : [])) });
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

  router.get('/v1/cases', deps.authenticate, async (_req, res) => {
    const me = actorOf(res);
    const ids = await queries.listIds('case', MAX_LIST);
    const view = await queries.view(ids.map(({ id }) => ({ kind: 'case' as const, id })));
    const cases = ids.flatMap(({ id }) => {
      const kase = view.case(id);
      return kase && canReadCase(me, kase) ? [presentCase(kase)] : [];
    });
    res.json({ cases });
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
    const q = parseInput(CaseFilter, req.query, 'query');
    const me = actorOf(res);
    const ids = await queries.listIds('request', MAX_LIST);
    const view = await queries.view(ids.map(({ id }) => ({ kind: 'request' as const, id })));
    const requests = ids.flatMap(({ id }) => {
      const r = view.request(id);
      return r && (!q.case || r.case === q.case) && canReadRequest(me, r, view) ? [presentRequest(r)] : [];
    });
    res.json({ requests });
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
