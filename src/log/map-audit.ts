/**
 * Audit of the history map (docs/formats.md, History map): rebuilds the map from the entries
 * alone, in log order, and compares it with what the store holds — each map record, byte for
 * byte — and with what the log signed — the `custos-map/v1` line of every checkpoint. A map
 * record altered on disk (one subject's head changed), a record missing or added, and a
 * checkpoint that signed a root the entries do not give are each named.
 * @module
 */
import { fromUtf8, toBase64 } from '../core/encoding.ts';
import { parseCheckpoint } from '../core/log/checkpoint.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { decodeMapValue, encodeMapValue } from '../core/map/map-hash.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import { type MapRoot, mapGet, mapLeaf, mapRootHash, mapSet } from '../core/map/sparse-map.ts';
import { prefixEnd, readU64 } from '../core/ordered-keys.ts';
import { PREFIX, sideKey } from '../storage/store-keys.ts';
import type { AuditSource } from './audit.ts';
import type { MapKeyOf } from './map-index.ts';
import { decodeMapRecord, MAP_RECORD_PREFIX } from './map-records.ts';

export type MapAuditCode =
  | 'map_missing'
  | 'map_altered'
  | 'map_unexpected'
  | 'map_root_mismatch'
  | 'map_line_missing'
  | 'map_unreplayable';

export interface MapFinding {
  readonly code: MapAuditCode;
  readonly record: string;
  readonly message: string;
}

export interface MapAuditReport {
  readonly ok: boolean;
  readonly entries: number;
  /** Checkpoints whose map line was compared with the map rebuilt at their size. */
  readonly checkpoints: number;
  readonly subjects: number;
  readonly findings: MapFinding[];
  readonly unlisted: number;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

export async function auditMap(
  store: AuditSource,
  treeSize: number,
  keyOf: MapKeyOf,
  options: { maxFindings?: number } = {},
): Promise<MapAuditReport> {
  const cap = options.maxFindings ?? 1000;
  const findings: MapFinding[] = [];
  let unlisted = 0;
  const add = (code: MapAuditCode, record: string, message: string) => {
    if (findings.length < cap) findings.push({ code, record, message });
    else unlisted++;
  };

  const lines = await mapLines(store, treeSize);
  const expected = new Map<number, Uint8Array>();
  let tree: MapRoot;
  let entries = 0;
  let checkpoints = 0;
  let subjects = 0;
  const compareAt = (size: number) => {
    const line = lines.get(size);
    if (line === undefined) return;
    checkpoints++;
    if (line === null) {
      if (firstLine !== undefined && size > firstLine)
        add('map_line_missing', `checkpoint ${size}`, 'a checkpoint after the map began has no map line');
      return;
    }
    const root = mapRootHash(tree);
    if (toBase64(root) !== toBase64(line))
      add(
        'map_root_mismatch',
        `checkpoint ${size}`,
        `it signed map root ${toBase64(line)}; the entries give ${toBase64(root)}`,
      );
  };
  const firstLine = [...lines].filter(([, l]) => l !== null).map(([s]) => s)[0];
  compareAt(0);
  const family = Uint8Array.of(PREFIX.entry);
  for await (const [key, bytes] of store.rawRecords(family, prefixEnd(family))) {
    const index = readU64(key, 1);
    if (index >= treeSize) break;
    try {
      if (index !== entries) throw new Error(`entry ${entries} is missing`);
      const mapKey = keyOf(bytes);
      if (mapKey) {
        const old = mapGet(tree, mapKey);
        if (!old) subjects++;
        const value = encodeMapValue({
          index,
          leafHash: hashLeaf(bytes),
          count: old ? decodeMapValue(old).count + 1 : 1,
        });
        tree = mapSet(tree, mapLeaf(mapKey, value));
        expected.set(index, Buffer.concat([mapKey, value]));
      }
    } catch (e) {
      add('map_unreplayable', `entry ${index}`, `rebuild stopped here: ${(e as Error).message}`);
      break;
    }
    entries++;
    compareAt(entries);
  }
  await compareRecords(store, treeSize, expected, add);
  return { ok: findings.length === 0 && unlisted === 0, entries, checkpoints, subjects, findings, unlisted };
}

/** Each checkpoint's map root by size (null: no map line), up to `treeSize`. */
async function mapLines(store: AuditSource, treeSize: number): Promise<Map<number, Uint8Array | null>> {
  const out = new Map<number, Uint8Array | null>();
  const family = Uint8Array.of(PREFIX.checkpoint);
  for await (const [key, note] of store.rawRecords(family, prefixEnd(family))) {
    const size = readU64(key, 1);
    if (size > treeSize) break;
    try {
      const text = fromUtf8(note);
      out.set(size, checkpointMapRoot(parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1))) ?? null);
    } catch {
      // The log audit names a malformed checkpoint; here it compares nothing.
    }
  }
  return out;
}

async function compareRecords(
  store: AuditSource,
  treeSize: number,
  expected: Map<number, Uint8Array>,
  add: (code: MapAuditCode, record: string, message: string) => void,
): Promise<void> {
  const prefix = sideKey(MAP_RECORD_PREFIX);
  for await (const [fullKey, value] of store.rawRecords(prefix, prefixEnd(prefix))) {
    const record = { key: fullKey.subarray(1), value };
    let index: number;
    try {
      index = decodeMapRecord(record).index;
    } catch {
      add('map_unexpected', `map record ${hex(record.key)}`, 'not a map record: no entry adds it');
      continue;
    }
    if (index >= treeSize) continue;
    const want = expected.get(index);
    if (!want) add('map_unexpected', `map record ${index}`, 'no entry adds this map record');
    else if (hex(want) !== hex(value))
      add('map_altered', `map record ${index}`, describeAltered(want, value));
    expected.delete(index);
  }
  for (const index of expected.keys())
    add('map_missing', `map record ${index}`, 'entry adds this map record; it is not in the store');
}

function describeAltered(want: Uint8Array, got: Uint8Array): string {
  try {
    const w = decodeMapValue(want.subarray(32));
    const g = decodeMapValue(got.subarray(32));
    return `the store says the subject's head is #${g.index} (${g.count} entries); its entries say #${w.index} (${w.count})`;
  } catch {
    return 'its value is not the one its entry implies';
  }
}
