/**
 * A witness (C2SP tlog-witness), run by a foreign authority on its own machine: it cosigns a
 * log's checkpoint only if it is consistent with the last one it cosigned for that log, one
 * request at a time per log so that "check, then persist" is atomic, and it keeps refused
 * forks and rollbacks as evidence.
 * @module
 */
import { type Checkpoint, parseCheckpoint } from '../core/log/checkpoint.ts';
import { formatSignatureLine, type NoteVerifier, parseNote } from '../core/log/note.ts';
import { cosign } from '../core/witness/cosignature.ts';
import {
  type AddCheckpoint,
  decideAddCheckpoint,
  type WitnessDecision,
} from '../core/witness/witness-protocol.ts';
import type { WitnessStore } from './witness-store.ts';

export interface WitnessIdentity {
  readonly name: string;
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
}

export type WitnessAnswer =
  | { readonly status: 200; readonly body: string }
  | { readonly status: number; readonly body: string; readonly contentType: string };

export class Witness {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly identity: WitnessIdentity,
    private readonly logs: ReadonlyMap<string, NoteVerifier>,
    private readonly store: WitnessStore,
    private readonly now: () => number,
  ) {}

  /** Handles one add-checkpoint request; requests for the same log run one after the other. */
  addCheckpoint(request: AddCheckpoint): Promise<WitnessAnswer> {
    const origin = request.note.slice(0, request.note.indexOf('\n'));
    const previous = this.queues.get(origin) ?? Promise.resolve();
    const next = previous.then(() => this.handle(origin, request));
    this.queues.set(
      origin,
      next.catch(() => undefined),
    );
    return next;
  }

  private async handle(origin: string, request: AddCheckpoint): Promise<WitnessAnswer> {
    const latestNote = this.logs.has(origin) ? await this.store.latest(origin) : undefined;
    const latest = latestNote ? checkpointOf(latestNote) : undefined;
    const decision = decideAddCheckpoint(request, latest, this.logs);
    if (decision.outcome === 'refuse') return this.refuse(origin, decision, latestNote, request);
    await this.store.recordCosigned(origin, decision.checkpoint.size, request.note);
    const text = parseNote(request.note).text;
    const line = cosign(text, this.identity, BigInt(Math.floor(this.now() / 1000)));
    return { status: 200, body: formatSignatureLine(line) };
  }

  private async refuse(
    origin: string,
    d: Extract<WitnessDecision, { outcome: 'refuse' }>,
    latestNote: string | undefined,
    request: AddCheckpoint,
  ): Promise<WitnessAnswer> {
    if (d.misbehaviour && latestNote) {
      await this.store.recordEvidence({
        origin,
        recordedAt: new Date(this.now()).toISOString(),
        kind: d.misbehaviour,
        reason: d.reason,
        cosigned: latestNote,
        submitted: `old ${request.oldSize}\n${request.note}`,
      });
    }
    if (d.status === 409 && d.latestSize !== undefined) {
      return { status: 409, body: `${d.latestSize}\n`, contentType: 'text/x.tlog.size' };
    }
    return { status: d.status, body: `${d.reason}\n`, contentType: 'text/plain; charset=utf-8' };
  }
}

function checkpointOf(note: string): Checkpoint {
  return parseCheckpoint(parseNote(note).text);
}
