/**
 * Two sovereign logs, each a real Custos process with its own data, keys and origin, and the
 * cross-border story the demo records between them (scripts/demo-cross-border.ts, DEMO_OUT set):
 * its transfer package and the court bundle across both logs it writes. With `witnessesOfA`, A's
 * log asks that many real witness processes (`custos witness serve`) to cosign each checkpoint,
 * so the part of A a bundle carries is a checkpoint they cosigned.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { loadLogIdentity } from '../../src/keyring/log-keys.ts';
import { httpGet } from './http-client.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';
import { tempDir } from './temp-dir.ts';
import { startWitnessProcess, stopWitness, type WitnessProcess } from './witness-process.ts';

const run = promisify(execFile);
const DEMO = new URL('../../scripts/demo-cross-border.ts', import.meta.url).pathname;
export const A_ORIGIN = 'custos.test-az.example/log';
export const B_ORIGIN = 'custos.test-de.example/log';

export interface TwoLogs {
  readonly a: ServerProcess;
  readonly b: ServerProcess;
  readonly dirA: string;
  readonly dirB: string;
  /** Where the demo wrote its files. */
  readonly out: string;
  readonly story: { run: string; item: string; deItem: string; disclosure: number; import: number };
  readonly demoOutput: string;
  readonly aKey: string;
  readonly bKey: string;
  /** The transfer package B imported, as a file, and the bundle across both logs the demo made. */
  readonly packageFile: string;
  readonly spanning: Bundle;
  /** The witnesses that cosign A's checkpoints (none unless asked for). */
  readonly witnessesOfA: readonly WitnessProcess[];
  /** The file of an actor's private key in one of the logs. */
  readonly keyFile: (dir: string, actor: string) => string;
  readonly stop: () => Promise<void>;
}

export async function startTwoLogs(options: { witnessesOfA?: number } = {}): Promise<TwoLogs> {
  const [dirA, dirB, out] = [
    await tempDir('custos-a'),
    await tempDir('custos-b'),
    await tempDir('custos-out'),
  ];
  const aKeyMade = (await loadLogIdentity(join(dirA, 'keys'), A_ORIGIN)).verifierKey;
  const witnessesOfA = await Promise.all(
    Array.from({ length: options.witnessesOfA ?? 0 }, (_, i) =>
      startWitnessProcess(dirA, `witness-${i + 1}.test-witness.example`, aKeyMade),
    ),
  );
  const witnessed: Record<string, string> = witnessesOfA.length
    ? { CUSTOS_WITNESSES: JSON.stringify(witnessesOfA.map((w) => ({ url: w.url, verifierKey: w.vkey }))) }
    : {};
  const [a, b] = await Promise.all([
    startServerProcess(dirA, { CUSTOS_ORIGIN: A_ORIGIN, ...witnessed }),
    startServerProcess(dirB, { CUSTOS_ORIGIN: B_ORIGIN }),
  ]);
  const env = {
    ...process.env,
    CUSTOS_URL_A: a.url,
    CUSTOS_URL_B: b.url,
    CUSTOS_KEYS_DIR_A: join(dirA, 'keys'),
    CUSTOS_KEYS_DIR_B: join(dirB, 'keys'),
    DEMO_OUT: out,
  };
  const { stdout } = await run(process.execPath, ['--import=tsx/esm', DEMO], { env });
  const story = JSON.parse(stdout.trim().split('\n').at(-1)!);
  const packageFile = join(out, `transfer-${story.run}.json`);
  return {
    a,
    b,
    dirA,
    dirB,
    out,
    story,
    demoOutput: stdout,
    aKey: (await httpGet(a.url, '/log/key')).text.trim(),
    bKey: (await httpGet(b.url, '/log/key')).text.trim(),
    packageFile,
    spanning: JSON.parse(await readFile(join(out, `bundle-${story.run}.json`), 'utf8')),
    witnessesOfA,
    keyFile: (dir, actor) => join(dir, 'keys', 'demo-cross-border', `${actor}.key`),
    stop: async () => {
      await Promise.all([a.stop(), b.stop()]);
      await Promise.all(witnessesOfA.map(stopWitness));
    },
  };
}
