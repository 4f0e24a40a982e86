/**
 * RFC 9162 §2.1 Merkle tree hashing, and the addressing of its perfect subtrees.
 *
 * A perfect subtree is named by a {@link NodeId}: `level` is its height (leaves are level 0)
 * and `index` its position among the subtrees of that height, so it covers leaves
 * [index·2^level, (index+1)·2^level). These are the only hashes a log ever has to store:
 * every other hash (the root of a tree whose size is not a power of two, the right edge of a
 * proof) folds from them.
 *
 * ```ts
 * const root = rootFromLeafHashes([hashLeaf(utf8('one')), hashLeaf(utf8('two'))]);
 * ```
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { sha256Scratch } from '../crypto/sha256-scratch.ts';

export const HASH_SIZE = 32;

/** RFC 9162 §2.1.1: MTH({}) = SHA-256(). */
export const EMPTY_ROOT: Uint8Array = sha256(new Uint8Array(0));

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** RFC 9162 §2.1.1: SHA-256(0x00 ‖ entry). The prefix keeps a leaf from posing as a node. */
export function hashLeaf(entry: Uint8Array): Uint8Array {
  // Incremental, so a large entry is not copied behind its prefix first.
  const h = sha256.create();
  h.update(LEAF_PREFIX);
  h.update(entry);
  return h.digest();
}

const scratchNode = new Uint8Array(65);

/**
 * RFC 9162 §2.1.1: SHA-256(0x01 ‖ left ‖ right), for two 32-byte hashes. Every append, proof and
 * verification hashes many of these 65-byte inputs: the allocation-free SHA-256 takes half the
 * time of a streaming hasher's state, buffer and view per call.
 */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) {
    const h = sha256.create();
    h.update(NODE_PREFIX);
    h.update(left);
    h.update(right);
    return h.digest();
  }
  scratchNode[0] = 0x01;
  scratchNode.set(left, 1);
  scratchNode.set(right, 1 + HASH_SIZE);
  return sha256Scratch(scratchNode);
}

export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** Largest power of two strictly below n (n ≥ 2): RFC 9162's split point k. */
export function splitPoint(n: number): number {
  assertSize(n, 'n');
  if (n < 2) throw new RangeError(`split point needs n ≥ 2, got ${n}`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees that exactly cover leaves [begin, end), left to right, largest first.
 * Valid for the ranges a proof or a tree head ever asks for, where `begin` is aligned to a
 * power of two at least as large as the range; then the range's RFC 9162 hash is the
 * right fold of these nodes ({@link foldRight}).
 */
export function rangeNodes(begin: number, end: number): NodeId[] {
  assertSize(begin, 'begin');
  assertSize(end, 'end');
  if (begin > end) throw new RangeError(`range [${begin}, ${end}) is reversed`);
  const nodes: NodeId[] = [];
  let at = begin;
  while (at < end) {
    // Grow while the subtree stays aligned at `at` and inside the range.
    let level = 0;
    let width = 1;
    while (at % (width * 2) === 0 && at + width * 2 <= end) {
      width *= 2;
      level++;
    }
    nodes.push({ level, index: at / width });
    at += width;
  }
  return nodes;
}

/** Hash of a run of sibling subtrees given left to right: H(h0, H(h1, … H(hk-1, hk))). */
export function foldRight(hashes: readonly Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return EMPTY_ROOT;
  let acc = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hashes[i]!, acc);
  return acc;
}

/** MTH over a whole list of leaf hashes, in O(n) time and O(log n) memory. */
export function rootFromLeafHashes(leafHashes: Iterable<Uint8Array>): Uint8Array {
  const stack: { level: number; hash: Uint8Array }[] = [];
  for (const leaf of leafHashes) {
    let node = { level: 0, hash: leaf };
    while (stack.length > 0 && stack[stack.length - 1]!.level === node.level) {
      const left = stack.pop()!;
      node = { level: node.level + 1, hash: hashChildren(left.hash, node.hash) };
    }
    stack.push(node);
  }
  return foldRight(stack.map((n) => n.hash));
}

/** Tree sizes and indices are plain numbers: safe integers are 2^53, far beyond any log. */
export function assertSize(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative safe integer`);
}
