/**
 * The witness policy's one rule (docs/bundle.md §4 step 4; docs/formats.md, tlog-proof): count the
 * trusted witnesses whose cosignatures verified on a checkpoint, each witness once however many
 * lines or policy entries name it, and name the policy's witnesses that did not cosign. The
 * bundle's own checkpoint (verify-checkpoint.ts) and a proof's, of this log or another log's part
 * (verify-tlog-proof.ts), are held to it by this function alone.
 *
 * ```ts
 * const q = witnessQuorum(policy, verifiers, opened.note.verifiedBy);
 * q.met; q.cosignedBy; // ['witness.a.example']
 * q.missing;           // ['witness.b.example']
 * ```
 * @module
 */
import type { NoteVerifier } from '../log/note.ts';
import type { WitnessPolicy } from './trust-policy.ts';

export interface WitnessQuorum {
  /** The policy's witnesses whose cosignatures verified, by name, each once. */
  readonly cosignedBy: readonly string[];
  /** The policy's witnesses that did not cosign, by name, each once. */
  readonly missing: readonly string[];
  /** How many must have cosigned. */
  readonly threshold: number;
  readonly met: boolean;
}

/** A witness is its name and key ID, as a signature line names it (C2SP signed-note). */
const identity = (v: NoteVerifier) => `${v.name}+${v.keyId}`;

/**
 * `witnesses`: the policy's keys as cosignature verifiers; `verifiedBy`: every verifier whose
 * signature on the note verified (the log's and others' are not in `witnesses`, so not counted).
 */
export function witnessQuorum(
  policy: WitnessPolicy,
  witnesses: readonly NoteVerifier[],
  verifiedBy: readonly NoteVerifier[],
): WitnessQuorum {
  const trusted = new Set(witnesses.map(identity));
  // In the order the note's signatures verified, as verifiers before this one listed them: a
  // report prints this list, and a report made then must still re-render byte for byte.
  const cosignedBy = new Map<string, string>();
  for (const v of verifiedBy) if (trusted.has(identity(v))) cosignedBy.set(identity(v), v.name);
  const missing = new Map<string, string>();
  for (const w of witnesses) if (!cosignedBy.has(identity(w))) missing.set(identity(w), w.name);
  return {
    cosignedBy: [...cosignedBy.values()],
    missing: [...missing.values()],
    threshold: policy.threshold,
    met: cosignedBy.size >= policy.threshold,
  };
}
