/**
 * Generation of RFC 9162 inclusion (§2.1.3.1) and consistency (§2.1.4.1) proofs, split in two
 * pure steps so that storage does one batched read in between:
 *
 * 1. plan: which stored perfect-subtree hashes ({@link NodeId}) the proof is made of;
 * 2. assemble: fold those hashes into the proof.
 *
 * Each element of a plan is the list of nodes covering one proof hash's range; all of them are
 * single nodes except at most one on the tree's right edge, which folds from O(log n) nodes.
 *
 * ```ts
 * const plan = planInclusion(3, 7);
 * const proof = assembleProof(plan, (id) => store.get(id));
 * ```
 * @module
 */
import { assertSize, foldRight, type NodeId, rangeNodes, splitPoint } from './merkle.ts';

export type ProofPlan = NodeId[][];

/** RFC 9162 §2.1.3.1 PATH(m, D[n]), as ranges of leaves, ordered leaf to root. */
export function planInclusion(index: number, treeSize: number): ProofPlan {
  assertSize(index, 'index');
  assertSize(treeSize, 'treeSize');
  if (index >= treeSize) throw new RangeError(`index ${index} is outside a tree of size ${treeSize}`);
  const plan: ProofPlan = [];
  let begin = 0;
  let end = treeSize;
  const siblings: [number, number][] = [];
  while (end - begin > 1) {
    const k = splitPoint(end - begin);
    if (index < begin + k) {
      siblings.push([begin + k, end]);
      end = begin + k;
    } else {
      siblings.push([begin, begin + k]);
      begin += k;
    }
  }
  // The descent found siblings root-first; the proof lists them leaf-first.
  for (let i = siblings.length - 1; i >= 0; i--) plan.push(rangeNodes(...siblings[i]!));
  return plan;
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true), as ranges of leaves. */
export function planConsistency(fromSize: number, toSize: number): ProofPlan {
  assertSize(fromSize, 'fromSize');
  assertSize(toSize, 'toSize');
  if (fromSize > toSize) throw new RangeError(`fromSize ${fromSize} exceeds toSize ${toSize}`);
  // A proof from the empty tree, or between equal trees, is empty: nothing to prove.
  if (fromSize === 0 || fromSize === toSize) return [];
  const ranges: [number, number][] = [];
  let begin = 0;
  let end = toSize;
  let m = fromSize;
  let wholeOldTreeKnown = true;
  while (m !== end - begin) {
    const k = splitPoint(end - begin);
    if (m <= k) {
      ranges.push([begin + k, end]);
      end = begin + k;
    } else {
      ranges.push([begin, begin + k]);
      begin += k;
      m -= k;
      wholeOldTreeKnown = false;
    }
  }
  // SUBPROOF's base case: the verifier already holds this subtree's hash only when it is
  // the whole old tree (b = true); otherwise the proof must include it.
  if (!wholeOldTreeKnown) ranges.push([begin, end]);
  return ranges.reverse().map(([b, e]) => rangeNodes(b, e));
}

/** All distinct nodes a plan reads, for one batched storage lookup. */
export function planNodes(plan: ProofPlan): NodeId[] {
  const seen = new Set<string>();
  const out: NodeId[] = [];
  for (const group of plan) {
    for (const id of group) {
      const key = `${id.level}/${id.index}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(id);
      }
    }
  }
  return out;
}

export function assembleProof(plan: ProofPlan, hashOf: (id: NodeId) => Uint8Array): Uint8Array[] {
  return plan.map((group) => foldRight(group.map(hashOf)));
}
