/**
 * A witness (C2SP tlog-witness), run by a foreign authority on its own machine: it cosigns a
 * log's checkpoint only if it is consistent with the last one it cosigned for that log, one
 * request at a time per log so that "check, then persist" is atomic, and it keeps proof of a
 * fork when a refused submission, with what it cosigned, proves one by itself.
 * @module
 */

import { toBase64 } from '../core/encoding.ts';
import { type Checkpoint, parseCheckpoint } from '../core/log/checkpoint.ts';
import { formatSignatureLine, type NoteVerifier, parseNote } from '../core/log/note.ts';
import { cosign } from '../core/witness/cosignature.ts';
import { FORK_EVIDENCE_FORMAT, logSignedNote, sameSizeFork } from '../core/witness/fork-evidence.ts';
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
    if (decision.outcome === 'refuse') {
      await this.keepEvidence(origin, decision, latestNote, request);
      return refusal(decision);
    }
    const verifier = this.logs.get(origin)!;
    await this.store.recordCosigned(origin, decision.checkpoint.size, logSignedNote(request.note, verifier));
    const text = parseNote(request.note).text;
    const line = cosign(text, this.identity, BigInt(Math.floor(this.now() / 1000)));
    return { status: 200, body: formatSignatureLine(line) };
  }

  /**
   * Records a fork only when the record alone proves it: against the latest cosigned checkpoint
   * (the decision's proof), or against an earlier one of the same size with another root.
   */
  private async keepEvidence(
    origin: string,
    d: Refusal,
    latestNote: string | undefined,
    request: AddCheckpoint,
  ): Promise<void> {
    if (!d.checkpoint) return;
    const verifier = this.logs.get(origin)!;
    let against = d.fork && latestNote;
    if (!against && latestNote && d.checkpoint.size < checkpointOf(latestNote).size) {
      const earlier = await this.store.cosignedAt(origin, d.checkpoint.size);
      if (earlier && sameSizeFork(checkpointOf(earlier), d.checkpoint)) against = earlier;
    }
    if (!against) return;
    const consistency = d.fork?.consistency;
    await this.store.recordEvidence({
      format: FORK_EVIDENCE_FORMAT,
      origin,
      witness: this.identity.name,
      recordedAt: new Date(this.now()).toISOString(),
      cosigned: against,
      submitted: logSignedNote(request.note, verifier),
      ...(consistency
        ? {
            consistency: {
              proof: consistency.proof.map((h) => toBase64(h)),
              impliedRoot: toBase64(consistency.impliedRoot),
            },
          }
        : {}),
    });
  }
}

type Refusal = Extract<WitnessDecision, { outcome: 'refuse' }>;

function refusal(d: Refusal): WitnessAnswer {
  if (d.status === 409 && d.latestSize !== undefined) {
    return { status: 409, body: `${d.latestSize}\n`, contentType: 'text/x.tlog.size' };
  }
  return { status: d.status, body: `${d.reason}\n`, contentType: 'text/plain; charset=utf-8' };
}

function checkpointOf(note: string): Checkpoint {
  return parseCheckpoint(parseNote(note).text);
}
