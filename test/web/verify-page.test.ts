/**
 * The browser verifier page, end to end: a real service exports a real bundle, and headless
 * Chromium (driven by playwright-core) verifies it in the page, offline, as a reader would.
 * SAVE_SCREENSHOT=1 also writes docs/verify-page.png from the verified page.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { PDFDocument } from 'pdf-lib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { FIRST_TIMELINE_ROWS } from '../../src/web/verify-page/render-tables.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const CHROMIUM = '/usr/bin/chromium';
const USB = { id: 'fr-inv~usb-9', bytes: evidenceBytes(5 * 1024 * 1024) };

/** Deterministic, incompressible-looking bytes: big enough to be hashed in several chunks. */
function evidenceBytes(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 0x12345678;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('the browser verifier page (/verify)', function () {
  this.timeout(120_000);
  let run: RunningService;
  let client: LedgerClient;
  let logKey: string;
  let bundleText: string;
  let usbBundleText: string;
  let revokedBundleText: string;
  let sealedIndex: number;

  before(async () => {
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    client = c;
    await recordCrossBorderStory(c);
    await registerUsbStick(c);
    logKey = (await httpGet(run.base, '/log/key')).text.trim();
    bundleText = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).text;
    usbBundleText = (await c.get(`/v1/items/${USB.id}/bundle`, 'fr-inv')).text;
    ({ sealedIndex, revokedBundleText } = await revokeAfterSeal(c));
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  describe('over HTTP', () => {
    it('serves one self-contained document whose policy allows only its own inline script and style', async () => {
      const res = await httpGet(run.base, '/verify');
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      const csp = res.headers.get('content-security-policy')!;
      const script = /<script>([\s\S]*)<\/script>/.exec(res.text)![1]!;
      const style = /<style>([\s\S]*?)<\/style>/.exec(res.text)![1]!;
      const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
      expect(csp).to.equal(
        `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; ` +
          "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
      expect(res.text).to.include(`content="${csp.replace("; frame-ancestors 'none'", '')}"`);
      expect(res.text.match(/<script/g)).to.have.length(1);
      expect(res.text).to.not.match(/\s(src|href)="(?!#|data:)/);
      expect((await httpGet(run.base, '/verify/')).text).to.equal(res.text);
    });
  });

  describe('in headless Chromium', () => {
    let context: BrowserContext;
    let page: Page;
    let requests: string[];
    let errors: string[];

    before(async function () {
      await requireTool(this, CHROMIUM);
      context = await chromium.launchPersistentContext(await tempDir('custos-chromium'), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
        viewport: { width: 1200, height: 900 },
      });
    });

    after(async () => {
      await context?.close();
    });

    beforeEach(async () => {
      page = await context.newPage();
      errors = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
    });

    afterEach(async () => {
      expect(errors, 'console errors (CSP violations included)').to.deep.equal([]);
      await page.close();
    });

    /** Loads the page, then counts every request it makes from then on. */
    async function open(url = `${run.base}/verify`): Promise<void> {
      await page.goto(url, { waitUntil: 'load' });
      requests = [];
      page.on('request', (r) => requests.push(r.url()));
    }

    async function verify(name: string, text: string | Uint8Array, key = logKey): Promise<string> {
      await page.fill('#log-key', key);
      const mimeType = name.endsWith('.pdf') ? 'application/pdf' : 'application/json';
      await page.setInputFiles('#bundle-file', { name, mimeType, buffer: Buffer.from(text) });
      return (await page.locator('#verdict-word').textContent())!;
    }

    it('verifies an exported bundle and shows the verdict, the item and the timeline, with no request', async () => {
      await open();
      expect(await verify('bundle.json', bundleText)).to.equal('VERIFIED');
      const disclosed = page.locator('#timeline tr[data-type="disclosed"]');
      expect(await disclosed.textContent())
        .to.include('disclosed to')
        .and.include(STORY.request);
      expect(await page.locator('#timeline tbody tr').count()).to.equal(6);
      expect(await page.locator('#checks tr[data-status="fail"]').count()).to.equal(0);
      expect(await page.locator('#checks tbody tr').count()).to.be.greaterThan(10);
      expect(await page.locator('.facts').first().textContent()).to.include(STORY.imageDigest);
      expect(await page.locator('#status').textContent()).to.equal('Verified: bundle.json');
      expect(requests).to.deep.equal([]);
      if (process.env.SAVE_SCREENSHOT === '1') await saveScreenshot(page);
    });

    it('marks an entry signed with a key later declared compromised, in the verdict and beside the entry', async () => {
      await open();
      expect(await verify('bundle.json', revokedBundleText)).to.equal('VERIFIED');
      expect(await page.locator('#key-notes').textContent()).to.include(
        `Entry ${sealedIndex} was signed with a key later declared compromised`,
      );
      const row = page.locator('#timeline tr[data-type="sealed"]');
      expect(await row.locator('.key-note').textContent()).to.match(
        /^Signed with a key later declared compromised as of .*, declared by admin on .* \(entry \d+\)\.$/,
      );
      const warning = page.locator(`#checks tr[data-check="revocations"][data-entry="${sealedIndex}"]`);
      expect(await warning.getAttribute('data-status')).to.equal('warn');
      if (process.env.SAVE_RENDER)
        await page.screenshot({ path: join(process.env.SAVE_RENDER, 'verify-revoked.png'), fullPage: true });
    });

    it('fails a bundle with one altered entry, naming the failing check and the entry', async () => {
      await open();
      const tampered = JSON.parse(bundleText) as {
        entries: { entry: { loggedAt: string; index: number } }[];
      };
      const victim = tampered.entries[3]!.entry;
      // Always another millisecond: an entry logged at .999 must not stay unaltered.
      const altered = victim.loggedAt.endsWith('.999Z') ? '.998Z' : '.999Z';
      victim.loggedAt = victim.loggedAt.replace(/\.\d{3}Z$/, altered);
      expect(await verify('bundle.json', JSON.stringify(tampered))).to.equal('FAILED');
      const failing = page.locator(`#checks tr[data-check="inclusion"][data-entry="${victim.index}"]`);
      expect(await failing.getAttribute('data-status')).to.equal('fail');
      expect(await failing.isVisible()).to.equal(true);
      expect(await failing.textContent()).to.include(`entry ${victim.index}`);
      expect(await page.locator('.verdict-failures').textContent()).to.include(`entry ${victim.index}`);
      expect(await page.locator('#h-timeline').textContent()).to.equal('Timeline (not verified)');
      expect(requests).to.deep.equal([]);
    });

    it('shows what a bundle says as text, never as markup', async () => {
      await open();
      const hostile = JSON.parse(bundleText) as {
        entries: { entry: { kind: string; payload: { description?: string } } }[];
      };
      const registration = hostile.entries.find((e) => e.entry.kind === 'evidence.registered')!.entry;
      registration.payload.description = '<img src=x onerror="document.title=1"><b>bold</b>';
      expect(await verify('bundle.json', JSON.stringify(hostile))).to.equal('FAILED');
      expect(await page.locator('#result').textContent()).to.include(
        '<img src=x onerror="document.title=1">',
      );
      expect(await page.locator('#result img, #result b').count()).to.equal(0);
      expect(requests).to.deep.equal([]);
    });

    it('fails when the pinned key is not the log’s, and asks for one when none is pinned', async () => {
      await open();
      const other = logKey.replace(/\+[0-9a-f]{8}\+/, '+00000000+');
      expect(await verify('bundle.json', bundleText, other)).to.equal('FAILED');
      expect(await page.locator('#checks tr[data-check="log-key"]').getAttribute('data-status')).to.equal(
        'fail',
      );
      await page.fill('#log-key', '');
      await page.click('button[type=submit]');
      expect(await page.locator('.notice').textContent()).to.include('Pin the log verifier key first');
      expect(await page.locator('#log-key').getAttribute('aria-invalid')).to.equal('true');
    });

    it('hashes the evidence file in the page and compares it with the registered digest', async () => {
      await open();
      expect(await verify('usb.json', usbBundleText)).to.equal('VERIFIED');
      await page.setInputFiles('#evidence-file', {
        name: 'usb.dd',
        mimeType: 'application/octet-stream',
        buffer: USB.bytes,
      });
      await page.locator('#checks tr[data-check="file"]').waitFor();
      expect(await page.locator('#checks tr[data-check="file"]').getAttribute('data-status')).to.equal(
        'pass',
      );
      expect(await page.locator('#verdict-word').textContent()).to.equal('VERIFIED');
      const altered = Buffer.from(USB.bytes);
      altered[altered.length - 1]! ^= 1;
      await page.setInputFiles('#evidence-file', {
        name: 'usb.dd',
        mimeType: 'application/octet-stream',
        buffer: altered,
      });
      await page.locator('#checks tr[data-check="file"][data-status="fail"]').waitFor();
      expect(await page.locator('#verdict-word').textContent()).to.equal('FAILED');
      expect(requests).to.deep.equal([]);
    });

    it('verifies the bundle attached to a report PDF, and catches a swapped attachment', async () => {
      await open();
      const pdf = await reportPdf(bundleText, logKey);
      expect(await verify('report.pdf', pdf)).to.equal('VERIFIED');
      const attachment = page.locator('#checks tr[data-check="attachment"]');
      expect(await attachment.getAttribute('data-status')).to.equal('pass');
      expect(await page.locator('.verdict-source').textContent()).to.include('Bundle attached to report.pdf');
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      doc.setSubject(`custos-bundle sha256:${'0'.repeat(64)}`);
      expect(await verify('report.pdf', await doc.save())).to.equal('FAILED');
      expect(await attachment.getAttribute('data-status')).to.equal('fail');
      expect(await attachment.textContent()).to.include('attachment was replaced');
      // A report's pages are drawn again with the report fonts, fetched from this server only.
      expect(requests.filter((r) => !r.startsWith(`${run.base}/verify/fonts/`))).to.deep.equal([]);
    });

    it('refuses a bundle that names a member twice, and summarises a flood of failures', async () => {
      await open();
      // JSON.parse keeps the last "origin" (the genuine one); another reader would show the first.
      const twice = bundleText.replace('"log":{', '"log":{"origin":"forged.example/log",');
      expect(await verify('twice.json', twice)).to.equal('FAILED');
      const format = page.locator('#checks tr[data-check="format"]');
      expect(await format.getAttribute('data-status')).to.equal('fail');
      expect(await format.textContent()).to.include('member "origin" appears twice in log');
      const flood = JSON.parse(bundleText) as { entries: unknown[] };
      flood.entries.push(...Array(3_000).fill(flood.entries.at(-1)));
      expect(await verify('flood.json', JSON.stringify(flood))).to.equal('FAILED');
      expect(await page.locator('#checks tr[data-status="fail"]').count()).to.be.below(40);
      expect(await page.locator('#checks tr[data-check="entries"]').allTextContents()).to.satisfy(
        (rows: string[]) => rows.some((r) => r.includes('and 2,990 more failures of this check, not listed')),
      );
      expect(requests).to.deep.equal([]);
    });

    it('shows the verdict with the first timeline rows, then every event of a long history', async () => {
      let prev = await client.prev(STORY.image, 'de-ca');
      for (let i = 0; i < FIRST_TIMELINE_ROWS + 20; i++)
        prev = (
          await client.ok(
            'custody.event',
            { item: STORY.image, type: 'annotated', text: `note ${i}`, prev, occurredAt: now() },
            'de-ca',
          )
        ).leafHash;
      const long = (await client.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).text;
      const expected = verifyBundle(JSON.parse(long), { logKey }).timeline.map((t) => t.index);
      expect(expected.length).to.be.greaterThan(FIRST_TIMELINE_ROWS);
      await open();
      expect(await verify('long.json', long)).to.equal('VERIFIED');
      await page.waitForFunction(() => !document.querySelector('#timeline')?.hasAttribute('aria-busy'));
      const shown = await page.locator('#timeline tbody tr td.num').allTextContents();
      expect(shown.map(Number)).to.deep.equal(expected);
      expect(requests).to.deep.equal([]);
    });

    it('works the same when saved and opened as a local file', async () => {
      const file = join(await tempDir('custos-page'), 'verify.html');
      await writeFile(file, (await httpGet(run.base, '/verify')).body);
      await open(pathToFileURL(file).href);
      expect(await verify('bundle.json', bundleText)).to.equal('VERIFIED');
      expect(requests).to.deep.equal([]);
    });
  });

  /** fr-inv seals the stick, then an administrator declares its key compromised since just before. */
  async function revokeAfterSeal(
    c: LedgerClient,
  ): Promise<{ sealedIndex: number; revokedBundleText: string }> {
    const compromisedFrom = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const sealed = await c.ok(
      'custody.event',
      {
        item: USB.id,
        type: 'sealed',
        seal: 'SC-77',
        prev: await c.prev(USB.id, 'fr-inv'),
        occurredAt: now(),
      },
      'fr-inv',
    );
    const actor = (await c.get('/v1/actors/fr-inv', 'admin')).json() as {
      actor: { head: { leafHash: string } };
    };
    await c.ok(
      'key.revoked',
      {
        actor: 'fr-inv',
        publicKey: c.cast.get('fr-inv').publicKey,
        reason: 'compromised',
        effectiveAt: compromisedFrom,
        note: 'laptop stolen; reported the next morning',
        prev: actor.actor.head.leafHash,
      },
      'admin',
    );
    return {
      sealedIndex: sealed.index,
      revokedBundleText: (await c.get(`/v1/items/${USB.id}/bundle`, 'admin')).text,
    };
  }

  async function registerUsbStick(c: LedgerClient): Promise<void> {
    await c.ok(
      'evidence.registered',
      {
        id: USB.id,
        case: STORY.case,
        description: 'USB stick found in the server room',
        mediaType: 'application/octet-stream',
        size: USB.bytes.length,
        digests: { sha256: createHash('sha256').update(USB.bytes).digest('hex') },
        origin: { method: 'seizure', location: 'Lyon, hospital server room' },
        collectedBy: 'fr-inv',
        collectedAt: now(),
      },
      'fr-inv',
    );
  }
});

async function reportPdf(bundleText: string, logKey: string): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(bundleText);
  const bundle = JSON.parse(bundleText) as Bundle;
  return renderReportPdf(
    bundle,
    bytes,
    verifyBundle(bundle, { logKey }),
    {
      bundleSha256: createHash('sha256').update(bytes).digest('hex'),
      generatedAt: now(),
    },
    nodeFontSource,
  );
}

/** The page down to the timeline: what a reader sees first, at a size a README can show. */
async function saveScreenshot(page: Page): Promise<void> {
  const path = new URL('../../docs/verify-page.png', import.meta.url).pathname;
  const timeline = (await page.locator('#h-timeline').locator('..').boundingBox())!;
  const height = Math.ceil(timeline.y + timeline.height + 12);
  await page.locator('#log-key').blur();
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1200, height } });
}
