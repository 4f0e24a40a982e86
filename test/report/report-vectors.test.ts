/**
 * A report made before the renderer's speed-ups (test/vectors/custos-report-pdf-11) is drawn
 * again, from its own attachment and render record, byte for byte: the renderer version is the
 * same, so the bytes must be, or reports a court already holds would stop verifying. Also with
 * the work `custos verify` hands to its second thread (the deflating, the attachment's MD5).
 */
import { expect } from 'chai';
import { PDFDocument } from 'pdf-lib';
import { deflateThread } from '../../src/cli/commands/deflate-thread.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { renderRecordOf } from '../../src/report/page-check.ts';
import { extractBundleFromPdf } from '../../src/report/pdf-bundle.ts';
import { renderAgain } from '../../src/report/report-again.ts';
import { PDF_RENDERER } from '../../src/report/report-pdf.ts';
import { readVector } from '../support/vectors.ts';

const logKey = readVector('custos-0.1.0', 'log.vkey').toString('utf8').trim();
const pdf = new Uint8Array(readVector('custos-report-pdf-11', 'ex-784a-0000.report.pdf'));

async function again(): Promise<Uint8Array> {
  const { bundleBytes } = await extractBundleFromPdf(pdf);
  const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
  const record = renderRecordOf(await PDFDocument.load(pdf, { updateMetadata: false }))!;
  expect(record.renderer).to.equal(PDF_RENDERER);
  return renderAgain(record, bundle, bundleBytes, verifyBundle(bundle, { logKey }), nodeFontSource);
}

describe('a report made by this renderer version before its speed-ups', () => {
  it('is drawn again byte for byte', async () => {
    expect(Buffer.from(await again()).equals(Buffer.from(pdf))).to.equal(true);
  });

  it('is drawn again byte for byte with the deflate thread of custos verify', async () => {
    const thread = deflateThread();
    try {
      const { bundleBytes } = await extractBundleFromPdf(pdf);
      thread.ahead(bundleBytes);
      const help = await thread.help();
      // The attachment the thread worked on must be the bytes rendered: extract them once.
      const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
      const record = renderRecordOf(await PDFDocument.load(pdf, { updateMetadata: false }))!;
      const result = verifyBundle(bundle, { logKey });
      const drawn = await renderAgain(record, bundle, bundleBytes, result, nodeFontSource, help);
      expect(help.deflated!.has(bundleBytes) && help.md5!.has(bundleBytes)).to.equal(true);
      expect(Buffer.from(drawn).equals(Buffer.from(pdf))).to.equal(true);
    } finally {
      thread.close();
    }
  });
});
