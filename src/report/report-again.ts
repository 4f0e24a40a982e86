/**
 * The report a PDF's render record describes, rendered again from the bundle it carries: the
 * renderer half of the page check (page-check.ts), the same in Node and in browsers. Only this
 * renderer's own version can reproduce its pages; any other record is "not reproducible", which
 * the verdict reports as pages NOT checked, never as checked.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../core/encoding.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import { NotReproducible } from './page-check.ts';
import type { FontSource } from './pdf-fonts.ts';
import type { RenderRecord } from './pdf-metadata.ts';
import { reportOptionsFromRecord } from './report-options.ts';
import { renderReportPdf } from './report-pdf.ts';

/** Renders the report the record describes, from the bundle and its verification as exported. */
export async function renderAgain(
  record: RenderRecord,
  bundle: Bundle,
  bundleBytes: Uint8Array,
  result: BundleVerification,
  fonts: FontSource,
): Promise<Uint8Array> {
  let options: ReturnType<typeof reportOptionsFromRecord>;
  try {
    options = reportOptionsFromRecord(record);
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
  const meta = { bundleSha256: toHex(sha256(bundleBytes)), generatedAt: record.generatedAt };
  return renderReportPdf(bundle, bundleBytes, result, meta, fonts, options);
}
