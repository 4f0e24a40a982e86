/**
 * A pin cannot be escaped by a server that renames its log: a URL pinned for one origin that
 * serves another is refused, a first-use pin is refused once the user pinned logs explicitly
 * (unless --accept-new-log), a key pinned in the same run is never called "the pinned key", and
 * `custos proof --format tlog-proof` refuses a checkpoint whose signature does not verify.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import { publicKeyFromSeed } from '../../src/core/crypto/ed25519.ts';
import { signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { ed25519NoteSigner, formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { runCli } from '../support/cli-runner.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

interface FakeLog {
  vkey: string;
  checkpoint: string;
}

function fakeLog(origin: string): FakeLog {
  const seed = randomBytes(32);
  const pub = publicKeyFromSeed(seed);
  const checkpoint = signCheckpoint(
    { origin, size: 0, rootHash: new Uint8Array(32).fill(0xe3), extensions: [] },
    ed25519NoteSigner(origin, seed, pub),
  );
  return { vkey: formatVerifierKey(origin, SIG_TYPE_ED25519, pub), checkpoint };
}

describe('custos trust pins: a server cannot escape them by renaming its log', function () {
  this.timeout(120_000);
  let server: Server;
  let base: string;
  let served: FakeLog;
  let tlogProof = '';
  let dir: string;
  const env = (name: string) => ({
    CUSTOS_URL: base,
    CUSTOS_CONFIG: join(dir, `${name}.config.json`),
    CUSTOS_TRUST_STORE: join(dir, `${name}.trust.json`),
  });

  before(async () => {
    dir = await tempDir('custos-origin-pin');
    server = createServer((req, res) => {
      if (req.url === '/log/key') return res.end(`${served.vkey}\n`);
      if (req.url === '/log/checkpoint') return res.end(served.checkpoint);
      if (req.url === '/v1/entries/3/tlog-proof') return res.end(tlogProof);
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((r) => server.close(r));
    await removeTempDirs();
  });

  it('refuses a new origin at a URL whose log was pinned explicitly, and pins nothing', async () => {
    served = fakeLog('custos.example/log');
    const add = await runCli(['trust', 'add', served.vkey], env('explicit'));
    expect(add.code, add.stderr).to.equal(0);
    const genuine = await runCli(['checkpoint'], env('explicit'));
    expect(genuine.code, genuine.stderr).to.equal(0);
    expect(genuine.stdout).to.contain('signature verified with the pinned key');
    served = fakeLog('custos.example/log-evil');
    const impostor = await runCli(['checkpoint'], env('explicit'));
    expect(impostor.code).to.not.equal(0);
    expect(impostor.stdout).to.not.contain('verified');
    expect(impostor.stderr).to.contain('is not in your trust store').and.to.contain('--accept-new-log');
    const store = JSON.parse(await readFile(env('explicit').CUSTOS_TRUST_STORE, 'utf8'));
    expect(Object.keys(store.logs)).to.deep.equal(['custos.example/log']);
  });

  it('refuses a new origin at a URL another origin was pinned for, even with --accept-new-log', async () => {
    served = fakeLog('custos.example/log');
    const first = await runCli(['trust', 'add', served.vkey, '--url', `${base}/`], env('url'));
    expect(first.code, first.stderr).to.equal(0);
    served = fakeLog('custos.example/log-evil');
    const res = await runCli(['--accept-new-log', 'checkpoint'], env('url'));
    expect(res.code).to.not.equal(0);
    expect(res.stderr)
      .to.contain('now serves the log custos.example/log-evil')
      .and.to.contain('custos.example/log is pinned');
  });

  it('refuses a first-use origin change at the same URL', async () => {
    served = fakeLog('custos.example/log');
    const first = await runCli(['checkpoint'], env('tofu'));
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.not.contain('verified with the pinned key');
    expect(first.stdout).to.contain('pinned just now on first use and NOT yet confirmed');
    const again = await runCli(['checkpoint'], env('tofu'));
    expect(again.code, again.stderr).to.equal(0);
    served = fakeLog('custos.example/log-evil');
    const renamed = await runCli(['checkpoint'], env('tofu'));
    expect(renamed.code).to.not.equal(0);
    expect(renamed.stdout).to.equal('');
    expect(renamed.stderr).to.contain('now serves the log custos.example/log-evil');
  });

  it('pins a new log on first use beside explicit pins only with --accept-new-log', async () => {
    const elsewhere = fakeLog('custos.elsewhere/log');
    const add = await runCli(['trust', 'add', elsewhere.vkey], env('accept'));
    expect(add.code, add.stderr).to.equal(0);
    served = fakeLog('custos.example/log');
    expect((await runCli(['checkpoint'], env('accept'))).code).to.not.equal(0);
    const accepted = await runCli(['--accept-new-log', 'checkpoint'], env('accept'));
    expect(accepted.code, accepted.stderr).to.equal(0);
    expect(accepted.stderr).to.match(/pinned the log key served by .* on first use/);
  });

  it('refuses a tlog-proof whose checkpoint signature is 64 zero bytes, and writes nothing', async () => {
    served = fakeLog('custos.example/log');
    const [origin, keyId] = served.vkey.split('+') as [string, string, string];
    const sig = Buffer.concat([Buffer.from(keyId, 'hex'), Buffer.alloc(64)]).toString('base64');
    const checkpoint = `${origin}\n1000\n${Buffer.alloc(32, 7).toString('base64')}\n\n\u2014 ${origin} ${sig}\n`;
    tlogProof = `c2sp.org/tlog-proof@v1\nindex 3\n${Buffer.alloc(32, 1).toString('base64')}\n\n${checkpoint}`;
    const out = join(dir, '3.tlog-proof');
    const res = await runCli(['proof', '3', '--format', 'tlog-proof', '--out', out], {
      ...env('unsigned'),
      CUSTOS_LOG_KEY: served.vkey,
    });
    expect(res.code).to.not.equal(0);
    expect(res.stdout).to.not.contain('signed by the pinned log key');
    expect(res.stderr).to.match(/signature/);
    expect(res.stderr).to.not.match(/^\s+at /m);
    const written = await readFile(out).then(
      () => true,
      () => false,
    );
    expect(written, 'a proof file written').to.equal(false);
  });
});
