/**
 * The history map cut into shards, as a store keeps it (docs/formats.md, History map, "Storage"):
 * shard s holds the keys whose first SHARD_BITS bits are s. A shard's head — its one leaf, or the
 * hash at depth SHARD_BITS of its two or more keys — is all a store needs to give the map's root,
 * so a map opens from at most SHARD_COUNT heads, whatever its size, and a shard's keys are read
 * only when a key in it is set or proven. Nothing here changes the map's hashes or proofs.
 * @module
 */
import { firstDifference, keyBit, MAP_KEY_SIZE } from './map-hash.ts';
import {
  hashAt,
  type MapLeafNode,
  type MapNode,
  type MapRoot,
  type MapStubNode,
  mapFromSorted,
  mapLeaf,
} from './sparse-map.ts';

export const SHARD_BITS = 10;
export const SHARD_COUNT = 1 << SHARD_BITS;

/** A shard's content: its one key's leaf, or the hash at depth SHARD_BITS of its keys. */
export type ShardHead = { readonly leaf: MapLeafNode } | { readonly hash: Uint8Array };

export const shardOf = (key: Uint8Array): number => (key[0]! << 2) | (key[1]! >> 6);

/** The shard's path as a key: its SHARD_BITS bits, then zeros. */
export function shardPath(shard: number): Uint8Array {
  if (!Number.isInteger(shard) || shard < 0 || shard >= SHARD_COUNT) throw new RangeError('no such shard');
  const key = new Uint8Array(MAP_KEY_SIZE);
  key[0] = shard >> 2;
  key[1] = (shard & 3) << 6;
  return key;
}

/** The subtree that holds exactly the keys of `shard` (a leaf, a branch or a stub), if any. */
export function shardNode(root: MapRoot, shard: number): MapNode | undefined {
  return nodeOnShardPath(root, shardPath(shard));
}

/** The subtree that holds exactly the keys of the shard whose first SHARD_BITS bits `path` has. */
function nodeOnShardPath(root: MapRoot, path: Uint8Array): MapNode | undefined {
  let node: MapNode | undefined = root;
  while (node?.kind === 'branch' && node.depth < SHARD_BITS)
    node = keyBit(path, node.depth) === 0 ? node.left : node.right;
  if (!node) return undefined;
  const under = node.kind === 'leaf' ? node.key : node.someKey;
  return firstDifference(under, path) < SHARD_BITS ? undefined : node;
}

/** The head of `shard` in the map, or `undefined` when no key falls in it. */
export function shardHead(root: MapRoot, shard: number): ShardHead | undefined {
  return headOf(shardNode(root, shard));
}

/** The head of the shard `key` falls in (what a batch that set `key` stores), if any key does. */
export function shardHeadOfKey(root: MapRoot, key: Uint8Array): ShardHead | undefined {
  if (key.length !== MAP_KEY_SIZE) throw new RangeError('a map key is 32 bytes');
  return headOf(nodeOnShardPath(root, key));
}

function headOf(node: MapNode | undefined): ShardHead | undefined {
  if (!node) return undefined;
  return node.kind === 'leaf' ? { leaf: node } : { hash: hashAt(node, SHARD_BITS) };
}

/** The map whose shards have these heads (`heads[s]` for shard s): unloaded shards are stubs. */
export function mapFromShardHeads(heads: readonly (ShardHead | undefined)[]): MapRoot {
  const nodes: MapNode[] = [];
  heads.forEach((head, shard) => {
    if (!head) return;
    if ('leaf' in head) nodes.push(head.leaf);
    else {
      const stub: MapStubNode = {
        kind: 'stub',
        depth: SHARD_BITS,
        someKey: shardPath(shard),
        hash: head.hash,
      };
      nodes.push(stub);
    }
  });
  return mapFromSorted(nodes);
}

/** Head bytes: 0x00 ‖ key ‖ value for one key, 0x01 ‖ hash for more. */
export function encodeShardHead(head: ShardHead): Uint8Array {
  if ('leaf' in head) {
    const out = new Uint8Array(1 + MAP_KEY_SIZE + head.leaf.value.length);
    out.set(head.leaf.key, 1);
    out.set(head.leaf.value, 1 + MAP_KEY_SIZE);
    return out;
  }
  const out = new Uint8Array(33);
  out[0] = 1;
  out.set(head.hash, 1);
  return out;
}

/** Throws RangeError on bytes that are no head. */
export function decodeShardHead(bytes: Uint8Array): ShardHead {
  if (bytes[0] === 1 && bytes.length === 33) return { hash: bytes.slice(1) };
  if (bytes[0] === 0 && bytes.length === 1 + MAP_KEY_SIZE + 48)
    return { leaf: mapLeaf(bytes.slice(1, 1 + MAP_KEY_SIZE), bytes.slice(1 + MAP_KEY_SIZE)) };
  throw new RangeError('not a history map shard head');
}
