/**
 * What the page shows after a verification: the verifier's result, plus the checks made around
 * it (the PDF attachment, the evidence file), and the overall verdict of all of them together.
 * @module
 */

import type { Bundle } from '../../core/ledger/bundle.ts';
import type { CadesSignerInfo } from '../../core/pades/cades.ts';
import { checkPdfSignature } from '../../core/pades/pades.ts';
import { nested } from '../../core/verify/check-line.ts';
import type { BundleVerification, Check } from '../../core/verify/result.ts';
import { checkFileDigest, type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import { notChecked } from '../../report/page-check.ts';
import { checkReportPages } from '../../report/report-again.ts';
import type { LoadedBundle } from './files.ts';
import { reportFonts } from './report-fonts.ts';
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
  /** For a report PDF: whether its printed pages are what the verified history renders to. */
  readonly pages?: Check;
  /** For a report PDF: who signed it (PAdES), the same check as `custos verify`. */
  readonly signature?: Check;
  /** For a signed report PDF: the certificate that signed it, shown field by field. */
  readonly signer?: CadesSignerInfo;
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
  const history = result.verdict === 'verified' && !bundle.checks.some((c) => c.status === 'fail');
  const signed = bundle.report ? await signatureOf(bundle.report.pdf, result, trust) : undefined;
  const signature = signed?.check;
  const pages = bundle.report ? await pagesCheck(bundle, trust, result, history, signatures) : undefined;
  const checks = [
    ...bundle.checks,
    ...result.checks,
    ...(signature ? [signature] : []),
    ...(pages ? [pages] : []),
    ...(evidence ? [checkFileDigest(evidence.sha256, items, evidence.name)] : []),
  ];
  const verdict =
    result.verdict === 'verified' && !checks.some((c) => c.status === 'fail') ? 'verified' : 'failed';
  return {
    verdict,
    bundle,
    result,
    checks,
    ...(pages ? { pages } : {}),
    ...(signature ? { signature } : {}),
    ...(signed?.signer ? { signer: signed.signer } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

/** The same signature check as `custos verify`, bounded below by when the report was made. */
async function signatureOf(pdf: Uint8Array, result: BundleVerification, trust: TrustPolicy) {
  return checkPdfSignature(pdf, trust.tsa?.roots ?? [], result.createdAt);
}

/** The same page check as `custos verify`: the report rendered again here, with the pinned fonts. */
async function pagesCheck(
  bundle: LoadedBundle,
  trust: TrustPolicy,
  result: BundleVerification,
  history: boolean,
  signatures: SignatureEngine,
): Promise<Check> {
  if (!history) return notChecked(nested('detail.historyUnverified'));
  const fonts = await reportFonts();
  if (!fonts.ok)
    return notChecked(
      `${fonts.why}. To check them, open the /verify page of a Custos server and choose this PDF there, or run: custos verify ${bundle.name} --log-key <key>`,
    );
  const { pdf, bundleBytes, document } = bundle.report!;
  try {
    return await checkReportPages({
      pdf,
      document,
      bundle: bundle.value as Bundle,
      bundleBytes,
      pinned: trust,
      result,
      verify: (b, t) => verifyBundleWithTime(b, t, signatures.check),
      fonts: fonts.source,
      // Hashed with WebCrypto when the bundle was read (files.ts): the hash the pages print.
      help: { sha256: new WeakMap([[bundleBytes, bundle.sha256]]) },
    });
  } catch (e) {
    return notChecked(`drawing the pages again failed here (${e instanceof Error ? e.message : String(e)})`);
  }
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
    derivativesIncluded: false,
    items: [],
    cases: [],
    requests: [],
    actors: [],
    timeline: [],
    keyNotes: [],
    checks: detail ? [{ id: 'format', status: 'fail', detail }] : [],
  };
}
