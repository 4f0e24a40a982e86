/**
 * Evidence that a log forked, in a form anyone holding the log's public key can check offline
 * (docs/witnessing.md): two checkpoints the log signed that cannot both be of one history.
 * Either they have the same size and different roots, or the later one comes with a
 * consistency proof that leads to its root but implies another root for the earlier size.
 * Nothing in a record is believed: {@link checkForkEvidence} re-verifies every signature and
 * hash, so a record that does not prove a fork by itself is rejected, whoever wrote it.
 *
 * ```ts
 * const verdict = checkForkEvidence(JSON.parse(text), noteVerifierFromKey(logVkey));
 * if (verdict.proven) console.log(verdict.detail);
 * ```
 * @module
 */
import { z } from 'zod';
import { equalBytes, fromBase64, toBase64 } from '../encoding.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import { formatSignatureLine, type NoteVerifier, parseNote } from '../log/note.ts';
import { isConsistent } from '../log/proof-verify.ts';

export const FORK_EVIDENCE_FORMAT = 'custos-fork-evidence/v1';

const Base64Hash = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a 32-byte hash in base64');

export const ForkEvidenceSchema = z
  .object({
    format: z.literal(FORK_EVIDENCE_FORMAT),
    origin: z.string().min(1).max(255),
    /** The witness that recorded it, and when: for the reader, not part of the proof. */
    witness: z.string().min(1).max(255),
    recordedAt: z.string().max(40),
    /** The checkpoint note the witness had cosigned, with the log's signature. */
    cosigned: z.string().min(1).max(4096),
    /** The checkpoint note it was then asked to cosign, with the log's signature. */
    submitted: z.string().min(1).max(4096),
    /** When the sizes differ: the proof sent with the larger checkpoint, and the root it implies for the smaller size. */
    consistency: z
      .object({ proof: z.array(Base64Hash).max(63), impliedRoot: Base64Hash })
      .strict()
      .optional(),
  })
  .strict();

export type ForkEvidence = z.infer<typeof ForkEvidenceSchema>;

export type ForkVerdict =
  | { readonly proven: true; readonly detail: string }
  | { readonly proven: false; readonly reason: string };

/**
 * A note reduced to its text and the log's own signature: what a record keeps, so that nothing
 * a client added (other signature lines) is stored, and both halves read the same way.
 */
export function logSignedNote(note: string, logVerifier: NoteVerifier): string {
  const parsed = parseNote(note);
  const own = parsed.signatures.filter((s) => s.name === logVerifier.name && s.keyId === logVerifier.keyId);
  return `${parsed.text}\n${own.map(formatSignatureLine).join('')}`;
}

/** Two checkpoints the log signed for one size with different roots. */
export function sameSizeFork(a: Checkpoint, b: Checkpoint): boolean {
  return a.origin === b.origin && a.size === b.size && !equalBytes(a.rootHash, b.rootHash);
}

/** Checks a record offline against the log's pinned key: does it prove, by itself, a fork? */
export function checkForkEvidence(record: unknown, logVerifier: NoteVerifier): ForkVerdict {
  const shape = ForkEvidenceSchema.safeParse(record);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    return {
      proven: false,
      reason: `not a ${FORK_EVIDENCE_FORMAT} record: ${issue.path.join('.')} ${issue.message}`,
    };
  }
  const e = shape.data;
  let first: Checkpoint;
  let second: Checkpoint;
  try {
    first = openCheckpoint(e.cosigned, logVerifier).checkpoint;
    second = openCheckpoint(e.submitted, logVerifier).checkpoint;
  } catch (err) {
    return { proven: false, reason: `a checkpoint is not signed by the log key: ${(err as Error).message}` };
  }
  if (first.origin !== e.origin || second.origin !== e.origin)
    return { proven: false, reason: `the checkpoints are not both of ${e.origin}` };
  if (first.size === second.size) {
    return sameSizeFork(first, second)
      ? {
          proven: true,
          detail: `${e.origin} signed two different roots for tree size ${first.size}: ${toBase64(first.rootHash)} and ${toBase64(second.rootHash)}`,
        }
      : { proven: false, reason: 'the two checkpoints are the same tree' };
  }
  return checkDivergence(e, first, second);
}

function checkDivergence(e: ForkEvidence, a: Checkpoint, b: Checkpoint): ForkVerdict {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (!e.consistency)
    return {
      proven: false,
      reason: `checkpoints of sizes ${small.size} and ${large.size} prove nothing without a consistency proof`,
    };
  const implied = fromBase64(e.consistency.impliedRoot);
  const proof = e.consistency.proof.map((h) => fromBase64(h));
  if (!isConsistent(small.size, large.size, proof, implied, large.rootHash))
    return {
      proven: false,
      reason: `the consistency proof does not lead from the implied root to the root of size ${large.size}`,
    };
  if (equalBytes(implied, small.rootHash))
    return { proven: false, reason: 'the checkpoints are consistent: the proof implies the signed root' };
  return {
    proven: true,
    detail: `${e.origin} signed root ${toBase64(small.rootHash)} for tree size ${small.size}, and a checkpoint of size ${large.size} whose tree has root ${toBase64(implied)} at size ${small.size}`,
  };
}
