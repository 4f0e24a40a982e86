/**
 * Whether the log's time never went back (each entry logged at or after the one before it),
 * read from the logged-time index (ledger-keys.ts): in key order, that index must then list
 * entries 0, 1, 2… in turn. While it holds, a window of logged times is a range of entry
 * indices, so a search by case, actor, type or item within a window seeks straight to it
 * (docs/model.md, Search of events). Checked once over the whole index, then only over what was
 * logged since; once the clock is seen going back, the answer stays no.
 * @module
 */
import { prefixEnd } from '../core/ordered-keys.ts';
import type { LogStore } from '../storage/log-store.ts';
import { eventTimeKey, eventTimePrefix, indexFromEventKey } from './ledger-keys.ts';

/** Entry indices [lo, hi) of a window of logged times. */
export interface IndexRange {
  readonly lo: number;
  readonly hi: number;
}

export class LoggedOrder {
  /** Entries [0, checked) are in logged-time order; `last` is the index record of entry checked − 1. */
  private checked = 0;
  private last: Uint8Array | undefined;
  private wentBack = false;
  private pending: Promise<void> | undefined;

  constructor(private readonly store: LogStore) {}

  /**
   * Whether entries [0, size) were logged in non-decreasing time, extending the check to `size`;
   * no when it could not tell (stopped first, or the index still lacks records).
   */
  async inOrder(size: number, stopped: () => boolean = () => false): Promise<boolean> {
    while (!this.wentBack && this.checked < size && !stopped()) {
      const before = this.checked;
      this.pending ??= this.extend(size, stopped).finally(() => {
        this.pending = undefined;
      });
      await this.pending;
      // The index ends before `size`: its records are not all written yet (a store given them
      // with its next batch, ledger.ts). Not in order for now; asked again later.
      if (this.checked === before && !this.wentBack) return false;
    }
    return !this.wentBack && this.checked >= size;
  }

  /**
   * The entries below `size` logged within [fromMs, toMs], as an index range, or undefined when
   * the log's time went back (the window is then not a range).
   */
  async window(
    size: number,
    fromMs: number | undefined,
    toMs: number | undefined,
  ): Promise<IndexRange | undefined> {
    if (!(await this.inOrder(size))) return undefined;
    const lo = fromMs === undefined ? 0 : await this.firstAtOrAfter(fromMs, size);
    const hi = toMs === undefined ? size : await this.firstAtOrAfter(toMs + 1, size);
    return { lo, hi: Math.max(lo, hi) };
  }

  /** The first entry below `size` logged at or after `ms` (size if none). */
  private async firstAtOrAfter(ms: number, size: number): Promise<number> {
    // Entries at or past `size` (committed since the caller's head) may come first: skip them.
    for await (const r of this.store.scanSide(eventTimePrefix('logged'), {
      from: eventTimeKey('logged', ms, 0),
    })) {
      const index = indexFromEventKey(r.key);
      if (index < size) return index;
    }
    return size;
  }

  private async extend(size: number, stopped: () => boolean): Promise<void> {
    const prefix = eventTimePrefix('logged');
    const from = this.last ? prefixEnd(this.last) : prefix;
    for await (const r of this.store.scanSide(prefix, { from })) {
      // Key order is time, then index: the next record must be the next entry, or time went back
      // (or the index lacks a record, which a search must not build on either).
      if (indexFromEventKey(r.key) !== this.checked) {
        this.wentBack = true;
        return;
      }
      this.checked++;
      this.last = r.key;
      if (this.checked >= size || (this.checked % 4096 === 0 && stopped())) return;
    }
  }
}
