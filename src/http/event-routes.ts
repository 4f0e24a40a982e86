/**
 * `GET /v1/events`: search of events (docs/model.md, Search of events). A page holds up to
 * `limit` entries the caller may read that match every filter, in the order of the index that
 * drives the search; `next` is the index of the last one, to pass as `after`. Entries the caller
 * may not read are skipped as if absent, by the rule of `GET /v1/entries/<n>` for its subject.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import type { ParsedEntry } from '../core/ledger/entry.ts';
import type { EventFilter } from '../core/ledger/event-facts.ts';
import type { EventSearch } from '../ledger/event-search.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf } from './authenticate.ts';
import { mayRead } from './entry-routes.ts';
import { readablePage } from './paging.ts';
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
    const after = q.after !== undefined && q.after < size ? q.after : undefined;
    const candidates = async function* () {
      for await (const index of deps.events.candidates(filter, after)) if (index < size) yield String(index);
    };
    const load = async (id: string) => {
      const found = await deps.events.match(Number(id), filter);
      if (!found || !(await mayRead(deps.queries, actor, found.entry as ParsedEntry))) return undefined;
      return found;
    };
    const { found, next } = await readablePage(candidates(), q.limit ?? 100, load);
    res.set('Cache-Control', 'no-store').json({
      events: found.map((f) => ({ ...presentHistory(f), case: f.facts.case, type: f.facts.type })),
      next: next === null ? null : Number(next),
    });
  });
  return router;
}
