/**
 * Audit of the history map (docs/formats.md, History map): rebuilds the map from the entries
 * alone, in log order, and compares it with what the store holds — each value record and each
 * shard head record, byte for byte (the heads are what the service opens the map from) — and with
 * what the log signed — the `custos-map/v1` line of every checkpoint. A record altered on disk
 * (one subject's head changed), a record missing or added, and a checkpoint that signed a root
 * the entries do not give are each named.
 * @module
 */
import { equalBytes, fromUtf8, toBase64 } from '../core/encoding.ts';
import { type Checkpoint, parseCheckpoint } from '../core/log/checkpoint.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { decodeMapValue, encodeMapValue } from '../core/map/map-hash.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import { encodeShardHead, shardHead, shardOf } from '../core/map/map-shards.ts';
import { type MapRoot, mapGet, mapLeaf, mapRootHash, mapSet } from '../core/map/sparse-map.ts';
import { prefixEnd, readU64 } from '../core/ordered-keys.ts';
import { PREFIX, sideKey } from '../storage/store-keys.ts';
import type { AuditSource } from './audit.ts';
import type { MapKeysOf } from './map-index.ts';
import {
  decodeMapValueRecord,
  decodeShardHeadKey,
  MAP_VALUE_PREFIX,
  SHARD_HEAD_PREFIX,
} from './map-records.ts';

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

/**
 * `keysFor` gives the map keys of each entry as of the versions a checkpoint announces (the
 * domain's rule); the audit takes the announcements of the checkpoint at `treeSize`, which every
 * earlier checkpoint's are a prefix of.
 */
export async function auditMap(
  store: AuditSource,
  treeSize: number,
  keysFor: (checkpoint: Pick<Checkpoint, 'extensions'>) => MapKeysOf,
  options: { maxFindings?: number } = {},
): Promise<MapAuditReport> {
  const cap = options.maxFindings ?? 1000;
  const findings: MapFinding[] = [];
  let unlisted = 0;
  const add = (code: MapAuditCode, record: string, message: string) => {
    if (findings.length < cap) findings.push({ code, record, message });
    else unlisted++;
  };

  const { lines, latest } = await mapLines(store, treeSize);
  const keysOf = keysFor(latest ?? { extensions: [] });
  const heads = await storedHeads(store, treeSize, add);
  let firstHeads = Number.POSITIVE_INFINITY;
  for (const size of heads.keys()) firstHeads = Math.min(firstHeads, size);
  const changed = new Set<number>();
  // By `${index} ${hex key}`: an entry may update more than one key.
  const expected = new Map<string, { key: Uint8Array; value: Uint8Array }>();
  let tree: MapRoot;
  let entries = 0;
  let checkpoints = 0;
  let subjects = 0;
  const compareAt = (size: number) => {
    const line = lines.get(size);
    if (line === undefined) return;
    checkpoints++;
    compareHeads(size);
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
  // The heads of the shards changed since the last checkpoint, stored with this one.
  const compareHeads = (size: number) => {
    const stored = heads.get(size);
    heads.delete(size);
    for (const [shard, bytes] of stored ?? []) {
      const head = shardHead(tree, shard);
      const record = `shard head ${shard} at size ${size}`;
      if (!head) add('map_unexpected', record, 'the entries put no subject in this shard');
      else if (!equalBytes(encodeShardHead(head), bytes))
        add('map_altered', record, 'it is not the shard head the entries give');
    }
    if (size >= firstHeads)
      for (const shard of changed)
        if (!stored?.has(shard))
          add(
            'map_missing',
            `shard head ${shard} at size ${size}`,
            'entries changed this shard; its head is not in the store',
          );
    changed.clear();
  };
  const firstLine = [...lines].filter(([, l]) => l !== null).map(([s]) => s)[0];
  compareAt(0);
  const family = Uint8Array.of(PREFIX.entry);
  for await (const [key, bytes] of store.rawRecords(family, prefixEnd(family))) {
    const index = readU64(key, 1);
    if (index >= treeSize) break;
    try {
      if (index !== entries) throw new Error(`entry ${entries} is missing`);
      const leafHash = hashLeaf(bytes);
      for (const mapKey of keysOf(bytes, index)) {
        const old = mapGet(tree, mapKey);
        if (!old) subjects++;
        const value = encodeMapValue({
          index,
          leafHash,
          count: old ? decodeMapValue(old).count + 1 : 1,
        });
        tree = mapSet(tree, mapLeaf(mapKey, value));
        expected.set(`${index} ${hex(mapKey)}`, { key: mapKey, value });
        changed.add(shardOf(mapKey));
      }
    } catch (e) {
      add('map_unreplayable', `entry ${index}`, `rebuild stopped here: ${(e as Error).message}`);
      break;
    }
    entries++;
    compareAt(entries);
  }
  await compareValues(store, treeSize, expected, add);
  for (const [size, stored] of heads)
    for (const shard of stored.keys())
      add(
        'map_unexpected',
        `shard head ${shard} at size ${size}`,
        'the log signed no checkpoint of this size',
      );
  return { ok: findings.length === 0 && unlisted === 0, entries, checkpoints, subjects, findings, unlisted };
}

/**
 * Each checkpoint's map root by size (null: no map line), up to `treeSize`, and the latest of those
 * checkpoints (whose announcements say which keys each entry updates).
 */
async function mapLines(
  store: AuditSource,
  treeSize: number,
): Promise<{ lines: Map<number, Uint8Array | null>; latest: Checkpoint | undefined }> {
  const out = new Map<number, Uint8Array | null>();
  let latest: Checkpoint | undefined;
  const family = Uint8Array.of(PREFIX.checkpoint);
  for await (const [key, note] of store.rawRecords(family, prefixEnd(family))) {
    const size = readU64(key, 1);
    if (size > treeSize) break;
    try {
      const text = fromUtf8(note);
      const checkpoint = parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1));
      out.set(size, checkpointMapRoot(checkpoint) ?? null);
      latest = checkpoint;
    } catch {
      // The log audit names a malformed checkpoint; here it compares nothing.
    }
  }
  return { lines: out, latest };
}

