/**
 * The append path: one sequencer per log. Callers `append` concurrently; the sequencer
 * admits them in arrival order, commits each group as one atomic, synced LevelDB batch with
 * the checkpoint that covers it (group commit), and resolves a caller only once its batch is
 * durable. One batch is in flight at a time: while it is being written, new appends queue up
 * and form the next batch, so durability costs one fsync per batch, not per entry.
 *
 * Crash safety in one sentence: entries, their hashes and the checkpoint that signs them are
 * one LevelDB batch, so after a crash the store holds either all of a batch or none of it, and
 * no caller was told "done" for a batch that is not on disk.
 * @module
 */

import { utf8 } from '../core/encoding.ts';
import { type Checkpoint, type CheckpointSigners, signCheckpoint } from '../core/log/checkpoint.ts';
import { appendLeaf, frontierRoot, type StoredNode } from '../core/log/frontier.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { MAX_ENTRY_SIZE } from '../core/log/tiles.ts';
import { formatMapLine } from '../core/map/map-line.ts';
import { type MapRoot, mapRootHash } from '../core/map/sparse-map.ts';
import type { LogStore, SideRecord } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';
import { LogUnavailableError } from './log-errors.ts';
import type { MapDraft, MapIndex, MapKeysOf } from './map-index.ts';

/** What an item becomes in the log, as the domain decided it. */
export interface Leaf<R> {
  /** The leaf data: exactly these bytes are hashed, stored and served. */
  readonly entry: Uint8Array;
  /** The entry's RFC 9162 leaf hash, when the domain has computed it already. */
  readonly leafHash?: Uint8Array;
  /** Records the domain keeps next to the entry (indexes), committed in the same batch. */
  readonly side?: readonly SideRecord[];
  /**
   * The history map keys the entry updates: its subject's, whose history it extends, and any other
   * the domain's rules say (docs/formats.md, History map). The same answer as `mapKeysOf`.
   */
  readonly mapKeys?: readonly Uint8Array[];
  /** What the domain hands back to the caller with the acknowledgement. */
  readonly result: R;
}

/**
 * The domain's say over what enters the log; the log itself has no opinion about content.
 * `leafFor` runs in log order inside the sequencer, so it sees the effect of every item placed
 * before it, including earlier ones of the same batch (through `context`).
 */
export interface LeafPolicy<T, C, R> {
  /** Loads what `leafFor` needs for these items (async reads), before any index is assigned. */
  prepare(items: readonly T[]): Promise<C>;
  /** The leaf for one item at `index`. Throwing refuses this item alone: no index, no write. */
  leafFor(item: T, index: number, loggedAtMs: number, context: C): Leaf<R>;
  /** Called once the batch is durable, e.g. to update caches. Must not throw. */
  committed?(context: C): void;
  /**
   * The map keys each logged entry updates, as of the versions `checkpoint` announces (the same
   * answer `leafFor` gives in `Leaf.mapKeys`): to rebuild the map from the entries. A log whose
   * policy has it keeps a history map (docs/formats.md, History map).
   */
  mapKeysOf?(checkpoint: Checkpoint): MapKeysOf;
  /**
   * Extension lines the domain announces in every checkpoint besides the map's, given the
   * previous checkpoint (the ledger carries forward from which index each version of its rules
   * applies: docs/rules.md, Versions of the rules). Throwing stops the log, as a failed write does.
   */
  checkpointLines?(previous: Checkpoint): readonly string[];
}

export interface Appended<R> {
  readonly index: number;
  readonly leafHash: Uint8Array;
  readonly entry: Uint8Array;
  /** Size of the first checkpoint that includes the entry. */
  readonly treeSize: number;
  /** The leaf's `result`. */
  readonly result: R;
}

export interface SequencerOptions {
  readonly maxBatch?: number;
  /** Appends waiting beyond this are refused with 503 and Retry-After (push-back). */
  readonly maxQueue?: number;
  readonly now: () => number;
  /** The history map: when set, every checkpoint carries its root (docs/formats.md, History map). */
  readonly map?: MapIndex;
}

interface Pending<T, R> {
  readonly item: T;
  resolve(a: Appended<R>): void;
  reject(e: unknown): void;
}

/** The outcomes of one `appendMany`, filled in as its items settle, handed over with the last. */
class Group<R> {
  private readonly outcomes: PromiseSettledResult<Appended<R>>[];
  private left: number;

  constructor(
    size: number,
    private readonly done: (outcomes: PromiseSettledResult<Appended<R>>[]) => void,
  ) {
    this.outcomes = new Array(size);
    this.left = size;
    if (size === 0) done(this.outcomes);
  }

  settle(at: number, outcome: PromiseSettledResult<Appended<R>>): void {
    this.outcomes[at] = outcome;
    if (--this.left === 0) this.done(this.outcomes);
  }
}

/** One item of an `appendMany` in the queue: settles its place in the group. */
class GroupMember<T, R> implements Pending<T, R> {
  constructor(
    readonly item: T,
    private readonly group: Group<R>,
    private readonly at: number,
  ) {}

