/**
 * `custos evidence register-dir <dir> --case … --parent …`: every file of an extraction hashed
 * and registered as a derivative item of it, in batches, resumable (src/cli/register-dir.ts).
 * @module
 */
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { printJson, printLine } from '../output.ts';
import { progressBar } from '../progress.ts';
import { registerDirectory } from '../register-dir.ts';
import { type GlobalFlags, Session } from '../session.ts';

/** Adds `register-dir` under the `evidence` command (registered by custody-commands.ts). */
export function registerDirCommand(program: Command, flags: () => GlobalFlags): void {
  const evidence = program.commands.find((c) => c.name() === 'evidence');
  if (!evidence) throw new Error('the evidence command must be registered first');
  evidence
    .command('register-dir <dir>')
    .description(
      'hash every file under <dir> (SHA-256 and SHA-512) and register each as a derivative item of the extraction --parent; an interrupted run resumes from its journal',
    )
    .requiredOption('--case <case>')
    .requiredOption('--parent <item>', 'the extraction the files come from (an item you can act on)')
    .option('--journal <file>', 'where progress is kept (default: <dir>.custos-journal beside the directory)')
    .option('--batch <n>', 'entries per request (1–1000)', '500')
    .option('--media-type <type>', 'default application/octet-stream', 'application/octet-stream')
    .option('--collected-by <actor>', 'default: you')
    .addHelpText(
      'after',
      '\nExample:\n  custos evidence register-dir /cases/042/phone-ffs --case fr-2026-042 --parent phone-7-ffs',
    )
    .action(async (dir: string, o: Record<string, string | undefined>) => {
      const batchSize = Number(o.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000)
        throw new CliError('--batch must be an integer from 1 to 1000', EXIT.usage);
      const session = await Session.open(flags());
      const signer = session.require('actor', 'who are you?');
      const summary = await registerDirectory(await session.client(), {
        dir,
        case: o.case!,
        parent: o.parent!,
        journal: o.journal ?? `${dir.replace(/\/+$/, '')}.custos-journal`,
        signer,
        collectedBy: o.collectedBy ?? signer,
        batchSize,
        mediaType: o.mediaType!,
        progress: (bytes, files) => progressBar(bytes, `hashing ${files} files`),
      });
      if (flags().json) printJson(summary);
      else {
        printLine(
          `${summary.files} files (${summary.bytes} bytes) under ${dir}: ${summary.hashed} hashed and ${summary.registered} registered in this run`,
        );
        for (const f of summary.failed) printLine(`  not registered: ${f.path}: ${f.problem}`);
      }
      if (summary.failed.length > 0)
        throw new CliError(`${summary.failed.length} files were not registered`, EXIT.refused);
    });
}
