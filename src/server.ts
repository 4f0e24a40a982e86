/**
 * `npm start`: serves Custos with the configuration from the environment (docs/operations.md) and
 * prints where. On first start it creates the keys it needs under CUSTOS_KEYS_DIR.
 * @module
 */
import { loadConfig } from './config/environment.ts';
import { runServer, startupFailure } from './run-server.ts';

try {
  await runServer(loadConfig(process.env));
} catch (e) {
  process.stderr.write(`${startupFailure(e)}\n`);
  process.exit(1);
}
