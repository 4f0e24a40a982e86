/**
 * Audit of the ledger's index (the side records beside the log): replays every entry below the
 * audited head through the core's transitions, exactly as the sequencer admitted them, derives
 * the index records each one added, and compares them with the stored ones. The log audit
 * (src/log/audit.ts) proves the entries; this proves that what the server looks entries up by
 * — a subject's history, a key's owner, a case's items — says what the entries say. An altered
 * index could make the server check a rule against the wrong state.
 *
 * It holds the expected records in memory (about 0.4 GB per million entries), so it runs in
 * `custos audit`, not in the server's background check.
 * @module
 */

import { prefixEnd } from '../core/ordered-keys.ts';
import type { AuditSource } from '../log/audit.ts';
import { MAP_RECORD_TAGS } from '../log/map-records.ts';
import { PREFIX } from '../storage/store-keys.ts';
import { ReplayError, replayIndex } from './index-replay.ts';
import { describeSideKey } from './ledger-keys.ts';

export type IndexAuditCode = 'index_missing' | 'index_altered' | 'index_unexpected' | 'index_unreplayable';

export interface IndexFinding {
  readonly code: IndexAuditCode;
  readonly record: string;
  readonly message: string;
}

export interface IndexAuditReport {
  readonly ok: boolean;
  /** Entries replayed and index records compared. */
  readonly entries: number;
  readonly records: number;
  readonly findings: IndexFinding[];
  readonly unlisted: number;
}

const asKey = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** Audits the index against the entries of the first `treeSize` (the audited head). */
export async function auditLedgerIndex(
  store: AuditSource,
  treeSize: number,
  options: { maxFindings?: number } = {},
): Promise<IndexAuditReport> {
  const cap = options.maxFindings ?? 1000;
  const findings: IndexFinding[] = [];
  let unlisted = 0;
  const add = (code: IndexAuditCode, record: string, message: string) => {
    if (findings.length < cap) findings.push({ code, record, message });
    else unlisted++;
  };

  const { expected, entries } = await expectedIndex(store, treeSize, add);
  let records = 0;
  const family = Uint8Array.of(PREFIX.side);
  for await (const [fullKey, value] of store.rawRecords(family, prefixEnd(family))) {
    const key = fullKey.subarray(1);
    // The history map's records share the side family; the map audit checks them (src/log/map-audit.ts).
    if (MAP_RECORD_TAGS.has(key[0]!)) continue;
    records++;
    const want = expected.get(asKey(key));
    if (want === undefined) add('index_unexpected', describeSideKey(key), 'no entry adds this index record');
    else if (!sameBytes(want, value))
      add('index_altered', describeSideKey(key), 'its value is not the one its entry implies');
    expected.delete(asKey(key));
  }
  for (const key of expected.keys())
    add(
      'index_missing',
      describeSideKey(Buffer.from(key, 'latin1')),
      'an entry adds this record; it is not in the store',
    );
  return { ok: findings.length === 0 && unlisted === 0, entries, records, findings, unlisted };
}

/** The index records the first `treeSize` entries imply, replaying them in log order. */
async function expectedIndex(
  store: AuditSource,
  treeSize: number,
  add: (code: IndexAuditCode, record: string, message: string) => void,
): Promise<{ expected: Map<string, Uint8Array>; entries: number }> {
  const expected = new Map<string, Uint8Array>();
  let entries = 0;
  try {
    for await (const { records } of replayIndex(store, treeSize)) {
      for (const r of records) expected.set(asKey(r.key), r.value);
      entries++;
    }
  } catch (e) {
    // Past an entry that cannot be replayed, every derived record would be a guess.
    if (!(e instanceof ReplayError)) throw e;
    add('index_unreplayable', `entry ${e.index}`, `replay stopped here: ${e.message}`);
  }
  return { expected, entries };
}
