/**
 * What the page shows after a verification: the verifier's result, plus the checks made around
 * it (the PDF attachment, the evidence file), and the overall verdict of all of them together.
 * @module
 */
import type { BundleVerification, Check } from '../../core/verify/result.ts';
import { checkFileDigest, type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import type { LoadedBundle } from './files.ts';

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
): Promise<VerificationView> {
  const result = bundle.value === undefined ? unreadable() : await safelyVerify(bundle.value, trust);
  // Only an item whose history verified can vouch for a file's bytes.
  const item = result.verdict === 'verified' ? result.items.find((i) => i.id === result.subject) : undefined;
  const checks = [
    ...bundle.checks,
    ...result.checks,
    ...(evidence ? [checkFileDigest(evidence.sha256, item, evidence.name)] : []),
  ];
  const verdict =
    result.verdict === 'verified' && !checks.some((c) => c.status === 'fail') ? 'verified' : 'failed';
  return { verdict, bundle, result, checks, ...(evidence ? { evidence } : {}) };
}

async function safelyVerify(value: unknown, trust: TrustPolicy): Promise<BundleVerification> {
  try {
    return await verifyBundleWithTime(value, trust);
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
