/**
 * The log's side of RFC 3161 timestamping: after commits, ask each configured timestamping
 * authority (TSA) for a token over the latest checkpoint note, exactly as the log signed it, and
 * keep the replies that are granted and over our bytes. At most one request per TSA per interval;
 * the latest checkpoint is always timestamped in the end. A TSA that fails is retried with
 * exponential back-off, always for the then-latest checkpoint. Appends never wait: requests run
 * on timers beside the sequencer, and a dead TSA only leaves later checkpoints without tokens
 * until it answers again.
 * @module
 */

import { randomBytes } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { readTimestampReply, timestampRequest } from '../core/timestamp/rfc3161.ts';
import type { LogStore } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';

export interface TsaStatus {
  readonly url: string;
  /** The largest checkpoint size this TSA timestamped (since start). */
  readonly timestampedSize: number;
  readonly lastSuccessAt?: string;
  readonly lastError?: string;
  /** Failed attempts in a row; the next waits min(60 s, interval · 2^failures). */
  readonly failures: number;
}

interface Tracked {
  readonly url: string;
  readonly id: number;
  done: number;
  nextAllowedAt: number;
  timer?: ReturnType<typeof setTimeout>;
  inFlight?: Promise<void>;
  status: TsaStatus;
}

export interface TimestamperOptions {
  /** At most one request per TSA per this many ms (default 1,000). */
  readonly intervalMs?: number;
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

const MAX_REPLY = 64 * 1024;
const MAX_BACKOFF_MS = 60_000;

/** A TSA's ID in the store: the first four bytes of SHA-256 of its URL. */
export function tsaId(url: string): number {
  const d = sha256(new TextEncoder().encode(url));
  return new DataView(d.buffer, d.byteOffset, 4).getUint32(0);
}

export class Timestamper {
  private readonly tsas: Tracked[];
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private closed = false;

  constructor(
    urls: readonly string[],
    private readonly store: LogStore,
    private readonly head: () => LogHead,
    options: TimestamperOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.now = options.now ?? Date.now;
    this.tsas = urls.map((url) => ({
      url,
      id: tsaId(url),
      done: -1,
      nextAllowedAt: 0,
      status: { url, timestampedSize: 0, failures: 0 },
    }));
  }

  get configured(): boolean {
    return this.tsas.length > 0;
  }

  /** Notes which TSAs already timestamped the head (a restart), then timestamps it. */
  async start(): Promise<void> {
    const size = this.head().checkpoint.size;
    const stored = new Set((await this.store.timestamps(size)).map((t) => t.tsaId));
    for (const t of this.tsas) if (stored.has(t.id)) t.done = size;
    this.poke();
  }

  /** A commit happened: every TSA that is idle and behind gets a request, when its interval allows. */
  poke(): void {
    for (const t of this.tsas) this.schedule(t);
  }

  /**
   * For exports: waits (up to `timeoutMs`) until every answering TSA has timestamped a checkpoint
   * of at least `size`, so that a bundle made now can carry tokens over its own checkpoint. A TSA
   * that is failing is not waited for.
   */
  async covering(size: number, timeoutMs: number): Promise<void> {
    const deadline = this.now() + timeoutMs;
    this.poke();
    while (
      !this.closed &&
      this.tsas.some((t) => t.done < size && t.status.failures === 0) &&
      this.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  status(): TsaStatus[] {
    return this.tsas.map((t) => t.status);
  }

  /** Stops asking; waits for requests in flight (they may still store a token). */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.tsas) clearTimeout(t.timer);
    await Promise.all(this.tsas.map((t) => t.inFlight));
  }

  private schedule(t: Tracked): void {
    if (this.closed || t.timer || t.inFlight || this.head().checkpoint.size <= t.done) return;
    const delay = Math.max(0, t.nextAllowedAt - this.now());
    t.timer = setTimeout(() => {
      t.timer = undefined;
      t.inFlight = this.attempt(t).finally(() => {
        t.inFlight = undefined;
        this.schedule(t);
      });
    }, delay);
    t.timer.unref?.();
  }

  private async attempt(t: Tracked): Promise<void> {
    const head = this.head();
    const size = head.checkpoint.size;
    try {
      const request = timestampRequest(head.note, new Uint8Array(randomBytes(8)));
      const reply = await this.post(t.url, request.der);
      readTimestampReply(reply, request);
      await this.store.addTimestamps(size, [{ tsaId: t.id, token: reply }]);
      t.done = size;
      t.nextAllowedAt = this.now() + this.intervalMs;
      t.status = {
        url: t.url,
        timestampedSize: size,
        failures: 0,
        lastSuccessAt: new Date(this.now()).toISOString(),
      };
    } catch (e) {
      const failures = t.status.failures + 1;
      t.nextAllowedAt = this.now() + Math.min(MAX_BACKOFF_MS, this.intervalMs * 2 ** failures);
      t.status = {
        ...t.status,
        failures,
        lastError: `${new Date(this.now()).toISOString()} ${(e as Error).message}`,
      };
    }
  }

  private post(url: string, der: Uint8Array): Promise<Uint8Array> {
    return postTimestampQuery(url, der, this.timeoutMs);
  }
}

/** POSTs a TimeStampReq (application/timestamp-query) and returns the reply's bytes. */
export async function postTimestampQuery(
  url: string,
  der: Uint8Array,
  timeoutMs = 5000,
): Promise<Uint8Array> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
    body: new Uint8Array(der),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = new Uint8Array(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`answered ${res.status}`);
  if (body.length > MAX_REPLY) throw new Error(`a reply of ${body.length} bytes is too large`);
  return body;
}
