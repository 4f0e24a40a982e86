/**
 * Headless Chromium for the console tests: one browser, a context per officer (its own
 * IndexedDB, so its own keys), every request's URL and body recorded, console errors (CSP
 * violations included) collected, and axe-core run on demand.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface SentRequest {
  readonly url: string;
  readonly body: string;
}

export interface Officer {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function officer(
  browser: Browser,
  sent: SentRequest[],
  viewport = { width: 1280, height: 800 },
): Promise<Officer> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => sent.push({ url: r.url(), body: r.postData() ?? '' }));
  return { context, page, errors };
}

let axeSource: string | undefined;

/** Violations of impact serious or critical on the page as it is now (axe-core, WCAG 2.x A/AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the page
  // itself still cannot run inline code.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
       .then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
       .map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', ')))`,
  )) as string[];
  return found;
}

/** True when the page is wider than its viewport (horizontal scrolling). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')) as boolean;
}
