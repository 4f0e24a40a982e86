/**
 * Errors raised by the HTTP layer itself (routing, authentication, bodies). Their status comes
 * from the code, in the one table (core/error-codes.ts); problem.ts maps every error in one place.
 * @module
 */
import type { ProtocolCode, ValidationCode } from '../core/error-codes.ts';
import { CustosError, type FieldIssue } from '../core/errors.ts';

export class HttpError extends CustosError {
  constructor(
    readonly code: ProtocolCode | ValidationCode,
    message: string,
    issues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message, issues);
  }
}

export const notFound = (what = 'no such resource'): HttpError => new HttpError('not_found', what);
