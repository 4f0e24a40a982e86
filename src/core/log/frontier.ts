/**
 * The right edge of a growing Merkle tree: the perfect subtrees that cover leaves [0, size),
 * largest first (RFC 9162's tree head folds from them). Appending a leaf merges equal-height
 * subtrees, and every merge creates exactly one new perfect-subtree hash that a log stores
 * once and never changes.
 *
 * ```ts
 * let f = emptyFrontier();
 * const { frontier, created } = appendLeaf(f, hashLeaf(entry));
 * ```
 * @module
 */
import { foldRight, hashChildren, type NodeId, rangeNodes } from './merkle.ts';

export interface Frontier {
  readonly size: number;
  /** Hashes of rangeNodes(0, size), in that order. */
  readonly hashes: readonly Uint8Array[];
}

export interface StoredNode {
  readonly id: NodeId;
  readonly hash: Uint8Array;
}

export function emptyFrontier(): Frontier {
  return { size: 0, hashes: [] };
}

/** Rebuilds the frontier of a tree from its stored right-edge hashes (see {@link frontierNodes}). */
export function frontierFromHashes(size: number, hashes: readonly Uint8Array[]): Frontier {
  const expected = rangeNodes(0, size).length;
  if (hashes.length !== expected) {
    throw new RangeError(`a tree of size ${size} has ${expected} edge nodes, got ${hashes.length}`);
  }
  return { size, hashes: [...hashes] };
}

/** The node ids whose hashes make up the frontier of a tree of `size` leaves. */
export function frontierNodes(size: number): NodeId[] {
  return rangeNodes(0, size);
}

export function frontierRoot(frontier: Frontier): Uint8Array {
  return foldRight(frontier.hashes);
}

/** Appends one leaf; returns the new frontier and every node hash the append completed. */
export function appendLeaf(
  frontier: Frontier,
  leafHash: Uint8Array,
): { frontier: Frontier; created: StoredNode[] } {
  const hashes = [...frontier.hashes];
  const created: StoredNode[] = [{ id: { level: 0, index: frontier.size }, hash: leafHash }];
  let level = 0;
  let index = frontier.size;
  let hash = leafHash;
  // The trailing one-bits of the old size are the subtrees this leaf completes.
  let size = frontier.size;
  while (size % 2 === 1) {
    const left = hashes.pop()!;
    hash = hashChildren(left, hash);
    level++;
    index = Math.floor(index / 2);
    created.push({ id: { level, index }, hash });
    size = Math.floor(size / 2);
  }
  hashes.push(hash);
  return { frontier: { size: frontier.size + 1, hashes }, created };
}
