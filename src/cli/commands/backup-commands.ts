/**
 * `custos backup` (online through the service, or offline from a stopped store) and
 * `custos restore` (into a new, empty store, then a full audit of what was restored).
 * @module
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { verifierKeyArg } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { serverModules } from './server-commands.ts';

export function registerBackupCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('backup <file>')
    .description(
      'write a consistent backup: online from the running service (administrators), or offline with --data-dir',
    )
    .option('--data-dir <dir>', 'back up a stopped LevelDB store directly')
    .option(
      '--store <dir|url>',
      'back up a store directly: a stopped LevelDB directory, or a postgres:// URL (live)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  custos backup /backups/custos-$(date +%F).backup\n  custos backup copy.backup --data-dir ./data',
    )
    .action(async (file: string, o: { dataDir?: string; store?: string }) => {
      const { readBackup, writeBackup } = await import('../../storage/backup.ts');
      const { openStore } = await import('../../storage/open-store.ts');
      const direct = o.store ?? o.dataDir;
      const partial = `${file}.partial`;
      let summary: Awaited<ReturnType<typeof readBackup>>;
      try {
        if (direct) {
          const store = await openStore(direct).catch((e: Error) => {
            throw new CliError(
              /lock/i.test(e.message)
                ? 'the store is in use: back it up through the running service instead (without --data-dir)'
                : e.message,
              EXIT.local,
            );
          });
          try {
            await writeBackup(store, createWriteStream(partial, { mode: 0o600 }));
          } finally {
            await store.close();
          }
        } else {
          const client = await (await Session.open(flags())).client();
          const body = await client.stream('/v1/admin/backup', true);
          await pipeline(
            Readable.fromWeb(body as WebReadableStream),
            createWriteStream(partial, { mode: 0o600 }),
          );
        }
        // Read it back before it takes the final name: a cut connection or a full disk must not
        // leave a file that looks like a backup.
        summary = await readBackup(
          createReadStream(partial) as AsyncIterable<Buffer>,
          async () => undefined,
        ).catch((e: Error) => {
          throw new CliError(`the backup did not check out, nothing was kept: ${e.message}`, EXIT.local);
        });
        await rename(partial, file);
      } catch (e) {
        await rm(partial, { force: true });
        throw e;
      }
      if (flags().json) printJson({ file, ...summary });
      else
        printLine(
          `backup written to ${file}: ${summary.records} records, tree size ${summary.treeSize}, read back intact`,
        );
    });

  program
    .command('restore <file>')
    .description('restore a backup into a new, empty store (LevelDB or PostgreSQL), then audit it')
    .option('--data-dir <dir>', 'where the restored LevelDB store goes (must not hold a store)')
    .option(
      '--store <dir|url>',
      'where the restored store goes: a LevelDB directory or a postgres:// URL (empty)',
    )
    .option(
      '--log-key <vkey|file>',
      "the log's verifier key to audit with (default: CUSTOS_KEYS_DIR/log.vkey)",
    )
    .action(async (file: string, o: { dataDir?: string; store?: string; logKey?: string }) => {
      const { readBackup } = await import('../../storage/backup.ts');
      const { openStore } = await import('../../storage/open-store.ts');
      const target = o.store ?? o.dataDir;
      if (!target)
        throw new CliError('say where to restore: --store <dir|url> or --data-dir <dir>', EXIT.usage);
      const { auditStore, findingLines } = await import('../store-audit.ts');
      const { loadConfig, loadLogIdentity, shownLocation } = await serverModules();
      const config = loadConfig(process.env);
      const vkey = o.logKey
        ? await verifierKeyArg(o.logKey)
        : (await loadLogIdentity(config.keysDir, config.origin)).verifierKey;
      const store = await openStore(target);
      try {
        let first = true;
        const summary = await readBackup(createReadStream(file) as AsyncIterable<Buffer>, async (records) => {
          await store.restoreRecords(records, first);
          first = false;
        }).catch((e: Error) => {
          throw new CliError(`${file}: ${e.message}`, EXIT.local);
        });
        const report = await auditStore(store, vkey);
        if (flags().json) printJson({ ...summary, audit: report });
        else {
          printLine(
            `restored ${summary.records} records (tree size ${summary.treeSize}) into ${shownLocation(target)}`,
          );
          printLine(
            report.ok
              ? 'audit of the restored store passed'
              : `AUDIT FAILED: ${findingLines(report).join('; ')}`,
          );
        }
        if (!report.ok) throw new CliError('the restored store does not pass the audit', EXIT.notVerified);
      } finally {
        await store.close();
      }
    });
}
