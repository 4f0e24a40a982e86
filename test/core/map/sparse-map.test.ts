import { sha256 } from '@noble/hashes/sha2.js';
import { expect } from 'chai';
import { toBase64 } from '../../../src/core/encoding.ts';
import {
  EMPTY_SUBTREE,
  encodeMapValue,
  hashMapLeaf,
  hashMapNode,
  keyBit,
  mapKey,
} from '../../../src/core/map/map-hash.ts';
import { mapProofToJson, verifyMapProof } from '../../../src/core/map/map-proof.ts';
import {
  decodeShardHead,
  encodeShardHead,
  mapFromShardHeads,
  SHARD_COUNT,
  shardHead,
  shardHeadOfKey,
  shardNode,
  shardOf,
} from '../../../src/core/map/map-shards.ts';
import {
  compareKeys,
  MapNotLoadedError,
  type MapRoot,
  mapFromSorted,
  mapGet,
  mapLeaf,
  mapProve,
  mapRootHash,
  mapSeal,
  mapSet,
  unloadedOnPath,
} from '../../../src/core/map/sparse-map.ts';

/** The definition of docs/formats.md read literally: recursion over the set of keys, no tree. */
function referenceRoot(leaves: [Uint8Array, Uint8Array][], depth = 0): Uint8Array {
  if (leaves.length === 0) return EMPTY_SUBTREE;
  if (leaves.length === 1) return hashMapLeaf(leaves[0]![0], leaves[0]![1]);
  const left = leaves.filter(([k]) => keyBit(k, depth) === 0);
  const right = leaves.filter(([k]) => keyBit(k, depth) === 1);
  return hashMapNode(referenceRoot(left, depth + 1), referenceRoot(right, depth + 1));
}

const value = (i: number) =>
  encodeMapValue({ index: i, leafHash: sha256(Uint8Array.of(i & 255)), count: i + 1 });

describe('history map (compact sparse Merkle tree)', () => {
  it('an empty map has the all-zero root and proves every key absent', () => {
    expect(mapRootHash(undefined)).to.deep.equal(new Uint8Array(32));
    const proof = mapProofToJson(mapProve(undefined, mapKey('item', 'x')));
    expect(proof).to.deep.equal({ siblings: [], leaf: null });
    expect(verifyMapProof(new Uint8Array(32), mapKey('item', 'x'), proof)).to.equal(undefined);
  });

  it('gives the root of the literal definition, incrementally and in bulk, for keys with long shared prefixes', () => {
    const keys: Uint8Array[] = [];
    for (let i = 0; i < 200; i++) keys.push(mapKey('item', `i${i}`));
    // Keys that share 20 and 255 bits: long chains of one-child levels.
    const near = keys[0]!.slice();
    near[2]! ^= 0x08;
    const nearest = keys[0]!.slice();
    nearest[31]! ^= 0x01;
    keys.push(near, nearest);
    let root: MapRoot;
    const pairs: [Uint8Array, Uint8Array][] = [];
    keys.forEach((k, i) => {
      root = mapSet(root, mapLeaf(k, value(i)));
      pairs.push([k, value(i)]);
      if (i % 37 === 0 || i >= 199)
        expect(toBase64(mapRootHash(root))).to.equal(toBase64(referenceRoot(pairs)));
    });
    const sorted = keys.map((k, i) => mapLeaf(k, value(i))).sort((a, b) => compareKeys(a.key, b.key));
    expect(mapRootHash(mapFromSorted(sorted))).to.deep.equal(mapRootHash(root));
    // Replacing a value changes the root; the old version is unchanged (persistent tree).
    const before = mapRootHash(root);
    const next = mapSet(root, mapLeaf(keys[5]!, value(999)));
    expect(mapRootHash(root)).to.deep.equal(before);
    expect(mapRootHash(next)).to.not.deep.equal(before);
    expect(mapGet(next, keys[5]!)).to.deep.equal(value(999));
    expect(mapGet(root, keys[5]!)).to.deep.equal(value(5));
  });

  it('proves every present key present with its value and absent keys absent; a proof fails against another root', () => {
    let root: MapRoot;
    const keys = Array.from({ length: 64 }, (_, i) => mapKey('case', `c${i}`));
    keys.forEach((k, i) => {
      root = mapSet(root, mapLeaf(k, value(i)));
    });
    const rootHash = mapRootHash(root);
    keys.forEach((k, i) => {
      const got = verifyMapProof(rootHash, k, mapProofToJson(mapProve(root, k)));
      expect(got?.index).to.equal(i);
      expect(got?.count).to.equal(i + 1);
    });
    for (let i = 0; i < 64; i++) {
      const absent = mapKey('case', `absent-${i}`);
      const proof = mapProofToJson(mapProve(root, absent));
      expect(verifyMapProof(rootHash, absent, proof)).to.equal(undefined);
      const later = mapSet(root, mapLeaf(absent, value(1)));
      expect(() => verifyMapProof(mapRootHash(later), absent, proof)).to.throw(
        /does not lead to the map root/,
      );
    }
  });

  it('refuses a proof that claims absence with a leaf off the key path, or a present key with another value', () => {
    let root: MapRoot;
    const keys = Array.from({ length: 16 }, (_, i) => mapKey('actor', `a${i}`));
    keys.forEach((k, i) => {
      root = mapSet(root, mapLeaf(k, value(i)));
    });
    const rootHash = mapRootHash(root);
    const proof = mapProofToJson(mapProve(root, keys[3]!));
    // Claim keys[3] absent by showing keys[4]'s leaf on its path: the leaf is off the path.
    const other = mapProofToJson(mapProve(root, keys[4]!));
    expect(() => verifyMapProof(rootHash, keys[3]!, { ...proof, leaf: other.leaf })).to.throw();
    // Drop the leaf altogether: absence does not lead to the root.
    expect(() => verifyMapProof(rootHash, keys[3]!, { ...proof, leaf: null })).to.throw(/map root/);
    // An older value (a truncated history) does not lead to the root.
    expect(() =>
      verifyMapProof(rootHash, keys[3]!, {
        ...proof,
        leaf: { ...proof.leaf!, count: proof.leaf!.count - 1 },
      }),
    ).to.throw(/map root/);
  });
});

