/**
 * The report a PDF's render record describes, rendered again from the bundle it carries: the
 * renderer half of the page check (page-check.ts), the same in Node and in browsers. Only this
 * renderer's own version can reproduce its pages; any other record is "not reproducible", which
 * the verdict reports as pages NOT checked, never as checked.
 *
 * {@link checkReportPages} is the whole page check that `custos verify` and /verify run: it
 * verifies the bundle again under the trust the report recorded (recorded-trust.ts), with the
 * roots the reader pinned, and draws the pages from that verification.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { PDFDocument } from 'pdf-lib';
import { toHex } from '../core/encoding.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import type { BundleVerification, Check } from '../core/verify/result.ts';
import type { TrustPolicy } from '../core/verify/trust-policy.ts';
import { checkPages, NotReproducible } from './page-check.ts';
import type { FontSource } from './pdf-fonts.ts';
import type { RenderRecord } from './pdf-metadata.ts';
import { parseRecordedTrust, type RecordedTrust, trustToReproduce } from './recorded-trust.ts';
import { reportOptionsFromRecord } from './report-options.ts';
import { type RenderHelp, renderReportPdf } from './report-pdf.ts';

/** Renders the report the record describes, from the bundle and its verification as exported. */
export async function renderAgain(
  record: RenderRecord,
  bundle: Bundle,
  bundleBytes: Uint8Array,
  result: BundleVerification,
  fonts: FontSource,
  help?: RenderHelp,
): Promise<Uint8Array> {
  let options: ReturnType<typeof reportOptionsFromRecord>;
  let trust: RecordedTrust;
  try {
    options = reportOptionsFromRecord(record);
    trust = parseRecordedTrust(record.trust);
  } catch (e) {
    throw new NotReproducible(
      `${(e as Error).message}: this verifier cannot draw those pages again (a report made by another Custos version is checked with that version)`,
    );
  }
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(record.generatedAt))
    throw new NotReproducible(
      `the render record's generatedAt (${record.generatedAt}) is not an RFC 3339 UTC time`,
    );
  // The hash printed is the attachment's own: pages that print another cannot be identical.
  const bundleSha256 = help?.sha256?.get(bundleBytes) ?? toHex(sha256(bundleBytes));
  const meta = { bundleSha256, generatedAt: record.generatedAt, trust };
  return renderReportPdf(bundle, bundleBytes, result, meta, fonts, options, help);
}

export interface ReportPages {
  readonly pdf: Uint8Array;
  /** `pdf` as pdf-lib parsed it to find the bundle (extractBundleFromPdf), not to parse it twice. */
  readonly document?: PDFDocument;
  readonly bundle: Bundle;
  readonly bundleBytes: Uint8Array;
  /** What the reader pinned, and the verification of the bundle under it. */
  readonly pinned: TrustPolicy;
  readonly result: BundleVerification;
  /** The verifier, as the edge runs it (OpenSSL in Node, WebCrypto in browsers). */
  readonly verify: (bundle: Bundle, trust: TrustPolicy) => Promise<BundleVerification>;
  readonly fonts: FontSource;
  /** Work done on another thread, where the platform has one (report-pdf.ts). */
  readonly help?: RenderHelp;
}

/**
 * The printed pages checked against the verified bundle: verified again as the report was
 * exported (the log key, and the TSA roots it recorded, taken from the reader's pins), and only
 * when that verification is reached too, drawn again and compared.
 */
export function checkReportPages(p: ReportPages): Promise<Check> {
  return checkPages(p.pdf, (record) => drawAsExported(p, record), p.document);
}

async function drawAsExported(p: ReportPages, record: RenderRecord): Promise<Uint8Array> {
  let trust: TrustPolicy;
  try {
    trust = trustToReproduce(parseRecordedTrust(record.trust), p.pinned);
  } catch (e) {
    throw new NotReproducible((e as Error).message);
  }
  const asExported =
    logKeyOnly(trust) && sameAsLogKeyOnly(p.pinned, p.result) ? p.result : await p.verify(p.bundle, trust);
  if (asExported.verdict !== 'verified')
    throw new NotReproducible(
      `verified again as it was exported (${describe(trust)}), the bundle does not verify, so the pages it printed cannot be drawn again`,
    );
  return renderAgain(record, p.bundle, p.bundleBytes, asExported, p.fonts, p.help);
}

const logKeyOnly = (trust: TrustPolicy) => Object.keys(trust).every((k) => k === 'logKey');

/**
 * Whether `result`, reached under `pinned`, is what the log key alone gives: `pinned` holds
 * nothing else but the other logs, and those were never asked (verify-border.ts reports every
 * entry carrying another log's entry under `border`, pinned or not, and a multi-log bundle's
 * parts belong to such entries: verify-parts.ts). Verifying a large bundle a
 * second time costs as much as the first (the CLI always passes its trust store's other logs).
 */
function sameAsLogKeyOnly(pinned: TrustPolicy, result: BundleVerification): boolean {
  const bordersAsked = () => result.checks.some((c) => c.id === 'border');
  return Object.keys(pinned).every((k) => k === 'logKey' || (k === 'otherLogs' && !bordersAsked()));
}

const describe = (trust: TrustPolicy) => {
  const others = trust.otherLogs ? ' and the other logs’ keys it recorded' : '';
  return trust.tsa
    ? `the log key${others} and ${trust.tsa.roots.length} pinned TSA root${trust.tsa.roots.length === 1 ? '' : 's'}, ${trust.tsa.required} required`
    : others
      ? `the log key${others}`
      : 'the log key alone';
};
