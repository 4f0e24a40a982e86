/**
 * C2SP tlog-witness `add-checkpoint`, as pure functions: the request body format, and the
 * witness's decision — cosign, or refuse with the spec's status — given the latest checkpoint
 * it cosigned for the origin. Refusals that prove by themselves that the log forked (two roots
 * for one size, or a proof that implies another root for the cosigned size) carry that proof, so
 * the witness can keep it as evidence; every other refusal is only a refusal.
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
import { impliedOldRoot, isConsistent } from '../log/proof-verify.ts';
import { sameSizeFork } from './fork-evidence.ts';

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

/**
 * What a refusal proves, when it proves anything: the submitted checkpoint (signed by the log)
 * cannot be of one history with the latest one the witness cosigned. Same size and another
 * root, or a consistency proof that reaches the submitted root but implies another root for the
 * cosigned size (src/core/witness/fork-evidence.ts checks either offline).
 */
export interface ForkProof {
  readonly consistency?: { readonly proof: readonly Uint8Array[]; readonly impliedRoot: Uint8Array };
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
      /** The submitted checkpoint, once its log signature verified. */
      readonly checkpoint?: Checkpoint;
      /** Set only when the submission and the latest cosigned checkpoint prove a fork by themselves. */
      readonly fork?: ForkProof;
    };

/**
 * `latest` is the checkpoint this witness last cosigned for the origin (undefined if none);
 * `verifiers` maps known origins to the log's key. The statuses and their order are those of
 * C2SP tlog-witness. A refusal is evidence of misbehaviour only when it carries `fork`: a
 * replayed old checkpoint or a proof that does not verify proves nothing about the log, since
 * anyone can send them.
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
  const fork = latest ? forkAgainst(latest, request, checkpoint) : undefined;
  const refuse = (status: number, reason: string, latestSize?: number): WitnessDecision => ({
    outcome: 'refuse',
    status,
    reason,
    checkpoint,
    ...(latestSize !== undefined ? { latestSize } : {}),
    ...(fork ? { fork } : {}),
  });
  if (request.oldSize > checkpoint.size)
    return refuse(400, `old size ${request.oldSize} is larger than the checkpoint's size ${checkpoint.size}`);
  const latestSize = latest?.size ?? 0;
  if (request.oldSize !== latestSize)
    return refuse(409, `the latest cosigned size is ${latestSize}, not ${request.oldSize}`, latestSize);
  if (latest && request.oldSize === checkpoint.size) {
    return fork
      ? refuse(
          409,
          `a different root for tree size ${checkpoint.size}, which was already cosigned`,
          latestSize,
        )
      : { outcome: 'cosign', checkpoint };
  }
  if (request.oldSize === 0) {
    return request.proof.length === 0
      ? { outcome: 'cosign', checkpoint }
      : refuse(422, 'a proof from size 0 must be empty');
  }
  if (!isConsistent(request.oldSize, checkpoint.size, request.proof, latest!.rootHash, checkpoint.rootHash))
    return refuse(422, `the consistency proof from size ${request.oldSize} does not verify`);
  return { outcome: 'cosign', checkpoint };
}

/** The fork the submission proves against the latest cosigned checkpoint, if it proves one. */
function forkAgainst(
  latest: Checkpoint,
  request: AddCheckpoint,
  checkpoint: Checkpoint,
): ForkProof | undefined {
  if (sameSizeFork(latest, checkpoint)) return {};
  if (request.oldSize !== latest.size || checkpoint.size <= latest.size) return undefined;
  const implied = impliedOldRoot(latest.size, checkpoint.size, request.proof, checkpoint.rootHash);
  return implied && !equalBytes(implied, latest.rootHash)
    ? { consistency: { proof: request.proof, impliedRoot: implied } }
    : undefined;
}
