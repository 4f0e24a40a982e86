/**
 * The browser console (issue 17's targets): what its first load transfers (≤ 300 KB
 * compressed), how long until the home page is usable in headless Chromium (≤ 1 s), and how
 * fast it hashes a 1 GiB evidence file in the browser's worker against `sha256sum` (≥ 0.5×).
 * BENCH_CONSOLE_MIB sets the file's size (default 1024).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/environment.ts';
import { openService } from '../src/service.ts';
import { type Figure, log, median } from './measure.ts';

const MIB = Number(process.env.BENCH_CONSOLE_MIB ?? 1024);

export async function runConsoleBenchmarks(dir: string): Promise<Figure[]> {
  const config = loadConfig(
    {},
    { dataDir: join(dir, 'data'), keysDir: join(dir, 'keys'), port: 0, logLevel: 'silent' },
  );
  const service = await openService(config);
  const base = await service.listen();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/console`); // builds the bundle once, outside the measurements
    await signIn(page, config.adminId, await readFile(join(config.keysDir, 'admin.key')));
    const transferred: number[] = [];
    const usable: number[] = [];
    for (let i = 0; i < 3; i++) {
      const first = await firstLoad(page);
      transferred.push(first.bytes);
      usable.push(first.ms);
    }
    const file = await writeEvidence(join(dir, 'evidence.bin'));
    const theirs: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      execFileSync('sha256sum', [file], { stdio: 'ignore' });
      theirs.push(performance.now() - t);
      ours.push(await hashInBrowser(page, base, file));
    }
    const mibps = (ms: number) => MIB / (ms / 1000);
    log(`console: ${median(transferred)} bytes, usable in ${median(usable).toFixed(0)} ms`);
    return [
      {
        name: 'console first load, bytes transferred (compressed, headers included)',
        value: median(transferred) / 1000,
        unit: 'KB',
        target: '≤ 300',
      },
      {
        name: 'console home page usable, from navigation (key in the browser, login included)',
        value: median(usable),
        unit: 'ms',
        target: '≤ 1,000',
      },
      {
        name: `\`sha256sum\` on a ${MIB} MiB file (page cache warm)`,
        value: mibps(median(theirs)),
        unit: 'MiB/s',
      },
      {
        name: 'the same file hashed by the console in its Web Worker (WebCrypto up to 1 GiB, noble beyond)',
        value: mibps(median(ours)),
        unit: 'MiB/s',
      },
      { name: 'ratio console ÷ sha256sum', value: median(theirs) / median(ours), unit: '', target: '≥ 0.5' },
    ];
  } finally {
    await browser.close();
    await service.close();
  }
}

async function signIn(page: Page, actor: string, pem: Buffer): Promise<void> {
  await page.fill('#signin-actor', actor);
  await page.setInputFiles('#signin-file', {
    name: 'admin.key',
    mimeType: 'application/x-pem-file',
    buffer: pem,
  });
  await page.locator('h1', { hasText: 'Today' }).waitFor();
}

/**
 * A reload of the home page with an empty cache: every byte the console needs travels again, and
 * the officer is signed in again with the key kept in the browser. Usable = both lists shown.
 */
async function firstLoad(page: Page): Promise<{ bytes: number; ms: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  await page.reload();
  await page.locator('section', { hasText: 'In my custody' }).waitFor();
  const ms = (await page.evaluate('performance.now()')) as number;
  await cdp.detach();
  return { bytes, ms };
}

async function writeEvidence(file: string): Promise<string> {
  const handle = await open(file, 'w');
  const chunk = randomBytes(16 * 2 ** 20);
  for (let written = 0; written < MIB * 2 ** 20; written += chunk.length) await handle.write(chunk);
  await handle.close();
  execFileSync('sha256sum', [file], { stdio: 'ignore' }); // warm the page cache
  return file;
}

/** From choosing the file on the register page to its digest in the form. */
async function hashInBrowser(page: Page, base: string, file: string): Promise<number> {
  await page.goto(`${base}/console#/register`);
  await page.reload();
  await page.locator('#register-file').waitFor();
  const t = performance.now();
  await page.setInputFiles('#register-file', file);
  await page.waitForFunction(
    () =>
      /^[0-9a-f]{64}$/.test(
        document.querySelector<HTMLInputElement>('#register-digests-sha256')?.value ?? '',
      ),
    null,
    {
      timeout: 600_000,
      polling: 50,
    },
  );
  return performance.now() - t;
}
