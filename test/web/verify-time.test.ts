/**
 * Acceptance for dated events: with a real OpenSSL TSA configured, the /verify page (headless
 * Chromium) and the PDF report show "logged no later than … (TSA …)" for each event.
 * SAVE_SCREENSHOT=1 writes the page to docs/verify-page-time.png.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { chromium } from 'playwright-core';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { certificatesFromPem } from '../../src/core/timestamp/verify-token.ts';
import { verifyBundleWithTime } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { TestTsa } from '../support/tsa-fixture.ts';

const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';

describe('events dated by a TSA, in the /verify page and the PDF report', function () {
  this.timeout(120_000);
  let tsa: TestTsa;
  let svc: RunningService;
  let bundleText: string;
  let logKey: string;
  let rootPem: string;

  before(async () => {
    tsa = await TestTsa.create();
    await tsa.start();
    svc = await startService({ tsaUrls: tsa.url, tsaIntervalMs: 100 });
    const c = LedgerClient.asAdminOf(svc);
    await recordCrossBorderStory(c);
    bundleText = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).text;
    logKey = (await httpGet(svc.base, '/log/key')).text.trim();
    rootPem = await tsa.rootPem();
    other = await (await TestTsa.create('Other')).rootPem();
  });
  after(async () => {
    await svc.service.close();
    await tsa.stop();
    await removeTempDirs();
  });

  it('prints the bound and its TSA beside each event in the PDF', async function () {
    await requireTool(this, 'pdftotext');
    const bundle = JSON.parse(bundleText) as Bundle;
    const roots = [{ name: 'Test root', der: certificatesFromPem(rootPem)[0]! }];
    const result = await verifyBundleWithTime(bundle, { logKey, tsa: { roots, required: 1 } });
    expect(result.verdict).to.equal('verified');
    const bytes = new TextEncoder().encode(bundleText);
    const pdf = await renderReportPdf(
      bundle,
      bytes,
      result,
      {
        bundleSha256: createHash('sha256').update(bytes).digest('hex'),
        generatedAt: new Date().toISOString(),
      },
      nodeFontSource,
    );
    const file = join(await tempDir('custos-time-pdf'), 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', [file, '-']);
    expect(stdout.match(/no later than/g)?.length).to.be.at.least(result.timeline.length);
    // The narrow column may wrap the source's name.
    expect(stdout.replace(/\s+/g, ' ')).to.include('(TSA Custos Test TSA)');
    if (process.env.SAVE_SCREENSHOT === '1')
      await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', file, 'docs/report-time']);
  });

  it('shows the bound and its TSA for each event in the page, with the TSA root pinned', async function () {
    await requireTool(this, CHROMIUM);
    const context = await chromium.launchPersistentContext(await tempDir('custos-chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      viewport: { width: 1200, height: 900 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${svc.base}/verify`, { waitUntil: 'load' });
      await page.fill('#log-key', logKey);
      await page.locator('summary', { hasText: 'Timestamping authorities' }).click();
      await page.fill('#tsa-roots', rootPem);
      await page.setInputFiles('#bundle-file', {
        name: 'bundle.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bundleText),
      });
      expect(await page.locator('#verdict-word').textContent()).to.equal('VERIFIED');
      const rows = page.locator('#timeline tbody tr');
      const count = await rows.count();
      expect(count).to.be.greaterThan(3);
      for (let i = 0; i < count; i++) {
        expect(await rows.nth(i).textContent()).to.match(/no later than .*\(TSA Custos Test TSA\)/);
      }
      if (process.env.SAVE_SCREENSHOT === '1')
        await page.screenshot({ path: 'docs/verify-page-time.png', fullPage: true });
      // A root that is not the TSA's: the page fails, naming the reason.
      await page.fill('#tsa-roots', await certificatePemOfAnotherCa());
      await page.setInputFiles('#bundle-file', {
        name: 'bundle.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bundleText),
      });
      expect(await page.locator('#verdict-word').textContent()).to.equal('FAILED');
      expect(await page.locator('#checks').textContent()).to.include('does not chain to a pinned TSA root');
    } finally {
      await context.close();
    }
  });

  let other: string | undefined;
  /** The root of a TSA the page was not told to trust, made on first use. */
  async function certificatePemOfAnotherCa(): Promise<string> {
    other ??= await (await TestTsa.create('Other')).rootPem();
    return other;
  }
});
