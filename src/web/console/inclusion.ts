/**
 * An entry's inclusion proof, checked here: the entry's bytes hash to its leaf, the RFC 9162
 * proof leads from that leaf to the root of a checkpoint, and that checkpoint is signed by the
 * log key this browser pinned. The service is not trusted for any of the three.
 * @module
 */
import { canonicalBytes } from '../../core/canonical.ts';
import { fromBase64, toBase64 } from '../../core/encoding.ts';
import { openCheckpoint } from '../../core/log/checkpoint.ts';
import { hashLeaf } from '../../core/log/merkle.ts';
import { noteVerifierFromKey } from '../../core/log/note.ts';
import { verifyInclusion } from '../../core/log/proof-verify.ts';

export interface EntryWithProof {
  readonly index: number;
  readonly raw: unknown;
  readonly inclusion: { readonly treeSize: number; readonly proof: readonly string[] };
  readonly checkpoint: string;
}

export type InclusionVerdict =
  | { readonly ok: true; readonly treeSize: number }
  | { readonly ok: false; readonly why: string };

/** Checks one entry as GET /v1/entries/{index} serves it, expecting the leaf hash the history named. */
export function checkInclusion(
  found: EntryWithProof,
  expectedLeafHash: string,
  logKey: string,
): InclusionVerdict {
  try {
    const { checkpoint } = openCheckpoint(found.checkpoint, noteVerifierFromKey(logKey));
    const leaf = hashLeaf(canonicalBytes(found.raw));
    if (toBase64(leaf) !== expectedLeafHash)
      return { ok: false, why: 'the entry does not hash to the leaf its history names' };
    if (found.inclusion.treeSize !== checkpoint.size)
      return { ok: false, why: 'the proof is not for the signed checkpoint' };
    verifyInclusion(
      leaf,
      found.index,
      checkpoint.size,
      found.inclusion.proof.map((p) => fromBase64(p)),
      checkpoint.rootHash,
    );
    return { ok: true, treeSize: checkpoint.size };
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
}
