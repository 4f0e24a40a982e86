/**
 * The proof half of a cross-border entry (docs/rules.md, Across a border): the other log's entry
 * it carries is proven, by its tlog-proof, in a checkpoint signed by the key pinned for that
 * log's origin and cosigned as its witness policy demands. Apart from verify-foreign-entry.ts,
 * which also checks whole transfer packages (and so the bundle verifier), so that the bundle
 * verifier's border check can use it without a cycle.
 * @module
 */
import { fromBase64 } from '../encoding.ts';
import type { ForeignEntry } from '../ledger/transfer-payloads.ts';
import { nested } from './check-line.ts';
import { ExplainedVerificationError } from './failure-reason.ts';
import { type TlogProofTrust, type VerifiedTlogProof, verifyTlogProof } from './verify-tlog-proof.ts';

/** The entry's tlog-proof verifies with the pinned trust and proves exactly the entry named. */
export function verifyForeignEntry(fe: ForeignEntry, trust: TlogProofTrust): VerifiedTlogProof {
  const proven = verifyTlogProof(fe.tlogProof, trust, fromBase64(fe.entry));
  if (proven.index !== fe.index || proven.leafHash !== fe.leafHash || proven.checkpoint.origin !== fe.origin)
    throw new ExplainedVerificationError(
      'bad_proof',
      nested('reason.foreignEntryMismatch', {
        proven: proven.index,
        provenLeaf: proven.leafHash,
        provenOrigin: proven.checkpoint.origin,
        index: fe.index,
        leafHash: fe.leafHash,
        origin: fe.origin,
      }),
    );
  return proven;
}
