/**
 * The history map vectors of test/vectors/map (written by scripts/make-map-vectors.ts), read the
 * way an independent implementation would: keys, values and the root recomputed with node:crypto
 * from docs/formats.md's definition, every proof checked, every invalid proof refused.
 */
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { fromHex, toBase64 } from '../../../src/core/encoding.ts';
import { type MapProofJson, mapProofToJson, verifyMapProof } from '../../../src/core/map/map-proof.ts';
import { type MapRoot, mapLeaf, mapProve, mapRootHash, mapSet } from '../../../src/core/map/sparse-map.ts';
import { readJsonVectors } from '../../support/vectors.ts';

interface Vector {
  subjects: {
    kind: string;
    id: string;
    key: string;
    value: { index: number; leafHash: string; count: number };
    valueBytes: string;
  }[];
  root: string;
  proofs: { kind: string; id: string; present: boolean; proof: MapProofJson }[];
  invalid: { kind: string; id: string; why: string; proof: MapProofJson }[];
}

const sha = (...parts: (Buffer | Uint8Array)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const key = (kind: string, id: string) => sha(Buffer.from(`custos/map/v1\n${kind}\n${id}`, 'utf8'));
const bit = (k: Buffer, d: number) => (k[d >> 3]! >> (7 - (d & 7))) & 1;
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
};

/** docs/formats.md read literally: empty → zeros, one key → its leaf, else a node of the halves. */
function root(leaves: [Buffer, Buffer][], depth = 0): Buffer {
  if (leaves.length === 0) return Buffer.alloc(32);
  if (leaves.length === 1) return sha(Buffer.of(0), leaves[0]![0], leaves[0]![1]);
  const half = (b: number) => leaves.filter(([k]) => bit(k, depth) === b);
  return sha(Buffer.of(1), root(half(0), depth + 1), root(half(1), depth + 1));
}

describe('history map test vectors (test/vectors/map)', () => {
  const vectors = readJsonVectors<Vector>('map');

  it('has the vectors', () => {
    expect(vectors.map((v) => v.name).sort()).to.deep.equal([
      'map/derivatives.json',
      'map/empty.json',
      'map/one.json',
      'map/shared-prefix.json',
    ]);
  });

  for (const { name, data } of vectors) {
    it(`${name}: keys, values and root follow from the definition, and the implementation agrees`, () => {
      const leaves: [Buffer, Buffer][] = data.subjects.map((s) => {
        const k = key(s.kind, s.id);
        expect(k.toString('hex')).to.equal(s.key);
        const v = Buffer.concat([
          u64(s.value.index),
          Buffer.from(s.value.leafHash, 'base64'),
          u64(s.value.count),
        ]);
        expect(v.toString('hex')).to.equal(s.valueBytes);
        return [k, v];
      });
      expect(root(leaves).toString('base64')).to.equal(data.root);
      let tree: MapRoot;
      for (const [k, v] of leaves) tree = mapSet(tree, mapLeaf(k, v));
      expect(toBase64(mapRootHash(tree))).to.equal(data.root);
      for (const p of data.proofs)
        expect(mapProofToJson(mapProve(tree, key(p.kind, p.id)))).to.deep.equal(p.proof);
    });

    it(`${name}: every proof verifies with its stated result; every invalid one is refused`, () => {
      const r = Buffer.from(data.root, 'base64');
      for (const p of data.proofs) {
        const value = verifyMapProof(r, key(p.kind, p.id), p.proof);
        expect(value !== undefined, `${p.kind} ${p.id}`).to.equal(p.present);
      }
      for (const p of data.invalid)
        expect(() => verifyMapProof(r, key(p.kind, p.id), p.proof), p.why).to.throw();
      expect(fromHex(data.subjects[0]?.key ?? '00'.repeat(32))).to.have.length(32);
    });
  }
});
