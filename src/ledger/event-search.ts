/**
 * Search of events (docs/model.md, Search of events): a page of the entries that match a filter
 * and that the reader may read, read from the index records and only then from the log.
 *
 * - One index drives the scan, in log order: the item's history, or the event records by case,
 *   actor or type (most selective first), or, with none of those, the log itself. A window of
 *   logged times is a range of entry indices (logged-order.ts), so the scan seeks to it.
 * - The other case, actor and type filters are answered by the index too (one batched read of
 *   their records per chunk of candidates), so no entry is read that they rule out.
 * - The entries left are read in one batch per chunk; whether the reader may read one is asked
 *   once per subject (the rule depends on nothing else), and the whole filter is checked again
 *   on the entry's own facts (core/ledger/event-facts.ts) before it is shown.
 * - A page examines at most EXAMINE_LIMIT candidates, then runs on to the end of the current
 *   run of RUN log positions and stops there (`next` is that position): the cost of a page has a
 *   bound whatever the reader may not read, and where it stops says nothing about the entries.
 * - Searches by occurred time alone, or by logged time in a log whose clock went back, scan the
 *   time index in time order, with no bound.
 * @module
 */

import { toBase64 } from '../core/encoding.ts';
import { ValidationError } from '../core/errors.ts';
import type { ParsedEntry } from '../core/ledger/entry.ts';
import { entrySubject } from '../core/ledger/entry-subject.ts';
import { type EventFacts, type EventFilter, eventFacts, matchesFilter } from '../core/ledger/event-facts.ts';
import type { SubjectRef } from '../core/ledger/state.ts';
import { readU64 } from '../core/ordered-keys.ts';
import { nodeHashLeaf } from '../crypto/node-sha256.ts';
import type { LogStore } from '../storage/log-store.ts';
import {
  type EventAxis,
  eventKey,
  eventPrefix,
  eventTimeKey,
  eventTimePrefix,
  indexFromEventKey,
  subjectPrefix,
} from './ledger-keys.ts';
import type { HistoryEntry, LedgerQueries } from './ledger-queries.ts';
import { type IndexRange, LoggedOrder } from './logged-order.ts';

/** Candidates a page examines before it may stop short of `limit` (docs/model.md). */
export const EXAMINE_LIMIT = 500;
/** A page that stops short stops at the end of a run of this many log positions. */
export const RUN = 1_024;
/** Cases of items and requests kept in memory. */
const KEPT_CASES = 100_000;
/** Most candidates read in one batch. */
const CHUNK = 256;

export interface FoundEvent extends HistoryEntry {
  readonly facts: EventFacts;
}

export interface EventPageQuery {
  readonly filter: EventFilter;
  /** The previous page's `next`. */
  readonly after?: number;
  readonly limit: number;
  /** Entries below this size are committed: a search never shows one that is not. */
  readonly size: number;
  /** Whether the reader may read entries about this subject (docs/model.md, Who may read what). */
  readonly mayRead: (subject: SubjectRef) => Promise<boolean>;
}

export interface EventPage {
  readonly found: FoundEvent[];
  /** The `after` of the next page, or null at the end. */
  readonly next: number | null;
}

const AXES: readonly EventAxis[] = ['case', 'actor', 'type'];

/** How far a page may examine before it stops short (tests make it small). */
export interface SearchBound {
  readonly examine: number;
  readonly run: number;
}

export class EventSearch {
  private readonly order: LoggedOrder;
  private readonly cases = new Map<string, string>();

  constructor(
    private readonly store: LogStore,
    private readonly queries: LedgerQueries,
    private readonly bound: SearchBound = { examine: EXAMINE_LIMIT, run: RUN },
  ) {
    this.order = new LoggedOrder(store);
  }

  async page(q: EventPageQuery): Promise<EventPage> {
    const f = q.filter;
    const equality = f.item !== undefined || AXES.some((a) => f[a] !== undefined);
    const logged = f.loggedFromMs !== undefined || f.loggedToMs !== undefined;
    const occurred = f.occurredFromMs !== undefined || f.occurredToMs !== undefined;
    const range = logged
      ? await this.order.window(q.size, f.loggedFromMs, f.loggedToMs)
      : { lo: 0, hi: q.size };
    if (range === undefined || (!equality && !logged && occurred))
      return this.collect(q, this.byTime(q, range === undefined ? 'logged' : 'occurred'), [], false);
    const lo = Math.max(range.lo, q.after === undefined ? 0 : q.after + 1);
    const drive = f.item === undefined ? AXES.find((a) => f[a] !== undefined) : undefined;
    const checks = AXES.filter((a) => a !== drive && f[a] !== undefined).map((a) => ({ axis: a, id: f[a]! }));
    return this.collect(q, this.inLogOrder(f, drive, { lo, hi: range.hi }), checks, true);
  }

