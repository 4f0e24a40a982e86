/**
 * Proofs computed from C2SP tlog-tiles alone, as a mirror or a cache serves them (plain files,
 * `custos publish`): any stored subtree hash is a tile hash (levels 0, 8, 16…) or is hashed up
 * from them, so a client that trusts only the signed checkpoint can check a tree's root,
 * inclusion and consistency without asking the log for a proof.
 *
 * ```ts
 * const tiles = new TileHashes(checkpoint.size, (t) => fetchBytes(`tile/${formatTilePath(t)}`));
 * verifyInclusion(leafHash, 7, checkpoint.size, await tiles.inclusionProof(7), checkpoint.rootHash);
 * ```
 * @module
 */

import { frontierNodes } from './frontier.ts';
import { EMPTY_ROOT, foldRight, HASH_SIZE, hashChildren, type NodeId } from './merkle.ts';
import { assembleProof, type ProofPlan, planConsistency, planInclusion, planNodes } from './proofs.ts';
import { hashesAtTileLevel, TILE_HEIGHT, TILE_WIDTH, type TileAddress } from './tiles.ts';

export type TileFetcher = (tile: TileAddress) => Promise<Uint8Array>;

const key = (id: NodeId) => `${id.level}/${id.index}`;

export class TileHashes {
  private readonly tiles = new Map<string, Promise<Uint8Array>>();

  constructor(
    readonly treeSize: number,
    private readonly fetchTile: TileFetcher,
  ) {}

  /** The hash of the perfect subtree `id`, from the tiles of a tree of `treeSize` leaves. */
  async node(id: NodeId): Promise<Uint8Array> {
    if (id.level % TILE_HEIGHT !== 0) {
      const [left, right] = await Promise.all([
        this.node({ level: id.level - 1, index: 2 * id.index }),
        this.node({ level: id.level - 1, index: 2 * id.index + 1 }),
      ]);
      return hashChildren(left, right);
    }
    const level = id.level / TILE_HEIGHT;
    const index = Math.floor(id.index / TILE_WIDTH);
    const width = Math.min(TILE_WIDTH, hashesAtTileLevel(level, this.treeSize) - index * TILE_WIDTH);
    if (width <= 0) throw new RangeError(`node ${key(id)} is not in a tree of size ${this.treeSize}`);
    const tile = await this.tile({ kind: 'hashes', level, index, width });
    const at = (id.index % TILE_WIDTH) * HASH_SIZE;
    return tile.subarray(at, at + HASH_SIZE);
  }

  /** The tree's root hash, folded from its right edge. */
  async root(): Promise<Uint8Array> {
    if (this.treeSize === 0) return EMPTY_ROOT;
    const edge = await Promise.all(frontierNodes(this.treeSize).map((id) => this.node(id)));
    return foldRight(edge);
  }

  /** RFC 9162 inclusion proof of leaf `index`. */
  inclusionProof(index: number): Promise<Uint8Array[]> {
    return this.prove(planInclusion(index, this.treeSize));
  }

  /** RFC 9162 consistency proof from the tree of `fromSize` leaves to this one. */
  consistencyProof(fromSize: number): Promise<Uint8Array[]> {
    return this.prove(planConsistency(fromSize, this.treeSize));
  }

  private async prove(plan: ProofPlan): Promise<Uint8Array[]> {
    const ids = planNodes(plan);
    const hashes = new Map<string, Uint8Array>();
    await Promise.all(ids.map(async (id) => hashes.set(key(id), await this.node(id))));
    return assembleProof(plan, (id) => hashes.get(key(id))!);
  }

  private tile(address: TileAddress): Promise<Uint8Array> {
    const name = `${address.level}/${address.index}/${address.width}`;
    let tile = this.tiles.get(name);
    if (!tile) {
      tile = this.fetchTile(address).then((bytes) => {
        if (bytes.length !== address.width * HASH_SIZE)
          throw new RangeError(`tile ${name} has ${bytes.length} bytes, not ${address.width * HASH_SIZE}`);
        return bytes;
      });
      this.tiles.set(name, tile);
    }
    return tile;
  }
}
