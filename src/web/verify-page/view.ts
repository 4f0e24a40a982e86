/**
 * What the page shows after a verification: the verifier's result, plus the checks made around
 * it (the PDF attachment, the evidence file), and the overall verdict of all of them together.
 * @module
 */
import type { BundleVerification, Check } from '../../core/verify/result.ts';
import { checkFileDigest, type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import type { LoadedBundle } from './files.ts';
import type { SignatureEngine } from './webcrypto-ed25519.ts';

export interface EvidenceFile {
  readonly name: string;
  readonly sha256: string;
}

export interface VerificationView {
  readonly verdict: 'verified' | 'failed';
  readonly bundle: LoadedBundle;
  readonly result: BundleVerification;
  /** Every check, in the order they were made. */
  readonly checks: readonly Check[];
  readonly evidence?: EvidenceFile;
}

export async function verifyLoaded(
  bundle: LoadedBundle,
  trust: TrustPolicy,
  evidence: EvidenceFile | undefined,
  signatures: SignatureEngine,
): Promise<VerificationView> {
  const result =
    bundle.value === undefined ? unreadable() : await safelyVerify(bundle.value, trust, signatures);
  // Only items whose history verified can vouch for a file's bytes.
  const items = result.verdict === 'verified' ? result.items : [];
  const checks = [
    ...bundle.checks,
    ...result.checks,
    ...(evidence ? [checkFileDigest(evidence.sha256, items, evidence.name)] : []),
  ];
  const verdict =
    result.verdict === 'verified' && !checks.some((c) => c.status === 'fail') ? 'verified' : 'failed';
  return { verdict, bundle, result, checks, ...(evidence ? { evidence } : {}) };
}

async function safelyVerify(
  value: unknown,
  trust: TrustPolicy,
  signatures: SignatureEngine,
): Promise<BundleVerification> {
  try {
    return await verifyBundleWithTime(value, trust, signatures.check);
  } catch (e) {
    // The verifier reports what it finds as checks; an exception is a bundle it could not read.
    return unreadable(
      `the verifier could not read the bundle: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function unreadable(detail?: string): BundleVerification {
  return {
    verdict: 'failed',
    subject: '',
    items: [],
    cases: [],
    requests: [],
    actors: [],
    timeline: [],
    keyNotes: [],
    checks: detail ? [{ id: 'format', status: 'fail', detail }] : [],
  };
}
