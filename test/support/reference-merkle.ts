/**
 * A deliberately naive RFC 9162 §2.1 reference, written straight from the recursive
 * definitions (MTH, PATH, PROOF/SUBPROOF). Only tests use it, to check the fast code.
 */
import { EMPTY_ROOT, hashChildren, hashLeaf } from '../../src/core/log/merkle.ts';

function k(n: number): number {
  let p = 1;
  while (p * 2 < n) p *= 2;
  return p;
}

export function referenceRoot(leaves: Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return hashLeaf(leaves[0]!);
  const split = k(leaves.length);
  return hashChildren(referenceRoot(leaves.slice(0, split)), referenceRoot(leaves.slice(split)));
}

export function referencePath(m: number, leaves: Uint8Array[]): Uint8Array[] {
  if (leaves.length <= 1) return [];
  const split = k(leaves.length);
  if (m < split) return [...referencePath(m, leaves.slice(0, split)), referenceRoot(leaves.slice(split))];
  return [...referencePath(m - split, leaves.slice(split)), referenceRoot(leaves.slice(0, split))];
}

export function referenceConsistency(m: number, leaves: Uint8Array[]): Uint8Array[] {
  return m === 0 ? [] : subproof(m, leaves, true);
}

function subproof(m: number, leaves: Uint8Array[], complete: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return complete ? [] : [referenceRoot(leaves)];
  const split = k(n);
  if (m <= split)
    return [...subproof(m, leaves.slice(0, split), complete), referenceRoot(leaves.slice(split))];
  return [...subproof(m - split, leaves.slice(split), false), referenceRoot(leaves.slice(0, split))];
}
