/**
 * `custos hash` against `sha256sum` on a 1 GiB file (issue: investigator CLI): the CLI uses
 * Node's OpenSSL SHA-256 with 1 MiB reads; target ≥ 0.9 × sha256sum's speed.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { type Figure, median } from './measure.ts';

const GIB = 2 ** 30;

export async function runHashBenchmarks(dir: string): Promise<Figure[]> {
  const file = join(dir, 'one-gib.bin');
  const handle = await open(file, 'w');
  const chunk = randomBytes(16 * 2 ** 20);
  for (let written = 0; written < GIB; written += chunk.length) await handle.write(chunk);
  await handle.close();
  const bin = new URL('../bin/custos.js', import.meta.url).pathname;
  const time = (cmd: string, args: string[]) => {
    const t = performance.now();
    execFileSync(cmd, args, { stdio: 'ignore' });
    return performance.now() - t;
  };
  time('sha256sum', [file]); // warm the page cache: both then read from memory
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 3; i++) {
    theirs.push(time('sha256sum', [file]));
    ours.push(time(process.execPath, [bin, 'hash', file]));
  }
  const mbps = (ms: number) => GIB / 2 ** 20 / (ms / 1000);
  return [
    { name: '`sha256sum` on a 1 GiB file (page cache warm)', value: mbps(median(theirs)), unit: 'MiB/s' },
    {
      name: '`custos hash` on the same file, process start included',
      value: mbps(median(ours)),
      unit: 'MiB/s',
    },
    {
      name: 'ratio custos hash ÷ sha256sum',
      value: median(theirs) / median(ours),
      unit: '',
      target: '≥ 0.9',
    },
  ];
}
