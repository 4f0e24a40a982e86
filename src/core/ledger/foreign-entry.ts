/**
 * An entry of another log as a cross-border entry carries it (`ForeignEntry`: origin, index,
 * leaf hash, the entry's bytes and its C2SP tlog-proof), checked for what needs no key: the
 * bytes hash to the leaf hash, say they are at that index, and the proof's inclusion path leads
 * from that hash at that index to the root of a checkpoint of that origin. The rules run this
 * (docs/rules.md, Across a border); whether the other log signed that checkpoint, and which
 * witnesses cosigned it, needs the key the reader pinned for the origin
 * (`src/core/verify/verify-foreign-entry.ts`), and is checked by whoever holds it: the server
 * before it admits the entry, the offline verifier with its own trust store.
 *
 * ```ts
 * const { entry, treeSize } = openForeignEntry(payload.disclosure); // RuleViolation foreign_proof
 * entry.kind; entry.payload;
 * ```
 * @module
 */
import { fromBase64, toBase64 } from '../encoding.ts';
import { CustosError, RuleViolation } from '../errors.ts';
import { parseCheckpoint } from '../log/checkpoint.ts';
import { hashLeaf } from '../log/merkle.ts';
import { verifyInclusion } from '../log/proof-verify.ts';
import { parseTlogProof } from '../log/tlog-proof.ts';
import { parseJsonStrict } from '../strict-json.ts';
import type { ForeignEntry } from './transfer-payloads.ts';

/** The other log's entry as its bytes say (not validated against this log's schemas). */
export interface ForeignEntryContent {
  readonly kind?: unknown;
  readonly index?: unknown;
  readonly loggedAt?: unknown;
  readonly payload?: Record<string, unknown>;
  readonly signer?: { readonly actor?: unknown };
}

export interface OpenedForeignEntry {
  readonly entry: ForeignEntryContent;
  readonly bytes: Uint8Array;
  /** The size of the checkpoint the proof proves it in. */
  readonly treeSize: number;
  /** That checkpoint's note, verbatim, with its signature and cosignature lines. */
  readonly checkpoint: string;
}

const refuseProof = (what: string, message: string): never => {
  throw new RuleViolation('foreign_proof', `${what}: ${message}`);
};

export function openForeignEntry(fe: ForeignEntry, what = 'the other log’s entry'): OpenedForeignEntry {
  const bytes = fromBase64(fe.entry);
  const leafHash = hashLeaf(bytes);
  if (toBase64(leafHash) !== fe.leafHash)
    refuseProof(what, 'its bytes do not hash to the leaf hash it names');
  let entry: ForeignEntryContent;
  try {
    entry = parseJsonStrict(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as ForeignEntryContent;
  } catch {
    return refuseProof(what, 'its bytes are not an entry (strict UTF-8 JSON)');
  }
  if (typeof entry !== 'object' || entry === null || entry.index !== fe.index)
    refuseProof(what, `its bytes are not the entry at index ${fe.index}`);
  try {
    const proof = parseTlogProof(fe.tlogProof);
    if (proof.index !== fe.index) refuseProof(what, `the tlog-proof is of entry ${proof.index}`);
    const body = proof.checkpoint.slice(0, proof.checkpoint.indexOf('\n\n') + 1);
    const checkpoint = parseCheckpoint(body);
    if (checkpoint.origin !== fe.origin)
      refuseProof(what, `the tlog-proof's checkpoint is of ${checkpoint.origin}, not ${fe.origin}`);
    verifyInclusion(leafHash, fe.index, checkpoint.size, proof.proof, checkpoint.rootHash);
    return { entry, bytes, treeSize: checkpoint.size, checkpoint: proof.checkpoint };
  } catch (e) {
    if (e instanceof RuleViolation) throw e;
    return refuseProof(
      what,
      `its tlog-proof does not prove it: ${e instanceof CustosError ? e.message : 'malformed'}`,
    );
  }
}
