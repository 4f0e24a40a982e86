import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { PDFDocument } from 'pdf-lib';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { attachmentCheck, extractBundleFromPdf } from '../../src/report/pdf-bundle.ts';
import { renderReportHtml } from '../../src/report/report-html.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { STORY } from '../support/cross-border-story.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { exportStoryBundle, HOSTILE, type StoryBundle } from './story-bundle.ts';

const run = promisify(execFile);

describe('court reports', function () {
  this.timeout(60_000);
  let story: StoryBundle;
  let html: string;
  let pdf: Uint8Array;

  before(async () => {
    story = await exportStoryBundle({ hostile: true });
    html = renderReportHtml(story.bundle, story.result, story.meta);
    pdf = await renderReportPdf(story.bundle, story.bytes, story.result, story.meta, nodeFontSource);
  });

  after(async () => {
    await story.run.service.close();
    await removeTempDirs();
  });

  it('starts from a bundle that verifies, with the recorded mismatch as a warning', () => {
    expect(story.result.verdict).to.equal('verified');
    expect(story.result.checks.some((c) => c.code === 'digest_mismatch' && c.status === 'warn')).to.equal(
      true,
    );
  });

  describe('the HTML report', () => {
    it('names the item and its verdict, with every digest in full lowercase hex', () => {
      expect(html).to.match(/^<!DOCTYPE html>/);
      expect(html).to.include(
        `<title>Reading copy, not evidence: Chain-of-custody report: item ${STORY.image} — VERIFIED</title>`,
      );
      for (const digest of [STORY.imageDigest, STORY.phoneDigest, story.meta.bundleSha256])
        expect(html).to.include(`<td class="mono">${digest}</td>`);
      expect(html).to.include('61,000,000,000 bytes (61 GB)');
      expect(html).to.include('seizure at Lyon, 12 rue X; under search warrant JLD-2026-118');
      expect(html).to.include(
        '<td>BfJ-IIIB-311/26 (fr-ca~de-mla-2026-311)<br>extraction of the suspect phone</td><td>mutual legal assistance</td><td>Bundesamt für Justiz (DE) → Ministère de la Justice – BEPI (FR)</td>',
      );
      expect(html).to.include(
        '<th scope="row">Exported by</th><td>Officer de-ca (Bundesamt für Justiz, DE)</td>',
      );
    });

    it('lists the custody events of the item and of the device it was copied from, in log order', () => {
      const custody = html.slice(
        html.indexOf('<h2>Custody history</h2>'),
        html.indexOf('<h2>Chain of derivatives'),
      );
      const indices = [...custody.matchAll(/<tr(?: class="\w+")?><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
      expect(indices).to.have.length(story.result.timeline.length + 8);
      expect(indices).to.deep.equal([...indices].sort((a, b) => a - b));
      expect(custody).to.include('[fr-inv~phone-7] sealed with seal SC-0042117');
      expect(custody).to.include('<td>SC-0042117</td>');
      expect(custody).to.include('Bundesamt für Justiz, DE');
      expect(custody).to.match(/<tr class="alert">(?:(?!<\/tr>).)*MISMATCH/);
    });

    it('shows the derivative chain, the checkpoint and every check with its status', () => {
      expect(html).to.include(
        'fr-inv~phone-7 (Samsung Galaxy S23, IMEI 356938035643809) → fr-lab~phone-7-ffs',
      );
      expect(html).to.include(story.result.checkpoint!.rootHash);
      expect(html).to.include(`<td class="mono">${story.result.checkpoint!.logKeyId}</td>`);
      for (const c of story.result.checks)
        expect(html).to.include(c.detail.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
      expect(html).to.include('<tr class="warn"><td>WARNING</td><td>digests</td>');
    });

    it('ends with how to verify it independently, and what that proves and does not', () => {
      expect(html).to.include('<h2>How to verify this report independently</h2>');
      expect(html).to.include('custos verify report.pdf --log-key &lt;key&gt;');
      expect(html).to.include('That the history is complete after the checkpoint');
      expect(html).to.include('without trusting the Custos server or its staff');
    });

    it('escapes markup recorded through the API and loads nothing from anywhere', () => {
      expect(html).to.include(
        'annotation: &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
      );
      expect(html).to.not.match(/<(script|img|link|iframe|object)\b|<[a-z]+\s[^>]*\b(src|href)=/i);
      expect(html).to.include(`content="default-src 'none'; style-src 'unsafe-inline'"`);
      expect(html).to.include(HOSTILE.foreign);
    });

    it('says on its face, first thing and at its foot, that it is a reading copy and not evidence', () => {
      const body = html.slice(html.indexOf('<body>'));
      expect(body.indexOf('READING COPY — NOT EVIDENCE')).to.be.lessThan(body.indexOf('<h1>'));
      expect(
        html.match(/READING COPY — NOT EVIDENCE\. This HTML page carries no signed data/g),
      ).to.have.length(2);
      expect(html).to.match(/<title>Reading copy, not evidence: /);
      // It carries nothing to verify: no bundle, no signature.
      expect(html).to.not.include('"entries"');
      expect(html).to.include('custos verify report.pdf --log-key');
    });
  });

  describe('the PDF report', () => {
    it('opens with pdf-lib and declares the bundle hash in its metadata', async () => {
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      expect(doc.getPageCount()).to.be.greaterThan(1);
      expect(doc.getSubject()).to.equal(`custos-bundle sha256:${story.meta.bundleSha256}`);
      expect(doc.getTitle()).to.equal(`Chain-of-custody report: item ${STORY.image} (VERIFIED)`);
      // PDF dates keep whole seconds.
      expect(doc.getCreationDate()?.toISOString().slice(0, 19)).to.equal(story.meta.generatedAt.slice(0, 19));
    });

    it('carries the exact bundle, which verifies on its own', async () => {
      const found = await extractBundleFromPdf(pdf);
      expect(Buffer.from(found.bundleBytes).equals(Buffer.from(story.bytes))).to.equal(true);
      expect(found.declaredSha256).to.equal(story.meta.bundleSha256);
      expect(attachmentCheck(found)).to.include({
        id: 'attachment',
        status: 'pass',
      });
      const again = verifyBundle(JSON.parse(new TextDecoder().decode(found.bundleBytes)), story.trust);
      expect(again.verdict).to.equal('verified');
    });

    it('is the same bytes every time it is made from the same inputs', async () => {
      const twice = await renderReportPdf(
        story.bundle,
        story.bytes,
        story.result,
        story.meta,
        nodeFontSource,
      );
      expect(Buffer.from(twice).equals(Buffer.from(pdf))).to.equal(true);
    });

    it('prints every character as logged, and a character no font has as a listed placeholder', async function () {
      await requireTool(this, 'pdftotext');
      const file = join(await tempDir('custos-report'), 'report.pdf');
      await writeFile(file, pdf);
      const { stdout } = await run('pdftotext', [file, '-']);
      expect(stdout.replace(/\s+/g, ' ')).to.include('Übergabe – Łódź → 東京 [U+1F600] ő');
      expect(stdout).to.include('Ministère de la Justice – BEPI');
      expect(stdout.replace(/\s+/g, ' ')).to.match(/shown as \[U\+code point\].*: U\+1F600\./);
      expect(stdout).to.include(story.meta.bundleSha256);
      expect(stdout).to.match(/Page 1 of \d+/);
    });

    it('renders a first page a person can read (pdftoppm)', async function () {
      await requireTool(this, 'pdftoppm');
      const dir = await tempDir('custos-report');
      await writeFile(join(dir, 'report.pdf'), pdf);
      await run('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        join(dir, 'report.pdf'),
        join(dir, 'page'),
      ]);
      const png = await readFile(join(dir, 'page-1.png'));
      expect(png.subarray(1, 4).toString()).to.equal('PNG');
      expect((await stat(join(dir, 'page-1.png'))).size).to.be.greaterThan(20_000);
    });
  });

  describe('a report whose attachment was replaced', () => {
    it('is caught: the attached bytes do not have the SHA-256 the report declares', async () => {
      const tampered = new TextEncoder().encode(
        new TextDecoder().decode(story.bytes).replace(STORY.imageDigest, HOSTILE.mismatch),
      );
      const forged = await renderReportPdf(story.bundle, tampered, story.result, story.meta, nodeFontSource);
      const found = await extractBundleFromPdf(forged);
      const check = attachmentCheck(found);
      expect(check).to.include({ id: 'attachment', status: 'fail', code: 'attachment_replaced' });
      expect(check.detail).to.include(story.meta.bundleSha256);
    });

    it('is caught when the PDF declares no hash at all', async () => {
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      doc.setSubject('something else');
      const found = await extractBundleFromPdf(await doc.save());
      expect(found.declaredSha256).to.equal(undefined);
      expect(attachmentCheck(found)).to.include({
        status: 'fail',
        code: 'attachment_replaced',
      });
    });

    it('is refused when there is no bundle.json attachment, naming what is missing', async () => {
      const bare = await PDFDocument.create();
      bare.addPage();
      let error: unknown;
      await extractBundleFromPdf(await bare.save()).catch((e: unknown) => {
        error = e;
      });
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.include('no embedded file named bundle.json');
    });

    it('is refused when two different files claim to be bundle.json', async () => {
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      await doc.attach(new TextEncoder().encode('{}'), 'bundle.json', { mimeType: 'application/json' });
      let error: unknown;
      await extractBundleFromPdf(await doc.save()).catch((e: unknown) => {
        error = e;
      });
      expect((error as Error).message).to.include('2 different files named bundle.json');
    });
  });
});
