/**
 * C2SP tlog-witness `add-checkpoint`, as pure functions: the request body format, and the
 * witness's decision — cosign, or refuse with the spec's status — given the latest checkpoint
 * it cosigned for the origin. Refusals that prove the log misbehaved (a fork, two roots for
 * one size) say so, so the witness can keep both checkpoints as evidence.
 *
 * ```ts
 * const body = formatAddCheckpoint(oldSize, proof, note);
 * const decision = decideAddCheckpoint(parseAddCheckpoint(body), latest, logVerifier);
 * ```
 * @module
 */
import { equalBytes, fromBase64, toBase64 } from '../encoding.ts';
import { type CustosError, ValidationError } from '../errors.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import type { NoteVerifier } from '../log/note.ts';
import { isConsistent } from '../log/proof-verify.ts';

export const MAX_PROOF_LINES = 63;

export interface AddCheckpoint {
  readonly oldSize: number;
  readonly proof: readonly Uint8Array[];
  /** The checkpoint note as sent, with its signatures. */
  readonly note: string;
}

export function formatAddCheckpoint(oldSize: number, proof: readonly Uint8Array[], note: string): string {
  return `old ${oldSize}\n${proof.map((h) => `${toBase64(h)}\n`).join('')}\n${note}`;
}

export function parseAddCheckpoint(body: string): AddCheckpoint {
  const bad = (why: string): never => {
    throw new ValidationError('bad_format', `add-checkpoint body: ${why}`);
  };
  const blank = body.indexOf('\n\n');
  if (blank < 0) bad('no empty line before the checkpoint');
  const head = body
    .slice(0, blank + 1)
    .split('\n')
    .slice(0, -1);
  const note = body.slice(blank + 2);
  const sizeLine =
    /^old (0|[1-9][0-9]{0,15})$/.exec(head[0] ?? '') ?? bad('the first line must be "old <size>"');
  const oldSize = Number(sizeLine[1]);
  if (!Number.isSafeInteger(oldSize)) bad('old size too large');
  const lines = head.slice(1);
  if (lines.length > MAX_PROOF_LINES) bad(`more than ${MAX_PROOF_LINES} proof lines`);
  const proof = lines.map((l) => {
    const h = fromBase64(l, 'proof line');
    if (h.length !== 32) bad('a proof line is not a 32-byte hash');
    return h;
  });
  return { oldSize, proof, note };
}

export type WitnessDecision =
  | { readonly outcome: 'cosign'; readonly checkpoint: Checkpoint }
  | {
      readonly outcome: 'refuse';
      /** 400, 403, 404, 409 or 422, as tlog-witness prescribes. */
      readonly status: number;
      readonly reason: string;
      /** The latest cosigned size, for a 409 answer body. */
      readonly latestSize?: number;
      /** Set when the refusal is itself proof that the log misbehaved. */
      readonly misbehaviour?: 'fork' | 'rollback';
    };

/**
 * `latest` is the checkpoint this witness last cosigned for the origin (undefined if none);
 * `verifiers` maps known origins to the log's key.
 */
export function decideAddCheckpoint(
  request: AddCheckpoint,
  latest: Checkpoint | undefined,
  verifiers: ReadonlyMap<string, NoteVerifier>,
): WitnessDecision {
  const origin = request.note.slice(0, request.note.indexOf('\n'));
  const verifier = verifiers.get(origin);
  if (!verifier) return { outcome: 'refuse', status: 404, reason: `unknown log origin "${origin}"` };
  let checkpoint: Checkpoint;
  try {
    checkpoint = openCheckpoint(request.note, verifier).checkpoint;
  } catch (e) {
    return {
      outcome: 'refuse',
      status: 403,
      reason: `the checkpoint does not verify: ${(e as CustosError).message}`,
    };
  }
  if (request.oldSize > checkpoint.size) {
    const rollback = latest !== undefined && request.oldSize === latest.size;
    return {
      outcome: 'refuse',
      status: 400,
      reason: `old size ${request.oldSize} is larger than the checkpoint's size ${checkpoint.size}`,
      ...(rollback ? { misbehaviour: 'rollback' as const } : {}),
    };
  }
  const latestSize = latest?.size ?? 0;
  if (request.oldSize !== latestSize) {
    return {
      outcome: 'refuse',
      status: 409,
      reason: `the latest cosigned size is ${latestSize}, not ${request.oldSize}`,
      latestSize,
    };
  }
  if (latest && request.oldSize === checkpoint.size) {
    return equalBytes(latest.rootHash, checkpoint.rootHash)
      ? { outcome: 'cosign', checkpoint }
      : {
          outcome: 'refuse',
          status: 409,
          reason: `a different root for tree size ${checkpoint.size}, which was already cosigned`,
          latestSize,
          misbehaviour: 'fork',
        };
  }
  if (request.oldSize === 0) {
    return request.proof.length === 0
      ? { outcome: 'cosign', checkpoint }
      : { outcome: 'refuse', status: 422, reason: 'a proof from size 0 must be empty' };
  }
  if (!isConsistent(request.oldSize, checkpoint.size, request.proof, latest!.rootHash, checkpoint.rootHash)) {
    return {
      outcome: 'refuse',
      status: 422,
      reason: `the checkpoint is not consistent with the one cosigned at size ${request.oldSize}`,
      misbehaviour: 'fork',
    };
  }
  return { outcome: 'cosign', checkpoint };
}
