/**
 * `custos`: the command line of investigators, evidence officers, courts and operators.
 * Global options: --url, --key, --actor (also CUSTOS_URL, CUSTOS_KEY, CUSTOS_ACTOR and the
 * per-user config; flag > environment > config), --log-key, --json. Exit codes: exit-codes.ts.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { ServiceError } from '../client/custos-client.ts';
import { CustosError } from '../core/errors.ts';
import { VERSION } from '../version.ts';
import { registerAdminCommands } from './commands/admin-commands.ts';
import { registerBackupCommands } from './commands/backup-commands.ts';
import { registerCheckpointCommand } from './commands/checkpoint-command.ts';
import { registerCustodyCommands } from './commands/custody-commands.ts';
import { registerDesignationCommands } from './commands/designation-commands.ts';
import { registerExportCommands } from './commands/export-commands.ts';
import { registerLocalCommands } from './commands/local-commands.ts';
import { registerMonitorCommands } from './commands/monitor-commands.ts';
import { registerPublishCommands } from './commands/publish-commands.ts';
import { registerReadCommands } from './commands/read-commands.ts';
import { registerDirCommand } from './commands/register-dir-commands.ts';
import { registerRetentionCommands } from './commands/retention-commands.ts';
import { registerServerCommands } from './commands/server-commands.ts';
import { registerTransferCommands } from './commands/transfer-commands.ts';
import { registerTrustCommands } from './commands/trust-commands.ts';
import { registerWitnessCommands } from './commands/witness-commands.ts';
import { CliError, EXIT, type ExitCode, exitCodeOf } from './exit-codes.ts';
import { documentCommands } from './help-text.ts';
import type { GlobalFlags } from './session.ts';

export function buildProgram(): Command {
  const program = new Command('custos')
    .description('Custos: chain of custody for electronic evidence, in a verifiable log')
    .version(VERSION)
    .option('--url <url>', 'the Custos service (CUSTOS_URL; default http://127.0.0.1:8080)')
    .option('--key <file>', 'your private key, PKCS#8 PEM (CUSTOS_KEY)')
    .option('--actor <id>', 'your actor id (CUSTOS_ACTOR)')
    .option('--log-key <vkey|file>', "the log's verifier key to trust (CUSTOS_LOG_KEY)")
    .option(
      '--accept-new-log',
      'pin the key a log serves on first use although you have pinned logs explicitly',
    )
    .option('--json', 'machine-readable output')
    .showHelpAfterError()
    .exitOverride();
  const flags = () => program.opts<GlobalFlags>();
  registerLocalCommands(program, flags);
  registerAdminCommands(program, flags);
  registerCustodyCommands(program, flags);
  registerDirCommand(program, flags);
  registerReadCommands(program, flags);
  registerCheckpointCommand(program, flags);
  registerTrustCommands(program, flags);
  registerDesignationCommands(program, flags);
  registerRetentionCommands(program, flags);
  registerTransferCommands(program, flags);
  registerExportCommands(program, flags);
  registerServerCommands(program, flags);
  registerWitnessCommands(program, flags);
  registerBackupCommands(program, flags);
  registerPublishCommands(program, flags);
  registerMonitorCommands(program, flags);
  documentCommands(program);
  return program;
}

/** One line on stderr, and the documented exit code. */
export function exitCodeFor(e: unknown): { code: ExitCode; message?: string } {
  if (e instanceof CommanderError) return { code: e.exitCode === 0 ? EXIT.ok : EXIT.usage };
  if (e instanceof CliError) return { code: e.exitCode, message: e.message };
  if (e instanceof ServiceError) {
    const status = e.problem.status;
    const code = status === 409 ? EXIT.conflict : status >= 500 ? EXIT.unreachable : EXIT.refused;
    const where = e.problem.errors
      ? ` (${(e.problem.errors as { path: string[] }[]).map((x) => x.path.join('.')).join(', ')})`
      : '';
    return { code, message: `the service refused: ${e.problem.detail} [${e.problem.code}]${where}` };
  }
  if (e instanceof CustosError) return { code: exitCodeOf(e.code), message: e.message };
  const errno = e as NodeJS.ErrnoException;
  if (errno?.code && errno.syscall)
    return { code: EXIT.local, message: `${errno.path ?? ''}: ${errno.code}` };
  return { code: EXIT.local, message: (e as Error)?.stack ?? String(e) };
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    const { code, message } = exitCodeFor(e);
    if (message) process.stderr.write(`custos: ${message}\n`);
    return code;
  }
}
