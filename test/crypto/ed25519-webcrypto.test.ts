/**
 * The browser's signature check against the one policy: WebCrypto's native Ed25519 behind the
 * core's precheck must give the policy's verdict on every Wycheproof vector and crafted edge
 * case, in Node's WebCrypto (OpenSSL) and in headless Chromium's (BoringSSL), as the page runs
 * it; and without WebCrypto Ed25519 the page falls back to the portable verifier.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { verifySignature } from '../../src/core/crypto/ed25519.ts';
import { fromHex } from '../../src/core/encoding.ts';
import { verifySignatureFast } from '../../src/crypto/node-ed25519.ts';
import { signatureEngine, webCryptoCheck } from '../../src/web/verify-page/webcrypto-ed25519.ts';
import { craftedCases, type SignatureCase, wycheproofCases } from '../support/ed25519-cases.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const cases: SignatureCase[] = [...wycheproofCases(), ...craftedCases()];
const buf = (hex: string) => fromHex(hex) as Uint8Array<ArrayBuffer>;
const args = (c: SignatureCase) => [buf(c.signature), buf(c.message), buf(c.publicKey)] as const;

describe('Ed25519 in the browser: WebCrypto held to the core policy', function () {
  this.timeout(120_000);

  it('the crafted cases are what the policy says, in the core and in OpenSSL', () => {
    for (const c of cases) {
      expect(verifySignature(...args(c)), `core: ${c.name}`).to.equal(c.valid);
      expect(verifySignatureFast(...args(c)), `node: ${c.name}`).to.equal(c.valid);
    }
  });

  it(`gives the policy's verdict on all ${cases.length} cases with Node's WebCrypto`, async () => {
    const check = webCryptoCheck(globalThis.crypto.subtle);
    for (const c of cases) expect(await check(...args(c)), c.name).to.equal(c.valid);
  });

  it('would accept what the precheck refuses, if the precheck were skipped (the precheck matters)', async () => {
    const subtle = globalThis.crypto.subtle;
    const raw = async (c: SignatureCase) => {
      try {
        const key = await subtle.importKey('raw', buf(c.publicKey), { name: 'Ed25519' }, false, ['verify']);
        return await subtle.verify({ name: 'Ed25519' }, key, buf(c.signature), buf(c.message));
      } catch {
        return false;
      }
    };
    const accepted = [];
    for (const c of cases) if (!c.valid && (await raw(c))) accepted.push(c.name);
    expect(accepted, 'invalid under the policy, yet accepted by bare WebCrypto').to.not.deep.equal([]);
  });

  it('uses WebCrypto where it works, and falls back to noble where it is missing or wrong', async () => {
    expect((await signatureEngine(globalThis.crypto.subtle)).name).to.equal('WebCrypto');
    expect((await signatureEngine(null)).name).to.equal('noble');
    const broken = {
      importKey: () => Promise.reject(new Error('Ed25519 is not supported')),
      verify: () => Promise.resolve(true),
    } as unknown as SubtleCrypto;
    expect((await signatureEngine(broken)).name).to.equal('noble');
    const yesMan = { importKey: async () => ({}), verify: async () => true } as unknown as SubtleCrypto;
    expect((await signatureEngine(yesMan)).name, 'an engine that accepts anything').to.equal('noble');
    const fallback = await signatureEngine(null);
    for (const c of cases.slice(0, 40)) expect(await fallback.check(...args(c)), c.name).to.equal(c.valid);
  });

  describe('in headless Chromium, as the page runs it', () => {
    let browser: Browser;
    before(async () => {
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
    });
    after(async () => {
      await browser?.close();
      await removeTempDirs();
    });

    it(`picks WebCrypto and gives the policy's verdict on all ${cases.length} cases`, async () => {
      const bundled = await build({
        entryPoints: [new URL('../../src/web/verify-page/webcrypto-ed25519.ts', import.meta.url).pathname],
        bundle: true,
        write: false,
        format: 'iife',
        globalName: 'custosSignatures',
        platform: 'browser',
      });
      // WebCrypto exists only in secure contexts: a file, as dist/verify.html is opened.
      const html = join(await tempDir('custos-webcrypto'), 'signatures.html');
      await writeFile(html, '<!doctype html><title>signatures</title>');
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href);
      await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
      // A string, not a function: the test runner's transform would leave helpers undefined in the page.
      const verdicts = (await page.evaluate(`(async () => {
        const all = ${JSON.stringify(cases)};
        const engine = await custosSignatures.signatureEngine();
        const hex = (h) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
        const out = [];
        for (const c of all) out.push(await engine.check(hex(c.signature), hex(c.message), hex(c.publicKey)));
        return { engine: engine.name, out };
      })()`)) as { engine: string; out: boolean[] };
      expect(verdicts.engine).to.equal('WebCrypto');
      const wrong = cases.filter((c, i) => verdicts.out[i] !== c.valid).map((c) => c.name);
      expect(wrong).to.deep.equal([]);
    });
  });
});
