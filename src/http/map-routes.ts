/**
 * `GET /v1/proofs/map`: a subject's history map proof for a checkpoint (docs/formats.md, History
 * map; docs/api.md): inclusion (the head of its history and its length) or absence; for kind
 * `derivatives`, of the items registered as derived from an item. A proof says
 * whether a subject exists and how much happened to it, so it is served like the subject itself:
 * to those who may read it, and absence only to readers of everything — to anyone else an
 * unreadable subject and a missing one give the same 404 (no existence oracle).
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { fromUtf8, toBase64 } from '../core/encoding.ts';
import { canReadCase, canReadItem, canReadRequest, readsEverything } from '../core/ledger/access.ts';
import type { MapSubjectKind } from '../core/ledger/map-subjects.ts';
import type { ActorState } from '../core/ledger/state.ts';
import { parseCheckpoint } from '../core/log/checkpoint.ts';
import { mapKey } from '../core/map/map-hash.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import { mapProofToJson } from '../core/map/map-proof.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import type { LogReader } from '../log/log-reader.ts';
import type { MapIndex } from '../log/map-index.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { notFound } from './http-errors.ts';
import { MapProofQuery } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface MapRoutesDeps {
  readonly map: Pick<MapIndex, 'prove'> | undefined;
  readonly reader: LogReader;
  readonly queries: LedgerQueries;
  readonly store: { checkpointAt(size: number): Promise<{ readonly note: Uint8Array } | undefined> };
  readonly authenticate: RequestHandler;
}

export function mapRoutes(deps: MapRoutesDeps): Router {
  const router = Router();
  router.get('/v1/proofs/map', deps.authenticate, async (req, res) => {
    const q = parseInput(MapProofQuery, req.query, 'query');
    const size = q.treeSize ?? deps.reader.treeSize();
    const stored = size <= deps.reader.treeSize() ? await deps.store.checkpointAt(size) : undefined;
    if (!stored) throw notFound('the log signed no checkpoint of this size');
    const actor = actorOf(res);
    const readable = await mayReadSubject(deps.queries, actor, q.kind, q.id);
    const root = deps.map && checkpointMapRoot(parseCheckpoint(noteText(stored.note)));
    if (!deps.map || !root) throw notFound('this checkpoint commits to no history map');
    const proof = mapProofToJson(await deps.map.prove(size, mapKey(q.kind, q.id)));
    const present = proof.leaf !== null && proof.leaf.key === toBase64(mapKey(q.kind, q.id));
    // A subject the reader may not read, present or not, and an absence for a partial reader: one answer.
    if (present ? !readable : !readsEverything(actor)) throw notPermitted();
    res
      .set('Cache-Control', q.treeSize === undefined ? 'no-cache' : 'private, max-age=31536000, immutable')
      .json({
        treeSize: size,
        checkpoint: fromUtf8(stored.note),
        kind: q.kind,
        id: q.id,
        key: toBase64(mapKey(q.kind, q.id)),
        proof,
      });
  });
  return router;
}

/** The signed text of a note: up to its blank line. */
function noteText(note: Uint8Array): string {
  const text = fromUtf8(note);
  return text.slice(0, text.indexOf('\n\n') + 1);
}

/** The read rules of docs/model.md for one subject as it is now (actors are a public directory). */
async function mayReadSubject(
  queries: LedgerQueries,
  actor: ActorState,
  kind: MapSubjectKind,
  id: string,
): Promise<boolean> {
  if (readsEverything(actor)) return true;
  const view = await queries.view([{ kind: kind === 'derivatives' ? 'item' : kind, id }]);
  switch (kind) {
    case 'actor':
      return view.actor(id) !== undefined;
    // A state's designations are public to every authenticated reader, like the directory of actors.
    case 'designations':
      return view.designations(id) !== undefined;
    // So is the retention table: what it says binds every holder alike.
    case 'retention':
      return view.retention(id) !== undefined;
    case 'case': {
      const kase = view.case(id);
      return kase !== undefined && canReadCase(actor, kase);
    }
    case 'request': {
      const request = view.request(id);
      return request !== undefined && canReadRequest(actor, request, view);
    }
    case 'item': {
      const item = view.item(id);
      return item !== undefined && canReadItem(actor, item, view);
    }
    // How many items were registered from an item tells of each of them: served to whoever may
    // read the item and every one of its derivatives, as a bundle carries it (bundle-completeness.ts).
    case 'derivatives': {
      const item = view.item(id);
      if (item === undefined || !canReadItem(actor, item, view)) return false;
      const children = await queries.derivatives(id);
      const theirs = await queries.view(children.map((child) => ({ kind: 'item' as const, id: child })));
      return children.every((child) => {
        const derived = theirs.item(child);
        return derived !== undefined && canReadItem(actor, derived, theirs);
      });
    }
  }
}
