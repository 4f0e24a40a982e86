/**
 * Verifies a C2SP tlog-proof offline against trust the reader holds (docs/verifying.md): the
 * checkpoint must be signed by the key pinned for its origin, cosigned by enough trusted
 * witnesses, and the inclusion path must lead from the entry's leaf hash to its root. The entry
 * comes from the reader (bytes it holds) or, failing that, from the proof's unauthenticated
 * `extra` line: either way only its hash, proven by the path, is trusted.
 *
 * ```ts
 * const ok = verifyTlogProof(text, { logKey, witnesses: { keys, threshold: 1 } }, entryBytes);
 * ok.index; ok.checkpoint.size; ok.cosignedBy;
 * ```
 * @module
 */
import { toBase64 } from '../encoding.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import { hashLeaf } from '../log/merkle.ts';
import { noteVerifierFromKey } from '../log/note.ts';
import { verifyInclusion } from '../log/proof-verify.ts';
import { parseTlogProof } from '../log/tlog-proof.ts';
import { cosignatureVerifierFromKey } from '../witness/cosignature.ts';
import { nested } from './check-line.ts';
import { ExplainedVerificationError, witnessQuorumFailed } from './failure-reason.ts';
import type { WitnessPolicy } from './trust-policy.ts';
import { witnessQuorum } from './witness-quorum.ts';

export interface TlogProofTrust {
  /** The key pinned for the log (from the trust store, or given). */
  readonly logKey: string;
  readonly witnesses?: WitnessPolicy;
}

export interface VerifiedTlogProof {
  readonly index: number;
  readonly leafHash: string;
  readonly checkpoint: Checkpoint;
  /** The checkpoint note as it came in the proof (with its cosignatures). */
  readonly checkpointNote: string;
  /** Trusted witnesses whose cosignatures verified. */
  readonly cosignedBy: readonly string[];
  /** The entry bytes whose hash the proof proves (the reader's, or the proof's extra line). */
  readonly entry: Uint8Array;
}

/**
 * Opens a proof's checkpoint with the pinned log key and checks the witness policy: its origin
 * must be the key's, its log signature must verify, and enough trusted witnesses must have cosigned.
 */
export function openProofCheckpoint(
  checkpointNote: string,
  trust: TlogProofTrust,
): { checkpoint: Checkpoint; cosignedBy: string[] } {
  const logVerifier = noteVerifierFromKey(trust.logKey);
  const origin = checkpointNote.slice(0, Math.max(0, checkpointNote.indexOf('\n')));
  if (origin !== logVerifier.name)
    throw new ExplainedVerificationError(
      'untrusted_origin',
      nested('reason.otherOrigin', { origin, pinned: logVerifier.name }),
    );
  const witnesses = (trust.witnesses?.keys ?? []).map((k) => cosignatureVerifierFromKey(k));
  const { checkpoint, note } = openCheckpoint(checkpointNote, logVerifier, witnesses);
  const cosignedBy = note.verifiedBy.filter((v) => v !== logVerifier).map((v) => v.name);
  if (trust.witnesses) {
    const quorum = witnessQuorum(trust.witnesses, witnesses, note.verifiedBy);
    if (!quorum.met) throw witnessQuorumFailed(quorum);
  }
  return { checkpoint, cosignedBy };
}

export function verifyTlogProof(
  text: string,
  trust: TlogProofTrust,
  entryBytes?: Uint8Array,
): VerifiedTlogProof {
  const parsed = parseTlogProof(text);
  const entry = entryBytes ?? parsed.extra;
  if (!entry) throw new ExplainedVerificationError('bad_proof', nested('reason.proofWithoutEntry'));
  const { checkpoint, cosignedBy } = openProofCheckpoint(parsed.checkpoint, trust);
  const leafHash = hashLeaf(entry);
  verifyInclusion(leafHash, parsed.index, checkpoint.size, parsed.proof, checkpoint.rootHash);
  return {
    index: parsed.index,
    leafHash: toBase64(leafHash),
    checkpoint,
    checkpointNote: parsed.checkpoint,
    cosignedBy,
    entry,
  };
}
