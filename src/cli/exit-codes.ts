/**
 * The CLI's exit codes (docs/cli.md). Scripts branch on them, so they never change meaning.
 * @module
 */
import { ERROR_CODES, type ErrorCode, type LocalCode } from '../core/error-codes.ts';
import { CustosError } from '../core/errors.ts';

export const EXIT = {
  ok: 0,
  /** Something did not verify: a bundle, a proof, a checkpoint (split view), a file digest. */
  notVerified: 1,
  /** The command line is wrong. */
  usage: 2,
  /** The service refused the request (a rule, the schema, authentication). */
  refused: 3,
  /** The service refused because someone else wrote first (409): fetch and retry. */
  conflict: 4,
  /** The service could not be reached, its certificate is bad, or it failed (5xx). */
  unreachable: 5,
  /** A local file or key could not be read or written. */
  local: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const CODE_OF_EXIT: Record<ExitCode, LocalCode> = {
  0: 'usage',
  1: 'not_verified',
  2: 'usage',
  3: 'usage',
  4: 'usage',
  5: 'unreachable',
  6: 'local_file',
};

/** An error the CLI reports as one line, with its exit code; its code is the table's for that exit. */
export class CliError extends CustosError {
  readonly code: LocalCode;
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.code = CODE_OF_EXIT[exitCode];
  }
}

/** The exit code for an error code of the one table (core/error-codes.ts). */
export function exitCodeOf(code: ErrorCode): ExitCode {
  switch (code) {
    case 'usage':
      return EXIT.usage;
    case 'unreachable':
      return EXIT.unreachable;
    case 'config':
    case 'local_file':
    case 'store':
    case 'backup':
      return EXIT.local;
    default: {
      const status = ERROR_CODES[code].status;
      if (ERROR_CODES[code].local || status === 422 || status === 400) return EXIT.notVerified;
      return status === 409 ? EXIT.conflict : status >= 500 ? EXIT.unreachable : EXIT.refused;
    }
  }
}
