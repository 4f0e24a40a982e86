/**
 * Court reports exported by `custos export` and checked by `custos verify`, as a clerk runs them:
 * a report exported with `--tsa-root` dates its events by RFC 3161 tokens, and its pages are
 * checked by verifying the bundle again with the roots the reader pins whose SHA-256 the report
 * recorded (docs/bundle.md, the render record); a report signed by the exporting authority
 * (`--sign-key`, `--sign-cert`, `--sign-tsa`: PAdES B-T) says who signed. A real OpenSSL TSA
 * (`openssl ts`) time-stamps; the authority's certificate comes from `openssl req`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import { certificatesFromPem } from '../../src/core/timestamp/verify-token.ts';
import { writePrivateKeyFile } from '../../src/keyring/key-files.ts';
import { rootFingerprint } from '../../src/report/recorded-trust.ts';
import { type Authority, makeAuthority } from '../support/authority-cert.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { appendOverlay } from '../support/pdf-forgery.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { TestTsa, waitForToken } from '../support/tsa-fixture.ts';

describe('the pages of a report dated by a TSA (custos export --tsa-root)', function () {
  this.timeout(180_000);
  let tsa: TestTsa;
  let svc: RunningService;
  let dir: string;
  let report: string;
  let root: string;
  let otherRoot: string;
  let logKey: string;
  let env: Record<string, string>;
  let authority: Authority;

  before(async () => {
    tsa = await TestTsa.create();
    await tsa.start();
    svc = await startService({ tsaUrls: tsa.url, tsaIntervalMs: 100 });
    const c = LedgerClient.asAdminOf(svc);
    await recordCrossBorderStory(c);
    dir = await tempDir('custos-tsa-pages');
    logKey = (await httpGet(svc.base, '/log/key')).text.trim();
    await waitForToken(svc.base, svc.service.ledger.log.head().checkpoint.size);
    root = join(dir, 'tsa-root.pem');
    await writeFile(root, await tsa.rootPem());
    otherRoot = join(dir, 'other-root.pem');
    await writeFile(otherRoot, await (await TestTsa.create('Other TSA')).rootPem());
    const member = c.cast.get('de-ca');
    const key = join(dir, 'de-ca.key');
    await writePrivateKeyFile(key, { seed: member.seed, publicKey: publicKeyFromSeed(member.seed) });
    env = {
      CUSTOS_URL: svc.base,
      CUSTOS_ACTOR: 'de-ca',
      CUSTOS_KEY: key,
      CUSTOS_CONFIG: join(dir, 'config.json'),
      CUSTOS_LOG_KEY: logKey,
    };
    const out = join(dir, 'court');
    const exported = await runCli(['export', STORY.image, '--tsa-root', root, '--out', out], env);
    expect(exported.code, exported.stderr).to.equal(0);
    report = join(out, 'report.pdf');
    authority = await makeAuthority('ec');
  });

  after(async () => {
    await svc?.service.close();
    await tsa?.stop();
    await removeTempDirs();
  });

  const verify = (file: string, ...args: string[]) => runCli(['verify', file, '--log-key', logKey, ...args]);

  it('records the fingerprint of the root and the count, not the root', async () => {
    const text = (await readFile(report)).toString('latin1').replaceAll('&quot;', '"');
    const print = rootFingerprint(certificatesFromPem(await tsa.rootPem())[0]!);
    expect(text).to.include(`<custos:trust>{"tsa":{"required":1,"roots":["${print}"]}}</custos:trust>`);
    expect(text).to.not.include('BEGIN CERTIFICATE');
  });

  it('verify, pages included, when the reader pins the same root (under any name)', async () => {
    for (const pin of [root, `Our TSA=${root}`]) {
      const r = await verify(report, '--tsa-root', pin);
      expect(r.code, r.stdout + r.stderr).to.equal(0);
      expect(r.stdout).to.include('PAGES: every page is exactly what the verified history renders to');
      expect(r.stdout).to.match(/no later than .*TSA Custos Test TSA/);
    }
  });

  it('verify with another root pinned beside it, the report’s own count applying to the pages', async () => {
    const r = await verify(report, '--tsa-root', root, '--tsa-root', otherRoot, '--tsa-required', '1');
    expect(r.code, r.stdout + r.stderr).to.equal(0);
    expect(r.stdout).to.include('PAGES: every page is exactly');
  });

  it('are NOT checked without the root, and the verdict names the root to pin', async () => {
    const print = rootFingerprint(certificatesFromPem(await tsa.rootPem())[0]!);
    const r = await verify(report);
    if (process.env.SHOW) console.log(r.stdout.split('\n').slice(0, 4).join('\n'));
    expect(r.code).to.equal(EXIT.notVerified);
    expect(r.stdout).to.match(/^VERIFIED: the history of /);
    expect(r.stdout).to.include('The bundle does not include the item’s derivatives');
    expect(r.stdout).to.include('PAGES NOT CHECKED').and.include(print).and.include('--tsa-root');
    expect(r.stderr).to.include('printed pages were NOT checked');
  });

  it('are NOT checked when only another TSA’s root is pinned (the history fails with it)', async () => {
    const r = await verify(report, '--tsa-root', otherRoot);
    expect(r.code).to.equal(EXIT.notVerified);
    expect(r.stdout)
      .to.match(/^FAILED/)
      .and.include('PAGES NOT CHECKED');
  });

  it('fail when the record is edited to claim the log key alone: the dates were not drawn from that', async () => {
    const text = (await readFile(report)).toString('latin1');
    const forged = text.replace(/<custos:trust>[^<]*<\/custos:trust>/, '<custos:trust>{}</custos:trust>');
    expect(forged).to.not.equal(text);
    const file = join(dir, 'forged-trust.pdf');
    await writeFile(file, Buffer.from(forged, 'latin1'));
    const r = await verify(file, '--tsa-root', root);
    expect(r.code).to.equal(EXIT.notVerified);
    expect(r.stdout).to.include('PAGES DO NOT MATCH');
  });

  describe('signed by the exporting authority (--sign-key, --sign-cert, --sign-tsa: PAdES B-T)', () => {
    let signed: string;

    before(async () => {
      const out = join(dir, 'signed');
      const exported = await runCli(
        [
          ...['--json', 'export', STORY.image, '--tsa-root', root, '--out', out],
          ...['--sign-key', authority.key, '--sign-cert', authority.chain, '--sign-tsa', tsa.url],
        ],
        env,
      );
      expect(exported.code, exported.stderr).to.equal(0);
      expect(exported.json<{ signed: boolean }>().signed).to.equal(true);
      signed = join(out, 'report.pdf');
    });

    it('verifies, pages included, and says who signed, when, and that no CA was checked', async () => {
      const r = await verify(signed, '--tsa-root', root);
      expect(r.code, r.stdout + r.stderr).to.equal(0);
      expect(r.stdout).to.include('PAGES: every page is exactly what the verified history renders to');
      expect(r.stdout).to.include('the signed revision of this file byte for byte');
      expect(r.stdout).to.match(
        /\nSIGNED: signed with the ECDSA certificate SHA-256 [0-9a-f]{64} \(subject “CN=Parquet de Paris – exports, O=Ministère de la Justice, C=FR”, issued by “CN=Custos Test Root CA, O=Custos Test”/,
      );
      expect(r.stdout).to.match(
        /time-stamped by Custos Test TSA at .* \(checked against the pinned TSA root Custos Test Root CA\), PAdES B-T/,
      );
      expect(r.stdout).to.include('No certification authority is checked here');
    });

    it('is valid for poppler’s pdfsig', async function () {
      await requireTool(this, 'pdfsig');
      const { stdout } = await promisify(execFile)('pdfsig', [signed]);
      expect(stdout).to.include('Signature Validation: Signature is Valid.');
    });

    it('fails, exit 1, when an incremental update follows the signature', async () => {
      const forged = join(dir, 'signed-then-updated.pdf');
      await writeFile(forged, await appendOverlay(new Uint8Array(await readFile(signed)), 'FORGED-ITEM-999'));
      const r = await verify(forged, '--tsa-root', root);
      expect(r.code).to.equal(EXIT.notVerified);
      expect(r.stdout).to.include('PAGES DO NOT MATCH').and.include('SIGNATURE INVALID');
      expect(r.stdout).to.match(/bytes were added after the signed range ends/);
    });

    it('refuses a key without its certificate (exit 2) and a key others can read (exit 6), writing nothing', async () => {
      const half = await runCli(
        ['export', STORY.image, '--sign-key', authority.key, '--out', join(dir, 'never')],
        env,
      );
      expect(half.code).to.equal(EXIT.usage);
      expect(half.stderr).to.include('--sign-key and --sign-cert');
      const loose = join(authority.dir, 'loose.key');
      await writeFile(loose, await readFile(authority.key));
      await chmod(loose, 0o644);
      const r = await runCli(
        [
          'export',
          STORY.image,
          '--sign-key',
          loose,
          '--sign-cert',
          authority.chain,
          '--out',
          join(dir, 'never'),
        ],
        env,
      );
      expect(r.code).to.equal(EXIT.local);
      expect(r.stderr).to.include('chmod 600');
      expect(existsSync(join(dir, 'never'))).to.equal(false);
    });
  });
});
