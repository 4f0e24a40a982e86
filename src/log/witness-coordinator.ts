/**
 * The log's side of witnessing: after each commit, ask every configured witness, in parallel
 * and with a timeout, to cosign the latest checkpoint (C2SP tlog-witness), keep the
 * cosignatures that verify, and serve the checkpoint with those it got. Appends never wait for
 * a witness: one round at a time runs beside the sequencer, and a dead witness only means a
 * checkpoint with fewer cosignatures.
 * @module
 */
import { concatBytes, fromUtf8, utf8 } from '../core/encoding.ts';
import { formatSignatureLine, parseNote } from '../core/log/note.ts';
import { type CosignatureVerifier, cosignatureVerifierFromKey } from '../core/witness/cosignature.ts';
import { formatAddCheckpoint } from '../core/witness/witness-protocol.ts';
import type { LogStore } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';
import type { LogReader } from './log-reader.ts';

export interface WitnessEndpoint {
  /** The witness's submission prefix, e.g. http://witness.example:8090 */
  readonly url: string;
  /** Its cosignature verifier key, `name+id+base64(0x04 ‖ key)`. */
  readonly verifierKey: string;
}

export interface WitnessStatus {
  readonly name: string;
  readonly url: string;
  readonly cosignedSize: number;
  readonly lastSuccessAt?: string;
  readonly lastError?: string;
}

interface Tracked {
  readonly endpoint: WitnessEndpoint;
  readonly verifier: CosignatureVerifier;
  /** The size this witness last cosigned, as far as we know (its answer to a 409 corrects it). */
  oldSize: number;
  status: WitnessStatus;
}

export interface CoordinatorOptions {
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

export class WitnessCoordinator {
  private readonly witnesses: Tracked[];
  /** Cosignature lines by checkpoint size, for the recent sizes only. */
  private readonly lines = new Map<number, Map<string, Uint8Array>>();
  private round: Promise<void> | undefined;
  private again = false;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(
    endpoints: readonly WitnessEndpoint[],
    private readonly store: LogStore,
    private readonly reader: LogReader,
    private readonly head: () => LogHead,
    options: CoordinatorOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.now = options.now ?? Date.now;
    this.witnesses = endpoints.map((endpoint) => {
      const verifier = cosignatureVerifierFromKey(endpoint.verifierKey);
      return {
        endpoint,
        verifier,
        oldSize: 0,
        status: { name: verifier.name, url: endpoint.url, cosignedSize: 0 },
      };
    });
  }

  get configured(): boolean {
    return this.witnesses.length > 0;
  }

  /** Loads what is stored for the current head, then witnesses it. */
  async start(): Promise<void> {
    const size = this.head().checkpoint.size;
    const stored = await this.store.cosignatures(size);
    for (const line of stored) this.keep(size, line);
    this.poke();
  }

  /** A commit happened: start a round, or ask the running one to go again when it ends. */
  poke(): void {
    if (!this.configured) return;
    if (this.round) {
      this.again = true;
      return;
    }
    this.round = this.runRound().finally(() => {
      this.round = undefined;
      if (this.again) {
        this.again = false;
        this.poke();
      }
    });
  }

  /** The head's checkpoint note with every cosignature obtained for it. */
  checkpointNote(): Uint8Array {
    return this.noteFor(this.head());
  }

  status(): WitnessStatus[] {
    return this.witnesses.map((w) => w.status);
  }

  /**
   * For exports: the current head, after waiting (up to the timeout) for a witnessing round to
   * cover it, with the cosignatures it got.
   */
  async witnessedHead(): Promise<{
    head: LogHead;
    note: Uint8Array;
    witnesses: { name: string; verifierKey: string }[];
  }> {
    const head = this.head();
    if (this.configured && this.cosignedBy(head.checkpoint.size) < this.witnesses.length) {
      this.poke();
      const deadline = this.now() + this.timeoutMs + 500;
      while (
        this.round &&
        this.cosignedBy(head.checkpoint.size) < this.witnesses.length &&
        this.now() < deadline
      )
        await this.round;
    }
    const witnesses = this.witnesses.map((w) => ({
      name: w.verifier.name,
      verifierKey: w.endpoint.verifierKey,
    }));
    return { head, note: this.noteFor(head), witnesses };
  }

  private cosignedBy(size: number): number {
    return this.lines.get(size)?.size ?? 0;
  }

  private noteFor(head: LogHead): Uint8Array {
    const extra = [...(this.lines.get(head.checkpoint.size)?.values() ?? [])];
    return extra.length === 0 ? head.note : concatBytes(head.note, ...extra);
  }

  private async runRound(): Promise<void> {
    const head = this.head();
    await Promise.all(this.witnesses.map((w) => this.ask(w, head)));
    const keep = head.checkpoint.size;
    for (const size of this.lines.keys()) if (size < keep) this.lines.delete(size);
  }

  private async ask(w: Tracked, head: LogHead, retried = false): Promise<void> {
    const size = head.checkpoint.size;
    if (w.status.cosignedSize === size && this.lines.get(size)?.has(w.verifier.name)) return;
    try {
      const old = Math.min(w.oldSize, size);
      const proof = old > 0 && old < size ? (await this.reader.consistencyProof(old, size)).proof : [];
      const res = await fetch(new URL('add-checkpoint', withSlash(w.endpoint.url)), {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: formatAddCheckpoint(old, proof, fromUtf8(head.note)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await res.text();
      if (res.status === 409 && /^(0|[1-9][0-9]*)\n$/.test(text) && !retried) {
        w.oldSize = Number(text.trim());
        return this.ask(w, head, true);
      }
      if (res.status !== 200) throw new Error(`answered ${res.status}: ${text.trim().slice(0, 200)}`);
      const line = this.verifiedLine(w, head.note, text);
      await this.store.addCosignatures(size, [{ keyId: w.verifier.keyId, line }]);
      this.keep(size, line);
      w.oldSize = size;
      w.status = { ...w.status, cosignedSize: size, lastSuccessAt: new Date(this.now()).toISOString() };
      delete (w.status as { lastError?: string }).lastError;
    } catch (e) {
      w.status = { ...w.status, lastError: `${new Date(this.now()).toISOString()} ${(e as Error).message}` };
    }
  }

  /** The witness's cosignature line from its answer, if it verifies over our checkpoint. */
  private verifiedLine(w: Tracked, note: Uint8Array, answer: string): Uint8Array {
    const text = parseNote(note).text;
    const lines = parseNote(`${text}\n${answer}`).signatures.filter(
      (s) => s.name === w.verifier.name && s.keyId === w.verifier.keyId,
    );
    const good = lines.find((s) => w.verifier.verify(utf8(text), s.signature));
    if (!good) throw new Error('no valid cosignature from this witness in its answer');
    return utf8(formatSignatureLine(good));
  }

  private keep(size: number, line: Uint8Array): void {
    const parsed = parseNote(`x\n\n${fromUtf8(line)}`).signatures[0];
    if (!parsed) return;
    const bySize = this.lines.get(size) ?? new Map<string, Uint8Array>();
    bySize.set(parsed.name, line);
    this.lines.set(size, bySize);
  }
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
