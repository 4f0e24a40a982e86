/** Runs `src/server.ts` as its own process (as `npm start` does) and waits for its address. */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything it printed on stdout so far. */
  output(): string;
  /** Everything it printed on stderr so far (also passed on to this process's stderr). */
  errors(): string;
  /** SIGTERM, and the exit code once it has gone. */
  stop(): Promise<number | null>;
}

export function startServerProcess(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      // e.g. `--cpu-prof` while profiling a benchmark's server (Node refuses it in NODE_OPTIONS).
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import=tsx/esm',
      new URL('../../src/server.ts', import.meta.url).pathname,
    ],
    {
      env: {
        ...process.env,
        CUSTOS_PORT: '0',
        CUSTOS_DATA_DIR: join(dir, 'data'),
        CUSTOS_KEYS_DIR: join(dir, 'keys'),
        CUSTOS_LOG_LEVEL: 'silent',
        // Load from one address would trip the per-address rate limit.
        CUSTOS_RATE_LIMIT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => {
    err += d;
    process.stderr.write(d);
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (process.env.BENCH_SERVER_STDOUT) appendFileSync(process.env.BENCH_SERVER_STDOUT, d);
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) {
        resolve({
          child,
          url: m[1]!,
          output: () => out,
          errors: () => err,
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null && child.stderr!.readableEnded) return r(child.exitCode);
              // 'close' comes after the output streams ended, so nothing printed is missed.
              child.once('close', (code) => r(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code} before serving`)));
  });
}
