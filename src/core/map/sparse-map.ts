/**
 * The history map as an immutable compact sparse Merkle tree (docs/formats.md, History map):
 * only leaves and branching nodes are held, so a map of n keys has 2n − 1 nodes and an update
 * creates about log2(n) of them, sharing the rest with the previous version. A subtree with one
 * key hashes to that key's leaf hash whatever its depth (the Diem/Aptos JMT rule), so the root
 * is that of the full 256-level sparse tree with single-key subtrees collapsed. Node hashes are
 * computed when first asked for and kept, so a batch of updates hashes each touched path once.
 * A map loaded from a store may hold shards not read yet (`MapStubNode`: their hash only); the
 * store's side loads one before a key under it is read or set (src/log/map-index.ts).
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
  /** Children: replaced in place only while the node belongs to the batch that made it (`owner`). */
  left: MapNode;
  right: MapNode;
  /** A key under this node: its first `depth` bits are the node's path. */
  readonly someKey: Uint8Array;
  /** The batch that created the node, which may change it until the batch is sealed (mapSet's `owner`). */
  owner?: object | undefined;
  /** Memo: the node's hash at its own depth. */
  hash?: Uint8Array;
  /**
   * Memo: its hash as seen from depth `liftedDepth` above it (one slot: a node's parent depth
   * rarely changes), in two fields rather than an object, which every lifted node would allocate.
   */
  liftedHash?: Uint8Array | undefined;
  liftedDepth?: number;
}

/**
 * A subtree of two or more keys known by its hash only, until its keys are loaded: a shard of the
 * map as the store holds it (map-shards.ts). Its keys agree on their first `depth` bits.
 */
export interface MapStubNode {
  readonly kind: 'stub';
  readonly depth: number;
  /** A key whose first `depth` bits are the stub's path (the rest zero). */
  readonly someKey: Uint8Array;
  /** The subtree's hash at `depth`. */
  readonly hash: Uint8Array;
  /** Its keys, once loaded: the same subtree, in full. */
  loaded?: MapNode;
}

export type MapNode = MapLeafNode | MapBranchNode | MapStubNode;

/** A key or path under `node` was read or set before its shard was loaded (a logic error). */
export class MapNotLoadedError extends RangeError {
  constructor(readonly stub: MapStubNode) {
    super('the history map shard on this key path is not loaded');
  }
}

/** The stub's keys, or a MapNotLoadedError. */
function loadedOf(stub: MapStubNode): MapNode {
  if (!stub.loaded) throw new MapNotLoadedError(stub);
  return stub.loaded;
}

/** The first stub on `key`'s path that is not loaded yet, if any: what must be loaded to read or set it. */
export function unloadedOnPath(root: MapRoot, key: Uint8Array): MapStubNode | undefined {
  let node = root;
  while (node && node.kind !== 'leaf') {
    if (node.kind === 'stub') {
      if (firstDifference(node.someKey, key) < node.depth) return undefined;
      if (!node.loaded) return node;
      node = node.loaded;
    } else node = keyBit(key, node.depth) === 0 ? node.left : node.right;
  }
  return undefined;
}
/** A map version: its root node, or `undefined` for the empty map. */
export type MapRoot = MapNode | undefined;

export function mapLeaf(key: Uint8Array, value: Uint8Array): MapLeafNode {
  if (key.length !== MAP_KEY_SIZE) throw new RangeError('a map key is 32 bytes');
  return { kind: 'leaf', key, value, hash: hashMapLeaf(key, value) };
}

const keyOfNode = (n: MapNode): Uint8Array => (n.kind === 'leaf' ? n.key : n.someKey);

/** Every branch is made here, with every field set, so they all share one shape (one hidden class). */
function newBranch(
  depth: number,
  left: MapNode,
  right: MapNode,
  someKey: Uint8Array,
  owner: object | undefined,
): MapBranchNode {
  return {
    kind: 'branch',
    depth,
    left,
    right,
    someKey,
    owner,
    hash: undefined,
    liftedHash: undefined,
    liftedDepth: -1,
  };
}

function branch(
  depth: number,
  a: MapNode,
  b: MapNode,
  someKey: Uint8Array,
  owner: object | undefined,
): MapBranchNode {
  return keyBit(keyOfNode(a), depth) === 0
    ? newBranch(depth, a, b, someKey, owner)
    : newBranch(depth, b, a, someKey, owner);
}

/** Owners whose batch ended (`mapSeal`): their nodes are shared, never changed in place again. */
const sealed = new WeakSet<object>();

/**
 * The map with `leaf` set (added, or replacing the value of the same key). With `owner` (one per
 * batch of updates), the branches this call creates belong to the batch, and later calls with the
 * same owner change them in place instead of copying them again: a batch creates each node on its
 * paths once. Call `mapSeal` before the version is shared.
 */
