/**
 * The check of a transfer package (docs/formats.md, custos-transfer/v1, verification steps 1–5)
 * with the court bundle verifier injected: verify-transfer.ts binds it to verifyBundle, and the
 * verifier of a multi-log bundle (verify-parts.ts), which verify-bundle.ts itself calls, passes
 * verifyBundle in, so that no module imports its own importer.
 * @module
 */
import { canonicalBytes } from '../canonical.ts';
import { VerificationError } from '../errors.ts';
import type { Bundle } from '../ledger/bundle.ts';
import { nested } from './check-line.ts';
import { ExplainedVerificationError } from './failure-reason.ts';
import type { BundleVerification, Check } from './result.ts';
import type { PinnedLog, TrustPolicy, WitnessPolicy } from './trust-policy.ts';
import { verifyTlogProof } from './verify-tlog-proof.ts';

export const TRANSFER_FORMAT = 'custos-transfer/v1';

export interface TransferPackage {
  readonly format: typeof TRANSFER_FORMAT;
  readonly bundle: Bundle;
  readonly disclosure: { readonly index: number; readonly tlogProof: string };
  /** RFC 9162 consistency proof between the bundle's checkpoint and the proof's (smaller to larger). */
  readonly consistency: readonly string[];
}

export interface VerifiedTransfer {
  /** The sending log's origin, the disclosure's index and leaf hash there. */
  readonly origin: string;
  readonly index: number;
  readonly leafHash: string;
  /** The checkpoint the disclosure was proven in, as the proof carried it. */
  readonly checkpoint: string;
  readonly treeSize: number;
  readonly cosignedBy: readonly string[];
  readonly item: string;
  /** Whom it was disclosed to: an actor of the sending log (received there), or else... */
  readonly recipient?: string;
  /** ...the receiving state's authority, by its designation in the sending log (imported). */
  readonly addressee?: { readonly state: string; readonly authority: string; readonly designation: number };
  readonly request: string;
}

export interface TransferTrust {
  readonly logKey: string;
  readonly witnesses?: WitnessPolicy;
  /** Logs the package's own bundle may carry parts or entries of (a chain of hand-offs). */
  readonly otherLogs?: (origin: string) => PinnedLog | undefined;
}

/**
 * The package's own bundle does not verify: its failed checks travel with the error, each with
 * its catalogue message, so that a multi-log bundle's verifier can say why in the reader's
 * language rather than in this error's English (verify-parts.ts).
 */
export class PackageBundleFailed extends VerificationError {
  readonly failed: readonly Check[];
  constructor(failed: readonly Check[]) {
    super(
      'bad_proof',
      `transfer package: its bundle does not verify: ${failed.map((c) => `${c.id}: ${c.detail}`).join('; ')}`,
    );
    this.failed = failed;
  }
}

/** A package whose shape is not custos-transfer/v1's; `what` selects the sentence. */
const malformed = (what: 'format' | 'members' | 'disclosure' | 'bundle' | 'consistency', values = {}) =>
  new ExplainedVerificationError('bad_proof', nested('reason.packageMalformed', { what, ...values }));

export type BundleVerifier = (bundle: unknown, trust: TrustPolicy) => BundleVerification;

/** The package verified, and its bundle's verification (the sending log's part of a timeline). */
export function checkTransferWith(
  verifyBundle: BundleVerifier,
  input: unknown,
  trust: TransferTrust,
): { transfer: VerifiedTransfer; bundle: BundleVerification } {
  const pkg = shapeOf(input);
  const found = pkg.bundle.entries.find(
    (e) => (e?.entry as { index?: unknown } | undefined)?.index === pkg.disclosure.index,
  );
  const entry = found?.entry as
    | {
        kind?: string;
        payload?: {
          type?: string;
          item?: string;
          to?: string;
          addressee?: VerifiedTransfer['addressee'];
          request?: string;
        };
      }
    | undefined;
  if (entry?.kind !== 'custody.event' || entry.payload?.type !== 'disclosed')
    throw new ExplainedVerificationError(
      'bad_proof',
      nested('reason.notADisclosure', { index: pkg.disclosure.index }),
    );
  // The disclosure's own bytes, proven in a checkpoint the witness policy accepts...
  const proven = verifyTlogProof(pkg.disclosure.tlogProof, trust, canonicalBytes(found!.entry));
  if (proven.index !== pkg.disclosure.index)
    throw new ExplainedVerificationError(
      'bad_proof',
      nested('reason.proofOfOtherEntry', { proven: proven.index, named: pkg.disclosure.index }),
    );
  // ...and the bundle, verified in full, of the same history as that checkpoint.
  const policy: TrustPolicy = {
    logKey: trust.logKey,
    knownCheckpoint: proven.checkpointNote,
    consistencyProof: pkg.consistency,
    ...(trust.otherLogs ? { otherLogs: trust.otherLogs } : {}),
  };
  const bundle = verifyBundle(pkg.bundle, policy);
  const failed = bundle.checks.filter((c) => c.status === 'fail');
  if (failed.length > 0) throw new PackageBundleFailed(failed);
  const transfer: VerifiedTransfer = {
    origin: proven.checkpoint.origin,
    index: proven.index,
    leafHash: proven.leafHash,
    checkpoint: proven.checkpointNote,
    treeSize: proven.checkpoint.size,
    cosignedBy: proven.cosignedBy,
    item: entry.payload.item!,
    // The bundle verified in full, so the entry is a disclosure as the schema says: one of the two.
    ...(entry.payload.addressee ? { addressee: entry.payload.addressee } : { recipient: entry.payload.to! }),
    request: entry.payload.request!,
  };
  return { transfer, bundle };
}

function shapeOf(input: unknown): TransferPackage {
  const p = input as Partial<TransferPackage> | null;
  if (typeof p !== 'object' || p === null || p.format !== TRANSFER_FORMAT)
    throw malformed('format', { format: TRANSFER_FORMAT });
  const extra = Object.keys(p).filter((k) => !['format', 'bundle', 'disclosure', 'consistency'].includes(k));
  if (extra.length > 0) throw malformed('members', { members: extra.join(', ') });
  const d = p.disclosure as Partial<TransferPackage['disclosure']> | undefined;
  if (
    typeof d !== 'object' ||
    d === null ||
    !Number.isSafeInteger(d.index) ||
    (d.index as number) < 0 ||
    typeof d.tlogProof !== 'string' ||
    Object.keys(d).length !== 2
  )
    throw malformed('disclosure');
  const b = p.bundle as { entries?: unknown } | null | undefined;
  if (typeof b !== 'object' || b === null || !Array.isArray(b.entries)) throw malformed('bundle');
  if (!Array.isArray(p.consistency) || p.consistency.some((h) => typeof h !== 'string'))
    throw malformed('consistency');
  return p as TransferPackage;
}
