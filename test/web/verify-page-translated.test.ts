/**
 * The /verify result in the reader's language, in headless Chromium, for a history with
 * findings, a copy, a preservation, a hold and a conditioned disclosure: the check sentences,
 * event types, item status, request type and status are translated, so the page holds no phrase
 * of the English catalogue.
 */
import { expect } from 'chai';
import { type Browser, chromium } from 'playwright-core';
import type { Language } from '../../src/core/i18n/languages.ts';
import { englishLeaks } from '../support/english-leaks.ts';
import { httpGet } from '../support/http-client.ts';
import { LAW, recordLawStory } from '../support/law-story.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('the /verify result of a history with conditions, holds and a copy, translated', function () {
  this.timeout(120_000);
  let run: RunningService;
  let browser: Browser;
  let logKey: string;
  let bundleText: string;

  before(async function () {
    await requireTool(this, CHROMIUM);
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    await recordLawStory(c);
    logKey = (await httpGet(run.base, '/log/key')).text.trim();
    bundleText = (await c.get(`/v1/items/${LAW.item}/bundle`, 'fr-inv')).text;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    await run?.service.close();
    await removeTempDirs();
  });

  async function resultText(locale: string): Promise<{ verdict: string; text: string }> {
    const context = await browser.newContext({ locale });
    try {
      const page = await context.newPage();
      await page.goto(`${run.base}/verify`, { waitUntil: 'load' });
      await page.fill('#log-key', logKey);
      await page.setInputFiles('#bundle-file', {
        name: 'bundle.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bundleText),
      });
      const verdict = (await page.locator('#verdict-word').getAttribute('data-verdict'))!;
      return { verdict, text: await page.locator('body').innerText() };
    } finally {
      await context.close();
    }
  }

  it('shows the English phrases in English (the search finds them)', async () => {
    const { verdict, text } = await resultText('en-GB');
    expect(verdict).to.equal('verified');
    expect(englishLeaks(text, 'ru').length).to.be.greaterThan(20);
  });

  for (const [locale, language] of [
    ['ru-RU', 'ru'],
    ['ar-EG', 'ar'],
    ['fr-FR', 'fr'],
  ] as [string, Language][]) {
    it(`shows no English phrase of the catalogue in ${language}`, async () => {
      const { verdict, text } = await resultText(locale);
      expect(verdict).to.equal('verified');
      expect(englishLeaks(text, language)).to.deep.equal([]);
    });
  }
});
