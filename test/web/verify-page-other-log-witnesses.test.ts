/**
 * The /verify page holds another log's part to the witness policy the reader pins for that log,
 * as `custos verify` holds it to the trust store's, in headless Chromium: two real logs, A's
 * checkpoints cosigned by two real witness processes, the bundle across both logs the demo made.
 * The "Other logs" section shows a witness policy per pinned origin, typed or loaded from a trust
 * store file, remembered only when asked; a part whose checkpoint lacks a cosignature the policy
 * requires, or is cosigned only by a witness outside it, fails naming the witnesses missing; a
 * policy the core refuses is refused here; and the failure reads in every language with no English.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import type { Language } from '../../src/core/i18n/languages.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { formatVerifierKey, SIG_TYPE_COSIGNATURE_V1 } from '../../src/core/log/note.ts';
import { emptyTrustStore, pinLog, setWitnessPolicy } from '../../src/core/verify/trust-store.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { englishLeaks } from '../support/english-leaks.ts';
import { by, editProofLines, forgedLine } from '../support/part-cosignatures.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { A_ORIGIN, startTwoLogs, type TwoLogs } from '../support/two-logs.ts';
import type { WitnessProcess } from '../support/witness-process.ts';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.CUSTOS_SCREENSHOT_DIR;

describe('the /verify page applies the witness policy pinned for another log', function () {
  this.timeout(300_000);
  let logs: TwoLogs;
  let w1: WitnessProcess;
  let w2: WitnessProcess;
  let context: BrowserContext;
  let page: Page;
  let stripped: unknown;
  const absent = formatVerifierKey(
    'witness-3.test-witness.example',
    SIG_TYPE_COSIGNATURE_V1,
    publicKeyFromSeed(randomSeed()),
  );
  const launch = async (locale?: string) =>
    chromium.launchPersistentContext(await tempDir('custos-chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      ...(locale ? { locale } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });

  before(async function () {
    await requireTool(this, CHROMIUM);
    logs = await startTwoLogs({ witnessesOfA: 2 });
    [w1, w2] = logs.witnessesOfA as [WitnessProcess, WitnessProcess];
    stripped = editProofLines(logs.spanning, (lines) => lines.filter((l) => !by(w2)(l)));
    context = await launch();
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    await logs?.stop();
    await removeTempDirs();
  });

  const rowOfA = (p: Page) => p.locator(`#other-log-policies fieldset[data-origin="${A_ORIGIN}"]`);
  const partRow = (p: Page) => p.locator('#checks tr[data-check="parts"]');

  async function open(p: Page = page): Promise<void> {
    await p.goto(`${logs.b.url}/verify`, { waitUntil: 'load' });
    await p.fill('#log-key', logs.bKey);
  }
  /** Text as read, without the isolation marks the page puts around values. */
  const plain = async (text: Promise<string | null>) => (await text)!.replace(/[\u2068\u2069]/g, '');
  const showOtherLogs = (p: Page) =>
    p.$eval('#other-logs-more', (d) => {
      (d as HTMLDetailsElement).open = true;
    });
  async function pinA(p: Page, witnesses: readonly string[], threshold = ''): Promise<void> {
    await showOtherLogs(p);
    await p.fill('#other-logs', logs.aKey);
    await p.fill(
      `#other-log-policies fieldset[data-origin="${A_ORIGIN}"] .other-log-witnesses`,
      witnesses.join('\n'),
    );
    await p.fill(`#other-log-policies fieldset[data-origin="${A_ORIGIN}"] .other-log-threshold`, threshold);
  }
  async function drop(bundle: unknown, p: Page = page): Promise<string> {
    await p.setInputFiles('#bundle-file', {
      name: 'bundle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bundle)),
    });
    return (await p.locator('#verdict-word').getAttribute('data-verdict', { timeout: 240_000 }))!;
  }

  it('shows a witness policy for each pinned origin and verifies a part both witnesses cosigned', async () => {
    await open();
    await pinA(page, [w1.vkey, w2.vkey], '2');
    expect(await plain(rowOfA(page).locator('label').first().textContent())).to.equal(
      `Witnesses of the log ${A_ORIGIN} you trust, one per line`,
    );
    expect(await drop(logs.spanning)).to.equal('verified');
    expect(await partRow(page).getAttribute('data-status')).to.equal('pass');
    if (SHOTS)
      await writeFile(
        join(SHOTS, 'verify-other-log-policy.png'),
        await page.locator('#other-logs-more').screenshot(),
      );
  });

  it('fails a part whose checkpoint lacks a cosignature the policy requires, naming the witness', async () => {
    await open();
    await pinA(page, [w1.vkey, w2.vkey]);
    expect(await drop(stripped)).to.equal('failed');
    expect(await partRow(page).getAttribute('data-status')).to.equal('fail');
    expect(await plain(partRow(page).textContent()))
      .to.include('does not verify with the key and witness policy pinned for that log')
      .and.include(
        `1 of the 2 required trusted witnesses cosigned the checkpoint (${w1.name}); not cosigned by: ${w2.name}`,
      );
    if (SHOTS) {
      await writeFile(
        join(SHOTS, 'verify-other-log-policy-verdict.png'),
        await page.locator('.verdict').screenshot(),
      );
      await writeFile(join(SHOTS, 'verify-other-log-policy-part.png'), await partRow(page).screenshot());
    }
    // The same bundle under the key alone (no witnesses shown): the part verifies.
    await page.fill(`#other-log-policies fieldset[data-origin="${A_ORIGIN}"] .other-log-witnesses`, '');
    await page.click('#inputs button[type=submit]');
    await page.waitForFunction(
      () => document.querySelector('#verdict-word')?.getAttribute('data-verdict') === 'verified',
    );
  });

  it('counts no cosignature by a witness outside the policy, and refuses a policy naming one witness twice', async () => {
    await open();
    await pinA(page, [w1.vkey, absent], '2');
    expect(await drop(logs.spanning)).to.equal('failed');
    expect(await plain(partRow(page).textContent())).to.include(
      'not cosigned by: witness-3.test-witness.example',
    );
    await pinA(page, [w1.vkey, w1.vkey], '2');
    await page.click('#inputs button[type=submit]');
    const alert = page.locator('#result [role=alert]');
    expect(await plain(alert.textContent())).to.equal(
      `The witness policy for the log ${A_ORIGIN} cannot be used: each line must be a witness’s cosignature verifier key, each witness once.`,
    );
    expect(await rowOfA(page).locator('.other-log-witnesses').getAttribute('aria-invalid')).to.equal('true');
  });

  it('loads a policy from a trust store file, remembers it only when asked, and keeps a shown policy a file would replace', async () => {
    await open();
    const at = new Date().toISOString();
    const store = (keys: string[], threshold: number) =>
      Buffer.from(
        JSON.stringify(
          setWitnessPolicy(pinLog(emptyTrustStore(), logs.aKey, { how: 'explicit', at }), A_ORIGIN, {
            keys,
            threshold,
          }),
        ),
      );
    await showOtherLogs(page);
    await page.setInputFiles('#other-logs-file', {
      name: 'trust.json',
      mimeType: 'application/json',
      buffer: store([w1.vkey, w2.vkey], 2),
    });
    await rowOfA(page).waitFor({ state: 'attached' });
    expect(await page.inputValue('#other-logs')).to.equal(logs.aKey);
    expect(await rowOfA(page).locator('.other-log-witnesses').inputValue()).to.equal(
      `${w1.vkey}\n${w2.vkey}`,
    );
    expect(await rowOfA(page).locator('.other-log-threshold').inputValue()).to.equal('2');
    expect(await drop(stripped)).to.equal('failed');
    await page.click('#remember-other-logs');
    expect(await page.locator('#other-logs-status').textContent()).to.equal(
      'Keys of other logs remembered in this browser: 1',
    );
    // Opened again: the key and its policy are back.
    await open();
    expect(await page.inputValue('#other-logs')).to.equal(logs.aKey);
    expect(await rowOfA(page).locator('.other-log-threshold').inputValue()).to.equal('2');
    expect(await drop(stripped)).to.equal('failed');
    // A file with a weaker policy for A, perhaps sent with the bundle, does not replace it.
    await page.setInputFiles('#other-logs-file', {
      name: 'weaker.json',
      mimeType: 'application/json',
      buffer: store([w1.vkey], 1),
    });
    await page.waitForFunction(() =>
      document.querySelector('#other-logs-status')?.textContent?.includes('witness policy'),
    );
    expect(await plain(page.locator('#other-logs-status').textContent())).to.include(
      `another witness policy for the log ${A_ORIGIN} than the one shown here, which is kept`,
    );
    expect(await rowOfA(page).locator('.other-log-witnesses').inputValue()).to.equal(
      `${w1.vkey}\n${w2.vkey}`,
    );
    await page.click('#forget-other-logs');
    await open();
    expect(await page.inputValue('#other-logs')).to.equal('');
    expect(await page.locator('#other-log-policies').isHidden()).to.equal(true);
  });

  it('says why the part fails in six other languages, with no English of the catalogue or of a thrown error', async () => {
    const forged = editProofLines(logs.spanning, (lines) => lines.map(forgedLine(w1)));
    const cases: [string, Language, unknown][] = [
      ['az-AZ', 'az', stripped],
      ['ru-RU', 'ru', forged],
      ['ar-EG', 'ar', stripped],
      ['zh-CN', 'zh', forged],
      ['fr-FR', 'fr', stripped],
      ['es-ES', 'es', forged],
    ];
    const policy = { keys: [w1.vkey, w2.vkey], threshold: 2 };
    for (const [locale, language, bundle] of cases) {
      // What the verifier says in English for the same part: none of it may show on the page.
      const english = verifyBundle(bundle, {
        logKey: logs.bKey,
        otherLogs: (o) => (o === A_ORIGIN ? { logKey: logs.aKey, witnesses: policy } : undefined),
      })
        .checks.filter((c) => c.id === 'parts' || c.id === 'border')
        .map((c) => c.detail);
      const translated = await launch(locale);
      try {
        const p = await translated.newPage();
        await open(p);
        await pinA(p, policy.keys);
        expect(await drop(bundle, p)).to.equal('failed');
        expect(await partRow(p).getAttribute('data-status')).to.equal('fail');
        const partText = await plain(partRow(p).textContent());
        expect(partText).to.include(w1.name);
        const text = await p.locator('#result').innerText();
        expect(englishLeaks(text, language, english), `${language}: ${partText}`).to.deep.equal([]);
        // The Other logs section too: the policy's fields, their labels and help.
        const section = await p.locator('#other-logs-more').innerText();
        expect(section).to.include(translator([language]).t('page.otherLogThreshold'));
        expect(englishLeaks(section, language), `${language}: ${section}`).to.deep.equal([]);
        if (SHOTS && language === 'ar')
          await writeFile(join(SHOTS, 'verify-other-log-policy-ar.png'), await partRow(p).screenshot());
      } finally {
        await translated.close();
      }
    }
  });
});