/** The shard head records below `treeSize`, by size, then shard. */
async function storedHeads(
  store: AuditSource,
  treeSize: number,
  add: (code: MapAuditCode, record: string, message: string) => void,
): Promise<Map<number, Map<number, Uint8Array>>> {
  const out = new Map<number, Map<number, Uint8Array>>();
  const prefix = sideKey(SHARD_HEAD_PREFIX);
  for await (const [fullKey, value] of store.rawRecords(prefix, prefixEnd(prefix))) {
    let at: { shard: number; size: number };
    try {
      at = decodeShardHeadKey(fullKey.subarray(1));
    } catch {
      add('map_unexpected', `map record ${hex(fullKey.subarray(1))}`, 'not a shard head record');
      continue;
    }
    if (at.size > treeSize) continue;
    const bySize = out.get(at.size) ?? new Map<number, Uint8Array>();
    bySize.set(at.shard, value);
    out.set(at.size, bySize);
  }
  return out;
}

async function compareValues(
  store: AuditSource,
  treeSize: number,
  expected: Map<string, { key: Uint8Array; value: Uint8Array }>,
  add: (code: MapAuditCode, record: string, message: string) => void,
): Promise<void> {
  const prefix = sideKey(MAP_VALUE_PREFIX);
  for await (const [fullKey, value] of store.rawRecords(prefix, prefixEnd(prefix))) {
    const record = { key: fullKey.subarray(1), value };
    let r: ReturnType<typeof decodeMapValueRecord>;
    try {
      r = decodeMapValueRecord(record);
    } catch {
      add('map_unexpected', `map record ${hex(record.key)}`, 'not a map value record: no entry adds it');
      continue;
    }
    if (r.index >= treeSize) continue;
    const id = `${r.index} ${hex(r.key)}`;
    const want = expected.get(id);
    if (!want) add('map_unexpected', `map record ${r.index}`, 'no entry adds this map record');
    else if (!equalBytes(want.value, value))
      add('map_altered', `map record ${r.index}`, describeAltered(want.value, value));
    expected.delete(id);
  }
  for (const id of expected.keys())
    add(
      'map_missing',
      `map record ${id.split(' ')[0]}`,
      'entry adds this map record; it is not in the store',
    );
}

function describeAltered(want: Uint8Array, got: Uint8Array): string {
  try {
    const w = decodeMapValue(want);
    const g = decodeMapValue(got);
    return `the store says the subject's head is #${g.index} (${g.count} entries); its entries say #${w.index} (${w.count})`;
  } catch {
    return 'its value is not the one its entry implies';
  }
}
