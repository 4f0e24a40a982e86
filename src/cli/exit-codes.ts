/**
 * The CLI's exit codes (docs/cli.md). Scripts branch on them, so they never change meaning.
 * @module
 */
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

/** An error the CLI reports as one line, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
