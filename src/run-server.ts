/**
 * Runs the service in the foreground until SIGINT or SIGTERM: shared by `npm start` and
 * `custos serve`. On a signal it stops taking requests and finishes the batch in flight
 * before closing the store, so nothing acknowledged is lost.
 * @module
 */
import type { Config } from './config/environment.ts';
import { ConfigError, PLACEHOLDER_ORIGIN } from './config/environment.ts';
import { KeyFileError } from './keyring/key-files.ts';
import { IntegrityError } from './log/log-errors.ts';
import { openService } from './service.ts';
import { StoreError } from './storage/log-store.ts';

export async function runServer(config: Config): Promise<void> {
  const service = await openService(config);
  const url = await service.listen();
  const size = service.ledger.log.head().checkpoint.size;
  // Before the line that says where it serves, which scripts (and tests) wait for.
  if (config.origin === PLACEHOLDER_ORIGIN) process.stderr.write(placeholderOriginWarning());
  process.stdout.write(`Custos is serving ${config.origin} (tree size ${size}) at ${url}\n`);
  process.stdout.write(
    `  checkpoint: ${url}/log/checkpoint\n  log key:    ${service.identity.verifierKey}\n`,
  );
  const stop = async (signal: string) => {
    process.stdout.write(`${signal}: finishing appends in flight and closing the store\n`);
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * Loud, because the origin is signed into every checkpoint and printed on every court report:
 * reports of a log still named custos.localhost/log do not say whose log they come from.
 */
export function placeholderOriginWarning(): string {
  const rule = '!'.repeat(78);
  return [
    rule,
    `WARNING: this log uses the placeholder origin ${PLACEHOLDER_ORIGIN}.`,
    'Every checkpoint, log key and court report names it as the log that committed the',
    'evidence, so reports made now will not say whose log this is. Before recording real',
    'evidence, start a new log with CUSTOS_ORIGIN set to a name you control',
    '(e.g. CUSTOS_ORIGIN=custody.police.example/log): see docs/operations.md.',
    rule,
    '',
  ].join('\n');
}

/** One clear line for the start-up failures an operator can fix; a stack for anything else. */
export function startupFailure(e: unknown): string {
  const known =
    e instanceof ConfigError ||
    e instanceof KeyFileError ||
    e instanceof IntegrityError ||
    e instanceof StoreError;
  const line = `custos: ${known ? (e as Error).message : (e as Error).stack}`;
  return e instanceof IntegrityError
    ? `${line}\ncustos: refusing to serve this store; run \`custos audit\` for a full report`
    : line;
}
