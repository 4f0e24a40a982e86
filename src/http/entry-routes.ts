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
import type { ActorState, SubjectRef } from '../core/ledger/state.ts';
import type { BundleBuilder } from '../ledger/bundle-builder.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { IndexParam } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface EntryRoutesDeps {
  readonly ledger: Ledger;
  readonly queries: LedgerQueries;
  readonly bundles: BundleBuilder;
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
    const actor = actorOf(res);
    const entry = found.entry as ParsedEntry;
    const readable =
      (await mayRead(deps.queries, actor, entry)) ||
      (await inRecordOfHeldItem(deps, actor, entry, index, head.checkpoint.size));
    if (!readable) throw notPermitted();
    const proof = await deps.ledger.log.reader.inclusionProof(index, head.checkpoint.size);
    res.json({
      ...found,
      inclusion: { treeSize: proof.treeSize, proof: proof.proof.map(toBase64) },
      checkpoint: fromUtf8(head.note),
    });
  });

  return router;
}

/** Who may read one entry: it depends on what the entry is about, and on nothing else. */
export function mayRead(queries: LedgerQueries, actor: ActorState, entry: ParsedEntry): Promise<boolean> {
  return mayReadAbout(queries, actor, entrySubject(entry));
}

/** Who may read the entries about one subject. */
export async function mayReadAbout(
  queries: LedgerQueries,
  actor: ActorState,
  subject: SubjectRef,
): Promise<boolean> {
  if (readsEverything(actor)) return true;
  // The directory of actors and keys, the designated authorities and the retention table are
  // readable by every authenticated actor.
  if (subject.kind === 'actor' || subject.kind === 'designations' || subject.kind === 'retention')
    return true;
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

/**
 * Whether the entry is in the bundle of an item the actor holds (registered, held or was sent):
 * the bundle carries the item's case, the requests its events name and its ancestors' histories
 * up to the derivation (or the copy's disposal), so that a verifier can replay the rules; whoever may export the bundle
 * may read each of its entries alone (docs/model.md, Who may read what). Every subject a bundle
 * names is of the item's case, so only held items of the entry's case are looked at.
 */
async function inRecordOfHeldItem(
  deps: EntryRoutesDeps,
  actor: ActorState,
  entry: ParsedEntry,
  index: number,
  treeSize: number,
): Promise<boolean> {
  const subject = entrySubject(entry);
  if (subject.kind === 'actor') return false;
  const view = await deps.queries.view([subject]);
  const caseId =
    subject.kind === 'case'
      ? subject.id
      : (view[subject.kind](subject.id) as { case: string } | undefined)?.case;
  if (caseId === undefined) return false;
  for (const id of await deps.queries.heldBy(actor.id)) {
    const held = await deps.queries.view([{ kind: 'item', id }]);
    const item = held.item(id);
    if (item?.case !== caseId || !canReadItem(actor, item, held)) continue;
    if ((await deps.bundles.record({ item: id, derivatives: false }, treeSize)).has(index)) return true;
  }
  return false;
}
