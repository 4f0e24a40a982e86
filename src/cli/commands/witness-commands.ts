/**
 * `custos witness serve` — a foreign authority's witness, on its own machine with its own key
 * and store — and `custos witness evidence`, which checks offline that each fork record a
 * witness kept proves a fork by itself.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { noteVerifierFromKey } from '../../core/log/note.ts';
import { checkForkEvidence } from '../../core/witness/fork-evidence.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { verifierKeyArg } from '../log-trust.ts';
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
    .option(
      '--rate-limit <n>',
      'submissions per client address and minute, 0 for none (CUSTOS_WITNESS_RATE_LIMIT, default 6000)',
    )
    .option(
      '--refusal-limit <n>',
      'refused submissions per client address and minute, 0 for none (CUSTOS_WITNESS_REFUSAL_LIMIT, default 60)',
    )
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
    .description('check fork evidence offline: does each record prove, by itself, that the log forked?')
    .argument('[source]', "a witness's URL, or a file holding its /evidence answer or one record")
    .option('--data-dir <dir>', 'read a stopped witness store instead (CUSTOS_WITNESS_DATA_DIR)')
    .addHelpText(
      'after',
      '\nExamples:\n  custos witness evidence https://witness.bfj.bund.de --log-key fr-log.vkey\n  custos witness evidence fork.json --log-key fr-log.vkey',
    )
    .action(async (source: string | undefined, o: { dataDir?: string }) => {
      const logKey = flags().logKey ?? process.env.CUSTOS_LOG_KEY;
      if (!logKey) throw new CliError('give the log key the evidence is about (--log-key)', EXIT.usage);
      const verifier = noteVerifierFromKey(await verifierKeyArg(logKey));
      const records = await loadEvidence(source, o.dataDir);
      const checked = records.map((r) => ({ record: r, verdict: checkForkEvidence(r, verifier) }));
      if (flags().json)
        printJson(checked.map(({ record, verdict }, i) => ({ id: String(i), ...verdict, record })));
      else if (checked.length === 0) printLine('no fork evidence recorded');
      else
        for (const { record, verdict } of checked) {
          const at = describeRecord(record);
          printLine(
            verdict.proven ? `PROVEN ${at}: ${verdict.detail}` : `NOT PROVEN ${at}: ${verdict.reason}`,
          );
        }
      const unproven = checked.filter((c) => !c.verdict.proven).length;
      if (unproven)
        throw new CliError(`${unproven} of ${checked.length} records do not prove a fork`, EXIT.notVerified);
    });
}

function describeRecord(record: unknown): string {
  const r = (record ?? {}) as Record<string, unknown>;
  return `${String(r.recordedAt ?? '?')} by ${String(r.witness ?? '?')} about ${String(r.origin ?? '?')}`;
}

async function loadEvidence(source: string | undefined, dataDir: string | undefined): Promise<unknown[]> {
  if (source === undefined) {
    const { WitnessStore } = await import('../../witness/witness-store.ts');
    const store = await WitnessStore.open(dataDir ?? process.env.CUSTOS_WITNESS_DATA_DIR ?? './witness/data');
    try {
      return await store.evidence();
    } finally {
      await store.close();
    }
  }
  let parsed: unknown;
  try {
    parsed = /^https?:\/\//.test(source)
      ? await (await fetch(new URL('evidence', source.endsWith('/') ? source : `${source}/`))).json()
      : JSON.parse(await readFile(source, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read evidence from ${source}: ${(e as Error).message}`, EXIT.local);
  }
  if (Array.isArray(parsed)) return parsed;
  const list = (parsed as { evidence?: unknown } | null)?.evidence;
  return Array.isArray(list) ? list : [parsed];
}
