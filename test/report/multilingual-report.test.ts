import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { readRenderRecord } from '../../src/report/pdf-metadata.ts';
import { DEFAULT_REPORT_OPTIONS, reportOptionsFromRecord } from '../../src/report/report-options.ts';
import type { ReportMeta } from '../../src/report/report-parts.ts';
import { PDF_RENDERER, renderReportPdf } from '../../src/report/report-pdf.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { MULTILINGUAL, recordMultilingualStory } from '../support/multilingual-story.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);

describe('a court report of a history logged in six scripts', function () {
  this.timeout(120_000);
  let svc: RunningService;
  let bytes: Uint8Array;
  let bundle: Bundle;
  let result: BundleVerification;
  let meta: ReportMeta;
  let pdf: Uint8Array;
  let file: string;

  before(async function () {
    await requireTool(this, 'pdftotext');
    await requireTool(this, 'pdffonts');
    svc = await startService();
    const c = LedgerClient.asAdminOf(svc);
    await recordMultilingualStory(c);
    const res = await c.get(`/v1/items/${MULTILINGUAL.item}/bundle`, 'az-inv');
    expect(res.status, res.text).to.equal(200);
    bytes = res.body;
    bundle = JSON.parse(res.text) as Bundle;
    result = verifyBundle(bundle, { logKey: (await httpGet(svc.base, '/log/key')).text.trim() });
    meta = {
      bundleSha256: createHash('sha256').update(bytes).digest('hex'),
      generatedAt: new Date(Date.parse(bundle.createdAt) + 60_000).toISOString(),
    };
    pdf = await renderReportPdf(bundle, bytes, result, meta, nodeFontSource);
    file = join(await tempDir('custos-multilingual'), 'report.pdf');
    await writeFile(file, pdf);
  });

  after(async () => {
    await svc?.service.close();
    await removeTempDirs();
  });

  it('starts from a bundle that verifies and holds every string', () => {
    expect(result.verdict).to.equal('verified');
    const text = new TextDecoder().decode(bytes);
    for (const s of MULTILINGUAL.strings) expect(text, s).to.include(JSON.stringify(s).slice(1, -1));
  });

  it('prints every string of the bundle exactly as logged (pdftotext)', async () => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    // Only line breaks are normalised: a line may end between two words or inside a long word.
    const spaced = stdout.replace(/\s*\n\s*/g, ' ');
    const joined = stdout.replace(/\s*\n\s*/g, '');
    const missing = MULTILINGUAL.strings.filter((s) => !spaced.includes(s) && !joined.includes(s));
    expect(missing).to.deep.equal([]);
    expect(stdout).to.not.include('[U+');
  });

  it('embeds a subset of every font it uses, with a Unicode map (pdffonts)', async () => {
    const { stdout } = await run('pdffonts', [file]);
    const rows = stdout.trim().split('\n').slice(2);
    expect(rows.length).to.be.greaterThanOrEqual(3);
    for (const row of rows) {
      const [name, , , , emb, sub, uni] = row.split(/\s+/);
      expect({ name, emb, sub, uni }).to.deep.equal({ name, emb: 'yes', sub: 'yes', uni: 'yes' });
      expect(name).to.match(/^[A-Z]{6}\+Noto/);
    }
    for (const family of ['NotoSans-Regular', 'NotoSansArabic-Regular', 'NotoSansSC-Regular'])
      expect(stdout).to.include(family);
  });

  it('declares PDF/A-3b in its XMP, with the bundle hash and how it was rendered', () => {
    const xmp = xmpOf(pdf);
    expect(xmp).to.match(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(xmp).to.match(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(readRenderRecord(xmp)).to.deep.include({
      bundleSha256: meta.bundleSha256,
      renderer: PDF_RENDERER,
      languages: ['en'],
      generatedAt: meta.generatedAt,
    });
    // Enough to render the same pages again.
    expect(reportOptionsFromRecord(readRenderRecord(xmp))).to.deep.equal(DEFAULT_REPORT_OPTIONS);
  });

  it('attaches bundle.json as its source (AFRelationship /Source, listed in the catalog /AF)', () => {
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).to.match(/\/AFRelationship \/Source/);
    expect(raw).to.match(/\/AF \[\d+ 0 R\]/);
  });

  it('is the same bytes when made again from the same inputs', async () => {
    const again = await renderReportPdf(bundle, bytes, result, meta, nodeFontSource);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).to.equal(true);
  });
});

/** The XMP packet: stored uncompressed, as PDF/A wants it readable without a PDF parser. */
function xmpOf(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('utf8');
  const start = raw.indexOf('<x:xmpmeta');
  return raw.slice(start, raw.indexOf('</x:xmpmeta>', start));
}
