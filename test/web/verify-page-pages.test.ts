/**
 * The printed pages of a report PDF checked in the /verify page, in headless Chromium: the
 * same page check as `custos verify` (src/report/page-check.ts), with the report fonts fetched
 * from the serving Custos and accepted only with their pinned SHA-256.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadReportSigner } from '../../src/cli/report-signer.ts';
import { signPdf } from '../../src/core/pades/pades.ts';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { buildVerifyPage } from '../../src/http/verify-page-routes.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { exportStoryBundle, type StoryBundle } from '../report/story-bundle.ts';
import { makeAuthority } from '../support/authority-cert.ts';
import { STORY } from '../support/cross-border-story.ts';
import { annotateOver, appendOverlay, removePage, swapAttachment } from '../support/pdf-forgery.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('the /verify page checks the printed pages of a report PDF', function () {
  this.timeout(300_000);
  let story: StoryBundle;
  let genuine: Uint8Array;
  let context: BrowserContext;
  let page: Page;
  const forgeries: [string, () => Promise<Uint8Array>, RegExp][] = [];

  before(async function () {
    await requireTool(this, CHROMIUM);
    story = await exportStoryBundle();
    // Before rendering: a render blocks this process, whose server then drops idle connections.
    const other = await story.client.get(`/v1/items/${STORY.phone}/bundle`, 'fr-inv');
    genuine = await renderReportPdf(story.bundle, story.bytes, story.result, story.meta, nodeFontSource);
    const name = story.result.timeline.find((t) => t.actorName)!.actorName!;
    const doctored = JSON.parse(
      JSON.stringify(story.result).replaceAll(name, 'Officer Mallory'),
    ) as BundleVerification;
    forgeries.push(
      [
        'page text edited, attachment kept',
        () => renderReportPdf(story.bundle, story.bytes, doctored, story.meta, nodeFontSource),
        /page \d+: the report shows “[^”]*Officer Mallory/,
      ],
      [
        'an appended incremental update',
        () => appendOverlay(genuine, 'FORGED-ITEM-999'),
        /page 1: the report shows “FORGED-ITEM-999/,
      ],
      [
        'another item’s genuine bundle with matching metadata',
        () => swapAttachment(genuine, other.body),
        /page 1: the report shows “[^”]*fr-lab~phone-7-ffs/,
      ],
      ['a page removed', () => removePage(genuine, 2), /from page 2 .* pages are missing/],
      [
        'an annotation over a row',
        () => annotateOver(genuine, 2, [48, 400, 300, 14]),
        /page 2 carries 1 annotation/,
      ],
    );
    context = await chromium.launchPersistentContext(await tempDir('custos-chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  after(async () => {
    await context?.close();
    await story?.run.service.close();
    await removeTempDirs();
  });

  beforeEach(async () => {
    page = await context.newPage();
  });
  afterEach(async () => page.close());

  async function verify(pdf: Uint8Array, url = `${story.run.base}/verify`): Promise<string> {
    await page.goto(url, { waitUntil: 'load' });
    await page.fill('#log-key', story.trust.logKey);
    await page.setInputFiles('#bundle-file', {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf),
    });
    return (await page.locator('#verdict-word').textContent({ timeout: 240_000 }))!;
  }

  it('verifies a genuine report, pages included, and says so', async () => {
    expect(await verify(genuine)).to.equal('VERIFIED');
    const pages = await page.locator('#pages-verdict').textContent();
    expect(pages).to.match(
      /^Printed pages checked: every page is exactly what the verified history renders to/,
    );
    expect(await page.locator('#checks tr[data-check="pages"]').getAttribute('data-status')).to.equal('pass');
  });

  for (const [i, name] of [
    'page text edited, attachment kept',
    'an appended incremental update',
    'another item’s genuine bundle with matching metadata',
    'a page removed',
    'an annotation over a row',
  ].entries())
    it(`fails a report with ${name}, naming the page`, async () => {
      const [, forge, says] = forgeries[i]!;
      expect(await verify(await forge())).to.equal('FAILED');
      const pages = (await page.locator('#pages-verdict').textContent())!;
      expect(pages).to.match(/^Printed pages DO NOT MATCH the verified history: /);
      expect(pages).to.match(says);
    });

  it('verifies a report signed by the exporting authority, saying who signed, pages checked on the signed revision', async () => {
    const signed = await signedReport();
    expect(await verify(signed)).to.equal('VERIFIED');
    expect(await page.locator('#pages-verdict').textContent()).to.match(
      /^Printed pages checked: .*the signed revision of this file byte for byte/,
    );
    expect(await page.locator('#signature-verdict').textContent()).to.match(
      /^Signed: signed with the ECDSA certificate SHA-256 [0-9a-f]{64} \(subject “CN=Parquet de Paris – exports, O=Ministère de la Justice, C=FR”/,
    );
    // The certificate's fingerprint and names also stand in fields of their own.
    const fields = await page.locator('#signature-verdict dl.facts dd').allTextContents();
    expect(fields[0]).to.match(/^[0-9a-f]{64}$/);
    expect(fields.slice(1, 3)).to.deep.equal([
      'CN=Parquet de Paris – exports, O=Ministère de la Justice, C=FR',
      'CN=Custos Test Root CA, O=Custos Test',
    ]);
    expect(await page.locator('#checks tr[data-check="signature"]').getAttribute('data-status')).to.equal(
      'pass',
    );
  });

  it('fails a signed report with an incremental update after the signature, in the signature and the pages', async () => {
    const forged = await appendOverlay(await signedReport(), 'FORGED-ITEM-999');
    expect(await verify(forged)).to.equal('FAILED');
    expect(await page.locator('#signature-verdict').textContent()).to.match(
      /^Signature NOT valid: .*bytes were added after the signed range ends/,
    );
    expect(await page.locator('#pages-verdict').textContent()).to.match(/^Printed pages DO NOT MATCH/);
  });

  let signedOnce: Uint8Array | undefined;
  /** The genuine report signed by an authority whose certificate `openssl req` made. */
  async function signedReport(): Promise<Uint8Array> {
    if (!signedOnce) {
      const a = await makeAuthority('ec');
      const signer = await loadReportSigner({ key: a.key, certificate: a.chain });
      // Signed after the report says it was generated (the story's report is dated a minute after
      // its bundle) and after the certificate just made became valid.
      signedOnce = await signPdf(
        genuine,
        signer,
        new Date(Math.max(Date.now(), Date.parse(story.meta.generatedAt)) + 1000).toISOString(),
      );
    }
    return signedOnce;
  }

  it('says plainly that the pages were NOT checked when opened as a saved file, and how to check them', async () => {
    const file = join(await tempDir('custos-verify-file'), 'verify.html');
    await writeFile(file, (await buildVerifyPage()).html);
    expect(await verify(genuine, pathToFileURL(file).href)).to.equal('VERIFIED');
    const pages = (await page.locator('#pages-verdict').textContent())!;
    expect(pages).to.match(
      /^Printed pages NOT checked: the printed pages were NOT checked: this page was opened as a local file/,
    );
    expect(pages).to.include('custos verify report.pdf --log-key');
    expect(await page.locator('#checks tr[data-check="pages"]').getAttribute('data-status')).to.equal('warn');
  });

  it('refuses a font the server substitutes, and then does not claim the pages were checked', async () => {
    await page.route('**/verify/fonts/sans.ttf', async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      body.writeUInt8(body.at(-1)! ^ 1, body.length - 1);
      await route.fulfill({ response: res, body });
    });
    expect(await verify(genuine)).to.equal('VERIFIED');
    const pages = (await page.locator('#pages-verdict').textContent())!;
    expect(pages).to.match(
      /^Printed pages NOT checked: .*the server sent a report font sans with SHA-256 [0-9a-f]{64}, not the pinned/,
    );
  });
});
