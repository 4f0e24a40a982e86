/**
 * The /verify page and a report across two logs, in headless Chromium: without a pin for the
 * sending log its part (and the pages that print it) are NOT checked, saying how to pin it; with
 * the key pasted, or loaded from a trust store file, the part verifies, the timeline marks which
 * log each event is in and where custody crossed, and the pages check. Keys are remembered in
 * the browser only when the reader asks, and forgotten when asked; a different key for a
 * remembered origin is refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { emptyTrustStore, pinLog } from '../../src/core/verify/trust-store.ts';
import { runCli } from '../support/cli-runner.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { A_ORIGIN, B_ORIGIN, startTwoLogs, type TwoLogs } from '../support/two-logs.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('the /verify page pins other logs for a bundle that spans them', function () {
  this.timeout(300_000);
  let logs: TwoLogs;
  let report: Buffer;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    await requireTool(this, CHROMIUM);
    logs = await startTwoLogs();
    const env = {
      CUSTOS_URL: logs.b.url,
      CUSTOS_ACTOR: 'de-bka-lab-koch',
      CUSTOS_KEY: logs.keyFile(logs.dirB, 'de-bka-lab-koch'),
      CUSTOS_CONFIG: join(logs.out, 'lab', 'config.json'),
    };
    for (const key of [logs.bKey, logs.aKey])
      expect((await runCli(['trust', 'add', key], env)).code).to.equal(0);
    const dir = join(logs.out, 'court');
    const args = ['export', logs.story.deItem, '--transfer', logs.packageFile, '--out', dir];
    const exported = await runCli(args, env);
    expect(exported.code, exported.stderr).to.equal(0);
    report = await readFile(join(dir, 'report.pdf'));
    context = await chromium.launchPersistentContext(await tempDir('custos-chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    await logs?.stop();
    await removeTempDirs();
  });

  async function open(): Promise<void> {
    await page.goto(`${logs.b.url}/verify`, { waitUntil: 'load' });
    await page.fill('#log-key', logs.bKey);
  }
  async function drop(): Promise<string> {
    await page.setInputFiles('#bundle-file', {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: report,
    });
    return (await page.locator('#verdict-word').textContent({ timeout: 240_000 }))!;
  }
  const partRow = () => page.locator('#checks tr[data-check="parts"]');

  it("says A's part and the pages were NOT checked without a pin for A, and how to pin it", async () => {
    await open();
    await drop();
    expect(await partRow().getAttribute('data-status')).to.equal('warn');
    expect(await partRow().textContent())
      .to.include('was NOT checked')
      .and.include('“Other logs” on the /verify page');
    expect(await page.locator('#pages-verdict').textContent()).to.match(
      /^Printed pages NOT checked: .*not pinned here/,
    );
    expect(await page.locator(`#timeline tr[data-log="${A_ORIGIN}"]`).count()).to.equal(0);
  });

  it('checks A’s part with the key pasted, shows the timeline across the border, and checks the pages', async () => {
    await open();
    await page.locator('#other-logs-more > summary').click();
    await page.fill('#other-logs', logs.aKey);
    expect(await drop()).to.equal('VERIFIED');
    expect(await partRow().getAttribute('data-status')).to.equal('pass');
    expect(await partRow().textContent()).to.include('complete only as of that log’s checkpoint');
    expect(await page.locator('#pages-verdict').textContent()).to.match(/^Printed pages checked/);
    const fromA = page.locator(`#timeline tr[data-log="${A_ORIGIN}"]`);
    expect(await fromA.count()).to.be.greaterThan(2);
    const out = page.locator(`#timeline tr[data-log="${A_ORIGIN}"][data-border="${B_ORIGIN}"]`);
    expect(await out.textContent()).to.include(`BORDER: custody passed from this log to the log ${B_ORIGIN}`);
    const into = page.locator(`#timeline tr[data-type="imported"][data-border="${A_ORIGIN}"]`);
    expect(await into.textContent()).to.include(`BORDER: custody came to this log from the log ${A_ORIGIN}`);
    // To look at it: CUSTOS_SCREENSHOT_DIR=/tmp/shots npx mocha test/web/verify-page-other-logs.test.ts
    if (process.env.CUSTOS_SCREENSHOT_DIR)
      await writeFile(
        join(process.env.CUSTOS_SCREENSHOT_DIR, 'verify-other-logs.png'),
        await page.screenshot({ fullPage: true }),
      );
  });

  it('loads the explicit pins of a trust store file, and refuses a file that is not one', async () => {
    await open();
    const store = pinLog(emptyTrustStore(), logs.aKey, { how: 'explicit', at: new Date().toISOString() });
    await page.setInputFiles('#other-logs-file', {
      name: 'trust.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(store)),
    });
    await page.waitForFunction(
      () => (document.querySelector('#other-logs') as HTMLTextAreaElement).value !== '',
    );
    expect(await page.inputValue('#other-logs')).to.equal(logs.aKey);
    await page.setInputFiles('#other-logs-file', {
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"custos-bundle/v2"}'),
    });
    await page.waitForFunction(() => document.querySelector('#other-logs-status')?.textContent !== '');
    expect(await page.locator('#other-logs-status').textContent()).to.include('not a trust store');
  });

  it('remembers the keys only when asked, refuses another key for a remembered log, and forgets them', async () => {
    await open();
    expect(await page.inputValue('#other-logs')).to.equal('');
    await page.locator('#other-logs-more > summary').click();
    await page.fill('#other-logs', logs.aKey);
    await page.click('#remember-other-logs');
    expect(await page.locator('#other-logs-status').textContent()).to.equal(
      'Keys of other logs remembered in this browser: 1',
    );
    await open();
    expect(await page.inputValue('#other-logs')).to.equal(logs.aKey);
    expect(await drop()).to.equal('VERIFIED');
    expect(await partRow().getAttribute('data-status')).to.equal('pass');
    // Another key under A's origin is refused, the remembered one kept.
    const other = formatVerifierKey(A_ORIGIN, SIG_TYPE_ED25519, publicKeyFromSeed(randomSeed()));
    await page.fill('#other-logs', other);
    await page.click('#remember-other-logs');
    expect(await page.locator('#other-logs-status').textContent()).to.include(
      `A different key for the log ${A_ORIGIN} is remembered in this browser`,
    );
    await page.click('#forget-other-logs');
    await open();
    expect(await page.inputValue('#other-logs')).to.equal('');
  });
});
