/**
 * Errors of the running log, distinct from input errors: the HTTP layer answers them 503
 * (retry later) or 500, and the server refuses to start on an integrity failure.
 * @module
 */
import { CustosError } from '../core/errors.ts';

/** The store does not match what it claims (self-check or audit failure). The log will not serve it. */
export class IntegrityError extends CustosError {
  readonly code = 'integrity';
  constructor(message: string, options?: ErrorOptions) {
    super(message, [], {}, options);
  }
}

/** The sequencer is not taking appends: overloaded (retry soon) or stopped after a storage fault. */
export class LogUnavailableError extends CustosError {
  readonly code = 'log_unavailable';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
  ) {
    super(message, [], {}, options);
  }
}
