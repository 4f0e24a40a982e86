/**
 * The log key the CLI trusts, and the last checkpoint it saw. The key is pinned from
 * --log-key / CUSTOS_LOG_KEY / the config file; failing those it is fetched once and pinned
 * (trust on first use), loudly, so that the user checks it with the operator.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { noteVerifierFromKey } from '../core/log/note.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { warn } from './output.ts';
import type { Session } from './session.ts';
import { readConfig, writeConfig } from './settings.ts';

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

export async function pinnedLogKey(session: Session): Promise<string> {
  const configured = session.setting('logKey');
  if (configured) return verifierKeyArg(configured);
  const served = (await session.publicClient().text('/log/key')).trim();
  noteVerifierFromKey(served);
  await writeConfig({ ...(await readConfig(session.env)), logKey: served }, session.env);
  warn(`pinned the log key served by ${session.url}: ${served}`);
  warn('check this key with the log operator over another channel; it is what every verification trusts');
  return served;
}

type Seen = Record<string, string>;

export async function lastSeenCheckpoint(session: Session, origin: string): Promise<string | undefined> {
  return (await session.readJson<Seen>('checkpoints.json', {}))[origin];
}

export async function rememberCheckpoint(session: Session, origin: string, note: string): Promise<void> {
  const seen = await session.readJson<Seen>('checkpoints.json', {});
  seen[origin] = note;
  await session.writePrivate('checkpoints.json', seen);
}
