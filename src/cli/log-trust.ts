/**
 * The log keys the CLI trusts, and the last checkpoint it saw of each: the trust store
 * (trust-store-file.ts). A key given with --log-key / CUSTOS_LOG_KEY / the config file is pinned
 * explicitly; failing that the served key is pinned on first use, loudly, so that the user
 * checks it with the operator. A key that differs from the one pinned for its origin is refused.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { noteVerifierFromKey } from '../core/log/note.ts';
import {
  originOfKey,
  pinLog,
  rememberCheckpoint as rememberInStore,
  type TrustedLog,
  trustedLog,
} from '../core/verify/trust-store.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { warn } from './output.ts';
import type { Session } from './session.ts';
import { readTrustStore, trustStorePath, updateTrustStore } from './trust-store-file.ts';

/** A verifier key given inline or as the path of a file holding it (keys/log.vkey). */
export async function verifierKeyArg(value: string): Promise<string> {
  if (/^[^\s+]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/.test(value.trim())) return value.trim();
  try {
    return (await readFile(value, 'utf8')).trim();
  } catch (e) {
    throw new CliError(
      `${value} is neither a verifier key nor a readable file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  }
}

const nowIso = () => new Date().toISOString();

/** The key of the log at --url, pinned in the trust store (explicitly or on first use). */
export async function pinnedLogKey(session: Session): Promise<string> {
  const configured = session.setting('logKey');
  if (configured) {
    const key = await verifierKeyArg(configured);
    await updateTrustStore((s) => pinLog(s, key, { how: 'explicit', at: nowIso() }), session.env);
    return key;
  }
  const served = (await session.publicClient().text('/log/key')).trim();
  noteVerifierFromKey(served);
  const known = trustedLog(await readTrustStore(session.env), originOfKey(served));
  await updateTrustStore(
    (s) => pinLog(s, served, { how: 'first-use', at: nowIso(), url: session.url }),
    session.env,
  );
  if (!known) {
    warn(`pinned the log key served by ${session.url} on first use: ${served}`);
    warn(
      `check this key with the log operator over another channel; it is what every verification trusts (kept in ${trustStorePath(session.env)})`,
    );
  }
  return served;
}

/** The pinned entry of the log whose key is `logKey`. */
export async function trustedEntry(session: Session, logKey: string): Promise<TrustedLog | undefined> {
  return trustedLog(await readTrustStore(session.env), originOfKey(logKey));
}

/**
 * The last checkpoint seen from `origin`: the trust store's, or the one an earlier version of the
 * CLI kept in checkpoints.json.
 */
export async function lastSeenCheckpoint(session: Session, origin: string): Promise<string | undefined> {
  const stored = trustedLog(await readTrustStore(session.env), origin)?.checkpoint;
  if (stored) return stored;
  return (await session.readJson<Record<string, string>>('checkpoints.json', {}))[origin];
}

export async function rememberCheckpoint(session: Session, note: string): Promise<void> {
  await updateTrustStore((s) => rememberInStore(s, note), session.env);
}