  resolve(value: Appended<R>): void {
    this.group.settle(this.at, { status: 'fulfilled', value });
  }

  reject(reason: unknown): void {
    this.group.settle(this.at, { status: 'rejected', reason });
  }
}

export class Sequencer<T, C, R> {
  // Who owns what: `append` (any caller, any time) only pushes to `queue` and starts a drain;
  // the one running `drain` owns everything else below until it ends. There is never more
  // than one drain, so no field is written by two tasks at once.

  /** Appends waiting for the next batch. Pushed by `append`, spliced by `drain`. */
  private queue: Pending<T, R>[] = [];
  /** The drain in progress, if any: set by `append` when it starts one, cleared by the drain. */
  private drained: Promise<void> | undefined;
  /** Why appends are refused, for good: set once, by `halt` or by a failed write in `commitBatch`. */
  private stopped: Error | undefined;
  /**
   * Set by `commitBatch` when a write failed: what is queued must not be committed after a
   * batch whose outcome is unknown. Unlike `stopped` (also set by a clean `halt`, after which
   * the queue still commits), it makes `drain` refuse the queue.
   */
  private faulted = false;
  /**
   * Why this process does not sequence right now (another process holds the store's write
   * lease): set by `standBy`, cleared by `lead`. Unlike `stopped`, it is not a failure.
   */
  private standingBy: Error | undefined;
  /**
   * The latest durable head: replaced by `commitBatch` after the batch is on disk, or, while
   * standing by, by `adopt` with a head another process committed.
   */
  private published: LogHead;
  private readonly listeners: ((head: LogHead) => void)[] = [];
  private readonly maxBatch: number;
  private readonly maxQueue: number;

  constructor(
    head: LogHead,
    readonly store: LogStore,
    /** The log's Ed25519 key first, then its ML-DSA-44 key when it has one. */
    private readonly signers: CheckpointSigners,
    private readonly policy: LeafPolicy<T, C, R>,
    protected readonly options: SequencerOptions,
  ) {
    this.published = head;
    this.maxBatch = options.maxBatch ?? 4096;
    this.maxQueue = options.maxQueue ?? 65536;
  }

  /** The latest durable head. Readers never see entries that no stored checkpoint covers. */
  head(): LogHead {
    return this.published;
  }

  /** Why the sequencer stopped taking appends, if it did. */
  failure(): Error | undefined {
    return this.stopped;
  }

  onCommit(listener: (head: LogHead) => void): void {
    this.listeners.push(listener);
  }

