/**
 * The history map's records in the store (docs/architecture.md, Storage layout), side records
 * written in the same atomic batch as the entries they follow:
 *
 * | record      | key (after the side family's `x`)        | value |
 * |-------------|------------------------------------------|-------|
 * | map value   | `V` ‖ 32-byte map key ‖ u64 entry index  | the 48-byte map value the entry gives its subject |
 * | shard head  | `T` ‖ u16 shard ‖ u64 (2^53 − 1 − size)  | the shard's head at checkpoint `size` (core/map/map-shards.ts) |
 *
 * A value record per entry that extends a history, keyed so that one shard's values are one range
 * scan in key order (a shard loads without sorting); a head record per shard a batch changed,
 * keyed so that the first record at or after a size's key is the shard's head as of that size.
 * Opening reads at most one head per shard. Stores written by the first version of the map also
 * hold `M` ‖ u64 index records (never read again, never deleted).
 * @module
 */
import { concatBytes } from '../core/encoding.ts';
import { decodeMapValue, MAP_KEY_SIZE, MAP_VALUE_SIZE, type MapValue } from '../core/map/map-hash.ts';
import { readU64, u64, writeU64 } from '../core/ordered-keys.ts';
import type { SideRecord } from '../storage/log-store.ts';

export const MAP_VALUE_TAG = 0x56;
export const SHARD_HEAD_TAG = 0x54;
/** The first version's per-index records: left in place by the migration. */
export const LEGACY_MAP_RECORD_TAG = 0x4d;
/** Side-record tags that belong to the history map (the ledger's index audit skips them). */
export const MAP_RECORD_TAGS: ReadonlySet<number> = new Set([
  MAP_VALUE_TAG,
  SHARD_HEAD_TAG,
  LEGACY_MAP_RECORD_TAG,
]);

export const MAP_VALUE_PREFIX: Uint8Array = Uint8Array.of(MAP_VALUE_TAG);
export const SHARD_HEAD_PREFIX: Uint8Array = Uint8Array.of(SHARD_HEAD_TAG);
export const LEGACY_MAP_RECORD_PREFIX: Uint8Array = Uint8Array.of(LEGACY_MAP_RECORD_TAG);

export function mapValueRecord(key: Uint8Array, index: number, value: Uint8Array): SideRecord {
  const k = new Uint8Array(1 + MAP_KEY_SIZE + 8);
  k[0] = MAP_VALUE_TAG;
  k.set(key, 1);
  writeU64(k, 1 + MAP_KEY_SIZE, index);
  return { key: k, value };
}

export interface DecodedMapValueRecord {
  readonly key: Uint8Array;
  readonly index: number;
  readonly value: Uint8Array;
  readonly decoded: MapValue;
}

/** Throws RangeError on a record that does not have the layout above. */
export function decodeMapValueRecord(record: SideRecord): DecodedMapValueRecord {
  if (
    record.key.length !== 1 + MAP_KEY_SIZE + 8 ||
    record.key[0] !== MAP_VALUE_TAG ||
    record.value.length !== MAP_VALUE_SIZE
  )
    throw new RangeError('not a map value record');
  return {
    key: record.key.subarray(1, 1 + MAP_KEY_SIZE),
    index: readU64(record.key, 1 + MAP_KEY_SIZE),
    value: record.value,
    decoded: decodeMapValue(record.value),
  };
}

/** Where a shard's values start: its first key, as a value record key prefix. */
export function shardValuesFrom(shard: number): Uint8Array {
  return Uint8Array.of(MAP_VALUE_TAG, shard >> 2, (shard & 3) << 6);
}

/** `T` ‖ u16 shard: the prefix of one shard's heads. */
export const shardHeadPrefix = (shard: number): Uint8Array =>
  Uint8Array.of(SHARD_HEAD_TAG, shard >> 8, shard & 255);

/** The key of a shard's head at `size`; ascending keys go from the latest size down. */
export const shardHeadKey = (shard: number, size: number): Uint8Array =>
  concatBytes(shardHeadPrefix(shard), u64(Number.MAX_SAFE_INTEGER - size));

export function decodeShardHeadKey(key: Uint8Array): { shard: number; size: number } {
  if (key.length !== 11 || key[0] !== SHARD_HEAD_TAG) throw new RangeError('not a shard head record');
  return { shard: (key[1]! << 8) | key[2]!, size: Number.MAX_SAFE_INTEGER - readU64(key, 3) };
}
