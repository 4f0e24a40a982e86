/**
 * A memory cache of upper-tree hashes for proofs. Every proof crosses the top of the tree, so
 * the hashes at height ≥ 4 (one per 16 leaves) are read again and again; stored hashes never
 * change, so caching them can never serve a stale value. When full it starts over, which
 * bounds memory (~2 million hashes, ~150 MB at most) at the price of a brief run of misses.
 * @module
 */
import type { NodeId } from '../core/log/merkle.ts';

export const CACHED_MIN_LEVEL = 4;

export class NodeCache {
  /** One map per level, keyed by index: cheaper than composite string keys on the proof path. */
  private levels: Map<number, Uint8Array>[] = [];
  private count = 0;

  constructor(private readonly limit = 2_000_000) {}

  get(id: NodeId): Uint8Array | undefined {
    return this.levels[id.level]?.get(id.index);
  }

  set(id: NodeId, hash: Uint8Array): void {
    if (id.level < CACHED_MIN_LEVEL) return;
    if (this.count >= this.limit) {
      this.levels = [];
      this.count = 0;
    }
    this.levels[id.level] ??= new Map();
    const level = this.levels[id.level]!;
    if (level.has(id.index)) return;
    level.set(id.index, hash);
    this.count++;
  }
}
