import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { httpGet } from '../support/http-client.ts';
import { startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);
const DEMO = new URL('../../scripts/demo.ts', import.meta.url).pathname;

describe('npm run demo (docs/operations.md)', function () {
  this.timeout(120_000);
  after(removeTempDirs);

  it('populates a fresh ledger through POST /v1/entries, and records a second story beside the first when run again', async () => {
    const dir = await tempDir('custos-demo');
    const server = await startServerProcess(dir);
    try {
      const env = { ...process.env, CUSTOS_URL: server.url, CUSTOS_KEYS_DIR: join(dir, 'keys') };
      const first = await run(process.execPath, ['--import=tsx/esm', DEMO], { env });
      expect(first.stdout).to.match(/demo: 11 actors in 3 states, 3 cases, 3 requests, 12 seized items/);
      // Items 0, 3, 6, 9 are disclosed with conditions; 1, 6, 11 preserved; 3, 8 held.
      expect(first.stdout).to.match(/Refused as the rules require: .*4 × consent_required/);
      expect(first.stdout).to.include('3 × under_preservation');
      expect(first.stdout).to.include('2 × under_hold');
      // Items 2 and 9 are returned: refused within their retention, allowed once the court orders it.
      expect(first.stdout).to.include('2 × retention_period');
      // A second run records a second story beside the first instead of colliding with it.
      const second = await run(process.execPath, ['--import=tsx/esm', DEMO], {
        env: { ...env, DEMO_ITEMS: '3' },
      });
      const sizes = [first.stdout, second.stdout].map((out) => Number(/has (\d+) entries/.exec(out)![1]));
      expect(sizes[0]).to.be.greaterThan(150);
      expect(sizes[1]).to.be.greaterThan(sizes[0]!);

      const verifier = noteVerifierFromKey((await httpGet(server.url, '/log/key')).text);
      const { checkpoint } = openCheckpoint((await httpGet(server.url, '/log/checkpoint')).text, verifier);
      expect(checkpoint.size).to.equal(sizes[1]);
    } finally {
      await server.stop();
    }
  });
});
