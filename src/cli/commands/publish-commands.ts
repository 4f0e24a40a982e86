/**
 * `custos publish --to <dir>`: the checkpoint and hash tiles as plain files for a static web
 * server, CDN or mirror (src/cli/publish-tiles.ts); `--follow` keeps the copy current.
 * @module
 */
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { printJson, printLine } from '../output.ts';
import { publishOnce } from '../publish-tiles.ts';
import { type GlobalFlags, Session } from '../session.ts';

export function registerPublishCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('publish')
    .description(
      'write the checkpoint and tiles (C2SP tlog-tiles) as plain files for a web server, CDN or mirror',
    )
    .requiredOption('--to <dir>', 'the directory to write into')
    .option('--follow', 'keep publishing as the log grows, until interrupted')
    .option('--interval <seconds>', 'with --follow: how often to look for a new checkpoint', '5')
    .option(
      '--entries',
      'also publish entry bundles: they hold case data, so only to a private mirror (needs an auditor or administrator key)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  custos publish --to /var/www/custos-log\n  custos publish --to /srv/mirror --follow --interval 2',
    )
    .action(async (o: { to: string; follow?: boolean; interval: string; entries?: boolean }) => {
      const seconds = Number(o.interval);
      if (!(seconds > 0)) throw new CliError('--interval must be a positive number of seconds', EXIT.usage);
      const session = await Session.open(flags());
      const client = o.entries ? await session.client() : session.publicClient();
      const report = (p: { treeSize: number; written: number }) => {
        if (flags().json) printJson({ to: o.to, ...p });
        else printLine(`published tree size ${p.treeSize} to ${o.to} (${p.written} files written)`);
      };
      let last = -1;
      for (;;) {
        const published = await publishOnce(client, o.to, { entries: o.entries ?? false });
        if (published.treeSize !== last) report(published);
        last = published.treeSize;
        if (!o.follow) return;
        await new Promise((r) => setTimeout(r, seconds * 1000));
      }
    });
}