  append(item: T): Promise<Appended<R>> {
    const refused = this.refusal();
    if (refused) return Promise.reject(refused);
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.startDrain();
    });
  }

  /**
   * Several items queued in one go, in their order, so that no other append comes between them
   * (the ledger's bulk ingest): one outcome per item, handed over once every item is committed
   * or refused. One promise for the lot rather than one per item: at 500 items a request, the
   * promises and their closures were a measurable share of the event loop's time.
   */
  appendMany(items: readonly T[]): Promise<PromiseSettledResult<Appended<R>>[]> {
    return new Promise((done) => {
      const group = new Group<R>(items.length, done);
      for (let i = 0; i < items.length; i++) {
        const refused = this.refusal();
        if (refused) group.settle(i, { status: 'rejected', reason: refused });
        else this.queue.push(new GroupMember(items[i]!, group, i));
      }
      if (this.queue.length > 0) this.startDrain();
    });
  }

  /** Why an append arriving now is refused (503 with Retry-After), if it is. */
  private refusal(): LogUnavailableError | undefined {
    if (this.standingBy) return new LogUnavailableError(this.standingBy.message, 1);
    if (this.stopped)
      return new LogUnavailableError('the log stopped after a storage fault', 30, { cause: this.stopped });
    if (this.queue.length >= this.maxQueue)
      return new LogUnavailableError('too many appends waiting; retry shortly', 1);
    return undefined;
  }

  private startDrain(): void {
    // Let appends issued in the same tick join the first batch.
    this.drained ??= new Promise<void>((r) => setImmediate(r)).then(() => this.drain());
  }

  /** Resolves once everything queued so far is committed or refused (for graceful shutdown). */
  async flush(): Promise<void> {
    while (this.drained) await this.drained;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.faulted) {
        const batch = this.queue.splice(0, this.maxBatch);
        await this.commitBatch(batch);
      }
      if (this.faulted) for (const p of this.queue.splice(0)) p.reject(this.stoppedError());
    } finally {
      this.drained = undefined;
    }
  }

  /** The commit path, in order. Every step that matters for crash safety says why it is safe. */
  private async commitBatch(batch: Pending<T, R>[]): Promise<void> {
    // 1. Load what the rules need. Nothing is assigned yet, so a failure here costs nothing.
    let context: C;
    try {
      context = await this.policy.prepare(batch.map((p) => p.item));
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }

    // 2. Sequence in arrival order on a copy of the frontier (and of the history map); the
    //    published head is untouched until the batch is durable, so readers keep serving the
    //    previous checkpoint.
    let map: MapDraft | undefined;
    try {
      map = await this.options.map?.draft(this.published.checkpoint.size);
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }
    const loggedAtMs = this.options.now();
    let frontier = this.published.frontier;
    const entries: { index: number; bytes: Uint8Array }[] = [];
    const nodes: StoredNode[] = [];
    const side: SideRecord[] = [];
    const accepted: { pending: Pending<T, R>; appended: Omit<Appended<R>, 'treeSize'> }[] = [];
    for (const pending of batch) {
      const index = frontier.size;
      let leaf: Leaf<R>;
      try {
        leaf = this.policy.leafFor(pending.item, index, loggedAtMs, context);
        if (leaf.entry.length > MAX_ENTRY_SIZE) throw new RangeError('a leaf exceeds 65,535 bytes');
      } catch (e) {
        pending.reject(e);
        continue;
      }
      const leafHash = leaf.leafHash ?? hashLeaf(leaf.entry);
      const step = appendLeaf(frontier, leafHash);
      frontier = step.frontier;
      nodes.push(...step.created);
      entries.push({ index, bytes: leaf.entry });
      if (leaf.side) side.push(...leaf.side);
      if (map && leaf.mapKeys) for (const key of leaf.mapKeys) map.set(key, index, leafHash);
      accepted.push({ pending, appended: { index, leafHash, entry: leaf.entry, result: leaf.result } });
    }
    if (accepted.length === 0) return;

    // 3. The batch's map changes, applied at once (its shards loaded first, still on a copy),
    //    then the new tree head signed over both. It extends the previous one by construction.
    //    A store that predates the map's layout writes its records once, here, with the first
    //    checkpoint that commits to them (MapIndex.apply).
    let mapped: { tree: MapRoot; records: SideRecord[] } | undefined;
    try {
      mapped = map && (await this.options.map!.apply(map, frontier.size));
    } catch (e) {
      for (const a of accepted) a.pending.reject(e);
      return;
    }
    const checkpoint: Checkpoint = {
      origin: this.published.checkpoint.origin,
      size: frontier.size,
      rootHash: frontierRoot(frontier),
      extensions: [
        ...(mapped ? [formatMapLine(mapRootHash(mapped.tree))] : []),
        ...(this.policy.checkpointLines?.(this.published.checkpoint) ?? []),
      ],
    };
    const note = utf8(signCheckpoint(checkpoint, ...this.signers));
    const records = mapped ? side.concat(mapped.records) : side;

    // 4. One atomic, synced batch. If it fails we cannot know whether it reached the disk, so
    //    the sequencer stops: only a restart, which re-reads the head from disk, is safe.
    try {
      await this.store.commit({ entries, nodes, checkpoint: { size: checkpoint.size, note }, side: records });
    } catch (e) {
      this.stopped = e instanceof Error ? e : new Error(String(e));
      this.faulted = true;
      for (const a of accepted) a.pending.reject(this.stoppedError());
      return;
    }

    // 5. Durable: publish the head, then acknowledge.
    if (mapped) this.options.map!.publish(checkpoint.size, mapped.tree);
    this.published = { checkpoint, note, frontier };
    this.policy.committed?.(context);
    for (const a of accepted) a.pending.resolve({ ...a.appended, treeSize: checkpoint.size });
    for (const listener of this.listeners) listener(this.published);
  }

  /**
   * Stops taking appends for good (shutdown, or an integrity failure found in the background);
   * what is already queued still commits, and flush() waits for it.
   */
  halt(reason: Error): void {
    this.stopped ??= reason;
  }

  /**
   * This process stops sequencing (it does not hold, or lost, the store's write lease): new
   * appends are refused with 503 and Retry-After; a batch in flight finishes or fails on its
   * own, and `flush` waits for it.
   */
  standBy(reason: Error): void {
    this.standingBy ??= reason;
  }

  /** While standing by: serves a newer head that the sequencing process committed (verified by the caller). */
  adopt(head: LogHead): void {
    if (!this.standingBy || head.checkpoint.size <= this.published.checkpoint.size) return;
    this.published = head;
    for (const listener of this.listeners) listener(head);
  }

  /**
   * Sequences again from `head`, read from the store once this process holds the write lease:
   * what a restart would do, without one. A write that failed while this process led is
   * forgotten with the head it left unknown; a `halt` is not.
   */
  async lead(head: LogHead): Promise<void> {
    if (!this.standingBy) throw new Error('lead() is for a sequencer standing by');
    await this.flush();
    this.published = head;
    if (this.faulted) {
      this.faulted = false;
      this.stopped = undefined;
    }
    this.standingBy = undefined;
  }

  /** Whether this process sequences now (it is not standing by, halted or faulted). */
  leading(): boolean {
    return !this.standingBy && !this.stopped;
  }

  /** Whether a write failed with an unknown outcome: only re-reading the head from the store is safe. */
  hasFaulted(): boolean {
    return this.faulted;
  }

  private stoppedError(): LogUnavailableError {
    return new LogUnavailableError(
      `the log is not taking appends: ${this.stopped?.message ?? 'stopped'}`,
      30,
      { cause: this.stopped },
    );
  }
}
