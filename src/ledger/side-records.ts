/**
 * The index records an admitted entry adds beside the log (layout in ledger-keys.ts): one per
 * subject it touches, plus list, key-owner, case, holder and derivative records for what is
 * new. Derived from the states before and after, so they can always be rebuilt from the log.
 * @module
 */
import { fromBase64, utf8 } from '../core/encoding.ts';
import type { Admitted } from '../core/ledger/admit.ts';
import type { LedgerView, SubjectState } from '../core/ledger/state.ts';
import type { SideRecord } from '../storage/log-store.ts';
import {
  caseItemsPrefix,
  derivativesPrefix,
  entryIndexValue,
  holderItemsPrefix,
  keyOwnerKey,
  listKey,
  pairKey,
  subjectEntryKey,
} from './ledger-keys.ts';

const EMPTY = new Uint8Array(0);

function previous(view: LedgerView, s: SubjectState): SubjectState | undefined {
  return view[s.kind](s.id);
}

export function sideRecords(view: LedgerView, admitted: Admitted): SideRecord[] {
  const index = admitted.entry.index;
  const out: SideRecord[] = [];
  for (const state of admitted.states) {
    const old = previous(view, state);
    out.push({
      key: subjectEntryKey(state.kind, state.id, state.head.count - 1),
      value: entryIndexValue(index),
    });
    if (!old) out.push({ key: listKey(state.kind, index, state.id), value: EMPTY });
    if (state.kind === 'actor') {
      const known = new Set(old?.kind === 'actor' ? old.keys.map((k) => k.publicKey) : []);
      for (const k of state.keys) {
        if (!known.has(k.publicKey))
          out.push({ key: keyOwnerKey(fromBase64(k.publicKey)), value: utf8(state.id) });
      }
    }
    if (state.kind === 'item') {
      if (!old) out.push({ key: pairKey(caseItemsPrefix(state.case), state.id), value: EMPTY });
      if (!old && state.parent !== undefined)
        out.push({ key: pairKey(derivativesPrefix(state.parent), state.id), value: EMPTY });
      const held = new Set(old?.kind === 'item' ? old.holders : []);
      for (const h of state.holders)
        if (!held.has(h)) out.push({ key: pairKey(holderItemsPrefix(h), state.id), value: EMPTY });
    }
  }
  return out;
}
