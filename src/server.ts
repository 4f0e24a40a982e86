/**
 * `npm start`: serves Custos with the configuration from the environment (CONTRACT §8) and
 * prints where. On first start it creates the keys it needs under CUSTOS_KEYS_DIR.
 * @module
 */
import { ConfigError, loadConfig } from './config.ts';
import { KeyFileError } from './keys/key-files.ts';
import { IntegrityError } from './log/log-errors.ts';
import { openService } from './service.ts';
import { StoreError } from './storage/log-store.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const service = await openService(config);
  const url = await service.listen();
  const size = service.ledger.log.head().checkpoint.size;
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

main().catch((e: unknown) => {
  // Known start-up failures get one clear line; anything else is a bug and keeps its stack.
  const known =
    e instanceof ConfigError ||
    e instanceof KeyFileError ||
    e instanceof IntegrityError ||
    e instanceof StoreError;
  process.stderr.write(`custos: ${known ? (e as Error).message : (e as Error).stack}\n`);
  if (e instanceof IntegrityError)
    process.stderr.write('custos: refusing to serve this store; run `custos audit` for a full report\n');
  process.exit(1);
});
