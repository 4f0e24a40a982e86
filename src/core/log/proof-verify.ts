/**
 * Verification of RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs.
 *
 * Every input may come from an attacker: sizes are checked before any hashing, hashes must be
 * exactly 32 bytes, and a proof with a surplus or missing element fails rather than being
 * trimmed. `verify*` throw {@link VerificationError} (code `bad_proof`) naming the reason;
 * `is*` return a verdict without building an error, for callers that check many proofs.
 *
 * ```ts
 * verifyInclusion(leafHash, 3, 7, proof, root); // throws if the leaf is not in that tree
 * ```
 * @module
 */
import { equalBytes } from '../encoding.ts';
import { VerificationError } from '../errors.ts';
import { HASH_SIZE, hashChildren } from './merkle.ts';

/** A reason for failure, or a computed value. */
type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };
const failure = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const badHashes = (hashes: readonly Uint8Array[]): boolean =>
  hashes.some((h) => !(h instanceof Uint8Array) || h.length !== HASH_SIZE);
const badSize = (n: number): boolean => !Number.isSafeInteger(n) || n < 0;

/** SHA-256(0x01 ‖ left ‖ right), told where in the tree the path is (`fn`, `sn` of §2.1.3.2). */
type NodeHash = (left: Uint8Array, right: Uint8Array, fn: number, sn: number) => Uint8Array;

