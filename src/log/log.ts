/**
 * The verifiable log: the sequencer (the append path) opened on a self-checked head, with the
 * reader that serves proofs and tiles from the same store. The domain plugs in through a
 * {@link LeafPolicy}.
 *
 * ```ts
 * const log = await VerifiableLog.open({ store, identity, policy: rawEntries, now: Date.now });
 * const { index } = await log.append(utf8('hello'));
 * ```
 * @module
 */
import type { LogStore } from '../storage/log-store.ts';
import { checkpointSigners, type LogIdentity, openHead } from './head.ts';
import { LogReader } from './log-reader.ts';
import { MapIndex, type MapProgress } from './map-index.ts';
import { type LeafPolicy, Sequencer, type SequencerOptions } from './sequencer.ts';

export interface LogOptions<T, C, R> extends SequencerOptions {
  readonly store: LogStore;
  readonly identity: LogIdentity;
  readonly policy: LeafPolicy<T, C, R>;
  /** Reports a one-time migration's progress (a store that predates the history map). */
  readonly mapProgress?: MapProgress;
}

export class VerifiableLog<T, C = unknown, R = undefined> extends Sequencer<T, C, R> {
  /** Proofs, tiles and entries, always of the latest durable head. */
  readonly reader: LogReader;

  private constructor(
    store: LogStore,
    readonly identity: LogIdentity,
    options: LogOptions<T, C, R>,
    head: Awaited<ReturnType<typeof openHead>>,
  ) {
    super(head, store, checkpointSigners(identity), options.policy, options);
    this.reader = new LogReader(store, () => this.head());
    // A process standing by adopts heads the sequencer committed: its map follows them.
    const map = options.map;
    if (map) this.onCommit((h) => !this.leading() && map.follow(h.checkpoint.size));
  }

  /** The history map, when the policy keeps one. */
  get map(): MapIndex | undefined {
    return this.options.map;
  }

  static async open<T, C, R>(options: LogOptions<T, C, R>): Promise<VerifiableLog<T, C, R>> {
    const head = await openHead(options.store, options.identity);
    const keysOf = options.policy.mapKeysOf?.(head.checkpoint);
    const map = keysOf && (await MapIndex.open(options.store, head, keysOf, options.mapProgress));
    return new VerifiableLog(options.store, options.identity, map ? { ...options, map } : options, head);
  }

  /** Finishes the batch in flight and everything queued, refuses anything new, closes the store. */
  async close(): Promise<void> {
    this.halt(new Error('the service is shutting down'));
    await this.flush();
    await this.store.close();
  }
}

/** The policy of a log that takes entry bytes as they are (tests, benchmarks, tools). */
export const rawEntries: LeafPolicy<Uint8Array, undefined, undefined> = {
  prepare: async () => undefined,
  leafFor: (entry) => ({ entry, result: undefined }),
};
