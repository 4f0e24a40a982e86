/**
 * `custos monitor`: recompute the log's history map from its entries, over HTTP, and compare it
 * with the root its checkpoint signs (src/cli/map-monitor.ts).
 * @module
 */
import type { Command } from 'commander';
import { CliError, EXIT } from '../exit-codes.ts';
import { pinnedLogKey } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';

export function registerMonitorCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('monitor')
    .description(
      "recompute the history map from the log's entries and check the root its checkpoint signs (needs an auditor or administrator key)",
    )
    .addHelpText('after', '\nExamples:\n  custos monitor --as auditor-1')
    .action(async () => {
      const session = await Session.open(flags());
      const logKey = await pinnedLogKey(session);
      const { monitorMap } = await import('../map-monitor.ts');
      const report = await monitorMap(await session.client(), logKey);
      if (flags().json) printJson(report);
      else {
        printLine(report.ok ? `map consistent: ${report.message}` : report.message);
        printLine(
          `  signed map root ${report.signedMapRoot ?? '(none)'}, computed ${report.computedMapRoot}`,
        );
      }
      if (!report.ok) throw new CliError('the history map does not match the log', EXIT.notVerified);
    });
}