/** The root implied by a leaf hash and its inclusion path (RFC 9162 §2.1.3.2 steps 1–5). */
function inclusionRoot(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  node: NodeHash = hashChildren,
): Outcome<Uint8Array> {
  if (badSize(index) || badSize(treeSize)) return failure('index and treeSize must be non-negative integers');
  if (index >= treeSize) return failure(`index ${index} is not inside a tree of size ${treeSize}`);
  if (badHashes([leafHash])) return failure('leaf hash is not a 32-byte hash');
  if (badHashes(proof)) return failure('proof holds a value that is not a 32-byte hash');
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return failure('proof is longer than the path to the root');
    if (fn % 2 === 1 || fn === sn) {
      r = node(p, r, fn, sn);
      // Climb past the levels where this node has no right sibling (the tree's ragged edge).
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = node(r, p, fn, sn);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return failure('proof is shorter than the path to the root');
  return { ok: true, value: r };
}

function checkInclusion(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): string | null {
  if (badHashes([root])) return 'root is not a 32-byte hash';
  const computed = inclusionRoot(leafHash, index, treeSize, proof);
  if (!computed.ok) return computed.reason;
  return equalBytes(computed.value, root)
    ? null
    : `leaf ${index} is not in the tree of size ${treeSize} with this root`;
}

/**
 * RFC 9162 §2.1.4.2. A proof from the empty tree is refused, as in transparency-dev/merkle: it
 * proves nothing. Protocols that allow `old size 0` (C2SP tlog-witness) handle it themselves.
 */
function checkConsistency(
  fromSize: number,
  toSize: number,
  proof: readonly Uint8Array[],
  fromRoot: Uint8Array,
  toRoot: Uint8Array,
): string | null {
  if (badSize(fromSize) || badSize(toSize)) return 'tree sizes must be non-negative integers';
  if (fromSize > toSize) return `tree of size ${fromSize} cannot be a prefix of one of size ${toSize}`;
  if (fromSize === 0) return 'a consistency proof from the empty tree proves nothing';
  if (fromSize === toSize) {
    // Same tree: nothing to prove, the roots must simply be the same value.
    if (proof.length !== 0) return 'trees of equal size need an empty proof';
    return equalBytes(fromRoot, toRoot) ? null : `two different roots for tree size ${fromSize}`;
  }
  if (badHashes([fromRoot, toRoot])) return 'root is not a 32-byte hash';
  if (badHashes(proof)) return 'proof holds a value that is not a 32-byte hash';
  if (proof.length === 0) return 'proof is empty';
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : proof;
  const roots = consistencyRoots(fromSize, toSize, path);
  if (!roots.ok) return roots.reason;
  if (!equalBytes(roots.value.from, fromRoot)) return `proof does not lead to the root of size ${fromSize}`;
  if (!equalBytes(roots.value.to, toRoot)) return `proof does not lead to the root of size ${toSize}`;
  return null;
}

/** Both roots a consistency path leads to (RFC 9162 §2.1.4.2 steps 3–7), sizes already checked. */
function consistencyRoots(
  fromSize: number,
  toSize: number,
  path: readonly Uint8Array[],
): Outcome<{ from: Uint8Array; to: Uint8Array }> {
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    if (sn === 0) return failure('proof is longer than needed');
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return failure('proof is shorter than needed');
  return { ok: true, value: { from: fr, to: sr } };
}

/**
 * The root of the first `fromSize` leaves that a consistency proof commits to, if the proof
 * leads to `toRoot`. A valid path to a signed root binds its nodes (SHA-256 is collision
 * resistant), so when this differs from a root the log signed for `fromSize`, the two signed
 * checkpoints cannot be of one history: proof of a fork that anyone can check. Undefined when
 * the proof does not reach `toRoot`, or when `fromSize` is a power of two (the proof then omits
 * that root: it cannot be derived).
 */
export function impliedOldRoot(
  fromSize: number,
  toSize: number,
  proof: readonly Uint8Array[],
  toRoot: Uint8Array,
): Uint8Array | undefined {
  if (badSize(fromSize) || badSize(toSize) || fromSize === 0 || fromSize >= toSize) return undefined;
  if (isPowerOfTwo(fromSize) || proof.length === 0 || badHashes([toRoot, ...proof])) return undefined;
  const roots = consistencyRoots(fromSize, toSize, proof);
  return roots.ok && equalBytes(roots.value.to, toRoot) ? roots.value.from : undefined;
}

function isPowerOfTwo(n: number): boolean {
  // Bitwise tricks stop at 2^31; log2 is exact on powers of two up to 2^53.
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}

function orThrow(reason: string | null): void {
  if (reason !== null) throw new VerificationError('bad_proof', reason);
}

export function rootFromInclusionProof(
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
): Uint8Array {
  const computed = inclusionRoot(leafHash, index, treeSize, proof);
  if (!computed.ok) throw new VerificationError('bad_proof', computed.reason);
  return computed.value;
}

export function verifyInclusion(...args: Parameters<typeof checkInclusion>): void {
  orThrow(checkInclusion(...args));
}

export function verifyConsistency(...args: Parameters<typeof checkConsistency>): void {
  orThrow(checkConsistency(...args));
}

export function isIncluded(...args: Parameters<typeof checkInclusion>): boolean {
  return checkInclusion(...args) === null;
}

/**
 * `isIncluded` for many proofs in one tree, as a bundle holds them. Neighbouring leaves share
 * most of their path, so every proof would hash the same upper nodes again; here a node's hash
 * is kept per place in the tree (`fn`, `sn` identify it) with the two children it was made of,
 * and reused only when a later proof brings exactly the same two children to the same place.
 * Each proof is still followed whole, to the root, with the same rules: only a SHA-256 of
 * identical input is skipped, so every verdict is `isIncluded`'s (test/core/merkle.test.ts).
 */
export function inclusionChecker(
  treeSize: number,
  root: Uint8Array,
): (leafHash: Uint8Array, index: number, proof: readonly Uint8Array[]) => boolean {
  const made = new Map<number, Map<number, { left: Uint8Array; right: Uint8Array; hash: Uint8Array }>>();
  const node: NodeHash = (left, right, fn, sn) => {
    let level = made.get(sn);
    if (!level) {
      level = new Map();
      made.set(sn, level);
    }
    const seen = level.get(fn);
    if (seen && equalBytes(seen.left, left) && equalBytes(seen.right, right)) return seen.hash;
    const hash = hashChildren(left, right);
    level.set(fn, { left, right, hash });
    return hash;
  };
  const rootOk = !badHashes([root]);
  return (leafHash, index, proof) => {
    if (!rootOk) return false;
    const computed = inclusionRoot(leafHash, index, treeSize, proof, node);
    return computed.ok && equalBytes(computed.value, root);
  };
}

export function isConsistent(...args: Parameters<typeof checkConsistency>): boolean {
  return checkConsistency(...args) === null;
}
