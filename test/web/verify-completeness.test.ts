/**
 * /verify in headless Chromium on bundles cut at the end of a history, or missing an item
 * registered as derived from the item (issue 23): the page runs the same core verifier as the CLI
 * and names the subject, or the parent, whose history is not shown complete.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type DerivedStory, recordDerivedStory } from '../support/registered-derivatives.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { recordTruncationStory, type TruncationStory } from '../support/truncated-bundles.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('the /verify page on truncated histories', function () {
  this.timeout(120_000);
  let run: RunningService;
  let logKey: string;
  let story: TruncationStory;
  /** Items registered as derived (origin.parent), and bundles missing one (issue 23, review finding). */
  let derived: DerivedStory;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    await requireTool(this, CHROMIUM);
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    story = await recordTruncationStory(c);
    derived = await recordDerivedStory(c, { investigatorRegistered: true });
    logKey = (await httpGet(run.base, '/log/key')).text.trim();
    context = await chromium.launchPersistentContext(await tempDir('custos-chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    await run?.service.close();
    await removeTempDirs();
  });

  async function verify(text: string): Promise<string> {
    await page.goto(`${run.base}/verify`, { waitUntil: 'load' });
    await page.fill('#log-key', logKey);
    await page.setInputFiles('#bundle-file', {
      name: 'bundle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    return (await page.locator('#verdict-word').textContent())!;
  }

  it('says the verified history is complete as of its checkpoint', async () => {
    expect(await verify(JSON.stringify(story.image))).to.equal('VERIFIED');
    expect(await page.locator('.verdict-lede').textContent()).to.match(
      /the history is complete as of checkpoint \S+… \(size \d+\)\.$/,
    );
    const check = page.locator('#checks tr[data-check="completeness"]');
    expect(await check.getAttribute('data-status')).to.equal('pass');
    const scope = page.locator('#derivatives-included');
    // The image's bundle, exported without derivatives, says they are not part of it.
    expect(await scope.getAttribute('data-included')).to.equal('no');
  });

  /** Each bundle fails, naming in its failing check and in the verdict what it names; one is saved as a PNG. */
  async function failsEachNaming(
    cases: readonly { name: string; bundle: unknown; names: string }[],
    shot: { index: number; file: string },
  ): Promise<void> {
    for (const [k, c] of cases.entries()) {
      expect(await verify(JSON.stringify(c.bundle)), c.name).to.equal('FAILED');
      const failing = page.locator('#checks tr[data-check="completeness"][data-status="fail"]');
      expect(await failing.count(), c.name).to.be.greaterThan(0);
      expect(await failing.first().textContent(), c.name).to.include(c.names);
      expect(await page.locator('.verdict-failures').textContent(), c.name).to.include(c.names);
      if (process.env.SAVE_RENDER && k === shot.index)
        await page.locator('.verdict').screenshot({ path: join(process.env.SAVE_RENDER, shot.file) });
    }
  }

  it('fails each truncated bundle, naming in the verdict whose history is incomplete', async () => {
    await failsEachNaming(story.cases, { index: 1, file: 'verify-truncated.png' });
  });

  it('says the bundle with every registered derivative is complete as of its checkpoint', async () => {
    expect(await verify(JSON.stringify(derived.bundle))).to.equal('VERIFIED');
    expect(await page.locator('.verdict-lede').textContent()).to.match(
      /the history is complete as of checkpoint \S+… \(size \d+\)\.$/,
    );
    // Said in words, beside the verdict, whatever the bundle's own flag says.
    const cleared = structuredClone(derived.bundle);
    cleared.subject = { ...cleared.subject, derivatives: false };
    expect(await verify(JSON.stringify(cleared))).to.equal('VERIFIED');
    expect(await page.locator('#derivatives-included').textContent()).to.equal(
      'The bundle includes the item’s derivatives: their histories were checked with the item’s.',
    );
  });

  it('fails each bundle missing a registered derivative, naming its parent in the check and the verdict', async () => {
    await failsEachNaming(derived.cuts, { index: 0, file: 'verify-derived-missing.png' });
  });
});