export function mapSet(root: MapRoot, leaf: MapLeafNode, owner?: object): MapNode {
  if (owner !== undefined && sealed.has(owner)) throw new RangeError('this batch of map updates is sealed');
  return setUnder(root, leaf, owner);
}

function setUnder(root: MapRoot, leaf: MapLeafNode, owner: object | undefined): MapNode {
  if (root === undefined) return leaf;
  if (root.kind === 'leaf') {
    const d = firstDifference(root.key, leaf.key);
    return d === MAP_KEY_SIZE * 8 ? leaf : branch(d, root, leaf, leaf.key, owner);
  }
  const d = firstDifference(root.someKey, leaf.key);
  if (d < root.depth) return branch(d, root, leaf, leaf.key, owner);
  if (root.kind === 'stub') return setUnder(loadedOf(root), leaf, owner);
  const right = keyBit(leaf.key, root.depth) === 1;
  if (owner !== undefined && root.owner === owner) {
    root.hash = undefined;
    root.liftedHash = undefined;
    if (right) root.right = setUnder(root.right, leaf, owner);
    else root.left = setUnder(root.left, leaf, owner);
    return root;
  }
  return newBranch(
    root.depth,
    right ? root.left : setUnder(root.left, leaf, owner),
    right ? setUnder(root.right, leaf, owner) : root.right,
    leaf.key,
    owner,
  );
}

/**
 * Ends a batch's ownership of the nodes it created: from now on they are shared, and `mapSet`
 * refuses the owner. O(1): the nodes keep naming their owner, which no batch can use again.
 */
export function mapSeal(_root: MapRoot, owner: object): void {
  sealed.add(owner);
}

export function mapGet(root: MapRoot, key: Uint8Array): Uint8Array | undefined {
  let node = root;
  while (node && node.kind !== 'leaf') {
    if (node.kind === 'stub') {
      if (firstDifference(node.someKey, key) < node.depth) return undefined;
      node = loadedOf(node);
    } else node = keyBit(key, node.depth) === 0 ? node.left : node.right;
  }
  return node && firstDifference(node.key, key) === MAP_KEY_SIZE * 8 ? node.value : undefined;
}

/** The root hash of a map version. */
export function mapRootHash(root: MapRoot): Uint8Array {
  return root === undefined ? EMPTY_SUBTREE : hashAt(root, 0);
}

/** The hash of the subtree at `depth` on this node's path, which holds exactly this node's keys. */
export function hashAt(node: MapNode, depth: number): Uint8Array {
  if (node.kind === 'leaf') return node.hash;
  if (node.kind === 'stub')
    return node.loaded ? hashAt(node.loaded, depth) : lift(node.hash, node.someKey, node.depth, depth);
  if (node.liftedHash !== undefined && node.liftedDepth === depth) return node.liftedHash;
  node.hash ??= hashMapNode(hashAt(node.left, node.depth + 1), hashAt(node.right, node.depth + 1));
  const h = lift(node.hash, node.someKey, node.depth, depth);
  if (depth < node.depth) {
    node.liftedHash = h;
    node.liftedDepth = depth;
  }
  return h;
}

/** A subtree's hash at `from` seen from `to` above it: every level between has one empty side. */
function lift(hash: Uint8Array, key: Uint8Array, from: number, to: number): Uint8Array {
  let h = hash;
  for (let j = from - 1; j >= to; j--)
    h = keyBit(key, j) === 0 ? hashMapNode(h, EMPTY_SUBTREE) : hashMapNode(EMPTY_SUBTREE, h);
  return h;
}

/**
 * Builds a map from disjoint subtrees sorted by path — leaves sorted by key, without duplicates,
 * or stubs and leaves of different shards: O(n), for loads and rebuilds.
 */
export function mapFromSorted(nodes: readonly MapNode[]): MapRoot {
  const build = (from: number, to: number): MapRoot => {
    if (to - from === 0) return undefined;
    if (to - from === 1) return nodes[from];
    const d = firstDifference(keyOfNode(nodes[from]!), keyOfNode(nodes[to - 1]!));
    let mid = from + 1;
    while (keyBit(keyOfNode(nodes[mid]!), d) === 0) mid++;
    return branch(d, build(from, mid)!, build(mid, to)!, keyOfNode(nodes[from]!), undefined);
  };
  return build(0, nodes.length);
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
  while (node && node.kind !== 'leaf') {
    for (; depth < node.depth; depth++) {
      if (keyBit(key, depth) !== keyBit(node.someKey, depth)) {
        siblings.push(hashAt(node, depth + 1));
        return { siblings };
      }
      siblings.push(null);
    }
    if (node.kind === 'stub') {
      node = loadedOf(node);
      continue;
    }
    const right = keyBit(key, depth) === 1;
    siblings.push(hashAt(right ? node.left : node.right, depth + 1));
    node = right ? node.right : node.left;
    depth++;
  }
  return node ? { siblings, leaf: { key: node.key, value: node.value } } : { siblings };
}
