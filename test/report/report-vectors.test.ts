/**
 * A report made before the renderer's speed-ups (test/vectors/custos-report-pdf-11) is drawn
 * again, from its own attachment and render record, byte for byte: the renderer version is the
 * same, so the bytes must be, or reports a court already holds would stop verifying. Also with
 * the work `custos verify` hands to its second thread (the deflating, the attachment's MD5).
 * And a report of a log that announced rules version 3, made before version 4 added refusals
 * (test/vectors/custos-report-pdf-11-rules3): what the verifier says of its entries, which the
 * report prints, must not change when a later version adds refusals.
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
import { runCli } from '../support/cli-runner.ts';
import { readVector, vectorPath } from '../support/vectors.ts';

const logKey = readVector('custos-0.1.0', 'log.vkey').toString('utf8').trim();
const pdf = new Uint8Array(readVector('custos-report-pdf-11', 'ex-784a-0000.report.pdf'));

async function again(pdf: Uint8Array, logKey: string): Promise<Uint8Array> {
  const { bundleBytes } = await extractBundleFromPdf(pdf);
  const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
  const record = renderRecordOf(await PDFDocument.load(pdf, { updateMetadata: false }))!;
  expect(record.renderer).to.equal(PDF_RENDERER);
  return renderAgain(record, bundle, bundleBytes, verifyBundle(bundle, { logKey }), nodeFontSource);
}

describe('a report made by this renderer version before its speed-ups', () => {
  it('is drawn again byte for byte', async () => {
    expect(Buffer.from(await again(pdf, logKey)).equals(Buffer.from(pdf))).to.equal(true);
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

describe('a report of a log that announced rules version 3, made before version 4', function () {
  this.timeout(120_000);
  const dir = 'custos-report-pdf-11-rules3';
  const key = readVector(dir, 'log.vkey').toString('utf8').trim();
  const made = new Uint8Array(readVector(dir, 'multi-en.report.pdf'));

  it('is drawn again byte for byte, its checks table included', async () => {
    expect(Buffer.from(await again(made, key)).equals(Buffer.from(made))).to.equal(true);
  });

  it('passes custos verify with its pages checked', async () => {
    const cli = await runCli(['verify', vectorPath(dir, 'multi-en.report.pdf'), '--log-key', key]);
    expect(cli.code, cli.stdout + cli.stderr).to.equal(0);
    expect(cli.stdout).to.match(
      /\[ok {2}\] pages: every page is exactly what the verified history renders to/,
    );
  });
});
