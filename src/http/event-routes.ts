/**
 * `GET /v1/events`: search of events (docs/model.md, Search of events; the paging in
 * src/ledger/event-search.ts). Entries the caller may not read are skipped as if absent, by the
 * rule of `GET /v1/entries/<n>` for their subject.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import type { EventFilter } from '../core/ledger/event-facts.ts';
import type { EventSearch } from '../ledger/event-search.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf } from './authenticate.ts';
import { mayReadAbout } from './entry-routes.ts';
import { presentHistory } from './presenters.ts';
import { EventQuery } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface EventRoutesDeps {
  readonly queries: LedgerQueries;
  readonly events: EventSearch;
  readonly authenticate: RequestHandler;
  /** Entries below this size are committed: a search never shows one that is not. */
  readonly treeSize: () => number;
}

const ms = (t: string | undefined) => (t === undefined ? undefined : Date.parse(t));

export function eventRoutes(deps: EventRoutesDeps): Router {
  const router = Router();
  router.get('/v1/events', deps.authenticate, async (req, res) => {
    const q = parseInput(EventQuery, req.query, 'query');
    const filter: EventFilter = {
      ...(q.case !== undefined ? { case: q.case } : {}),
      ...(q.item !== undefined ? { item: q.item } : {}),
      ...(q.actor !== undefined ? { actor: q.actor } : {}),
      ...(q.type !== undefined ? { type: q.type } : {}),
      ...(q.loggedFrom !== undefined ? { loggedFromMs: ms(q.loggedFrom) } : {}),
      ...(q.loggedTo !== undefined ? { loggedToMs: ms(q.loggedTo) } : {}),
      ...(q.occurredFrom !== undefined ? { occurredFromMs: ms(q.occurredFrom) } : {}),
      ...(q.occurredTo !== undefined ? { occurredToMs: ms(q.occurredTo) } : {}),
    };
    const actor = actorOf(res);
    const size = deps.treeSize();
    const { found, next } = await deps.events.page({
      filter,
      ...(q.after !== undefined && q.after < size ? { after: q.after } : {}),
      limit: q.limit ?? 100,
      size,
      mayRead: (subject) => mayReadAbout(deps.queries, actor, subject),
    });
    res.set('Cache-Control', 'no-store').json({
      events: found.map((f) => ({ ...presentHistory(f), case: f.facts.case, type: f.facts.type })),
      next,
    });
  });
  return router;
}
