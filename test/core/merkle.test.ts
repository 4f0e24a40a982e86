import { expect } from 'chai';
import { fromBase64, fromHex, toHex } from '../../src/core/encoding.ts';
import { EMPTY_ROOT, hashLeaf, rangeNodes, rootFromLeafHashes } from '../../src/core/log/merkle.ts';
import {
  inclusionChecker,
  isConsistent,
  isIncluded,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
} from '../../src/core/log/proof-verify.ts';
import { planInclusion } from '../../src/core/log/proofs.ts';
import { MemoryTree } from '../support/memory-tree.ts';
import { referenceConsistency, referencePath, referenceRoot } from '../support/reference-merkle.ts';
import { readJsonVectors } from '../support/vectors.ts';

/** The 8-leaf RFC 6962 reference tree used by Certificate Transparency implementations. */
const RFC6962_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((h) => fromHex(h));
const RFC6962_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const b64 = (s: string | null | undefined) => (s ? fromBase64(s) : new Uint8Array(0));
const b64list = (l: string[] | null) => (l ?? []).map(b64);

describe('merkle tree hashing', () => {
  it('gives SHA-256 of the empty string as the empty root', () => {
    expect(toHex(EMPTY_ROOT)).to.equal(RFC6962_ROOTS[0]);
  });

  it('matches the RFC 6962 reference roots for every size up to 8', () => {
    const tree = new MemoryTree(RFC6962_LEAVES);
    for (const [size, root] of tree.roots.entries())
      expect(toHex(root), `size ${size}`).to.equal(RFC6962_ROOTS[size]);
  });

  it('agrees with the naive recursive definition for every size up to 300', () => {
    const tree = new MemoryTree();
    const leaves: Uint8Array[] = [];
    for (let n = 1; n <= 300; n++) {
      const leaf = new TextEncoder().encode(`entry ${n}`);
      leaves.push(leaf);
      tree.add(leaf);
      expect(toHex(tree.roots[n]!), `size ${n}`).to.equal(toHex(referenceRoot(leaves)));
    }
    expect(toHex(rootFromLeafHashes(leaves.map(hashLeaf)))).to.equal(toHex(referenceRoot(leaves)));
  });

  it('covers a range with aligned perfect subtrees, largest first', () => {
    expect(rangeNodes(0, 13)).to.deep.equal([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(rangeNodes(8, 11)).to.deep.equal([
      { level: 1, index: 4 },
      { level: 0, index: 10 },
    ]);
    expect(rangeNodes(5, 5)).to.deep.equal([]);
  });
});

describe('inclusion proofs against the transparency-dev vectors', () => {
  for (const { name, data } of readJsonVectors<{
    leafIdx: number;
    treeSize: number;
    root: string | null;
    leafHash: string | null;
    proof: string[] | null;
    desc: string;
    wantErr: boolean;
  }>('merkle', 'testdata', 'inclusion')) {
    it(`${data.wantErr ? 'rejects' : 'accepts'} ${name} (${data.desc})`, () => {
      const verify = () =>
        verifyInclusion(b64(data.leafHash), data.leafIdx, data.treeSize, b64list(data.proof), b64(data.root));
      if (data.wantErr) expect(verify).to.throw();
      else expect(verify).not.to.throw();
    });
  }

  it('produces the published happy-path proofs for the reference tree', () => {
    const tree = new MemoryTree(RFC6962_LEAVES);
    for (const { data } of readJsonVectors<{
      leafIdx: number;
      treeSize: number;
      proof: string[] | null;
      desc: string;
    }>('merkle', 'testdata', 'inclusion')) {
      if (data.desc !== 'happy path' || data.treeSize > 8 || data.treeSize === 0) continue;
      expect(tree.inclusion(data.leafIdx, data.treeSize).map(toHex)).to.deep.equal(
        b64list(data.proof).map(toHex),
      );
    }
  });
});

describe('consistency proofs against the transparency-dev vectors', () => {
  for (const { name, data } of readJsonVectors<{
    size1: number;
    size2: number;
    root1: string;
    root2: string;
    proof: string[] | null;
    desc: string;
    wantErr: boolean;
  }>('merkle', 'testdata', 'consistency')) {
    it(`${data.wantErr ? 'rejects' : 'accepts'} ${name} (${data.desc})`, () => {
      const verify = () =>
        verifyConsistency(data.size1, data.size2, b64list(data.proof), b64(data.root1), b64(data.root2));
      if (data.wantErr) expect(verify).to.throw();
      else expect(verify).not.to.throw();
    });
  }

  it('produces the published happy-path proofs for the reference tree', () => {
    const tree = new MemoryTree(RFC6962_LEAVES);
    let checked = 0;
    for (const { data } of readJsonVectors<{
      size1: number;
      size2: number;
      proof: string[] | null;
      desc: string;
    }>('merkle', 'testdata', 'consistency')) {
      if (data.desc !== 'happy path' || data.size2 > 8 || data.size1 === 0) continue;
      expect(tree.consistency(data.size1, data.size2).map(toHex)).to.deep.equal(
        b64list(data.proof).map(toHex),
      );
      checked++;
    }
    expect(checked).to.be.greaterThan(3);
  });
});

/** Deterministic bit positions, so a failure reproduces. */
function* bits(seed: number): Generator<number> {
  let x = seed || 1;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield (x >>> 0) % 256;
  }
}

function flipped(hash: Uint8Array, bit: number): Uint8Array {
  const out = hash.slice();
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
}

/**
 * Exhaustive over every tree size n ≤ 300 and every m ≤ n: every proof verifies, and each of
 * its hashes, the leaf and the roots, with one pseudo-random bit flipped, makes it fail. Index
 * and size bits are all flipped for trees up to 64 leaves and one pseudo-random bit beyond,
 * which keeps the run to seconds. Assertions are collected and checked once per test.
 */
describe('proof properties for every tree size up to 300', function () {
  this.timeout(120_000);
  const N = 300;
  // Leaves past N exist so that a flipped size still names a real tree with a real root.
  const tree = new MemoryTree();
  const leaves: Uint8Array[] = [];
  for (let i = 0; i < 1024; i++) {
    leaves.push(new TextEncoder().encode(`property leaf ${i}`));
    tree.add(leaves[i]!);
  }
  let wrong: string[];
  const check = (ok: boolean, label: string) => {
    if (!ok && wrong.length < 20) wrong.push(label);
  };
  beforeEach(() => {
    wrong = [];
  });
  afterEach(() => expect(wrong).to.deep.equal([]));

  it('generates inclusion proofs equal to the reference PATH, and they verify', () => {
    for (let n = 1; n <= N; n++) {
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusion(m, n);
        if (n <= 64) check(sameHashes(proof, referencePath(m, leaves.slice(0, n))), `PATH(${m}, ${n})`);
        check(isIncluded(tree.leafHash(m), m, n, proof, tree.roots[n]!), `verify ${m}/${n}`);
      }
    }
  });

  it('generates consistency proofs equal to the reference PROOF, and they verify', () => {
    for (let n = 1; n <= N; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = tree.consistency(m, n);
        if (n <= 64)
          check(sameHashes(proof, referenceConsistency(m, leaves.slice(0, n))), `PROOF(${m}, ${n})`);
        check(isConsistent(m, n, proof, tree.roots[m]!, tree.roots[n]!), `verify ${m}→${n}`);
      }
    }
  });

  it('rejects an inclusion proof after any bit of the proof, the leaf, the root or the index flips', () => {
    const bit = bits(42);
    for (let n = 1; n <= N; n++) {
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusion(m, n);
        const leaf = tree.leafHash(m);
        const root = tree.roots[n]!;
        const fails = (l: Uint8Array, i: number, p: Uint8Array[], r: Uint8Array, what: string) =>
          check(!isIncluded(l, i, n, p, r), `${m}/${n} ${what}`);
        proof.forEach((_, k) => {
          const bad = proof.map((h, j) => (j === k ? flipped(h, bit.next().value!) : h));
          fails(leaf, m, bad, root, `proof[${k}]`);
        });
        fails(flipped(leaf, bit.next().value!), m, proof, root, 'leaf');
        fails(leaf, m, proof, flipped(root, bit.next().value!), 'root');
        for (const b of sizeBits(n, bit)) fails(leaf, m ^ (2 ** b), proof, root, `index bit ${b}`);
      }
    }
  });

  it('gives, for many proofs of one tree checked together, every verdict isIncluded gives', () => {
    const bit = bits(11);
    const sizes = [...Array(64).keys()].map((i) => i + 1).concat([127, 128, 129, 255, 256, 257, N]);
    for (const n of sizes) {
      const root = tree.roots[n]!;
      const together = inclusionChecker(n, root);
      const same = (l: Uint8Array, i: number, p: Uint8Array[], what: string) =>
        check(together(l, i, p) === isIncluded(l, i, n, p, root), `${i}/${n} ${what}`);
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusion(m, n);
        const leaf = tree.leafHash(m);
        same(leaf, m, proof, 'genuine');
        // Tampered after its neighbours warmed the shared nodes, and before the next leaf: a
        // flipped upper node, a flipped leaf, a neighbour's proof, the proof one longer.
        if (proof.length > 0) {
          const k = bit.next().value! % proof.length;
          same(
            leaf,
            m,
            proof.map((h, j) => (j === k ? flipped(h, bit.next().value!) : h)),
            `proof[${k}]`,
          );
        }
        same(flipped(leaf, bit.next().value!), m, proof, 'leaf');
        if (m + 1 < n) same(leaf, m, tree.inclusion(m + 1, n), 'next leaf’s proof');
        same(leaf, m, [...proof, root], 'surplus node');
        same(leaf, m, proof, 'genuine again');
      }
    }
    check(!inclusionChecker(4, new Uint8Array(31))(tree.leafHash(0), 0, tree.inclusion(0, 4)), 'short root');
  });

  it('rejects an inclusion proof presented for a tree of a flipped size', () => {
    const bit = bits(3);
    for (let n = 1; n <= N; n++) {
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusion(m, n);
        for (const b of sizeBits(n, bit)) {
          const other = n ^ (2 ** b);
          if (other <= m) continue;
          // Against the other tree's own root: always refused.
          check(
            !isIncluded(tree.leafHash(m), m, other, proof, tree.roots[other]!),
            `${m}/${n} as size ${other}`,
          );
          // Against this tree's root, RFC 9162 accepts exactly when both sizes give the leaf the
          // same path shape: the size is authenticated by the signed checkpoint, not the proof.
          const accepted = isIncluded(tree.leafHash(m), m, other, proof, tree.roots[n]!);
          check(accepted === samePathShape(m, n, other), `${m}/${n} as size ${other} with the old root`);
        }
      }
    }
  });

  it('rejects a consistency proof after any bit of the proof or a root flips, or for trees of flipped sizes', () => {
    const bit = bits(7);
    for (let n = 2; n <= N; n++) {
      for (let m = 1; m < n; m++) {
        const proof = tree.consistency(m, n);
        const r1 = tree.roots[m]!;
        const r2 = tree.roots[n]!;
        const fails = (a: number, b: number, p: Uint8Array[], x: Uint8Array, y: Uint8Array, what: string) =>
          check(!isConsistent(a, b, p, x, y), `${m}→${n} ${what}`);
        proof.forEach((_, k) => {
          const bad = proof.map((h, j) => (j === k ? flipped(h, bit.next().value!) : h));
          fails(m, n, bad, r1, r2, `proof[${k}]`);
        });
        fails(m, n, proof, flipped(r1, bit.next().value!), r2, 'old root');
        fails(m, n, proof, r1, flipped(r2, bit.next().value!), 'new root');
        for (const b of sizeBits(n, bit)) {
          const m2 = m ^ (2 ** b);
          const n2 = n ^ (2 ** b);
          if (m2 !== 0) fails(m2, n, proof, tree.roots[m2]!, r2, `as ${m2}→${n}`);
          fails(m, n2, proof, r1, tree.roots[n2]!, `as ${m}→${n2}`);
        }
      }
    }
  });

  it('recomputes the root from an inclusion proof', () => {
    const root = rootFromInclusionProof(tree.leafHash(5), 5, 77, tree.inclusion(5, 77));
    check(toHex(root) === toHex(tree.roots[77]!), 'root of 5/77');
  });
});

/** Bits of an index or size to flip: all ten for small trees, one pseudo-random one beyond. */
function sizeBits(n: number, bit: Generator<number>): number[] {
  return n <= 64 ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] : [bit.next().value! % 10];
}

function sameHashes(a: Uint8Array[], b: Uint8Array[]): boolean {
  return a.length === b.length && a.every((h, i) => toHex(h) === toHex(b[i]!));
}

/** Whether leaf m has siblings on the same sides, in the same number, in trees of sizes a and b. */
function samePathShape(m: number, a: number, b: number): boolean {
  const sides = (n: number) => planInclusion(m, n).map((group) => group[0]!.index * 2 ** group[0]!.level < m);
  return JSON.stringify(sides(a)) === JSON.stringify(sides(b));
}
