/**
 * The printed pages of a report PDF checked by `custos verify` (the Node edge of
 * src/report/report-again.ts): the report is rendered again from its verified bundle, with the
 * fonts of this installation, and must be the presented file byte for byte.
 * @module
 */
import type { Bundle } from '../../core/ledger/bundle.ts';
import { nested } from '../../core/verify/check-line.ts';
import type { BundleVerification, Check } from '../../core/verify/result.ts';
import { type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import { verifySignatureFastAsync } from '../../crypto/node-ed25519.ts';
import type { ReportAttachment } from '../../report/pdf-bundle.ts';
import type { DeflateThread } from './deflate-thread.ts';

/** A report PDF and what extractBundleFromPdf found in it. */
export interface ReportFile extends ReportAttachment {
  readonly pdf: Uint8Array;
}

export async function checkReportPages(
  report: ReportFile,
  bundle: unknown,
  trust: TrustPolicy,
  result: BundleVerification,
  historyVerified: boolean,
  thread?: DeflateThread,
): Promise<Check> {
  const { notChecked } = await import('../../report/page-check.ts');
  if (!historyVerified) return notChecked(nested('detail.historyUnverified'));
  const again = await import('../../report/report-again.ts');
  const { nodeFontSource } = await import('../../report/node-font-source.ts');
  // The attachment's SHA-256, taken natively when it was extracted, is the one the pages print.
  const sha256 = new WeakMap([[report.bundleBytes, report.bundleSha256]]);
  return again.checkReportPages({
    pdf: report.pdf,
    document: report.document,
    bundle: bundle as Bundle,
    bundleBytes: report.bundleBytes,
    pinned: trust,
    result,
    verify: (b, t) => verifyBundleWithTime(b, t, verifySignatureFastAsync),
    fonts: nodeFontSource,
    help: { ...(thread ? await thread.help() : {}), sha256 },
  });
}
