/**
 * The index records an admitted entry adds beside the log (layout in ledger-keys.ts): one per
 * subject it touches, plus list, key-owner, case, holder and derivative records for what is
 * new. Derived from the states before and after, so they can always be rebuilt from the log.
 * @module
 */
import { fromBase64, utf8 } from '../core/encoding.ts';
import type { Admitted } from '../core/ledger/admit.ts';
import { eventFacts } from '../core/ledger/event-facts.ts';
import type { LedgerView, SubjectState } from '../core/ledger/state.ts';
import type { SideRecord } from '../storage/log-store.ts';
import {
  caseItemsPrefix,
  derivativesPrefix,
  entryIndexValue,
  eventKey,
  eventTimeKey,
  holderItemsPrefix,
  importKey,
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
      if (!old && state.imported)
        out.push({ key: importKey(state.imported.origin, state.imported.index), value: utf8(state.id) });
      if (!old && state.parent !== undefined)
        out.push({ key: pairKey(derivativesPrefix(state.parent), state.id), value: EMPTY });
      const held = new Set(old?.kind === 'item' ? old.holders : []);
      for (const h of state.holders)
        if (!held.has(h)) out.push({ key: pairKey(holderItemsPrefix(h), state.id), value: EMPTY });
    }
  }
  out.push(...eventRecords(view, admitted));
  return out;
}

/** The records that find the entry by case, actor, type and its two times (event-facts.ts). */
function eventRecords(view: LedgerView, admitted: Admitted): SideRecord[] {
  const index = admitted.entry.index;
  const caseOf = (kind: 'item' | 'request', id: string) =>
    (admitted.states.find((s) => s.kind === kind && s.id === id) as { case?: string } | undefined)?.case ??
    view[kind](id)?.case;
  const f = eventFacts(admitted.entry, caseOf);
  const out: SideRecord[] = [
    { key: eventKey('type', f.type, index), value: EMPTY },
    { key: eventTimeKey('logged', f.loggedMs, index), value: EMPTY },
    ...f.actors.map((a) => ({ key: eventKey('actor', a, index), value: EMPTY })),
  ];
  if (f.case !== undefined) out.push({ key: eventKey('case', f.case, index), value: EMPTY });
  if (f.occurredMs !== undefined)
    out.push({ key: eventTimeKey('occurred', f.occurredMs, index), value: EMPTY });
  return out;
}
