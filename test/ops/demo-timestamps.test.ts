/**
 * Issue 15's acceptance, as an operator and a court clerk would see it: the demo recorded into a
 * service with a real RFC 3161 TSA (OpenSSL's `openssl ts`), then a bundle exported and verified
 * with the installed CLI pinning only the TSA's root. Every event must come out dated "no later
 * than" by the TSA; no checkpoint the bundle relies on may lack a verified token.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { runCli } from '../support/cli-runner.ts';
import { httpGet } from '../support/http-client.ts';
import { startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { TestTsa, waitForToken } from '../support/tsa-fixture.ts';

const run = promisify(execFile);
const DEMO = new URL('../../scripts/demo.ts', import.meta.url).pathname;

interface VerifyJson {
  verdict: string;
  timeline: { index: number; loggedNoLaterThan?: { source: string } }[];
}

describe('npm run demo with a timestamping authority (docs/operations.md)', function () {
  this.timeout(180_000);
  after(removeTempDirs);

  it('dates every event of an exported bundle by the TSA, checked offline by `custos verify --tsa-root`', async () => {
    const tsa = await TestTsa.create('Demo TSA');
    await tsa.start();
    const dir = await tempDir('custos-demo-tsa');
    const server = await startServerProcess(dir, {
      CUSTOS_TSA_URLS: tsa.url,
      CUSTOS_TSA_INTERVAL_MS: '100',
    });
    try {
      const keysDir = join(dir, 'keys');
      await run(process.execPath, ['--import=tsx/esm', DEMO], {
        env: { ...process.env, CUSTOS_URL: server.url, CUSTOS_KEYS_DIR: keysDir, DEMO_ITEMS: '3' },
      });
      const verifier = noteVerifierFromKey((await httpGet(server.url, '/log/key')).text);
      const size = openCheckpoint((await httpGet(server.url, '/log/checkpoint')).text, verifier).checkpoint
        .size;
      await waitForToken(server.url, size);

      const env = {
        CUSTOS_URL: server.url,
        CUSTOS_ACTOR: 'fr-lab-leroy',
        CUSTOS_KEY: join(keysDir, 'demo', 'fr-lab-leroy.key'),
        CUSTOS_CONFIG: join(dir, 'cli.json'),
      };
      const items = await runCli(['--json', 'search'], env);
      expect(items.code, items.stderr).to.equal(0);
      // The first seized drive: the examiner made its forensic image, a derivative.
      const drive = items.json<{ id: string }[]>()[0]!.id;
      const out = join(dir, 'court');
      const exported = await runCli(['--json', 'export', drive, '--derivatives', '--out', out], env);
      expect(exported.code, exported.stderr).to.equal(0);

      const root = join(dir, 'tsa-root.pem');
      await writeFile(root, await tsa.rootPem());
      await writeFile(join(dir, 'log.vkey'), (await httpGet(server.url, '/log/key')).text);
      const args = ['verify', join(out, 'bundle.json'), '--log-key', join(dir, 'log.vkey')];
      const verified = await runCli([
        '--json',
        ...args,
        '--tsa-root',
        `Demo TSA=${root}`,
        '--tsa-required',
        '1',
      ]);
      expect(verified.code, verified.stdout + verified.stderr).to.equal(0);
      const result = verified.json<VerifyJson>();
      expect(result.verdict).to.equal('verified');
      expect(result.timeline.length).to.be.greaterThan(3);
      for (const event of result.timeline)
        expect(event.loggedNoLaterThan?.source, `entry ${event.index}`).to.match(/TSA Demo TSA/);

      const human = await runCli([...args, '--tsa-root', `Demo TSA=${root}`]);
      expect(human.code, human.stdout + human.stderr).to.equal(0);
      expect(human.stdout.match(/no later than/g)?.length).to.be.at.least(result.timeline.length);
    } finally {
      await server.stop();
      await tsa.stop();
    }
  });
});
