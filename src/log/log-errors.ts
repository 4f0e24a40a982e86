/**
 * Errors of the running log, distinct from input errors: the HTTP layer maps these to 503
 * (retry later) or refuses to start.
 * @module
 */

/** The store does not match what it claims (self-check or audit failure). The log will not serve it. */
export class IntegrityError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'IntegrityError';
  }
}

/** The sequencer is not taking appends: overloaded (retry soon) or stopped after a storage fault. */
export class LogUnavailableError extends Error {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'LogUnavailableError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
