/**
 * The investigator console end to end, in headless Chromium against a real service: the
 * administrator (signed in with the CLI's PKCS#8 key file) registers two officers whose keys
 * were generated in their own browsers; officer A registers an item (the file hashed in the
 * browser), seals it and hands it over; officer B finds it awaiting receipt, receives it with the
 * digest re-check, unseals and examines it; A's later attempt is refused with the rule shown; B
 * exports the court report, which the browser verifies. The log then passes `custos audit` and
 * the report passes `custos verify`. SAVE_SCREENSHOT=1 writes docs/console-*.png.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { toBase64, toHex } from '../../src/core/encoding.ts';
import { runCli } from '../support/cli-runner.ts';
import {
  CHROMIUM,
  launch,
  type Officer,
  officer,
  type SentRequest,
  scrollsSideways,
  seriousViolations,
} from '../support/console-browser.ts';
import { httpGet } from '../support/http-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const A = 'fr-inv-arnaud';
const B = 'fr-lab-berger';
const CASE = `${A}~2026-117`;
const ITEM = `${A}~laptop-ssd`;
const EVIDENCE = Buffer.from('a disk image, of sorts: '.repeat(40_000));

describe('the investigator console (/console)', function () {
  this.timeout(180_000);
  let run: RunningService;
  let browser: Browser;
  let admin: Officer;
  let a: Officer;
  let b: Officer;
  const sent: SentRequest[] = [];
  const a11y: Record<string, string[]> = {};

  before(async function () {
    await requireTool(this, CHROMIUM);
    run = await startService();
    browser = await launch();
    admin = await officer(browser, sent);
    a = await officer(browser, sent);
    b = await officer(browser, sent);
  });

  after(async () => {
    await browser?.close();
    await run?.service.close();
    await removeTempDirs();
  });

  afterEach(() => {
    // A refusal is an answer the console shows; Chromium also logs its status. Nothing else may appear.
    const refused = /^Failed to load resource: the server responded with a status of 4(03|04|09|22) /;
    for (const o of [admin, a, b].filter(Boolean))
      expect(
        o.errors.filter((e) => !refused.test(e)),
        'console errors (CSP violations included)',
      ).to.deep.equal([]);
  });

  async function check(page: Page, name: string): Promise<void> {
    a11y[name] = await seriousViolations(page);
    expect(a11y[name], `axe on ${name}`).to.deep.equal([]);
  }

  async function settle(page: Page): Promise<void> {
    await page.waitForFunction(() => !document.querySelector('main p')?.textContent?.startsWith('Loading'));
  }

  async function generateKey(o: Officer, actor: string): Promise<string> {
    await o.page.goto(`${run.base}/console`);
    await o.page.fill('#signin-actor', actor);
    await o.page.click('#signin-generate');
    return (await o.page.locator('#signin-public-key').textContent())!;
  }

  async function record(page: Page, type: string, fields: Record<string, string>): Promise<void> {
    await page.selectOption('#event-type', type);
    for (const [name, value] of Object.entries(fields)) {
      const selector = `#ev-${type}-${name}`;
      if ((await page.locator(selector).evaluate((n) => n.tagName)) === 'SELECT')
        await page.selectOption(selector, value);
      else await page.fill(selector, value);
    }
    await page.click(`#ev-${type} button[type=submit]`);
  }

  /** 1280×1000 of the page from just above `from` (the page is scrolled wherever the officer last clicked). */
  async function screenshot(page: Page, path: string, from: string): Promise<void> {
    const y = await page
      .locator(from)
      .first()
      .evaluate((n) => Math.max(0, n.getBoundingClientRect().top + window.scrollY - 24));
    await page.screenshot({
      path,
      fullPage: true,
      clip: { x: 0, y: Math.round(y), width: 1280, height: 1000 },
    });
  }

  /** Opens a view afresh: a reload signs the officer in again from the key kept in the browser. */
  async function visit(page: Page, hash: string): Promise<void> {
    await page.goto(`${run.base}/console${hash}`);
    await page.reload();
  }

  async function allProven(page: Page): Promise<void> {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[id^=proof-]')].every((c) => c.className === 'proof-ok'),
    );
  }

  async function timelineHas(page: Page, text: string): Promise<void> {
    await page.locator('table', { hasText: text }).first().waitFor();
  }

  it('serves the console from this origin under a policy that allows only its own files and connections', async () => {
    const res = await httpGet(run.base, '/console');
    expect(res.status).to.equal(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp)
      .to.include("default-src 'none'")
      .and.include("script-src 'self'")
      .and.include("connect-src 'self'");
    expect(csp).to.not.include('unsafe');
    expect(res.text).to.not.match(/<script>|<style>|\son\w+=/);
    const js = await httpGet(run.base, '/console/app.js');
    expect(js.status).to.equal(200);
    expect(js.headers.get('content-type')).to.match(/^text\/javascript/);
    expect((await httpGet(run.base, '/console/nothing.js')).status).to.equal(404);
  });

  it('signs the administrator in with the PKCS#8 file the command line made', async () => {
    await admin.page.goto(`${run.base}/console`);
    await check(admin.page, 'sign-in');
    expect(await admin.page.locator('#key-engine').textContent()).to.include('non-extractable WebCrypto');
    await admin.page.fill('#signin-actor', run.config.adminId);
    const pem = await readFile(join(run.config.keysDir, 'admin.key'));
    await admin.page.setInputFiles('#signin-file', {
      name: 'admin.key',
      mimeType: 'application/x-pem-file',
      buffer: pem,
    });
    await admin.page.locator('h1', { hasText: 'Today' }).waitFor();
    expect(await admin.page.locator('#who').textContent()).to.include(run.config.adminId);
  });

  it('lets two officers generate keys in their browsers and the administrator register them', async () => {
    const keys = { [A]: await generateKey(a, A), [B]: await generateKey(b, B) };
    await check(a.page, 'sign-in with a new key');
    await admin.page.goto(`${run.base}/console#/admin`);
    await admin.page.locator('#actor-register').waitFor();
    await check(admin.page, 'administration');
    for (const [id, name, role] of [
      [A, 'Arnaud', 'investigator'],
      [B, 'Berger', 'examiner'],
    ] as const) {
      await admin.page.fill('#actor-register-id', id);
      await admin.page.fill('#actor-register-name', name);
      await admin.page.fill('#actor-register-organisation', 'Police nationale');
      await admin.page.fill('#actor-register-state', run.config.adminState);
      await admin.page.check(`#actor-register-roles input[value=${role}]`);
      await admin.page.fill('#actor-register-publicKey', keys[id]!);
      await admin.page.click('#actor-register button[type=submit]');
      await admin.page.locator('td', { hasText: id }).first().waitFor();
    }
    for (const [o, id] of [
      [a, A],
      [b, B],
    ] as const) {
      await o.page.click(`#signin-made button`);
      await o.page.locator('#who', { hasText: id }).waitFor();
    }
  });

  it('keeps a generated key non-extractable: page script can sign with it but not export it', async () => {
    const answer = await a.page.evaluate(`new Promise((resolve) => {
      const open = indexedDB.open('custos-console');
      open.onsuccess = () => {
        const get = open.result.transaction('keys').objectStore('keys').get(${JSON.stringify(A)});
        get.onsuccess = async () => {
          const key = get.result.privateKey;
          const tries = [];
          for (const format of ['pkcs8', 'jwk', 'raw'])
            tries.push(await crypto.subtle.exportKey(format, key).then(() => 'exported', (e) => e.name));
          resolve({ extractable: key.extractable, type: key.type, tries, seed: get.result.seed ?? null });
        };
      };
    })`);
    expect(answer).to.deep.equal({
      extractable: false,
      type: 'private',
      tries: ['InvalidAccessError', 'InvalidAccessError', 'InvalidAccessError'],
      seed: null,
    });
  });

  it('lets officer A open a case and register an item whose file is hashed in the browser', async () => {
    const { page } = a;
    await page.goto(`${run.base}/console#/cases`);
    await page.locator('#case-open').waitFor();
    await check(page, 'cases');
    await page.fill('#case-open-id', CASE);
    await page.fill('#case-open-reference', 'PN-2026-117');
    await page.fill('#case-open-title', 'Intrusion at the port authority');
    await page.fill('#case-open-offence-description', 'illegal access (Budapest Convention art. 2)');
    await page.click('#case-open button[type=submit]');
    await page.locator('h1', { hasText: 'Intrusion at the port authority' }).waitFor();
    await check(page, 'case');
    await page.click('main a[href^="#/register"]');
    await page.locator('#register').waitFor();
    await page.setInputFiles('#register-file', {
      name: 'ssd.img',
      mimeType: 'application/octet-stream',
      buffer: EVIDENCE,
    });
    const sha256 = (await import('node:crypto')).createHash('sha256').update(EVIDENCE).digest('hex');
    await page.waitForFunction(
      (d) => document.querySelector<HTMLInputElement>('#register-digests-sha256')?.value === d,
      sha256,
    );
    expect(await page.inputValue('#register-size')).to.equal(String(EVIDENCE.length));
    expect(await page.inputValue('#register-case')).to.equal(CASE);
    await page.fill('#register-id', ITEM);
    await page.fill('#register-description', 'SSD from the laptop on desk 4');
    await check(page, 'register');
    await page.click('#register button[type=submit]');
    await page.locator('h1', { hasText: `Item ${ITEM}` }).waitFor();
    // The file was hashed here: no request carried its bytes.
    expect(sent.some((r) => r.body.includes(EVIDENCE.subarray(0, 64).toString()))).to.equal(false);
  });

  it('lets A seal the item and hand it over to B, each entry proven included in the browser', async () => {
    const { page } = a;
    await record(page, 'sealed', { seal: 'SCELLE-0042' });
    await timelineHas(page, 'SCELLE-0042');
    await page.selectOption('#event-type', 'handed-over');
    await page.fill('#ev-handed-over-to', B);
    await page.fill('#ev-handed-over-purpose', 'forensic examination');
    if (process.env.SAVE_SCREENSHOT === '1')
      await screenshot(page, 'docs/console-handover.png', '#s-record-an-event');
    await check(page, 'hand-over form');
    await page.click('#ev-handed-over button[type=submit]');
    await page.locator('dd', { hasText: `${B} (forensic examination)` }).waitFor();
    await allProven(page);
    expect(await page.locator('.proof-ok').count()).to.equal(3);
  });

  it('shows B the item awaiting receipt, and records B receiving it with the digest re-checked, then examining it', async () => {
    const { page } = b;
    await visit(page, '#/home');
    const awaiting = page.locator('section', { hasText: 'Awaiting my receipt' });
    await awaiting.locator('a', { hasText: ITEM }).waitFor();
    await check(page, 'home');
    if (process.env.SAVE_SCREENSHOT === '1') await screenshot(page, 'docs/console-home.png', 'body');
    await awaiting.locator('a', { hasText: ITEM }).click();
    await page.locator('#ev-received').waitFor();
    await page.setInputFiles('#recheck-received', {
      name: 'ssd.img',
      mimeType: 'application/octet-stream',
      buffer: EVIDENCE,
    });
    await page.locator('#recheck-verdict', { hasText: 'matches' }).waitFor();
    expect(await page.inputValue('#ev-received-result')).to.equal('match');
    await page.click('#ev-received button[type=submit]');
    await page.locator('dd', { hasText: /^fr-lab-berger$/ }).waitFor();
    await record(page, 'unsealed', { seal: 'SCELLE-0042', reason: 'opened at the lab bench' });
    await timelineHas(page, 'opened at the lab bench');
    await record(page, 'examined', {
      purpose: 'recover deleted files',
      'tool-name': 'The Sleuth Kit',
      'tool-version': '4.12.1',
      findings: 'three deleted archives recovered',
    });
    await timelineHas(page, 'recover deleted files');
    await allProven(page);
    await check(page, 'item');
    if (process.env.SAVE_SCREENSHOT === '1') await screenshot(page, 'docs/console-item.png', 'main h1');
  });

  it("refuses A's event on the item B now holds, showing the rule by name", async () => {
    const { page } = a;
    await visit(page, `#/item/${encodeURIComponent(ITEM)}`);
    await page.locator('#event-type').waitFor();
    await record(page, 'sealed', { seal: 'SCELLE-0043' });
    const refusal = page.locator('#ev-sealed .refusal');
    await refusal.waitFor();
    expect(await refusal.textContent())
      .to.include('Refused: only the current custodian may record this')
      .and.include('not_custodian');
    await check(page, 'refusal');
  });

  it('lets B export the court report, verified in the browser before it is offered', async () => {
    const { page } = b;
    await page.click('#export-report');
    const verdict = page.locator('#export-verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.getAttribute('data-verdict')).to.equal('verified');
    expect(await verdict.innerText()).to.include('Bundle verified; pages not checked');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export-verdict a[download$=".pdf"]'),
    ]);
    const pdf = join(await tempDir('custos-console-export'), 'report.pdf');
    await download.saveAs(pdf);
    const logKey = (await httpGet(run.base, '/log/key')).text.trim();
    const cli = await runCli(['verify', pdf, '--log-key', logKey], {
      CUSTOS_CONFIG: join(pdf, '..', 'none.json'),
    });
    expect(cli.code, cli.stdout + cli.stderr).to.equal(EXIT.ok);
    expect(cli.stdout).to.match(/VERIFIED/);
  });

  it('sent no private key: no request carries the imported key file, its seed, or any key but public ones', async () => {
    const pem = await readFile(join(run.config.keysDir, 'admin.key'), 'utf8');
    const der = pem.replace(/-----[A-Z ]+-----|\s/g, '');
    const seed = run.admin.seed;
    const secrets = [
      der,
      der.slice(-44),
      toBase64(seed),
      toHex(seed),
      Buffer.from(seed).toString('base64url'),
    ];
    expect(sent.length).to.be.greaterThan(20);
    for (const r of sent)
      for (const secret of secrets)
        expect(r.body.includes(secret) || r.url.includes(secret), r.url).to.equal(false);
  });

  it('fits a 768-pixel tablet and a 1280×800 laptop without horizontal scrolling', async () => {
    for (const width of [768, 1280]) {
      await b.page.setViewportSize({ width, height: 800 });
      for (const hash of [
        '#/home',
        `#/item/${encodeURIComponent(ITEM)}`,
        '#/cases',
        '#/register',
        '#/search',
      ]) {
        await b.page.goto(`${run.base}/console${hash}`);
        await b.page.locator('main h1').waitFor();
        await settle(b.page);
        expect(await scrollsSideways(b.page), `${hash} at ${width}px`).to.equal(false);
      }
    }
    await check(b.page, 'search');
  });

  it('is operable from the keyboard alone, with the focus always visible', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, '#/search');
    await page.locator('#search').waitFor();
    const focused = () =>
      page.evaluate(() => {
        const f = document.activeElement as HTMLElement;
        return { id: f.id, outline: getComputedStyle(f).outlineStyle, text: f.textContent?.trim() ?? '' };
      });
    await page.keyboard.press('Tab');
    expect(await focused())
      .to.include({ text: 'Skip to the content' })
      .and.not.include({ outline: 'none' });
    const seen: string[] = [];
    for (let i = 0; i < 30 && (await focused()).id !== 'search-holder'; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      seen.push(f.id || f.text);
      expect(f.outline, `focus on ${f.id || f.text}`).to.not.equal('none');
    }
    expect((await focused()).id, seen.join(' → ')).to.equal('search-holder');
    await page.keyboard.type(B);
    await page.keyboard.press('Enter');
    await page.locator('#search-results a', { hasText: ITEM }).waitFor();
  });

  it('lets A place a legal hold on the case from its page, a form generated from the new entry kind', async () => {
    const { page } = a;
    await visit(page, `#/case/${encodeURIComponent(CASE)}`);
    await page.locator('#case-hold').waitFor();
    await page.selectOption('#case-hold-action', 'placed');
    await page.fill('#case-hold-reference', 'TJ Paris 2026/4411');
    await page.fill('#case-hold-reason', 'litigation pending');
    await page.click('#case-hold button[type=submit]');
    await page.locator('td', { hasText: 'case.hold-changed' }).waitFor();
  });

  it('lets the administrator designate an authority, twice: the second names the first as prev', async () => {
    const { page } = admin;
    for (const roles of [['central-authority-mla'], ['central-authority-mla', 'contact-point-24-7']]) {
      await visit(page, '#/admin');
      await page.locator('#designate').waitFor();
      const before = await page.locator('#status').textContent();
      await page.fill('#designate-state', run.config.adminState);
      await page.fill('#designate-authority', 'Police nationale');
      for (const role of roles) await page.check(`#designate-roles input[value=${role}]`);
      await page.fill('#designate-reference', 'Declaration at ratification, 2006');
      await page.click('#designate button[type=submit]');
      await page.waitForFunction(
        (old) =>
          /^Recorded as entry \d+\.$/.test(document.querySelector('#status')?.textContent ?? '') &&
          document.querySelector('#status')?.textContent !== old,
        before,
      );
      expect(await page.locator('#designate .refusal').count()).to.equal(0);
    }
  });

  it('falls back to the portable signer where WebCrypto lacks Ed25519, and says so on screen', async () => {
    const old = await officer(browser, sent);
    // A browser without Ed25519 in WebCrypto, as some still are.
    await old.page.addInitScript(() => {
      const proto = SubtleCrypto.prototype as unknown as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      for (const name of ['generateKey', 'importKey', 'sign', 'verify']) {
        const real = proto[name]!;
        Object.defineProperty(proto, name, {
          value(this: SubtleCrypto, ...args: unknown[]) {
            const algorithm = name === 'importKey' ? args[2] : args[0];
            const named = typeof algorithm === 'string' ? algorithm : (algorithm as { name?: string })?.name;
            return named === 'Ed25519'
              ? Promise.reject(new DOMException('no Ed25519', 'NotSupportedError'))
              : real.apply(this, args);
          },
        });
      }
    });
    await old.page.goto(`${run.base}/console`);
    expect(await old.page.locator('#key-engine').textContent()).to.include('portable signer (noble)');
    await old.page.fill('#signin-actor', run.config.adminId);
    const pem = await readFile(join(run.config.keysDir, 'admin.key'));
    await old.page.setInputFiles('#signin-file', {
      name: 'admin.key',
      mimeType: 'application/x-pem-file',
      buffer: pem,
    });
    await old.page.locator('h1', { hasText: 'Today' }).waitFor();
    expect(old.errors).to.deep.equal([]);
    await old.context.close();
  });

  it('wrote a log that passes custos audit', async () => {
    await run.service.close();
    const env = { CUSTOS_KEYS_DIR: run.config.keysDir, CUSTOS_CONFIG: join(run.config.dataDir, 'none.json') };
    const cli = await runCli(['audit', '--data-dir', run.config.dataDir], env);
    expect(cli.code, cli.stdout + cli.stderr).to.equal(0);
    expect(cli.stdout).to.match(/audit passed/);
  });
});
