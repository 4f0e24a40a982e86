/**
 * `custos witness serve` — a foreign authority's witness, on its own machine with its own key
 * and store — and `custos witness evidence`, the forks and rollbacks it refused.
 * @module
 */
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { printJson, printLine } from '../output.ts';
import type { GlobalFlags } from '../session.ts';

export function registerWitnessCommands(program: Command, flags: () => GlobalFlags): void {
  const witness = program
    .command('witness')
    .description('run a witness that cosigns the checkpoints of logs it follows (C2SP tlog-witness)');
  witness
    .command('serve')
    .option('--name <name>', 'the witness key name, e.g. witness.bfj.bund.de (CUSTOS_WITNESS_NAME)')
    .option('--key-file <file>', 'its private key, made on first start (CUSTOS_WITNESS_KEY)')
    .option('--data-dir <dir>', 'its store (CUSTOS_WITNESS_DATA_DIR)')
    .option('--host <host>', 'CUSTOS_WITNESS_HOST, default 127.0.0.1')
    .option('--port <port>', 'CUSTOS_WITNESS_PORT, default 8090')
    .option('--logs <vkeys>', "the logs' verifier keys (or files), comma-separated (CUSTOS_WITNESS_LOGS)")
    .addHelpText(
      'after',
      '\nExample:\n  custos witness serve --name witness.bfj.bund.de --logs /etc/custos/fr-log.vkey --port 8090',
    )
    .action(async (o: Record<string, string>) => {
      const { startWitness, witnessSettingsFromEnv } = await import('../../witness/run-witness.ts');
      let settings: ReturnType<typeof witnessSettingsFromEnv>;
      try {
        settings = witnessSettingsFromEnv(process.env, o);
      } catch (e) {
        throw new CliError((e as Error).message, EXIT.usage);
      }
      const running = await startWitness(settings);
      printLine(`witness ${settings.name} is serving at ${running.url}`);
      printLine(`  cosignature key: ${running.verifierKey}`);
      const stop = async () => {
        await running.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
  witness
    .command('evidence')
    .description('the misbehaviour this witness refused: both checkpoints of each fork or rollback')
    .option('--data-dir <dir>', 'its store (CUSTOS_WITNESS_DATA_DIR, default ./witness/data)')
    .action(async (o: { dataDir?: string }) => {
      const { WitnessStore } = await import('../../witness/witness-store.ts');
      const store = await WitnessStore.open(
        o.dataDir ?? process.env.CUSTOS_WITNESS_DATA_DIR ?? './witness/data',
      );
      try {
        const evidence = await store.evidence();
        if (flags().json) printJson(evidence.map((e, i) => ({ id: String(i), ...e })));
        else if (evidence.length === 0) printLine('no misbehaviour recorded');
        else
          for (const e of evidence)
            printLine(
              `${e.recordedAt} ${e.origin}: ${e.kind}: ${e.reason}\n--- cosigned ---\n${e.cosigned}--- submitted ---\n${e.submitted}`,
            );
      } finally {
        await store.close();
      }
    });
}
