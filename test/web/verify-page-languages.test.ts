/**
 * The /verify page in the reader's language, in headless Chromium: it starts in the browser's
 * language, switches at once (Arabic right to left), remembers the choice, and translates the
 * verdict, the checks and the timeline while printing every logged name as logged.
 * SAVE_SCREENSHOT=1 also writes docs/verify-page-az.png and docs/verify-page-ar.png.
 */
import { expect } from 'chai';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CATALOGUES } from '../../src/core/i18n/catalogues.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { MULTILINGUAL, recordMultilingualStory } from '../support/multilingual-story.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';

const CHROMIUM = '/usr/bin/chromium';
const AZ = CATALOGUES.az.messages;
const AR = CATALOGUES.ar.messages;

describe('the /verify page in the reader’s language', function () {
  this.timeout(120_000);
  let run: RunningService;
  let browser: Browser;
  let logKey: string;
  let bundleText: string;
  let page: Page;
  let errors: string[];

  before(async function () {
    await requireTool(this, CHROMIUM);
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    await recordMultilingualStory(c);
    logKey = (await httpGet(run.base, '/log/key')).text.trim();
    bundleText = (await c.get(`/v1/items/${MULTILINGUAL.item}/bundle`, 'az-inv')).text;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    await run?.service.close();
  });

  /** A fresh profile whose browser prefers `locale`: nothing remembered from another test. */
  async function openAs(locale: string): Promise<void> {
    const context = await browser.newContext({ locale, viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${run.base}/verify`, { waitUntil: 'load' });
  }

  afterEach(async () => {
    expect(errors, 'console errors (CSP violations included)').to.deep.equal([]);
    await page?.context().close();
  });

  async function verify(): Promise<string> {
    await page.fill('#log-key', logKey);
    await page.setInputFiles('#bundle-file', {
      name: 'bundle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bundleText),
    });
    return (await page.locator('#verdict-word').textContent())!;
  }

  const documentLanguage = () =>
    page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

  it('starts in the browser’s language: Azerbaijani, with verdict, checks and timeline translated', async () => {
    await openAs('az-AZ');
    expect(await documentLanguage()).to.deep.equal({ lang: 'az', dir: 'ltr' });
    expect(await page.locator('h1').textContent()).to.equal(AZ['page.heading']);
    expect(await page.locator('#lang').inputValue()).to.equal('az');
    expect(await page.locator('#review-note').textContent()).to.equal(AZ['page.unreviewed']);
    expect(await verify()).to.equal(AZ['page.verified']);
    expect(await page.locator('#h-checks').textContent()).to.equal(AZ['page.checks']);
    expect(await page.locator('#checks tr[data-check="signatures"] td').nth(1).textContent()).to.equal(
      AZ['check.signatures'],
    );
    expect(await page.locator('#checks tr[data-status="pass"] .badge').first().textContent()).to.equal(
      AZ['page.statusPass'],
    );
    const sealed = (await page.locator('#timeline tr[data-type="sealed"]').textContent())!;
    expect(sealed).to.include(`${MULTILINGUAL.seal} möhürü ilə möhürlənib`);
    const timeline = (await page.locator('#timeline').textContent())!;
    for (const p of Object.values(MULTILINGUAL.people)) expect(timeline).to.include(p.name);
    expect(await page.locator('#status').textContent()).to.equal('Təsdiqləndi: bundle.json');
    if (process.env.SAVE_SCREENSHOT === '1') await saveScreenshot('az');
  });

  it('turns right to left in Arabic at the switcher, and remembers the choice', async () => {
    await openAs('en-GB');
    expect(await documentLanguage()).to.deep.equal({ lang: 'en', dir: 'ltr' });
    expect(await verify()).to.equal('VERIFIED');
    await page.selectOption('#lang', 'ar');
    expect(await documentLanguage()).to.deep.equal({ lang: 'ar', dir: 'rtl' });
    // The result on screen is drawn again in the new language.
    expect(await page.locator('#verdict-word').textContent()).to.equal(AR['page.verified']);
    expect(await page.locator('h1').textContent()).to.equal(AR['page.heading']);
    expect(await page.locator('#h-timeline').textContent()).to.equal(AR['page.timeline']);
    const custody = (await page.locator('#timeline').textContent())!;
    // Latin and Cyrillic values inside Arabic sentences are printed as logged.
    expect(custody).to.include(MULTILINGUAL.seal).and.include(MULTILINGUAL.people['ru-lab'].name);
    // The page reads from the right: the heading's text starts at the right edge.
    const h1 = (await page.locator('h1').boundingBox())!;
    const textRight = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      return range.getBoundingClientRect().right;
    });
    expect(h1.x + h1.width - textRight).to.be.lessThan(2);
    if (process.env.SAVE_SCREENSHOT === '1') await saveScreenshot('ar');
    await page.reload({ waitUntil: 'load' });
    expect(await documentLanguage()).to.deep.equal({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('#lang').inputValue()).to.equal('ar');
  });

  it('falls back to English for a browser language without a catalogue', async () => {
    await openAs('de-DE');
    expect(await documentLanguage()).to.deep.equal({ lang: 'en', dir: 'ltr' });
    expect(await page.locator('#review-note').isHidden()).to.equal(true);
  });

  async function saveScreenshot(language: string): Promise<void> {
    const path = new URL(`../../docs/verify-page-${language}.png`, import.meta.url).pathname;
    // The masthead with its switcher, then the result; the form between is folded away for the
    // picture only (CSSOM, which the page's policy allows), and shown again.
    await page.evaluate(() => {
      document.getElementById('inputs')!.style.display = 'none';
    });
    const result = (await page.locator('#result').boundingBox())!;
    await page.screenshot({
      path,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: Math.ceil(result.y) + 640 },
    });
    await page.evaluate(() => {
      document.getElementById('inputs')!.style.display = '';
    });
  }
});