describe('history map batches and shards', () => {
  const keys = Array.from({ length: 3000 }, (_, i) => mapKey('item', `b${i}`));
  let base: MapRoot;
  keys.slice(0, 2000).forEach((k, i) => {
    base = mapSet(base, mapLeaf(k, value(i)));
  });

  it('refuses to change a version in place once its batch is sealed', () => {
    const owner = {};
    const batched = mapSet(base, mapLeaf(keys[2998]!, value(7)), owner);
    const root = toBase64(mapRootHash(batched));
    mapSeal(batched, owner);
    expect(() => mapSet(batched, mapLeaf(keys[2999]!, value(8)), owner)).to.throw(RangeError, /sealed/);
    expect(toBase64(mapRootHash(batched))).to.equal(root);
  });

  it("gives the head of a key's shard as the shard's number does, and none for a shard without keys", () => {
    for (const key of keys.slice(0, 300))
      expect(shardHeadOfKey(base, key)).to.deep.equal(shardHead(base, shardOf(key)));
    const small = mapFromSorted([mapLeaf(keys[0]!, value(1))]);
    const elsewhere = keys.find((k) => shardOf(k) !== shardOf(keys[0]!))!;
    expect(shardHeadOfKey(small, elsewhere)).to.equal(undefined);
    expect(() => shardHeadOfKey(base, new Uint8Array(31))).to.throw(RangeError);
  });

  it('a batch applied in place under one owner gives the root of one update at a time, and leaves the previous version as it was', () => {
    const before = toBase64(mapRootHash(base));
    const changes = [...keys.slice(1500, 2500)].map((k, i) => mapLeaf(k, value(10_000 + i)));
    let oneByOne = base;
    for (const leaf of changes) oneByOne = mapSet(oneByOne, leaf);
    const owner = {};
    let batched = base;
    for (const leaf of changes) batched = mapSet(batched, leaf, owner);
    mapSeal(batched, owner);
    expect(toBase64(mapRootHash(batched))).to.equal(toBase64(mapRootHash(oneByOne)));
    expect(toBase64(mapRootHash(base))).to.equal(before);
    // Sealed: a later batch copies those nodes instead of changing them.
    const sealedRoot = toBase64(mapRootHash(batched));
    mapSet(batched, mapLeaf(keys[2999]!, value(1)), {});
    expect(toBase64(mapRootHash(batched))).to.equal(sealedRoot);
  });

  it('a map opened from its shard heads has the same root, refuses to read an unloaded shard, and proves like the whole map once loaded', () => {
    const heads = Array.from({ length: SHARD_COUNT }, (_, s) => shardHead(base, s));
    const opened = mapFromShardHeads(heads.map((h) => (h ? decodeShardHead(encodeShardHead(h)) : undefined)));
    expect(mapRootHash(opened)).to.deep.equal(mapRootHash(base));
    const key = keys[7]!;
    const stub = unloadedOnPath(opened, key)!;
    expect(stub.kind).to.equal('stub');
    expect(() => mapGet(opened, key)).to.throw(MapNotLoadedError);
    expect(() => mapProve(opened, key)).to.throw(MapNotLoadedError);
    stub.loaded = shardNode(base, shardOf(key));
    expect(unloadedOnPath(opened, key)).to.equal(undefined);
    expect(mapProofToJson(mapProve(opened, key))).to.deep.equal(mapProofToJson(mapProve(base, key)));
    // Setting a key in a loaded shard gives the root the whole map gives.
    const updated = mapSet(opened, mapLeaf(key, value(5)));
    expect(mapGet(updated, key)).to.deep.equal(value(5));
    expect(mapRootHash(updated)).to.deep.equal(mapRootHash(mapSet(base, mapLeaf(key, value(5)))));
  });
});
