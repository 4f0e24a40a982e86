/**
 * `npm start` under a supervisor (systemd, a container runtime): SIGTERM to the process it
 * started must reach the server, which shuts down cleanly within seconds. Tested through
 * `npm start` itself, as an operator runs it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'chai';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('npm start under a supervisor', function () {
  this.timeout(120_000);
  after(removeTempDirs);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops the server cleanly within 5 s when ${signal} is sent to npm`, async () => {
      const dir = await tempDir('custos-npm-start');
      const npm = spawn('npm', ['start', '--silent'], {
        cwd: root,
        env: {
          ...process.env,
          CUSTOS_PORT: '0',
          CUSTOS_DATA_DIR: join(dir, 'data'),
          CUSTOS_KEYS_DIR: join(dir, 'keys'),
          CUSTOS_LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      npm.stdout.on('data', (d) => {
        out += d;
      });
      npm.stderr.on('data', (d) => {
        out += d;
      });
      const url = await new Promise<string>((resolve, reject) => {
        npm.stdout.on('data', () => {
          const m = /at (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        npm.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).to.equal(200);

      const sent = performance.now();
      npm.kill(signal);
      const code = await new Promise<number | null>((resolve) => {
        npm.once('exit', (c) => resolve(c));
        // A supervisor would wait about this long before SIGKILL.
        setTimeout(() => resolve(-1), 10_000).unref();
      });
      const took = performance.now() - sent;
      expect(out).to.include(`${signal}: finishing appends in flight and closing the store`);
      expect(code, out).to.equal(0);
      expect(took, 'shut down within 5 s').to.be.lessThan(5_000);
      // Nothing is left serving: the port is closed.
      const left = await fetch(`${url}/healthz`).then(
        () => 'still serving',
        () => 'gone',
      );
      expect(left).to.equal('gone');
    });
  }
});
