/**
 * The transfer package between two sovereign logs, each a real service with its own data, keys
 * and origin: France's log exports the disclosed image's bundle with the tlog-proof of the
 * disclosure; Germany's officer, who pinned France's log key, verifies it offline, and refuses
 * a package whose bundle, proof or checkpoint was altered, one of a log it does not trust, one
 * signed by a third log, and one whose witnesses do not meet its policy.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

// biome-ignore lint/suspicious/noExplicitAny: a package is edited as plain JSON to tamper with it.
type Pkg = any;

describe('a transfer package from one log to another', function () {
  this.timeout(300_000);
  let fr: RunningService;
  let de: RunningService;
  let third: RunningService;
  let thirdClient: LedgerClient;
  let dir: string;
  let pkgPath: string;
  let disclosure: number;
  const german = () => ({ CUSTOS_URL: de.base, CUSTOS_CONFIG: join(dir, 'de', 'config.json') });
  const verify = (file: string) => runCli(['--json', 'transfer', 'verify', file], german());
  const tampered = async (name: string, edit: (p: Pkg) => void) => {
    const p = JSON.parse(await readFile(pkgPath, 'utf8'));
    edit(p);
    const path = join(dir, `${name}.json`);
    await writeFile(path, JSON.stringify(p));
    return path;
  };

  before(async () => {
    [fr, de, third] = await Promise.all([
      startService({ origin: 'custos.justice.gouv.fr/log' }),
      startService({ origin: 'custos.bfj.bund.de/log' }),
      startService({ origin: 'custos.justice.gouv.fr/log' }),
    ]);
    dir = await tempDir('custos-transfer');
    const c = LedgerClient.asAdminOf(fr);
    await recordCrossBorderStory(c);
    thirdClient = LedgerClient.asAdminOf(third);
    await recordCrossBorderStory(thirdClient);
    const { history } = (await c.get(`/v1/items/${STORY.image}`, 'fr-ca')).json() as {
      history: { index: number; kind: string; payload: { type?: string } }[];
    };
    disclosure = history.find((h) => h.payload.type === 'disclosed')!.index;
    // France's central authority exports the package (the CLI pins France's key on first use).
    pkgPath = join(dir, 'to-de.json');
    const keyFile = join(dir, 'fr-admin.key');
    await writeFile(keyFile, await readFile(join(fr.config.keysDir, 'admin.key')), { mode: 0o600 });
    const exported = await runCli(
      ['--json', 'transfer', 'export', STORY.image, '--disclosure', String(disclosure), '--out', pkgPath],
      {
        CUSTOS_URL: fr.base,
        CUSTOS_ACTOR: fr.config.adminId,
        CUSTOS_KEY: keyFile,
        CUSTOS_CONFIG: join(dir, 'fr', 'config.json'),
      },
    );
    expect(exported.code, exported.stderr).to.equal(0);
    // Germany's officer pinned France's key, obtained from the French operator.
    const frKey = (await httpGet(fr.base, '/log/key')).text.trim();
    expect((await runCli(['trust', 'add', frKey], german())).code).to.equal(0);
  });
  after(async () => {
    await Promise.all([fr.service.close(), de.service.close(), third.service.close()]);
    await removeTempDirs();
  });

  it("verifies in the receiving state: the disclosure's origin, index, leaf hash and recipient", async () => {
    const res = await verify(pkgPath);
    expect(res.code, res.stderr).to.equal(0);
    const out = res.json<{
      origin: string;
      index: number;
      item: string;
      recipient: string;
      leafHash: string;
    }>();
    expect(out).to.include({
      origin: 'custos.justice.gouv.fr/log',
      index: disclosure,
      item: STORY.image,
      recipient: 'de-ca',
    });
    expect(out.leafHash).to.match(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('refuses a package whose bundle was altered', async () => {
    const path = await tampered('bundle', (p) => {
      const e = p.bundle.entries.find((x: { entry: { index: number } }) => x.entry.index === disclosure);
      e.entry.payload.scope = 'everything, for any use';
    });
    expect((await verify(path)).code).to.equal(1);
  });

  it('refuses a package whose proof names another entry, or whose checkpoint was altered', async () => {
    const other = await tampered('index', (p) => {
      p.disclosure.index = disclosure - 1;
    });
    expect((await verify(other)).code).to.equal(1);
    const checkpoint = await tampered('checkpoint', (p) => {
      const lines = p.disclosure.tlogProof.split('\n');
      const at = lines.indexOf('custos.justice.gouv.fr/log');
      lines[at + 2] = `${'A'.repeat(43)}=`;
      p.disclosure.tlogProof = lines.join('\n');
    });
    expect((await verify(checkpoint)).code).to.equal(1);
  });

  it('refuses the same story from a third log under the same origin: its key is not the pinned one', async () => {
    const key = (await httpGet(third.base, '/log/key')).text.trim();
    const bundle = (await thirdClient.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json();
    const proof = (await httpGet(third.base, `/v1/entries/${disclosure}/tlog-proof`)).text;
    const path = join(dir, 'third.json');
    await writeFile(
      path,
      JSON.stringify({
        format: 'custos-transfer/v1',
        bundle,
        disclosure: { index: disclosure, tlogProof: proof },
        consistency: [],
      }),
    );
    expect(key).to.not.equal((await httpGet(fr.base, '/log/key')).text.trim());
    const res = await verify(path);
    expect(res.code).to.equal(1);
  });

  it('refuses a package of a log it does not trust', async () => {
    const res = await runCli(['transfer', 'verify', pkgPath], {
      ...german(),
      CUSTOS_CONFIG: join(dir, 'nobody', 'config.json'),
    });
    expect(res.code).to.equal(1);
    expect(res.stderr).to.match(/custos\.justice\.gouv\.fr\/log is not in your trust store/);
  });

  it('refuses a package whose checkpoint lacks the cosignature its witness policy requires', async () => {
    const frKey = (await httpGet(fr.base, '/log/key')).text.trim();
    const witness = 'witness.bfj.bund.de+b8a2cf20+BFLN3yikSfFkVAJtrnh/CiY3Zozkoy7clp+P7XB28qUN';
    const env = { ...german(), CUSTOS_CONFIG: join(dir, 'strict', 'config.json') };
    const added = await runCli(['trust', 'add', frKey, '--witness', witness], env);
    expect(added.code, added.stderr).to.not.equal(0); // a key whose ID does not match its name is refused
    const { publicKeyFromSeed, randomSeed } = await import('../../src/core/crypto/ed25519.ts');
    const { formatVerifierKey, SIG_TYPE_COSIGNATURE_V1 } = await import('../../src/core/log/note.ts');
    const real = formatVerifierKey(
      'witness.bfj.bund.de',
      SIG_TYPE_COSIGNATURE_V1,
      publicKeyFromSeed(randomSeed()),
    );
    expect((await runCli(['trust', 'add', frKey, '--witness', real], env)).code).to.equal(0);
    const res = await runCli(['transfer', 'verify', pkgPath], env);
    expect(res.code).to.equal(1);
    expect(res.stderr).to.match(/0 of the 1 required trusted witnesses cosigned/);
  });
});
