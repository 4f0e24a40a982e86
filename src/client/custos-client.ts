/**
 * A small HTTP client for Custos, used by the CLI, the demo and the browser console: it signs
 * locally (the private key never leaves the machine), submits, logs in and reads. Errors from the service surface as
 * {@link ServiceError} with the problem document.
 * @module
 */
import { authMessage } from '../core/auth/auth-message.ts';
import { sign } from '../core/crypto/ed25519.ts';
import { fromBase64, toBase64 } from '../core/encoding.ts';
import { CustosError } from '../core/errors.ts';
import {
  type Entry,
  type EntryDraft,
  signDraft,
  signDraftWith,
  signedMessage,
} from '../core/ledger/entry.ts';
import type { Kind } from '../core/ledger/kinds.ts';

/** An actor whose private key (a PKCS#8 file's seed) is in this process's memory: the CLI. */
export interface Signer {
  readonly actor: string;
  readonly seed: Uint8Array;
}

/**
 * An actor whose private key this code never sees: the browser console's non-extractable
 * WebCrypto key, which can sign but not be read.
 */
export interface KeySigner {
  readonly actor: string;
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export type AnySigner = Signer | KeySigner;

/** Signs a payload as `as`, with whichever kind of key it holds. */
export async function signDraftAs(
  kind: Kind,
  payload: Record<string, unknown>,
  as: AnySigner,
): Promise<EntryDraft> {
  if ('seed' in as) return signDraft(kind, payload, as);
  const signature = await as.sign(signedMessage(kind, payload));
  return signDraftWith(kind, payload, { actor: as.actor, publicKey: as.publicKey, sign: () => signature });
}

async function signAs(message: Uint8Array, as: AnySigner): Promise<Uint8Array> {
  return 'seed' in as ? sign(message, as.seed) : as.sign(message);
}

export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly [extension: string]: unknown;
}

