/** A real `custos witness serve` process, as a foreign authority would run it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { CUSTOS_BIN } from './cli-runner.ts';

export interface WitnessProcess {
  readonly name: string;
  readonly url: string;
  readonly vkey: string;
  readonly child: ChildProcess;
  readonly dataDir: string;
}

export async function startWitnessProcess(
  dir: string,
  name: string,
  logKey: string,
  extraArgs: readonly string[] = [],
): Promise<WitnessProcess> {
  const dataDir = join(dir, `${name}-data`);
  const child = spawn(
    process.execPath,
    [
      CUSTOS_BIN,
      'witness',
      'serve',
      '--name',
      name,
      '--key-file',
      join(dir, `${name}.key`),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--logs',
      logKey,
      ...extraArgs,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const out = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (d) => {
      text += d;
      if (/cosignature key: \S+\n/.test(text)) resolve(text);
    });
    child.on('exit', (code) => reject(new Error(`witness exited with ${code}`)));
  });
  return {
    name,
    url: /serving at (\S+)/.exec(out)![1]!,
    vkey: /cosignature key: (\S+)/.exec(out)![1]!,
    child,
    dataDir,
  };
}

export const stopWitness = (w: WitnessProcess) =>
  new Promise<void>((r) => {
    if (w.child.exitCode !== null) return r();
    w.child.once('exit', () => r());
    w.child.kill('SIGTERM');
  });

export interface WitnessAnswer {
  readonly status: number;
  readonly text: string;
  readonly type: string | null;
  readonly retryAfter: string | null;
}

export const addCheckpoint = (w: WitnessProcess, body: string): Promise<WitnessAnswer> =>
  fetch(`${w.url}/add-checkpoint`, { method: 'POST', body }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
    type: r.headers.get('content-type'),
    retryAfter: r.headers.get('retry-after'),
  }));

export const witnessEvidence = async (w: WitnessProcess): Promise<Record<string, unknown>[]> =>
  ((await (await fetch(`${w.url}/evidence`)).json()) as { evidence: Record<string, unknown>[] }).evidence;
