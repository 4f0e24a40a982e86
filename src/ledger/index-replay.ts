/**
 * The index records the log's entries imply, from the entries alone: every entry below a size,
 * in log order, replayed through the core's transitions exactly as the sequencer admitted it,
 * with the records side-records.ts derives for it. What the index audit compares the stored
 * records with, and what a store that predates a kind of record is given at open.
 * @module
 */
import { toBase64 } from '../core/encoding.ts';
import { parseEntry } from '../core/ledger/entry.ts';
import { importLookupKey, type SubjectState } from '../core/ledger/state.ts';
import { applyEntry } from '../core/ledger/transitions.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { prefixEnd, readU64 } from '../core/ordered-keys.ts';
import type { LogStore, SideRecord } from '../storage/log-store.ts';
import { PREFIX } from '../storage/store-keys.ts';
import { type Loaded, refKey, viewOf } from './ledger-states.ts';
import { sideRecords } from './side-records.ts';

/** One replayed entry's records. Throws (with the entry's index) past an entry that cannot be replayed. */
export async function* replayIndex(
  store: Pick<LogStore, 'rawRecords'>,
  treeSize: number,
): AsyncGenerator<{ index: number; records: SideRecord[] }> {
  const states: Loaded = new Map();
  const owners = new Map<string, string | null>();
  const family = Uint8Array.of(PREFIX.entry);
  let expected = 0;
  for await (const [key, bytes] of store.rawRecords(family, prefixEnd(family))) {
    const index = readU64(key, 1);
    if (index >= treeSize) return;
    let records: SideRecord[];
    try {
      if (index !== expected) throw new Error(`entry ${expected} is missing`);
      const entry = parseEntry(bytes);
      const leafHash = hashLeaf(bytes);
      const view = viewOf(states, owners);
      const next = applyEntry(view, entry, toBase64(leafHash));
      records = sideRecords(view, { entry, bytes, leafHash, states: next });
      for (const s of next) remember(states, owners, s);
    } catch (e) {
      throw new ReplayError(index, (e as Error).message);
    }
    yield { index, records };
    expected++;
  }
}

export class ReplayError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

function remember(states: Loaded, owners: Map<string, string | null>, s: SubjectState): void {
  states.set(refKey(s.kind, s.id), s);
  if (s.kind === 'actor') for (const k of s.keys) owners.set(k.publicKey, s.id);
  if (s.kind === 'item' && s.imported) owners.set(importLookupKey(s.imported.origin, s.imported.index), s.id);
}
