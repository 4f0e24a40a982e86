/**
 * The log keys the CLI trusts, and the last checkpoint it saw of each: the trust store
 * (trust-store-file.ts). A key given with --log-key / CUSTOS_LOG_KEY / the config file is pinned
 * explicitly; failing that the served key is pinned on first use, loudly, so that the user
 * checks it with the operator. A key that differs from the one pinned for its origin is refused,
 * and so is a new origin served from a URL another origin is pinned for.
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
  return (await pinnedLog(session)).key;
}

/**
 * The key of the log at --url and whether this run pinned it on first use (then nothing has
 * been verified with a key the user confirmed). A new origin is refused from a URL another
 * origin is pinned for, and once the store holds explicit pins unless --accept-new-log is given.
 */
export async function pinnedLog(session: Session): Promise<{ key: string; pinnedNow: boolean }> {
  const configured = session.setting('logKey');
  const url = session.url;
  if (configured) {
    const key = await verifierKeyArg(configured);
    await updateTrustStore((s) => pinLog(s, key, { how: 'explicit', at: nowIso(), url }), session.env);
    return { key, pinnedNow: false };
  }
  const served = (await session.publicClient().text('/log/key')).trim();
  noteVerifierFromKey(served);
  const known = trustedLog(await readTrustStore(session.env), originOfKey(served));
  const acceptNew = Boolean(session.flags.acceptNewLog);
  await updateTrustStore(
    (s) => pinLog(s, served, { how: 'first-use', at: nowIso(), url, acceptNew }),
    session.env,
  );
  if (!known) {
    warn(`pinned the log key served by ${url} on first use: ${served}`);
    warn(
      `check this key with the log operator over another channel; it is what every verification trusts (kept in ${trustStorePath(session.env)})`,
    );
  }
  return { key: served, pinnedNow: !known };
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
