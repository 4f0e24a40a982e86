/**
 * The history map's hashing (docs/formats.md, History map): keys, values, leaf and node hashes
 * and the empty subtree. A map key is the SHA-256 of a subject's domain-separated name, so the
 * key space is uniform and a path is 256 bits long; a value says where the subject's history
 * ends (its latest entry's index and leaf hash) and how long it is. Hashes are SHA-256 computed
 * without per-call allocation (sha256-scratch.ts): the map computes millions of them.
 * @module
 */
import { sha256Of65, sha256Scratch } from '../crypto/sha256-scratch.ts';
import { utf8 } from '../encoding.ts';
import { readU64, writeU64 } from '../ordered-keys.ts';

export const MAP_KEY_SIZE = 32;
export const MAP_VALUE_SIZE = 48;
/** The hash of an empty subtree at any depth: 32 zero bytes. */
export const EMPTY_SUBTREE: Uint8Array = new Uint8Array(32);

/** Where a subject's history ends as of a checkpoint, and how many entries it has. */
export interface MapValue {
  /** Index of the subject's latest entry. */
  readonly index: number;
  /** RFC 9162 leaf hash of that entry. */
  readonly leafHash: Uint8Array;
  /** Number of entries in the subject's history. */
  readonly count: number;
}

/** key = SHA-256("custos/map/v1\n" ‖ kind ‖ "\n" ‖ id), kind one of actor, case, request, item. */
export function mapKey(kind: string, id: string): Uint8Array {
  return sha256Scratch(utf8(`custos/map/v1\n${kind}\n${id}`));
}

/** value = u64 index ‖ 32-byte leaf hash ‖ u64 count, big-endian. */
export function encodeMapValue(v: MapValue): Uint8Array {
  if (v.leafHash.length !== 32) throw new RangeError('a leaf hash is 32 bytes');
  const out = new Uint8Array(MAP_VALUE_SIZE);
  writeU64(out, 0, v.index);
  out.set(v.leafHash, 8);
  writeU64(out, 40, v.count);
  return out;
}

export function decodeMapValue(bytes: Uint8Array): MapValue {
  if (bytes.length !== MAP_VALUE_SIZE) throw new RangeError('a map value is 48 bytes');
  return { index: readU64(bytes, 0), leafHash: bytes.slice(8, 40), count: readU64(bytes, 40) };
}

const scratchLeaf = new Uint8Array(1 + MAP_KEY_SIZE + MAP_VALUE_SIZE);

/** SHA-256(0x00 ‖ key ‖ value): the hash of any subtree that holds this one key alone. */
export function hashMapLeaf(key: Uint8Array, value: Uint8Array): Uint8Array {
  scratchLeaf[0] = 0;
  scratchLeaf.set(key, 1);
  scratchLeaf.set(value, 1 + MAP_KEY_SIZE);
  return sha256Scratch(scratchLeaf);
}

/** SHA-256(0x01 ‖ left ‖ right): a subtree holding two or more keys. */
export function hashMapNode(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256Of65(1, left, right);
}

/** Bit `depth` of a key, most significant bit of byte 0 first; 1 means the right child. */
export function keyBit(key: Uint8Array, depth: number): number {
  return (key[depth >> 3]! >> (7 - (depth & 7))) & 1;
}

/** The first bit at which two different keys differ. */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < MAP_KEY_SIZE; i++) {
    const x = a[i]! ^ b[i]!;
    if (x !== 0) return i * 8 + Math.clz32(x) - 24;
  }
  return MAP_KEY_SIZE * 8;
}
