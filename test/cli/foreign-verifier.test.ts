/**
 * A foreign verifier who trusts three states' logs: it pins each log's key once (`custos trust
 * add`), then verifies court bundles and C2SP tlog-proofs from every one of them without naming a
 * key, and refuses a proof or bundle of a log it never pinned, or one that was altered.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { canonicalBytes } from '../../src/core/canonical.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const ORIGINS = [
  'custos.justice.gov.az/log',
  'custos.bfj.bund.de/log',
  'custos.justice.gouv.fr/log',
  'custos.elsewhere.example/log',
];

interface Exported {
  run: RunningService;
  bundlePath: string;
  proofPath: string;
  entryPath: string;
  disclosure: Record<string, unknown> & { index: number };
}

describe('a foreign verifier with three pinned logs', function () {
  this.timeout(300_000);
  const logs: Exported[] = [];
  let dir: string;
  const env = () => ({ CUSTOS_CONFIG: join(dir, 'config.json'), CUSTOS_URL: 'http://127.0.0.1:9' });

  before(async () => {
    dir = await tempDir('custos-foreign');
    for (const origin of ORIGINS) {
      const run = await startService({ origin });
      const c = LedgerClient.asAdminOf(run);
      await recordCrossBorderStory(c);
      const bundle = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json() as {
        entries: {
          entry: Record<string, unknown> & { index: number; kind: string; payload: { type?: string } };
        }[];
      };
      const disclosure = bundle.entries.find((e) => e.entry.payload.type === 'disclosed')!.entry;
      const slug = `log${logs.length}`;
      const proof = (await httpGet(run.base, `/v1/entries/${disclosure.index}/tlog-proof`)).text;
      const paths = {
        bundlePath: join(dir, `${slug}.bundle.json`),
        proofPath: join(dir, `${slug}.tlog-proof`),
        entryPath: join(dir, `${slug}.entry.json`),
      };
      await writeFile(paths.bundlePath, JSON.stringify(bundle));
      await writeFile(paths.proofPath, proof);
      await writeFile(paths.entryPath, JSON.stringify(disclosure));
      logs.push({ run, disclosure, ...paths });
    }
    // The verifier pins three of the four logs, with keys it got from their operators.
    for (const { run } of logs.slice(0, 3)) {
      const key = (await httpGet(run.base, '/log/key')).text.trim();
      const added = await runCli(['trust', 'add', key, '--url', run.base], env());
      expect(added.code, added.stderr).to.equal(0);
    }
  });
  after(async () => {
    await Promise.all(logs.map((l) => l.run.service.close()));
    await removeTempDirs();
  });

  it('lists the three logs it trusts', async () => {
    const rows = (await runCli(['--json', 'trust', 'list'], env())).json<{ origin: string }[]>();
    expect(rows.map((r) => r.origin)).to.have.members(ORIGINS.slice(0, 3));
  });

  it('verifies a court bundle from each, the key chosen by the origin the bundle names', async () => {
    for (const l of logs.slice(0, 3)) {
      const res = await runCli(['--json', 'verify', l.bundlePath], env());
      expect(res.code, res.stdout + res.stderr).to.equal(0);
      expect(res.json<{ verdict: string }>().verdict).to.equal('verified');
    }
  });

  it('verifies a tlog-proof of the disclosure from each, with the entry it proves', async () => {
    for (const l of logs.slice(0, 3)) {
      const res = await runCli(['--json', 'verify', l.proofPath, '--entry', l.entryPath], env());
      expect(res.code, res.stderr).to.equal(0);
      const out = res.json<{ index: number; origin: string; leafHash: string }>();
      expect(out.index).to.equal(l.disclosure.index);
      expect(out.leafHash).to.equal(toBase64(hashLeaf(canonicalBytes(l.disclosure))));
    }
  });

  it('writes a self-contained tlog-proof with the CLI (the entry in its extra line) that verifies alone', async () => {
    const az = logs[0]!;
    const out = join(dir, 'self.tlog-proof');
    const officer = {
      ...env(),
      CUSTOS_URL: az.run.base,
      CUSTOS_ACTOR: az.run.config.adminId,
      CUSTOS_KEY: join(az.run.config.keysDir, 'admin.key'),
    };
    const made = await runCli(
      ['proof', String(az.disclosure.index), '--format', 'tlog-proof', '--with-entry', '--out', out],
      officer,
    );
    expect(made.code, made.stderr).to.equal(0);
    expect(made.stdout).to.match(/verified: entry \d+ is in custos\.justice\.gov\.az\/log/);
    const res = await runCli(['--json', 'verify', out], env());
    expect(res.code, res.stderr).to.equal(0);
    expect(res.json<{ leafHash: string }>().leafHash).to.equal(
      toBase64(hashLeaf(canonicalBytes(az.disclosure))),
    );
  });

  it('refuses a proof and a bundle of a log it does not trust', async () => {
    const stranger = logs[3]!;
    const proof = await runCli(['verify', stranger.proofPath, '--entry', stranger.entryPath], env());
    expect(proof.code).to.equal(1);
    expect(proof.stderr).to.match(/custos\.elsewhere\.example\/log is not in your trust store/);
    const bundle = await runCli(['verify', stranger.bundlePath], env());
    expect(bundle.code).to.equal(1);
    expect(bundle.stderr).to.match(/not in your trust store/);
  });

  it("refuses a proof presented with another log's entry, or whose checkpoint was altered", async () => {
    const [az, de] = logs;
    const swapped = await runCli(['verify', az!.proofPath, '--entry', de!.entryPath], env());
    expect(swapped.code).to.equal(1);
    const text = (await httpGet(az!.run.base, `/v1/entries/${az!.disclosure.index}/tlog-proof`)).text;
    const lines = text.split('\n');
    const sizeLine = lines.findIndex((_l, i) => i > 0 && lines[i - 1] === ORIGINS[0]);
    lines[sizeLine] = String(Number(lines[sizeLine]) + 1);
    const altered = join(dir, 'altered.tlog-proof');
    await writeFile(altered, lines.join('\n'));
    const res = await runCli(['verify', altered, '--entry', az!.entryPath], env());
    expect(res.code).to.equal(1);
  });
});
