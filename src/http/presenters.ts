/**
 * The public shape of ledger states in API answers: what a reader needs, without the
 * internals the rules keep (entry hash lists, millisecond clocks).
 * @module
 */
import { preservationStatus } from '../core/ledger/preservation.ts';
import type { ActorState, CaseState, ItemState, RequestState } from '../core/ledger/state.ts';
import type { HistoryEntry } from '../ledger/ledger-queries.ts';

/** An item as of `asOfMs` (the log's time of the answer): its preservation says whether it is still in force. */
export function presentItem(s: ItemState, asOfMs: number) {
  const { kind: _k, entries: _e, lastOccurredAtMs: _t, preservation, ...rest } = s;
  const status = preservationStatus(preservation, asOfMs);
  return { ...rest, preservation: preservation && { ...preservation, status } };
}

export function presentActor(s: ActorState) {
  const { kind: _k, revocations, ...rest } = s;
  return {
    ...rest,
    revocations: revocations.map((r) => ({
      publicKey: r.publicKey,
      effectiveAt: new Date(r.effectiveAtMs).toISOString(),
      reason: r.reason,
      ...(r.note !== undefined ? { note: r.note } : {}),
      by: r.by,
      recordedAt: r.recordedAt,
      index: r.index,
    })),
  };
}

export function presentCase(s: CaseState) {
  const { kind: _k, ...rest } = s;
  return rest;
}

export function presentRequest(s: RequestState) {
  const { kind: _k, ...rest } = s;
  return rest;
}

/** An entry in a history, flattened for reading: the entry's fields plus where it sits. */
export function presentHistory(h: HistoryEntry) {
  return {
    index: h.index,
    leafHash: h.leafHash,
    loggedAt: h.entry.loggedAt,
    kind: h.entry.kind,
    signer: h.entry.signer,
    payload: h.entry.payload,
  };
}
