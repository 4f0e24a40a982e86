/**
 * The history map's records in the store (docs/architecture.md, Storage layout): one per entry
 * that extends a subject's history, written in the same atomic batch as the entry, as a side
 * record `x` ‖ `M` ‖ u64 index → 32-byte map key ‖ 48-byte map value (the subject's new head).
 * Keyed by index, so they are read in log order and a follower catches up with one range scan.
 * @module
 */
import { concatBytes } from '../core/encoding.ts';
import { decodeMapValue, MAP_KEY_SIZE, type MapValue } from '../core/map/map-hash.ts';
import { readU64, u64 } from '../core/ordered-keys.ts';
import type { SideRecord } from '../storage/log-store.ts';

/** The side-record tag of map records: `M`. The ledger's index records use other letters. */
export const MAP_RECORD_TAG = 0x4d;
export const MAP_RECORD_PREFIX: Uint8Array = Uint8Array.of(MAP_RECORD_TAG);

export const mapRecordKey = (index: number): Uint8Array => concatBytes(MAP_RECORD_PREFIX, u64(index));

export function mapRecord(index: number, key: Uint8Array, value: Uint8Array): SideRecord {
  return { key: mapRecordKey(index), value: concatBytes(key, value) };
}

export interface DecodedMapRecord {
  readonly index: number;
  readonly key: Uint8Array;
  readonly value: Uint8Array;
  readonly decoded: MapValue;
}

/** Throws RangeError on a record that does not have the layout above. */
export function decodeMapRecord(record: SideRecord): DecodedMapRecord {
  if (
    record.key.length !== 9 ||
    record.key[0] !== MAP_RECORD_TAG ||
    record.value.length !== MAP_KEY_SIZE + 48
  )
    throw new RangeError('not a map record');
  const value = record.value.subarray(MAP_KEY_SIZE);
  return {
    index: readU64(record.key, 1),
    key: record.value.subarray(0, MAP_KEY_SIZE),
    value,
    decoded: decodeMapValue(value),
  };
}
