/**
 * Offline verification of a 10,000-event court bundle, as a court's expert waits for it:
 * `custos verify bundle.json` (OpenSSL through node:crypto), and the browser page /verify in
 * headless Chromium (WebCrypto), each with process start included; and, for comparison, the
 * portable verifier in process (noble).
 */
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { verifyBundle } from '../src/core/verify/verify-bundle.ts';
import { buildVerifyPage } from '../src/http/verify-page-routes.ts';
import { makeBenchBundle } from './bundle-fixture.ts';
import { type Figure, log, median } from './measure.ts';

const EVENTS = Number(process.env.BENCH_VERIFY_EVENTS ?? 10_000);

export async function runVerifyScaleBenchmarks(dir: string): Promise<Figure[]> {
  const b = await makeBenchBundle(dir, EVENTS);
  log(`bundle of ${b.entries} entries, ${b.text.length} bytes`);
  const cli: number[] = [];
  const bin = new URL('../bin/custos.js', import.meta.url).pathname;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [bin, 'verify', b.file, '--log-key', b.vkey], { stdio: 'ignore' });
    cli.push(performance.now() - t);
  }
  const browser: number[] = [];
  for (let i = 0; i < 3; i++) browser.push(await verifyInChromium(b.file, b.vkey));
  const t = performance.now();
  if (verifyBundle(JSON.parse(b.text), { logKey: b.vkey }).verdict !== 'verified')
    throw new Error('the benchmark bundle does not verify');
  const portable = performance.now() - t;
  return [
    {
      name: `verify a ${b.entries}-entry bundle (${EVENTS.toLocaleString('en')} custody events), CLI \`custos verify\` (OpenSSL), process start included`,
      value: median(cli),
      unit: 'ms',
      target: '≤ 2,000',
    },
    {
      name: 'the same bundle in the /verify page, headless Chromium (WebCrypto), browser start included',
      value: median(browser),
      unit: 'ms',
      target: '≤ 3,000',
    },
    {
      name: 'the same verification in process, portable verifier (noble), one run',
      value: portable,
      unit: 'ms',
    },
  ];
}

/** From launching Chromium to the verdict on screen. */
async function verifyInChromium(file: string, vkey: string): Promise<number> {
  const { html } = await buildVerifyPage();
  const t = performance.now();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    // An https page is a secure context, where WebCrypto exists, as /verify is when served over TLS.
    await page.route('https://verify.invalid/', (r) => r.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('https://verify.invalid/');
    await page.fill('#log-key', vkey);
    await page.setInputFiles('#bundle-file', file);
    await page.waitForFunction(
      () => /^(VERIFIED|FAILED)$/.test(document.querySelector('#verdict-word')?.textContent ?? ''),
      null,
      { timeout: 120_000 },
    );
    const verdict = await page.locator('#verdict-word').textContent();
    if (verdict !== 'VERIFIED') throw new Error(`the page says ${verdict}`);
    return performance.now() - t;
  } finally {
    await browser.close();
  }
}
