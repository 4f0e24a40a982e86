/**
 * Everything a reader can ask of the log, served from stored hashes in O(log n) reads:
 * inclusion and consistency proofs (RFC 9162), hash tiles and entry bundles (C2SP
 * tlog-tiles), single entries and past checkpoints. Reads are bounded by the published head,
 * so nothing is served that no checkpoint covers.
 * @module
 */
import { ValidationError } from '../core/errors.ts';
import type { NodeId } from '../core/log/merkle.ts';
import {
  assembleProof,
  type ProofPlan,
  planConsistency,
  planInclusion,
  planNodes,
} from '../core/log/proofs.ts';
import { encodeEntryBundle, TILE_WIDTH, type TileAddress, tileExists } from '../core/log/tiles.ts';
import type { LogStore } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';
import { IntegrityError } from './log-errors.ts';
import { NodeCache } from './node-cache.ts';

export interface InclusionProof {
  readonly index: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  readonly proof: Uint8Array[];
}

export interface ConsistencyProof {
  readonly from: number;
  readonly to: number;
  readonly proof: Uint8Array[];
}

export class LogReader {
  private readonly cache = new NodeCache();

  constructor(
    private readonly store: LogStore,
    private readonly head: () => LogHead,
  ) {}

  treeSize(): number {
    return this.head().checkpoint.size;
  }

  /** Inclusion of leaf `index` in the tree of `treeSize` leaves (default: the head's size). */
  async inclusionProof(index: number, treeSize = this.treeSize()): Promise<InclusionProof> {
    this.checkTreeSize(treeSize, 'treeSize');
    if (index >= treeSize) {
      throw new ValidationError('bad_range', `index ${index} is not below treeSize ${treeSize}`, [
        { path: ['index'], message: `must be below ${treeSize}` },
      ]);
    }
    const leafId = { level: 0, index };
    const plan = planInclusion(index, treeSize);
    const hashes = await this.readPlan(plan, [leafId]);
    return { index, treeSize, leafHash: hashes.get(nodeKey(leafId))!, proof: assemble(plan, hashes) };
  }

  async consistencyProof(from: number, to: number): Promise<ConsistencyProof> {
    this.checkTreeSize(to, 'to');
    if (from > to) {
      throw new ValidationError('bad_range', `from ${from} exceeds to ${to}`, [
        { path: ['from'], message: `must not exceed ${to}` },
      ]);
    }
    const plan = planConsistency(from, to);
    const hashes = await this.readPlan(plan, []);
    return { from, to, proof: assemble(plan, hashes) };
  }

  /** Raw concatenated hashes of a tile, or undefined if the tree has no such tile (404). */
  async tile(address: TileAddress): Promise<Uint8Array | undefined> {
    if (address.kind !== 'hashes' || !tileExists(address, this.treeSize())) return undefined;
    const level = address.level * 8;
    const first = address.index * TILE_WIDTH;
    const hashes = await this.store.readLevel(level, first, first + address.width);
    if (hashes.length !== address.width) {
      throw new IntegrityError(`hashes of tile ${address.level}/${address.index} are missing from the store`);
    }
    const out = new Uint8Array(32 * hashes.length);
    for (const [i, h] of hashes.entries()) out.set(h, 32 * i);
    return out;
  }

  async entryBundle(address: TileAddress): Promise<Uint8Array | undefined> {
    if (address.kind !== 'entries' || !tileExists(address, this.treeSize())) return undefined;
    const first = address.index * TILE_WIDTH;
    const entries = await this.store.readEntries(first, first + address.width);
    if (entries.length !== address.width) {
      throw new IntegrityError(`entries of bundle ${address.index} are missing from the store`);
    }
    return encodeEntryBundle(entries);
  }

  /** One entry's bytes, or undefined beyond the head. */
  async entry(index: number): Promise<Uint8Array | undefined> {
    if (index >= this.treeSize()) return undefined;
    const bytes = await this.store.readEntry(index);
    if (!bytes) throw new IntegrityError(`entry ${index} is missing from the store`);
    return bytes;
  }

  /** The signed checkpoint the log published at exactly this size, if it did. */
  async checkpointAt(size: number): Promise<Uint8Array | undefined> {
    if (size > this.treeSize()) return undefined;
    return (await this.store.checkpointAt(size))?.note;
  }

  private checkTreeSize(size: number, name: string): void {
    const head = this.treeSize();
    if (size > head) {
      throw new ValidationError('bad_range', `${name} ${size} is beyond the log's size ${head}`, [
        { path: [name], message: `must not exceed ${head}` },
      ]);
    }
  }

  private async readPlan(plan: ProofPlan, extra: NodeId[]): Promise<Map<string, Uint8Array>> {
    const ids = [...extra, ...planNodes(plan)];
    const out = new Map<string, Uint8Array>();
    const misses: NodeId[] = [];
    for (const id of ids) {
      const hit = this.cache.get(id);
      if (hit) out.set(nodeKey(id), hit);
      else misses.push(id);
    }
    const values = misses.length ? await this.store.readNodes(misses) : [];
    misses.forEach((id, i) => {
      const v = values[i];
      if (!v)
        throw new IntegrityError(`hash at level ${id.level} index ${id.index} is missing from the store`);
      this.cache.set(id, v);
      out.set(nodeKey(id), v);
    });
    return out;
  }
}

const nodeKey = (id: NodeId): string => `${id.level}/${id.index}`;

function assemble(plan: ProofPlan, hashes: Map<string, Uint8Array>): Uint8Array[] {
  return assembleProof(plan, (id) => hashes.get(nodeKey(id))!);
}
