/**
 * Map proofs on the wire and their verification (docs/formats.md, History map): a proof for a
 * key is checked against a map root alone, and says either "the key holds this value"
 * (inclusion) or "the key holds nothing" (absence).
 * @module
 */
import { z } from 'zod';
import { equalBytes, fromBase64Exact, toBase64 } from '../encoding.ts';
import { VerificationError } from '../errors.ts';
import {
  decodeMapValue,
  EMPTY_SUBTREE,
  encodeMapValue,
  firstDifference,
  hashMapLeaf,
  hashMapNode,
  keyBit,
  MAP_KEY_SIZE,
  type MapValue,
} from './map-hash.ts';
import type { RawMapProof } from './sparse-map.ts';

const Base64Hash = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 SHA-256 hash');
const Count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** A proof as JSON: `siblings` from the root down (null = empty subtree), and the leaf it ends at. */
export const MapProofSchema = z
  .object({
    siblings: z.array(Base64Hash.nullable()).max(256),
    leaf: z
      .object({ key: Base64Hash, index: Count, leafHash: Base64Hash, count: Count.min(1) })
      .strict()
      .nullable(),
  })
  .strict();

export type MapProofJson = z.infer<typeof MapProofSchema>;

export function mapProofToJson(proof: RawMapProof): MapProofJson {
  const leaf = proof.leaf && { key: proof.leaf.key, ...decodeMapValue(proof.leaf.value) };
  return {
    siblings: proof.siblings.map((s) => (s ? toBase64(s) : null)),
    leaf: leaf
      ? { key: toBase64(leaf.key), index: leaf.index, leafHash: toBase64(leaf.leafHash), count: leaf.count }
      : null,
  };
}

/**
 * Checks `proof` for `key` against `root`: the subject's value, or `undefined` when the proof
 * shows the key absent. Throws `bad_proof` when the proof does not lead to `root`.
 */
export function verifyMapProof(root: Uint8Array, key: Uint8Array, proof: MapProofJson): MapValue | undefined {
  if (key.length !== MAP_KEY_SIZE) throw new RangeError('a map key is 32 bytes');
  const depth = proof.siblings.length;
  let hash = EMPTY_SUBTREE;
  let value: MapValue | undefined;
  if (proof.leaf) {
    const leafKey = fromBase64Exact(proof.leaf.key, 32, 'map leaf key');
    const v = { ...proof.leaf, leafHash: fromBase64Exact(proof.leaf.leafHash, 32, 'leaf hash') };
    const same = firstDifference(leafKey, key);
    // Another key's leaf proves absence only where it alone fills the subtree on the key's path.
    if (same < depth)
      throw new VerificationError('bad_proof', 'the map proof ends at a leaf off the key path');
    if (same === MAP_KEY_SIZE * 8) value = v;
    hash = hashMapLeaf(leafKey, encodeMapValue(v));
  }
  for (let d = depth - 1; d >= 0; d--) {
    const s = proof.siblings[d];
    const sibling = s ? fromBase64Exact(s, 32, 'map sibling') : EMPTY_SUBTREE;
    hash = keyBit(key, d) === 0 ? hashMapNode(hash, sibling) : hashMapNode(sibling, hash);
  }
  if (!equalBytes(hash, root))
    throw new VerificationError('bad_proof', 'the map proof does not lead to the map root');
  return value;
}