  /**
   * Reads the logged-time index once (a first search within a time window would otherwise),
   * stopping early, its work kept, once `stopped` says so.
   */
  async warm(size: number, stopped: () => boolean = () => false): Promise<void> {
    await this.order.inOrder(size, stopped);
  }

  /** Entry indices in `range`, ascending, from the driving index (or the log itself). */
  private async *inLogOrder(
    f: EventFilter,
    drive: EventAxis | undefined,
    range: IndexRange,
  ): AsyncGenerator<number> {
    if (f.item !== undefined) {
      // An item's history: its subject records, one per entry, in log order.
      for await (const r of this.store.scanSide(subjectPrefix('item', f.item))) {
        const index = readU64(r.value);
        if (index >= range.hi) return;
        if (index >= range.lo) yield index;
      }
      return;
    }
    if (drive === undefined) {
      for (let i = range.lo; i < range.hi; i++) yield i;
      return;
    }
    const id = f[drive]!;
    const from = eventKey(drive, id, range.lo);
    for await (const r of this.store.scanSide(eventPrefix(drive, id), { from })) {
      const index = indexFromEventKey(r.key);
      if (index >= range.hi) return;
      yield index;
    }
  }

  /** Entry indices in time order from the logged- or occurred-time index, after the cursor entry's time. */
  private async *byTime(q: EventPageQuery, which: 'logged' | 'occurred'): AsyncGenerator<number> {
    const f = q.filter;
    const fromMs = which === 'logged' ? f.loggedFromMs : f.occurredFromMs;
    const toMs = which === 'logged' ? f.loggedToMs : f.occurredToMs;
    const cursor = q.after === undefined ? undefined : await this.cursorFacts(q);
    const cursorMs = cursor && (which === 'logged' ? cursor.loggedMs : cursor.occurredMs);
    const from =
      cursorMs !== undefined
        ? eventTimeKey(which, cursorMs, q.after! + 1)
        : eventTimeKey(which, fromMs ?? -(2 ** 52), 0);
    const stop = toMs === undefined ? undefined : eventTimeKey(which, toMs + 1, 0);
    for await (const r of this.store.scanSide(eventTimePrefix(which), { from })) {
      if (stop && Buffer.compare(Buffer.from(r.key), Buffer.from(stop)) >= 0) return;
      const index = indexFromEventKey(r.key);
      if (index < q.size) yield index;
    }
  }

  /**
   * Fills a page from the candidates, in chunks: the other filters' index records of a chunk
   * in one read, then its remaining entries in one read. A full page reads on until one more
   * event the reader may read and the filter matches is found (`next` is then the last event
   * shown) or the candidates end (`next` null): a look at the next candidate alone would say
   * whether an entry the reader may not read follows. With `bounded`, after EXAMINE_LIMIT
   * candidates, the page stops at the end of the current run of RUN positions when candidates
   * follow it (`next` is that position).
   */
  private async collect(
    q: EventPageQuery,
    candidates: AsyncGenerator<number>,
    checks: readonly { axis: EventAxis; id: string }[],
    bounded: boolean,
  ): Promise<EventPage> {
    const found: FoundEvent[] = [];
    const want = q.limit + 1;
    const full = (): EventPage => ({ found: found.slice(0, q.limit), next: found[q.limit - 1]!.index });
    const mayRead = oncePerSubject(q.mayRead);
    let examined = 0;
    let stopAt = Number.POSITIVE_INFINITY;
    try {
      for (;;) {
        const { chunk, ended } = await take(candidates, Math.min(CHUNK, Math.max(16, want - found.length)));
        const kept = await this.indexed(chunk, checks);
        const bytes = await this.store.readEntriesAt(chunk.filter((_, k) => kept[k]));
        let read = 0;
        for (let k = 0; k < chunk.length; k++) {
          const index = chunk[k]!;
          if (index > stopAt) return { found, next: stopAt };
          const event = kept[k] ? await this.shown(index, bytes[read++], q.filter, mayRead) : undefined;
          if (event) found.push(event);
          if (found.length === want) return full();
          if (bounded && ++examined === this.bound.examine) stopAt = runEnd(index, this.bound.run);
        }
        if (ended) return { found, next: null };
      }
    } finally {
      await candidates.return(undefined);
    }
  }

