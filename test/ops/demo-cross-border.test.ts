/**
 * `npm run demo:cross-border` between two real Custos processes, each with its own data, keys and
 * origin: the story runs, B verifies and imports A's transfer package, A records B's receipt,
 * custody continues in B; and each log
 * then holds what its side recorded, the designations included.
 */
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
const DEMO = new URL('../../scripts/demo-cross-border.ts', import.meta.url).pathname;

describe('npm run demo:cross-border', function () {
  this.timeout(240_000);
  after(removeTempDirs);

  it('records a foreign disclosure between two running logs, and runs again beside the first', async () => {
    const [dirA, dirB] = [await tempDir('custos-az'), await tempDir('custos-de')];
    const [a, b] = await Promise.all([
      startServerProcess(dirA, { CUSTOS_ORIGIN: 'custos.demo-az.example/log' }),
      startServerProcess(dirB, { CUSTOS_ORIGIN: 'custos.demo-de.example/log' }),
    ]);
    try {
      const env = {
        ...process.env,
        CUSTOS_URL_A: a.url,
        CUSTOS_URL_B: b.url,
        CUSTOS_KEYS_DIR_A: join(dirA, 'keys'),
        CUSTOS_KEYS_DIR_B: join(dirB, 'keys'),
      };
      const first = await run(process.execPath, ['--import=tsx/esm', DEMO], { env });
      expect(first.stdout).to.match(
        /B verified the transfer package against A's key: entry \d+ of custos\.demo-az\.example\/log/,
      );
      expect(first.stdout).to.match(/B: imported as de-bfj-weber~az-logs-\w+, entry \d+ of B's log/);
      expect(first.stdout).to.match(
        /A: receipt recorded as entry \d+: disclosure \d+ closed by B's entry \d+/,
      );
      expect(first.stdout).to.match(/B: de-bfj-weber~az-logs-\w+ handed to the BKA lab/);
      // The court bundle across both logs, verified with each log's key, the crossing on its timeline.
      expect(first.stdout).to.include(
        "B: court bundle across both logs (custos-bundle/v3) verified offline with A's and B's keys",
      );
      expect(first.stdout).to.match(
        /imports item az-sss-huseynova~hosting-logs-\w+ from the log custos\.demo-az\.example\/log/,
      );
      expect(first.stdout).to.match(/A #\d+ +az-sss-aliyev: disclosed to .*<-- the border/);
      expect(first.stdout).to.match(/B #\d+ +de-bfj-weber: imported from log .*<-- the border/);
      const second = await run(process.execPath, ['--import=tsx/esm', DEMO], { env });
      expect(second.stdout).to.match(/B verified the transfer package/);
      for (const server of [a, b]) {
        const key = (await httpGet(server.url, '/log/key')).text;
        const { checkpoint } = openCheckpoint(
          (await httpGet(server.url, '/log/checkpoint')).text,
          noteVerifierFromKey(key),
        );
        expect(checkpoint.size).to.be.greaterThan(15);
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
