/**
 * The server's own commands under the same binary: `serve`, `init` (first start: keys and the
 * genesis administrator, without serving) and `audit` (the full store audit).
 * @module
 */
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { verifierKeyArg } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import type { GlobalFlags } from '../session.ts';

/**
 * What the server's commands share, loaded when one runs: the key and store modules (ML-DSA,
 * LevelDB's location rules) are not needed to start `custos verify` or any client command.
 */
export async function serverModules() {
  const [environment, logKeys, location] = await Promise.all([
    import('../../config/environment.ts'),
    import('../../keyring/log-keys.ts'),
    import('../../storage/store-location.ts'),
  ]);
  return {
    loadConfig: environment.loadConfig,
    storeLocation: environment.storeLocation,
    loadLogIdentity: logKeys.loadLogIdentity,
    shownLocation: location.shownLocation,
  };
}

export function registerServerCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('serve')
    .description(
      'run the service (configuration from CUSTOS_HOST, CUSTOS_PORT, CUSTOS_DATA_DIR, CUSTOS_KEYS_DIR, CUSTOS_ORIGIN)',
    )
    .action(async () => {
      // The server's modules (Express, LevelDB) load only for the commands that need them.
      const { runServer, startupFailure } = await import('../../run-server.ts');
      const { loadConfig } = await serverModules();
      try {
        await runServer(loadConfig(process.env));
      } catch (e) {
        throw new CliError(startupFailure(e).replace(/^custos: /, ''), EXIT.local);
      }
    });

  program
    .command('init')
    .description(
      'first start without serving: make the log key and the genesis administrator, record entry 0',
    )
    .action(async () => {
      const { loadConfig, shownLocation, storeLocation } = await serverModules();
      const config = loadConfig(process.env, { port: 0 });
      const { openService } = await import('../../service.ts');
      const service = await openService(config);
      const size = service.ledger.log.head().checkpoint.size;
      await service.close();
      const result = {
        origin: config.origin,
        treeSize: size,
        logKey: service.identity.verifierKey,
        keysDir: config.keysDir,
        dataDir: config.dataDir,
        store: shownLocation(storeLocation(config)),
      };
      if (flags().json) printJson(result);
      else
        printLine(
          `log ${config.origin} ready in ${shownLocation(storeLocation(config))} (tree size ${size}); log key ${result.logKey}`,
        );
    });

  program
    .command('audit')
    .description(
      're-read the whole store and check every entry, hash and checkpoint (a LevelDB store: stop the server first)',
    )
    .option('--data-dir <dir>', 'the store (default: CUSTOS_STORE, else CUSTOS_DATA_DIR or ./data)')
    .option('--store <dir|url>', 'the store: a LevelDB directory or a postgres:// URL')
    .option('--log-key <vkey|file>', "the log's verifier key (default: from CUSTOS_KEYS_DIR/log.vkey)")
    .action(async (o: { dataDir?: string; store?: string; logKey?: string }) => {
      const { loadConfig, loadLogIdentity, storeLocation } = await serverModules();
      const config = loadConfig(process.env);
      const vkey = o.logKey
        ? await verifierKeyArg(o.logKey)
        : (await loadLogIdentity(config.keysDir, config.origin)).verifierKey;
      const { openStore } = await import('../../storage/open-store.ts');
      const { auditStore, findingLines } = await import('../store-audit.ts');
      let store: Awaited<ReturnType<typeof openStore>>;
      try {
        store = await openStore(o.store ?? o.dataDir ?? storeLocation(config));
      } catch (e) {
        const locked = /lock/i.test(String((e as Error).message));
        throw new CliError(
          locked
            ? 'the store is in use (is the server running?); stop it, or audit a backup'
            : (e as Error).message,
          EXIT.local,
        );
      }
      try {
        const report = await auditStore(store, vkey);
        if (flags().json) printJson(report);
        else {
          printLine(
            `audited ${report.entries} entries, ${report.hashes} hashes, ${report.checkpoints} checkpoints (tree size ${report.treeSize}), ${report.index.records} index records and the history map (${report.map.subjects} subjects, rebuilt from the entries and compared with ${report.map.checkpoints} checkpoints)`,
          );
          for (const line of findingLines(report)) printLine(`  ${line}`);
          printLine(report.ok ? 'audit passed' : 'AUDIT FAILED');
        }
        if (!report.ok) throw new CliError('the audit found problems', EXIT.notVerified);
      } finally {
        await store.close();
      }
    });
}
