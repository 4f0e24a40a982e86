/**
 * The verifiable log as one object: opens (and self-checks) the head, owns the sequencer,
 * and exposes the reader. The domain plugs in through an {@link AdmissionPolicy}.
 *
 * ```ts
 * const log = await VerifiableLog.open({ store, identity, policy: rawEntries, now: Date.now });
 * const { index } = await log.append(utf8('hello'));
 * ```
 * @module
 */
import type { LogStore } from '../storage/log-store.ts';
import { type LogHead, type LogIdentity, openHead } from './head.ts';
import { LogReader } from './log-reader.ts';
import { type AdmissionPolicy, type Appended, Sequencer, type SequencerOptions } from './sequencer.ts';

export interface LogOptions<T, C> extends SequencerOptions {
  readonly store: LogStore;
  readonly identity: LogIdentity;
  readonly policy: AdmissionPolicy<T, C>;
}

export class VerifiableLog<T, C = unknown> {
  readonly reader: LogReader;

  private constructor(
    readonly store: LogStore,
    readonly identity: LogIdentity,
    private readonly sequencer: Sequencer<T, C>,
  ) {
    this.reader = new LogReader(store, () => sequencer.currentHead());
  }

  static async open<T, C>(options: LogOptions<T, C>): Promise<VerifiableLog<T, C>> {
    const head = await openHead(options.store, options.identity);
    const sequencer = new Sequencer(head, options.store, options.identity.signer, options.policy, options);
    return new VerifiableLog(options.store, options.identity, sequencer);
  }

  /** Resolves once the entry is durable and covered by a stored checkpoint. */
  append(item: T): Promise<Appended> {
    return this.sequencer.append(item);
  }

  head(): LogHead {
    return this.sequencer.currentHead();
  }

  /** Why appends are refused, if they are (a storage fault stopped the sequencer). */
  failure(): Error | undefined {
    return this.sequencer.failure();
  }

  onCommit(listener: (head: LogHead) => void): void {
    this.sequencer.onCommit(listener);
  }

  /** Refuses appends from now on (503), for good; what is queued still commits. */
  halt(reason: Error): void {
    this.sequencer.halt(reason);
  }

  /** Finishes the batch in flight and everything queued, refuses anything new, closes the store. */
  async close(): Promise<void> {
    this.sequencer.halt(new Error('the service is shutting down'));
    await this.sequencer.flush();
    await this.store.close();
  }
}

/** The policy of a log that takes entry bytes as they are (tests, benchmarks, tools). */
export const rawEntries: AdmissionPolicy<Uint8Array, undefined> = {
  prepare: async () => undefined,
  admit: (entry) => ({ entry }),
};
