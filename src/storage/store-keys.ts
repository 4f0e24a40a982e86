/**
 * Key layout of the LevelDB store. One prefix byte per record family, then big-endian
 * integers, so that LevelDB's byte order is the log's order and tiles, bundles and audits are
 * range scans.
 *
 * | family      | key                               | value                  |
 * |-------------|-----------------------------------|------------------------|
 * | entry       | `e` ‖ u64 index                   | entry bytes            |
 * | hash        | `h` ‖ u8 level ‖ u64 index        | 32-byte subtree hash   |
 * | checkpoint  | `c` ‖ u64 tree size               | signed checkpoint note |
 * | side record | `x` ‖ domain-defined bytes        | domain-defined bytes   |
 * | cosignature | `w` ‖ u64 tree size ‖ u32 key ID  | witness signature line |
 * | predecessor | `p` ‖ u64 tree size               | u64 size of the checkpoint before it |
 * | timestamp   | `t` ‖ u64 tree size ‖ u32 TSA ID  | RFC 3161 TimeStampResp (DER) over that checkpoint's note |
 * | meta        | `m` ‖ UTF-8 name                  | bytes                  |
 * @module
 */
import { concatBytes, utf8 } from '../core/encoding.ts';
import type { NodeId } from '../core/log/merkle.ts';
import { readU64, u32, writeU64 } from '../core/ordered-keys.ts';

export const PREFIX = {
  entry: 0x65,
  hash: 0x68,
  checkpoint: 0x63,
  side: 0x78,
  meta: 0x6d,
  cosignature: 0x77,
  predecessor: 0x70,
  timestamp: 0x74,
} as const;

function familyKey(prefix: number[], n: number): Uint8Array {
  const key = new Uint8Array(prefix.length + 8);
  key.set(prefix);
  writeU64(key, prefix.length, n);
  return key;
}

export const entryKey = (index: number): Uint8Array => familyKey([PREFIX.entry], index);
export const hashKey = (id: NodeId): Uint8Array => familyKey([PREFIX.hash, id.level], id.index);
export const checkpointKey = (size: number): Uint8Array => familyKey([PREFIX.checkpoint], size);
/** Links each checkpoint to the one before it, so that deleting a checkpoint leaves a gap the audit sees. */
export const predecessorKey = (size: number): Uint8Array => familyKey([PREFIX.predecessor], size);
export const cosignaturePrefix = (size: number): Uint8Array => familyKey([PREFIX.cosignature], size);

export function cosignatureKey(size: number, keyId: number): Uint8Array {
  return concatBytes(cosignaturePrefix(size), u32(keyId));
}

export const timestampPrefix = (size: number): Uint8Array => familyKey([PREFIX.timestamp], size);

export function timestampKey(size: number, tsaId: number): Uint8Array {
  return concatBytes(timestampPrefix(size), u32(tsaId));
}

export const sideKey = (suffix: Uint8Array): Uint8Array => concatBytes(Uint8Array.of(PREFIX.side), suffix);
export const metaKey = (name: string): Uint8Array => concatBytes(Uint8Array.of(PREFIX.meta), utf8(name));

export type DecodedKey =
  | { family: 'entry'; index: number }
  | { family: 'hash'; level: number; index: number }
  | { family: 'checkpoint'; size: number }
  | { family: 'side'; suffix: Uint8Array }
  | { family: 'meta'; name: string }
  | { family: 'unknown' };

/** For the audit: what a raw key is, or `unknown` if it fits no family's layout. */
export function decodeKey(key: Uint8Array): DecodedKey {
  try {
    switch (key[0]) {
      case PREFIX.entry:
        if (key.length === 9) return { family: 'entry', index: readU64(key, 1) };
        break;
      case PREFIX.hash:
        if (key.length === 10 && key[1]! < 64)
          return { family: 'hash', level: key[1]!, index: readU64(key, 2) };
        break;
      case PREFIX.checkpoint:
        if (key.length === 9) return { family: 'checkpoint', size: readU64(key, 1) };
        break;
      case PREFIX.side:
        return { family: 'side', suffix: key.subarray(1) };
      case PREFIX.meta:
        return { family: 'meta', name: new TextDecoder().decode(key.subarray(1)) };
    }
  } catch {
    // An index beyond 2^53 cannot have been written by us: report it as unknown.
  }
  return { family: 'unknown' };
}
