/**
 * Several Custos processes on one PostgreSQL store, one sequencer: the process holding the
 * store's write lease sequences; every other one stands by, serves reads from the database,
 * follows the head the sequencer commits, and forwards writes to it (src/http/forward.ts).
 *
 * Safety does not rest on this file: the store's commit function refuses a batch from a session
 * without the lease and a batch that does not extend the stored head (postgres-schema.ts), so a
 * deposed sequencer cannot fork the log whatever it believes. This file is about liveness: when
 * the sequencer's session ends (its process died, its connection broke), PostgreSQL releases
 * the lock at once, and the first follower to ask (every `pollMs`) takes over from the head in
 * the database.
 * @module
 */
import type { TypedDraft } from '../core/ledger/admit.ts';
import { parseEntry } from '../core/ledger/entry.ts';
import type { SubjectRef } from '../core/ledger/state.ts';
import type { NoteVerifier } from '../core/log/note.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { referencedKeys, referencedSubjects } from '../ledger/subject-refs.ts';
import { readHead } from '../log/head.ts';
import type { PostgresLogStore } from '../storage/postgres-store.ts';

export type Role = 'sequencer' | 'follower';

export interface SequencerLeaseOptions {
  readonly store: PostgresLogStore;
  readonly ledger: Ledger;
  readonly verifier: NoteVerifier;
  /** How often a follower asks for the lease and re-reads the head (default 250 ms). */
  readonly pollMs?: number;
  /** Role changes and faults, for the service's log. */
  readonly report?: (event: string, detail?: Record<string, unknown>) => void;
}

const ADOPT_CHUNK = 1000;

export class SequencerLease {
  private current: Role = 'follower';
  private leader: string | undefined;
  private self = '';
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** The tick in progress; ticks never overlap. */
  private ticking: Promise<void> = Promise.resolve();
  private unlisten: (() => Promise<void>) | undefined;
  private followQueued = false;
  private readonly pollMs: number;

  constructor(private readonly options: SequencerLeaseOptions) {
    this.pollMs = options.pollMs ?? 250;
  }

  /** Starts in the role the store's lease gives; `advertise` is where other processes reach this one. */
  async start(advertise: string): Promise<void> {
    this.self = advertise;
    const { store, ledger } = this.options;
    if (store.holdsWriteLease()) {
      // Opened with the lease: the ledger already sequences from the head it read under it.
      await store.advertiseLeader(advertise);
      this.current = 'sequencer';
      this.leader = advertise;
    } else {
      ledger.log.standBy(new Error('another process is the sequencer; retry'));
      this.leader = await store.leaderUrl();
    }
    await this.listen();
    this.schedule();
  }

  role(): Role {
    return this.current;
  }

  /** Where writes go: this process's own URL when it sequences, another's, or undefined (an election). */
  leaderUrl(): string | undefined {
    return this.leader;
  }

  /** This process's advertised URL. */
  selfUrl(): string {
    return this.self;
  }

  /** The lease's session ended under this process (the store calls this). */
  lost(why: Error): void {
    void this.stepDown(why, false);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.ticking;
    await this.unlisten?.().catch(() => undefined);
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.ticking = this.ticking.then(() => this.tick()).finally(() => this.schedule());
    }, this.pollMs);
  }

  private async tick(): Promise<void> {
    const { store, ledger } = this.options;
    try {
      if (this.current === 'sequencer') {
        // A write whose outcome is unknown: give the lease up and compete again from the
        // stored head, as a restart would.
        if (ledger.log.hasFaulted()) await this.stepDown(new Error('a write to the store failed'), true);
        return;
      }
      if (!this.unlisten) await this.listen();
      await this.follow();
      if (await store.acquireWriteLease((why) => void this.stepDown(why, false)))
        await this.becomeSequencer();
      else this.leader = await store.leaderUrl();
    } catch (e) {
      this.options.report?.('cluster tick failed', { error: (e as Error).message });
    }
  }

  private async becomeSequencer(): Promise<void> {
    const { store, ledger, verifier } = this.options;
    // Under the lease nobody else commits: the stored head is final, and the cache may lag it.
    const head = await readHead(store, verifier);
    if (!head) throw new Error('the store has no checkpoint');
    ledger.states.forgetAll();
    await store.advertiseLeader(this.self);
    await ledger.log.lead(head);
    this.current = 'sequencer';
    this.leader = this.self;
    this.options.report?.('this process is now the sequencer', { treeSize: head.checkpoint.size });
  }

  private async stepDown(why: Error, release: boolean): Promise<void> {
    if (this.current !== 'sequencer') return;
    this.options.ledger.log.standBy(why);
    this.current = 'follower';
    this.leader = undefined;
    if (release) await this.options.store.releaseWriteLease();
    this.options.report?.('this process stopped sequencing', { reason: why.message });
  }

  private async listen(): Promise<void> {
    this.unlisten = await this.options.store.onRemoteCommit(
      () => {
        // Commits come faster than a head is read: one follow queued at a time covers them all.
        if (this.current !== 'follower' || this.followQueued) return;
        this.followQueued = true;
        this.ticking = this.ticking
          .then(() => {
            this.followQueued = false;
            return this.follow();
          })
          .catch(() => undefined);
      },
      () => {
        this.unlisten = undefined;
      },
    );
  }

  /**
   * Serves the newest committed head: drops the ledger states its new entries touch, then
   * adopts it. States are dropped first, so no reader sees the new head with an old state.
   */
  private async follow(): Promise<void> {
    const { store, ledger, verifier } = this.options;
    const head = await readHead(store, verifier);
    const from = ledger.log.head().checkpoint.size;
    if (!head || head.checkpoint.size <= from || this.current !== 'follower') return;
    for (let i = from; i < head.checkpoint.size; i += ADOPT_CHUNK) {
      const entries = await store.readEntries(i, Math.min(i + ADOPT_CHUNK, head.checkpoint.size));
      const refs: SubjectRef[] = [];
      const keys: string[] = [];
      for (const bytes of entries) {
        const entry = parseEntry(bytes) as unknown as TypedDraft;
        refs.push(...referencedSubjects(entry));
        keys.push(...referencedKeys(entry));
      }
      ledger.states.forget(refs, keys);
    }
    ledger.log.adopt(head);
  }
}

/** A follower started on a store the sequencer has not created yet waits for its first entry. */
export async function waitForLog(store: PostgresLogStore, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const latest = await store.latestCheckpoint();
    if (latest && latest.size > 0) return;
    if (Date.now() > until) throw new Error('no process has started the log in this database yet');
    await new Promise((r) => setTimeout(r, 200));
  }
}
