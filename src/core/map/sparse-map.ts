/**
 * The history map as an immutable compact sparse Merkle tree (docs/formats.md, History map):
 * only leaves and branching nodes are held, so a map of n keys has 2n − 1 nodes and an update
 * creates about log2(n) of them, sharing the rest with the previous version. A subtree with one
 * key hashes to that key's leaf hash whatever its depth (the Diem/Aptos JMT rule), so the root
 * is that of the full 256-level sparse tree with single-key subtrees collapsed. Node hashes are
 * computed when first asked for and kept, so a batch of updates hashes each touched path once.
 * @module
 */
import {
  EMPTY_SUBTREE,
  firstDifference,
  hashMapLeaf,
  hashMapNode,
  keyBit,
  MAP_KEY_SIZE,
} from './map-hash.ts';

export interface MapLeafNode {
  readonly kind: 'leaf';
  readonly key: Uint8Array;
  readonly value: Uint8Array;
  readonly hash: Uint8Array;
}

export interface MapBranchNode {
  readonly kind: 'branch';
  /** The bit this node splits on; its keys agree on every bit before it. */
  readonly depth: number;
  readonly left: MapNode;
  readonly right: MapNode;
  /** A key under this node: its first `depth` bits are the node's path. */
  readonly someKey: Uint8Array;
  /** Memo: the node's hash at its own depth. */
  hash?: Uint8Array;
  /** Memo: its hash as seen from `liftedTo` (one slot: a node's parent depth rarely changes). */
  lifted?: { readonly depth: number; readonly hash: Uint8Array };
}

export type MapNode = MapLeafNode | MapBranchNode;
/** A map version: its root node, or `undefined` for the empty map. */
export type MapRoot = MapNode | undefined;

export function mapLeaf(key: Uint8Array, value: Uint8Array): MapLeafNode {
  if (key.length !== MAP_KEY_SIZE) throw new RangeError('a map key is 32 bytes');
  return { kind: 'leaf', key, value, hash: hashMapLeaf(key, value) };
}

function branch(depth: number, a: MapNode, b: MapNode, someKey: Uint8Array): MapBranchNode {
  const aKey = a.kind === 'leaf' ? a.key : a.someKey;
  return keyBit(aKey, depth) === 0
    ? { kind: 'branch', depth, left: a, right: b, someKey }
    : { kind: 'branch', depth, left: b, right: a, someKey };
}

/** The map with `leaf` set (added, or replacing the value of the same key). */
export function mapSet(root: MapRoot, leaf: MapLeafNode): MapNode {
  if (root === undefined) return leaf;
  if (root.kind === 'leaf') {
    const d = firstDifference(root.key, leaf.key);
    return d === MAP_KEY_SIZE * 8 ? leaf : branch(d, root, leaf, leaf.key);
  }
  const d = firstDifference(root.someKey, leaf.key);
  if (d < root.depth) return branch(d, root, leaf, leaf.key);
  return keyBit(leaf.key, root.depth) === 0
    ? {
        kind: 'branch',
        depth: root.depth,
        left: mapSet(root.left, leaf),
        right: root.right,
        someKey: leaf.key,
      }
    : {
        kind: 'branch',
        depth: root.depth,
        left: root.left,
        right: mapSet(root.right, leaf),
        someKey: leaf.key,
      };
}

export function mapGet(root: MapRoot, key: Uint8Array): Uint8Array | undefined {
  let node = root;
  while (node?.kind === 'branch') node = keyBit(key, node.depth) === 0 ? node.left : node.right;
  return node && firstDifference(node.key, key) === MAP_KEY_SIZE * 8 ? node.value : undefined;
}

/** The root hash of a map version. */
export function mapRootHash(root: MapRoot): Uint8Array {
  return root === undefined ? EMPTY_SUBTREE : hashAt(root, 0);
}

/** The hash of the subtree at `depth` on this node's path, which holds exactly this node's keys. */
export function hashAt(node: MapNode, depth: number): Uint8Array {
  if (node.kind === 'leaf') return node.hash;
  if (node.lifted?.depth === depth) return node.lifted.hash;
  node.hash ??= hashMapNode(hashAt(node.left, node.depth + 1), hashAt(node.right, node.depth + 1));
  let h = node.hash;
  for (let j = node.depth - 1; j >= depth; j--) {
    h = keyBit(node.someKey, j) === 0 ? hashMapNode(h, EMPTY_SUBTREE) : hashMapNode(EMPTY_SUBTREE, h);
  }
  if (depth < node.depth) node.lifted = { depth, hash: h };
  return h;
}

/** Builds a map from leaves sorted by key, without duplicates: O(n), for loads and rebuilds. */
export function mapFromSorted(leaves: readonly MapLeafNode[]): MapRoot {
  const build = (from: number, to: number): MapRoot => {
    if (to - from === 0) return undefined;
    if (to - from === 1) return leaves[from];
    const d = firstDifference(leaves[from]!.key, leaves[to - 1]!.key);
    let mid = from + 1;
    while (keyBit(leaves[mid]!.key, d) === 0) mid++;
    return branch(d, build(from, mid)!, build(mid, to)!, leaves[from]!.key);
  };
  return build(0, leaves.length);
}

/** Orders keys as the tree does (bytewise, most significant bit first). */
export function compareKeys(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < MAP_KEY_SIZE; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The proof for `key`: the sibling hash at every depth of its path down to where the path ends
 * (null for an empty sibling), and what it ends at: the key's own leaf (inclusion), another key's
 * leaf that alone fills the subtree (absence), or nothing (absence).
 */
export interface RawMapProof {
  readonly siblings: (Uint8Array | null)[];
  readonly leaf?: { readonly key: Uint8Array; readonly value: Uint8Array };
}

export function mapProve(root: MapRoot, key: Uint8Array): RawMapProof {
  const siblings: (Uint8Array | null)[] = [];
  let node = root;
  let depth = 0;
  while (node?.kind === 'branch') {
    for (; depth < node.depth; depth++) {
      if (keyBit(key, depth) !== keyBit(node.someKey, depth)) {
        siblings.push(hashAt(node, depth + 1));
        return { siblings };
      }
      siblings.push(null);
    }
    const right = keyBit(key, depth) === 1;
    siblings.push(hashAt(right ? node.left : node.right, depth + 1));
    node = right ? node.right : node.left;
    depth++;
  }
  return node ? { siblings, leaf: { key: node.key, value: node.value } } : { siblings };
}
