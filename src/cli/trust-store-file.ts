/**
 * The CLI's trust store file: `trust.json` next to the config file, mode 0600, in the format of
 * docs/formats.md (The trust store). Written whole to a temporary file and renamed, so a reader
 * never sees half of it and two commands never leave a mix of both.
 * @module
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { emptyTrustStore, type TrustStore } from '../core/verify/trust-store.ts';
import { parseTrustStore } from '../core/verify/trust-store-format.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { configDir } from './settings.ts';

export function trustStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CUSTOS_TRUST_STORE ?? join(configDir(env), 'trust.json');
}

export async function readTrustStore(env: NodeJS.ProcessEnv = process.env): Promise<TrustStore> {
  const path = trustStorePath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyTrustStore();
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code}`, EXIT.local);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not JSON: fix or remove it (it holds the logs you trust)`, EXIT.local);
  }
  try {
    return parseTrustStore(json);
  } catch (e) {
    throw new CliError(`${path} is not a Custos trust store: ${(e as Error).message}`, EXIT.local);
  }
}

export async function writeTrustStore(
  store: TrustStore,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const path = trustStorePath(env);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(store, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
  return path;
}

/** Reads, changes and writes the store (the change may throw: then nothing is written). */
export async function updateTrustStore(
  change: (store: TrustStore) => TrustStore,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TrustStore> {
  const before = await readTrustStore(env);
  const after = change(before);
  if (after !== before) await writeTrustStore(after, env);
  return after;
}