export class ServiceError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.detail} (${problem.status} ${problem.code})`);
    this.name = 'ServiceError';
  }
}

/** The service could not be reached or answered something that is not Custos. */
export class ConnectionError extends CustosError {
  readonly code = 'unreachable';
}

export interface Submitted {
  readonly index: number;
  readonly leafHash: string;
  readonly treeSize: number;
  readonly entry: Entry;
}

/** One entry's outcome in a batch: its place in the log, or the problem that kept it out. */
export type BatchOutcome =
  | {
      readonly index: number;
      readonly leafHash: string;
      readonly treeSize: number;
      readonly problem?: undefined;
    }
  | { readonly problem: Problem; readonly index?: undefined };

export class CustosClient {
  private token: { value: string; expiresAtMs: number } | undefined;
  /** Called with every token this client obtains, e.g. to cache it for the next command. */
  onToken: ((token: string, expiresAt: string) => Promise<void>) | undefined;
  /** Turns a refused login into an error a person can act on (the CLI names its settings). */
  explainLoginRefusal: ((actor: string, refusal: ServiceError) => Error) | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly signer?: AnySigner,
  ) {}

  /**
   * Signs each payload as the client's actor and submits them as one batch (at most 1,000),
   * admitted in their order; resolves once all are settled, with one outcome per payload.
   */
  async submitBatch(
    kind: Kind,
    payloads: readonly Record<string, unknown>[],
    as: AnySigner | undefined = this.signer,
  ): Promise<BatchOutcome[]> {
    if (!as) throw new Error('no key to sign with');
    const entries = await Promise.all(payloads.map((p) => signDraftAs(kind, p, as)));
    const { results } = (await this.request('POST', '/v1/entries/batch', { entries })) as {
      results: BatchOutcome[];
    };
    return results;
  }

  /** Signs `payload` as the client's actor and submits it; resolves once durable. */
  async submit(
    kind: Kind,
    payload: Record<string, unknown>,
    as: AnySigner | undefined = this.signer,
  ): Promise<Submitted> {
    if (!as) throw new Error('no key to sign with');
    return (await this.request('POST', '/v1/entries', await signDraftAs(kind, payload, as))) as Submitted;
  }

  /**
   * Signs a `transfer.imported` payload and submits it with the transfer package it imports
   * (POST /v1/transfers/imports), which the service verifies against the sender's pinned key.
   */
  async importTransfer(
    pkg: unknown,
    payload: Record<string, unknown>,
    as: AnySigner | undefined = this.signer,
  ): Promise<Submitted> {
    if (!as) throw new Error('no key to sign with');
    const entry = await signDraftAs('transfer.imported', payload, as);
    return (await this.request('POST', '/v1/transfers/imports', { package: pkg, entry })) as Submitted;
  }

  /** Signs a `transfer.receipt` payload and submits it (POST /v1/transfers/receipts). */
  async recordReceipt(
    payload: Record<string, unknown>,
    as: AnySigner | undefined = this.signer,
  ): Promise<Submitted> {
    if (!as) throw new Error('no key to sign with');
    const entry = await signDraftAs('transfer.receipt', payload, as);
    return (await this.request('POST', '/v1/transfers/receipts', { entry })) as Submitted;
  }

  async get<T = unknown>(path: string): Promise<T> {
    return (await this.request('GET', path, undefined, true)) as T;
  }

  /** A public read (checkpoints, proofs): never logs in, so it needs no key. */
  async getPublic<T = unknown>(path: string): Promise<T> {
    return (await this.request('GET', path, undefined, false)) as T;
  }

  /** Every entry of a paged list (`{<key>: [...], next}`), following `next` to the end. */
  async list<T>(path: string, key: string): Promise<T[]> {
    const out: T[] = [];
    let after: string | null = null;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const url: string = after === null ? path : `${path}${sep}after=${encodeURIComponent(after)}`;
      const page: Record<string, unknown> = await this.get(url);
      out.push(...(page[key] as T[]));
      after = (page.next as string | null | undefined) ?? null;
    } while (after !== null);
    return out;
  }

  async text(path: string): Promise<string> {
    const res = await this.fetch(path, { method: 'GET' });
    if (!res.ok) throw new ServiceError(await problemOf(res));
    return res.text();
  }

  async bytes(path: string, auth = false): Promise<Uint8Array> {
    const res = await this.call(path, { method: 'GET' }, auth);
    if (!res.ok) throw new ServiceError(await problemOf(res));
    return new Uint8Array(await res.arrayBuffer());
  }

  /** The response body as a stream, for downloads too large to hold (backups). */
  async stream(path: string, auth = false): Promise<ReadableStream<Uint8Array>> {
    const res = await this.call(path, { method: 'GET' }, auth);
    if (!res.ok || !res.body) throw new ServiceError(await problemOf(res));
    return res.body;
  }

  /** Logs in with the challenge-response of docs/api.md, Authentication. */
  async login(as: AnySigner | undefined = this.signer): Promise<{ token: string; expiresAt: string }> {
    if (!as) throw new Error('no key to log in with');
    try {
      return await this.challengeResponse(as);
    } catch (e) {
      // The service gives one answer for an unknown actor and a wrong key (it must not tell
      // a stranger which ids exist); the caller, who knows its settings, can say what to check.
      if (e instanceof ServiceError && e.problem.status === 401 && this.explainLoginRefusal)
        throw this.explainLoginRefusal(as.actor, e);
      throw e;
    }
  }

  private async challengeResponse(as: AnySigner): Promise<{ token: string; expiresAt: string }> {
    const { challenge } = (await this.request('POST', '/v1/auth/challenge', { actor: as.actor })) as {
      challenge: string;
    };
    const signature = toBase64(await signAs(authMessage(fromBase64(challenge)), as));
    const result = (await this.request('POST', '/v1/auth/token', {
      actor: as.actor,
      challenge,
      signature,
    })) as {
      token: string;
      expiresAt: string;
    };
    this.token = { value: result.token, expiresAtMs: Date.parse(result.expiresAt) };
    await this.onToken?.(result.token, result.expiresAt);
    return result;
  }

  useToken(token: string, expiresAt: string): void {
    this.token = { value: token, expiresAtMs: Date.parse(expiresAt) };
  }

  private async bearer(): Promise<string> {
    if (!this.token || this.token.expiresAtMs - 30_000 < Date.now()) await this.login();
    return this.token!.value;
  }

  private async request(method: string, path: string, body?: unknown, auth = false): Promise<unknown> {
    const init: RequestInit =
      body === undefined
        ? { method }
        : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const res = await this.call(path, init, auth);
    if (!res.ok) throw new ServiceError(await problemOf(res));
    return res.json();
  }

  /**
   * A request, with a bearer token when `auth`. Tokens live in the server's memory, so a restart
   * forgets them: on a 401 for a token it did not just obtain, a client with a key logs in again
   * once and retries.
   */
  private async call(path: string, init: RequestInit, auth: boolean): Promise<Response> {
    if (!auth) return this.fetch(path, init);
    const fresh = !this.token;
    const send = async () =>
      this.fetch(path, {
        ...init,
        headers: { ...init.headers, authorization: `Bearer ${await this.bearer()}` },
      });
    const res = await send();
    if (res.status !== 401 || fresh || !this.signer) return res;
    this.token = undefined;
    return send();
  }

  /**
   * One request, tried again while the service answers 503 with a short Retry-After: a log
   * pausing for a moment (several processes electing a new sequencer, an append queue full).
   * Bodies are strings here, so a retry sends the same bytes; a signed entry sent twice is
   * refused the second time (409 or a duplicate), never logged twice.
   */
  private async fetch(path: string, init: RequestInit): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const res = await this.fetchOnce(path, init);
      const wait = Number(res.headers.get('retry-after'));
      if (res.status !== 503 || !(wait > 0 && wait <= 5) || attempt >= RETRIES) return res;
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, wait * 1000 * (0.5 + Math.random() / 2)));
    }
  }

  private async fetchOnce(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(new URL(path, this.baseUrl), init);
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new ConnectionError(
        `cannot reach ${this.baseUrl}: ${cause?.code ?? cause?.message ?? (e as Error).message}`,
      );
    }
  }
}

/** Tries of one request while the service says to retry shortly (about 10 s in all). */
const RETRIES = 15;

async function problemOf(res: Response): Promise<Problem> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as Problem;
    if (typeof body.code === 'string') return body;
  } catch {
    // not a problem document: fall through
  }
  return {
    status: res.status,
    code: 'unexpected_response',
    detail: `the service answered ${res.status} ${res.statusText}`,
  };
}
