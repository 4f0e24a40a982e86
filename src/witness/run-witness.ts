/**
 * `custos witness serve`: configuration, keys and the witness process. Configured by
 * CUSTOS_WITNESS_NAME (its key name, e.g. witness.bfj.bund.de), CUSTOS_WITNESS_KEY (PKCS#8 file,
 * made on first start), CUSTOS_WITNESS_DATA_DIR, CUSTOS_WITNESS_HOST, CUSTOS_WITNESS_PORT and
 * CUSTOS_WITNESS_LOGS (the verifier keys of the logs it follows, or files holding them,
 * separated by commas), CUSTOS_WITNESS_RATE_LIMIT and CUSTOS_WITNESS_REFUSAL_LIMIT (submissions
 * and refused submissions per client address and minute), or the matching command-line options.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import {
  formatVerifierKey,
  type NoteVerifier,
  noteVerifierFromKey,
  SIG_TYPE_COSIGNATURE_V1,
} from '../core/log/note.ts';
import { loadOrCreateKey, writePublicFile } from '../keyring/key-files.ts';
import { Witness } from './witness.ts';
import { DEFAULT_WITNESS_LIMITS, type WitnessLimits, witnessApp } from './witness-app.ts';
import { WitnessStore } from './witness-store.ts';

export interface WitnessSettings {
  readonly name: string;
  readonly keyFile: string;
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** Verifier keys of the logs to follow, inline or as file paths. */
  readonly logs: readonly string[];
  readonly limits: WitnessLimits;
}

async function logVerifiers(specs: readonly string[]): Promise<Map<string, NoteVerifier>> {
  const out = new Map<string, NoteVerifier>();
  for (const spec of specs) {
    const vkey = spec.includes('+') ? spec : (await readFile(spec, 'utf8')).trim();
    const verifier = noteVerifierFromKey(vkey);
    out.set(verifier.name, verifier);
  }
  return out;
}

export interface RunningWitness {
  readonly url: string;
  readonly verifierKey: string;
  close(): Promise<void>;
}

export async function startWitness(
  settings: WitnessSettings,
  now: () => number = Date.now,
): Promise<RunningWitness> {
  const { pair } = await loadOrCreateKey(settings.keyFile);
  const verifierKey = formatVerifierKey(settings.name, SIG_TYPE_COSIGNATURE_V1, pair.publicKey);
  await writePublicFile(`${settings.keyFile.replace(/\.key$/, '')}.vkey`, `${verifierKey}\n`);
  const store = await WitnessStore.open(settings.dataDir);
  const witness = new Witness(
    { name: settings.name, seed: pair.seed, publicKey: pair.publicKey },
    await logVerifiers(settings.logs),
    store,
    now,
  );
  const app = witnessApp(witness, store, verifierKey, settings.limits);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(settings.port, settings.host, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${settings.host}:${port}`,
    verifierKey,
    close: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeIdleConnections();
      });
      await store.close();
    },
  };
}

function limit(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^(0|[1-9][0-9]{0,8})$/.test(text))
    throw new Error(`a rate limit is a whole number of requests per minute (0: none), not "${text}"`);
  return Number(text);
}

type WitnessFlags = Partial<
  Record<Exclude<keyof WitnessSettings, 'limits'> | 'rateLimit' | 'refusalLimit', string>
>;

export function witnessSettingsFromEnv(env: NodeJS.ProcessEnv, flags: WitnessFlags): WitnessSettings {
  const pick = (flag: keyof WitnessFlags, name: string, fallback?: string) =>
    flags[flag] ?? env[name] ?? fallback;
  const name = pick('name', 'CUSTOS_WITNESS_NAME');
  const logs = pick('logs', 'CUSTOS_WITNESS_LOGS');
  if (!name)
    throw new Error('a witness needs a name (--name or CUSTOS_WITNESS_NAME), e.g. witness.bfj.bund.de');
  if (!logs)
    throw new Error(
      'a witness needs the verifier keys of the logs it follows (--logs or CUSTOS_WITNESS_LOGS)',
    );
  return {
    name,
    keyFile: pick('keyFile', 'CUSTOS_WITNESS_KEY', './witness/witness.key')!,
    dataDir: pick('dataDir', 'CUSTOS_WITNESS_DATA_DIR', './witness/data')!,
    host: pick('host', 'CUSTOS_WITNESS_HOST', '127.0.0.1')!,
    port: Number(pick('port', 'CUSTOS_WITNESS_PORT', '8090')),
    logs: logs
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    limits: {
      requests: limit(pick('rateLimit', 'CUSTOS_WITNESS_RATE_LIMIT'), DEFAULT_WITNESS_LIMITS.requests),
      refusals: limit(pick('refusalLimit', 'CUSTOS_WITNESS_REFUSAL_LIMIT'), DEFAULT_WITNESS_LIMITS.refusals),
    },
  };
}
