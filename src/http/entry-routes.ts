/**
 * `GET /v1/entries/<index>`: one entry with its inclusion proof against the latest checkpoint,
 * for those who may read it. Entries are written through `POST /v1/entries`, which the append
 * lane (append-lane.ts) serves in front of Express.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { fromUtf8, toBase64 } from '../core/encoding.ts';
import { canReadCase, canReadItem, canReadRequest, readsEverything } from '../core/ledger/access.ts';
import type { ParsedEntry } from '../core/ledger/entry.ts';
import { entrySubject } from '../core/ledger/entry-subject.ts';
import type { ActorState } from '../core/ledger/state.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { IndexParam } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface EntryRoutesDeps {
  readonly ledger: Ledger;
  readonly queries: LedgerQueries;
  readonly authenticate: RequestHandler;
}

export function entryRoutes(deps: EntryRoutesDeps): Router {
  const router = Router();

  // POST is served by the append lane in front of Express; the route's OPTIONS answer is here.
  router.options('/v1/entries', (_req, res) => {
    res.set('Allow', 'POST').type('text/plain').send('POST');
  });

  router.get('/v1/entries/:index', deps.authenticate, async (req, res) => {
    const { index } = parseInput(IndexParam, req.params, 'path');
    const head = deps.ledger.log.head();
    if (index >= head.checkpoint.size) throw notPermitted();
    const found = await deps.queries.entryAt(index);
    if (!(await mayRead(deps.queries, actorOf(res), found.entry as ParsedEntry))) throw notPermitted();
    const proof = await deps.ledger.log.reader.inclusionProof(index, head.checkpoint.size);
    res.json({
      ...found,
      inclusion: { treeSize: proof.treeSize, proof: proof.proof.map(toBase64) },
      checkpoint: fromUtf8(head.note),
    });
  });

  return router;
}

/** Who may read one entry: it depends on what the entry is about. */
export async function mayRead(
  queries: LedgerQueries,
  actor: ActorState,
  entry: ParsedEntry,
): Promise<boolean> {
  if (readsEverything(actor)) return true;
  const subject = entrySubject(entry);
  // The directory of actors and keys is readable by every authenticated actor.
  if (subject.kind === 'actor') return true;
  const view = await queries.view([subject]);
  switch (subject.kind) {
    case 'case': {
      const kase = view.case(subject.id);
      return kase !== undefined && canReadCase(actor, kase);
    }
    case 'request': {
      const request = view.request(subject.id);
      return request !== undefined && canReadRequest(actor, request, view);
    }
    case 'item': {
      const item = view.item(subject.id);
      return item !== undefined && canReadItem(actor, item, view);
    }
  }
}
