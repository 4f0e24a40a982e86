/**
 * The page check in every script the reports support: a history logged in Azerbaijani,
 * Russian, Arabic, Chinese and Greek, exported by `custos export --lang` in English,
 * Azerbaijani, Russian, Arabic (right to left) and Chinese, verifies pages included with
 * `custos verify` (another process, so nothing is shared with the exporter) and, for Azerbaijani
 * and Arabic, in the /verify page of headless Chromium. Rendering again from the same bundle and
 * the report's render record gives the exported file byte for byte, per language; an edited name
 * fails, naming the page, in each script.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import type { Language } from '../../src/core/i18n/languages.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { verifyBundle, verifyBundleWithTime } from '../../src/core/verify/verify-bundle.ts';
import { writePrivateKeyFile } from '../../src/keyring/key-files.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { renderRecordOf } from '../../src/report/page-check.ts';
import { extractBundleFromPdf } from '../../src/report/pdf-bundle.ts';
import { checkReportPages, renderAgain } from '../../src/report/report-again.ts';
import { reportOptionsFromRecord } from '../../src/report/report-options.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { runCli } from '../support/cli-runner.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { MULTILINGUAL, recordMultilingualStory } from '../support/multilingual-story.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const CHROMIUM = '/usr/bin/chromium';
const LANGUAGES: Language[] = ['en', 'az', 'ru', 'ar', 'zh'];

describe('the printed pages of translated reports', function () {
  this.timeout(600_000);
  let svc: RunningService;
  let dir: string;
  let logKey: string;
  const reports = new Map<Language, Uint8Array>();

  before(async () => {
    svc = await startService();
    const c = LedgerClient.asAdminOf(svc);
    await recordMultilingualStory(c);
    dir = await tempDir('custos-multilingual-pages');
    logKey = (await httpGet(svc.base, '/log/key')).text.trim();
    const member = c.cast.get('az-inv');
    const key = join(dir, 'az-inv.key');
    await writePrivateKeyFile(key, { seed: member.seed, publicKey: publicKeyFromSeed(member.seed) });
    const env = {
      CUSTOS_URL: svc.base,
      CUSTOS_ACTOR: 'az-inv',
      CUSTOS_KEY: key,
      CUSTOS_CONFIG: join(dir, 'config.json'),
      CUSTOS_LOG_KEY: logKey,
    };
    for (const lang of LANGUAGES) {
      const out = join(dir, lang);
      const r = await runCli(['export', MULTILINGUAL.item, '--lang', lang, '--out', out], env);
      expect(r.code, r.stderr).to.equal(0);
      reports.set(lang, new Uint8Array(await readFile(join(out, 'report.pdf'))));
    }
  });

  after(async () => {
    await svc?.service.close();
    await removeTempDirs();
  });

  /** The verifier's inputs, read from the report itself. */
  async function opened(pdf: Uint8Array) {
    const { bundleBytes } = await extractBundleFromPdf(pdf);
    const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
    return { bundle, bundleBytes, result: verifyBundle(bundle, { logKey }) };
  }

  for (const lang of LANGUAGES) {
    describe(`in ${lang}`, () => {
      it('verifies, pages included, with custos verify', async () => {
        const r = await runCli(['verify', join(dir, lang, 'report.pdf'), '--log-key', logKey]);
        expect(r.code, r.stdout + r.stderr).to.equal(0);
        expect(r.stdout).to.match(/^VERIFIED: the history of az-inv~phone-1/);
        expect(r.stdout).to.include(
          `PAGES: every page is exactly what the verified history renders to: rendering the report again from the verified bundle (custos-report-pdf/`,
        );
        expect(r.stdout).to.include(`, ${lang}) gives this file byte for byte`);
      });

      it('is made again, from the same bundle and its render record, byte for byte', async () => {
        const pdf = reports.get(lang)!;
        const { bundle, bundleBytes, result } = await opened(pdf);
        const record = renderRecordOf(await PDFDocument.load(pdf))!;
        expect(record.languages).to.deep.equal([lang]);
        const again = await renderAgain(record, bundle, bundleBytes, result, nodeFontSource);
        const twice = await renderAgain(record, bundle, bundleBytes, result, nodeFontSource);
        expect(Buffer.from(again).equals(Buffer.from(pdf)), 'the exported file').to.equal(true);
        expect(Buffer.from(twice).equals(Buffer.from(again)), 'a second rendering').to.equal(true);
      });

      it('fails when a name on the pages is edited, attachment kept, naming the page', async () => {
        const pdf = reports.get(lang)!;
        const { bundle, bundleBytes, result } = await opened(pdf);
        const record = renderRecordOf(await PDFDocument.load(pdf))!;
        const name =
          MULTILINGUAL.people[Object.keys(MULTILINGUAL.people)[0] as keyof typeof MULTILINGUAL.people].name;
        const doctored = JSON.parse(JSON.stringify(result).replaceAll(name, 'Mallory')) as BundleVerification;
        const meta = { bundleSha256: record.bundleSha256, generatedAt: record.generatedAt };
        const forged = await renderReportPdf(
          bundle,
          bundleBytes,
          doctored,
          meta,
          nodeFontSource,
          reportOptionsFromRecord(record),
        );
        const check = await checkReportPages({
          pdf: forged,
          bundle,
          bundleBytes,
          pinned: { logKey },
          result,
          verify: (b, t) => verifyBundleWithTime(b, t),
          fonts: nodeFontSource,
        });
        expect(check, check.detail).to.include({ status: 'fail', code: 'pages_differ' });
        expect(check.detail).to.match(
          /page \d+: the report shows “[^”]*Mallory[^”]*”, the verified history says “/,
        );
      });
    });
  }

  describe('in the /verify page (headless Chromium)', () => {
    for (const lang of ['az', 'ar'] as const)
      it(`verifies the ${lang} report, pages included`, async function () {
        await requireTool(this, CHROMIUM);
        const context = await chromium.launchPersistentContext(await tempDir('custos-chromium'), {
          executablePath: CHROMIUM,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
        });
        try {
          const page = await context.newPage();
          await page.goto(`${svc.base}/verify`, { waitUntil: 'load' });
          await page.fill('#log-key', logKey);
          await page.setInputFiles('#bundle-file', {
            name: 'report.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from(reports.get(lang)!),
          });
          await page.locator('#verdict-word[data-verdict]').waitFor({ timeout: 240_000 });
          const failed = await page.locator('#checks tr[data-status="fail"]').allTextContents();
          const pages = await page.locator('#pages-verdict').textContent();
          expect(
            await page.locator('#verdict-word').getAttribute('data-verdict'),
            `${pages}\n${failed.join('\n')}`,
          ).to.equal('verified');
          expect(await page.locator('#pages-verdict').textContent()).to.match(
            new RegExp(
              `^Printed pages checked: every page is exactly what the verified history renders to: .*, ${lang}\\) gives this file byte for byte`,
            ),
          );
          expect(await page.locator('#checks tr[data-check="pages"]').getAttribute('data-status')).to.equal(
            'pass',
          );
          if (process.env.SAVE_SCREENSHOT === '1')
            await page.screenshot({ path: join(dir, `verify-${lang}.png`) });
        } finally {
          await context.close();
        }
      });
  });
});
