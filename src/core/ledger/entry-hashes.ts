/**
 * The leaf hashes of one item's entries, as its successive states hold them (what
 * `annotated.corrects` may name). States are immutable values, and copying the whole list
 * into each new state made every event cost O(entries so far): an item with 100,000 events
 * copied 100,000 hashes to take one more.
 *
 * Successive versions share one map from hash to position, and each version knows its own
 * length, so a version never sees a hash appended after it. Appending to a version that is not
 * the newest (a state left behind by a batch that was never written) copies what that version
 * holds, and everything stays correct.
 *
 * ```ts
 * const a = EntryHashes.of('h0'); const b = a.with('h1');
 * b.has('h1'); // true
 * a.has('h1'); // false
 * ```
 * @module
 */
export class EntryHashes {
  private constructor(
    private readonly positions: Map<string, number>,
    /** How many hashes this version holds. */
    readonly size: number,
  ) {}

  static of(...hashes: readonly string[]): EntryHashes {
    return hashes.reduce((set, h) => set.with(h), new EntryHashes(new Map(), 0));
  }

  has(hash: string): boolean {
    const position = this.positions.get(hash);
    return position !== undefined && position < this.size;
  }

  /** This version plus `hash`. */
  with(hash: string): EntryHashes {
    if (this.has(hash)) return this;
    if (this.positions.size === this.size) {
      this.positions.set(hash, this.size);
      return new EntryHashes(this.positions, this.size + 1);
    }
    const mine = [...this.positions].filter(([, position]) => position < this.size);
    return new EntryHashes(new Map(mine), this.size).with(hash);
  }
}
