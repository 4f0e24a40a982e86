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
import { type Checkpoint, signCheckpoint } from '../core/log/checkpoint.ts';
import { appendLeaf, frontierRoot, type StoredNode } from '../core/log/frontier.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import type { NoteSigner } from '../core/log/note.ts';
import { MAX_ENTRY_SIZE } from '../core/log/tiles.ts';
import type { LogStore, SideRecord } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';
import { LogUnavailableError } from './log-errors.ts';

export interface Admission {
  /** The leaf data: exactly these bytes are hashed, stored and served. */
  readonly entry: Uint8Array;
  /** The entry's RFC 9162 leaf hash, when the domain has computed it already. */
  readonly leafHash?: Uint8Array;
  /** Records the domain keeps next to the entry (indexes), committed in the same batch. */
  readonly side?: readonly SideRecord[];
  /** Anything the domain wants handed back to the caller with the acknowledgement. */
  readonly result?: unknown;
}

/**
 * What the domain decides about each append. The log itself has no opinion about content.
 * `admit` runs in log order inside the sequencer, so it sees the effect of every entry
 * admitted before it, including earlier ones in the same batch (through `context`).
 */
export interface AdmissionPolicy<T, C> {
  /** Loads what `admit` needs for these items (async reads), before any index is assigned. */
  prepare(items: readonly T[]): Promise<C>;
  /** Decides one item. Throwing refuses this item alone; it takes no index and writes nothing. */
  admit(item: T, index: number, loggedAtMs: number, context: C): Admission;
  /** Called once the batch is durable, e.g. to update caches. Must not throw. */
  committed?(context: C): void;
}

export interface Appended {
  readonly index: number;
  readonly leafHash: Uint8Array;
  readonly entry: Uint8Array;
  /** Size of the first checkpoint that includes the entry. */
  readonly treeSize: number;
  /** The admission's `result`. */
  readonly result?: unknown;
}

export interface SequencerOptions {
  readonly maxBatch?: number;
  /** Appends waiting beyond this are refused with 503 and Retry-After (push-back). */
  readonly maxQueue?: number;
  readonly now: () => number;
}

interface Pending<T> {
  readonly item: T;
  readonly resolve: (a: Appended) => void;
  readonly reject: (e: unknown) => void;
}

export class Sequencer<T, C> {
  private queue: Pending<T>[] = [];
  private draining = false;
  private stopped: Error | undefined;
  /** A write failed: what is queued must not be committed after it. */
  private faulted = false;
  private readonly listeners: ((head: LogHead) => void)[] = [];
  private readonly maxBatch: number;
  private readonly maxQueue: number;

  constructor(
    private head: LogHead,
    private readonly store: LogStore,
    private readonly signer: NoteSigner,
    private readonly policy: AdmissionPolicy<T, C>,
    private readonly options: SequencerOptions,
  ) {
    this.maxBatch = options.maxBatch ?? 4096;
    this.maxQueue = options.maxQueue ?? 65536;
  }

  /** The latest durable head. Readers never see entries that no stored checkpoint covers. */
  currentHead(): LogHead {
    return this.head;
  }

  /** Why the sequencer stopped taking appends, if it did. */
  failure(): Error | undefined {
    return this.stopped;
  }

  onCommit(listener: (head: LogHead) => void): void {
    this.listeners.push(listener);
  }

  append(item: T): Promise<Appended> {
    if (this.stopped) {
      return Promise.reject(
        new LogUnavailableError('the log stopped after a storage fault', 30, { cause: this.stopped }),
      );
    }
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new LogUnavailableError('too many appends waiting; retry shortly', 1));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Let appends issued in the same tick join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Resolves once everything queued so far is committed or refused (for graceful shutdown). */
  async flush(): Promise<void> {
    while (this.draining) await new Promise((r) => setTimeout(r, 1));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.faulted) {
      const batch = this.queue.splice(0, this.maxBatch);
      await this.commitBatch(batch);
    }
    if (this.faulted) for (const p of this.queue.splice(0)) p.reject(this.stoppedError());
    this.draining = false;
  }

  /** The commit path, in order. Every step that matters for crash safety says why it is safe. */
  private async commitBatch(batch: Pending<T>[]): Promise<void> {
    // 1. Load what the rules need. Nothing is assigned yet, so a failure here costs nothing.
    let context: C;
    try {
      context = await this.policy.prepare(batch.map((p) => p.item));
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }

    // 2. Sequence in arrival order on a copy of the frontier; the published head is untouched
    //    until the batch is durable, so readers keep serving the previous checkpoint.
    const loggedAtMs = this.options.now();
    let frontier = this.head.frontier;
    const entries: { index: number; bytes: Uint8Array }[] = [];
    const nodes: StoredNode[] = [];
    const side: SideRecord[] = [];
    const accepted: { pending: Pending<T>; appended: Omit<Appended, 'treeSize'> }[] = [];
    for (const pending of batch) {
      const index = frontier.size;
      let admission: Admission;
      try {
        admission = this.policy.admit(pending.item, index, loggedAtMs, context);
        if (admission.entry.length > MAX_ENTRY_SIZE)
          throw new RangeError('admitted entry exceeds 65,535 bytes');
      } catch (e) {
        pending.reject(e);
        continue;
      }
      const leafHash = admission.leafHash ?? hashLeaf(admission.entry);
      const step = appendLeaf(frontier, leafHash);
      frontier = step.frontier;
      nodes.push(...step.created);
      entries.push({ index, bytes: admission.entry });
      if (admission.side) side.push(...admission.side);
      accepted.push({
        pending,
        appended: { index, leafHash, entry: admission.entry, result: admission.result },
      });
    }
    if (accepted.length === 0) return;

    // 3. Sign the new tree head. It extends the previous one by construction (same frontier).
    const checkpoint: Checkpoint = {
      origin: this.head.checkpoint.origin,
      size: frontier.size,
      rootHash: frontierRoot(frontier),
      extensions: [],
    };
    const note = utf8(signCheckpoint(checkpoint, this.signer));

    // 4. One atomic, synced batch. If it fails we cannot know whether it reached the disk, so
    //    the sequencer stops: only a restart, which re-reads the head from disk, is safe.
    try {
      await this.store.commit({ entries, nodes, checkpoint: { size: checkpoint.size, note }, side });
    } catch (e) {
      this.stopped = e instanceof Error ? e : new Error(String(e));
      this.faulted = true;
      for (const a of accepted) a.pending.reject(this.stoppedError());
      return;
    }

    // 5. Durable: publish the head, then acknowledge.
    this.head = { checkpoint, note, frontier };
    this.policy.committed?.(context);
    for (const a of accepted) a.pending.resolve({ ...a.appended, treeSize: checkpoint.size });
    for (const listener of this.listeners) listener(this.head);
  }

  /**
   * Stops taking appends for good (shutdown, or an integrity failure found in the background);
   * what is already queued still commits, and flush() waits for it.
   */
  halt(reason: Error): void {
    this.stopped ??= reason;
  }

  private stoppedError(): LogUnavailableError {
    return new LogUnavailableError(
      `the log is not taking appends: ${this.stopped?.message ?? 'stopped'}`,
      30,
      { cause: this.stopped },
    );
  }
}