  /** Which of these candidates every other case, actor and type filter's index records list. */
  private async indexed(chunk: readonly number[], checks: readonly { axis: EventAxis; id: string }[]) {
    if (checks.length === 0 || chunk.length === 0) return chunk.map(() => true);
    const records = await this.store.readSides(
      chunk.flatMap((i) => checks.map((c) => eventKey(c.axis, c.id, i))),
    );
    return chunk.map((_, k) => checks.every((_, c) => records[k * checks.length + c] !== undefined));
  }

  /** The entry at `index` as found, if the reader may read it and it matches the whole filter. */
  private async shown(
    index: number,
    bytes: Uint8Array | undefined,
    filter: EventFilter,
    mayRead: (s: SubjectRef) => Promise<boolean>,
  ): Promise<FoundEvent | undefined> {
    if (!bytes) throw new Error(`entry ${index} is missing from the store`);
    // The store returns the bytes committed, which were parsed against their schema when they
    // were admitted; reading them again through it would cost more than the rest of the page.
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const entry = raw as unknown as ParsedEntry;
    if (!(await mayRead(entrySubject(entry)))) return undefined;
    const facts = await this.factsOf(entry);
    if (!matchesFilter(facts, filter)) return undefined;
    return { index, leafHash: toBase64(nodeHashLeaf(bytes)), entry, raw, facts };
  }

  /**
   * The facts of the cursor entry of a search in time order, which positions the page by its
   * time: only an entry the previous page could have shown (one the reader may read and the
   * filter matches), or any cursor would reveal where an entry the reader may not read falls.
   */
  private async cursorFacts(q: EventPageQuery): Promise<EventFacts> {
    const index = q.after!;
    const bytes = await this.store.readEntry(index);
    if (!bytes) throw new Error(`entry ${index} is missing from the store`);
    const entry = JSON.parse(new TextDecoder().decode(bytes)) as ParsedEntry;
    const facts = await this.factsOf(entry);
    if (!(await q.mayRead(entrySubject(entry))) || !matchesFilter(facts, q.filter))
      throw new ValidationError('bad_request', 'the cursor (after) is not an event this search showed');
    return facts;
  }

  private async factsOf(entry: ParsedEntry): Promise<EventFacts> {
    // A custody event names its item only, a status change its request: the case comes from its state.
    const named =
      entry.kind === 'custody.event'
        ? ({ kind: 'item', id: entry.payload.item } as const)
        : entry.kind === 'request.status-changed'
          ? ({ kind: 'request', id: entry.payload.request } as const)
          : undefined;
    const kase = named && (await this.caseOf(named.kind, named.id));
    return eventFacts(entry, () => kase);
  }

  /** An item's or a request's case, which never changes once it exists: kept, up to a bound. */
  private async caseOf(kind: 'item' | 'request', id: string): Promise<string | undefined> {
    const key = `${kind}\u0000${id}`;
    if (this.cases.has(key)) return this.cases.get(key);
    const kase = ((await this.queries.subject(kind, id)) as { case?: string } | undefined)?.case;
    if (kase === undefined) return undefined;
    if (this.cases.size >= KEPT_CASES) this.cases.clear();
    this.cases.set(key, kase);
    return kase;
  }
}

/** The last position of the run of `run` log positions that holds `index`. */
const runEnd = (index: number, run: number) => (Math.floor(index / run) + 1) * run - 1;

/** Up to `n` candidates; `ended` when there are no more. */
async function take(
  candidates: AsyncGenerator<number>,
  n: number,
): Promise<{ chunk: number[]; ended: boolean }> {
  const chunk: number[] = [];
  while (chunk.length < n) {
    const r = await candidates.next();
    if (r.done) return { chunk, ended: true };
    chunk.push(r.value);
  }
  return { chunk, ended: false };
}

/** Asks whether the reader may read a subject once per page: the answer depends on nothing else. */
function oncePerSubject(ask: (s: SubjectRef) => Promise<boolean>): (s: SubjectRef) => Promise<boolean> {
  const answers = new Map<string, Promise<boolean>>();
  return (s) => {
    const key = `${s.kind}\u0000${s.id}`;
    const known = answers.get(key);
    if (known) return known;
    const answer = ask(s);
    answers.set(key, answer);
    return answer;
  };
}
