/**
 * The one catalogue of error kinds the core raises on untrusted input. Callers branch on
 * `code`, never on the message; docs/errors.md lists every code and its HTTP mapping.
 *
 * Programming mistakes (a negative tree size passed by our own code) are TypeError/RangeError
 * and are never mapped to a client response.
 * @module
 */

/** Malformed input: wrong shape, encoding, length or range. */
export type ValidationCode =
  | 'bad_encoding'
  | 'bad_length'
  | 'bad_format'
  | 'bad_range'
  | 'too_large'
  | 'schema';

/** Well-formed input that does not verify. */
export type VerificationCode =
  | 'bad_signature'
  | 'bad_key'
  | 'unknown_key'
  | 'bad_proof'
  | 'origin_mismatch'
  | 'inconsistent';

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export abstract class CustosError extends Error {
  abstract readonly code: string;
  /** Where in the input the problem is, as JSON paths; empty when the input as a whole is at fault. */
  readonly issues: FieldIssue[];

  constructor(message: string, issues: FieldIssue[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.issues = issues;
  }
}

export class ValidationError extends CustosError {
  readonly code: ValidationCode;
  constructor(code: ValidationCode, message: string, issues: FieldIssue[] = []) {
    super(message, issues);
    this.code = code;
  }
}

export class VerificationError extends CustosError {
  readonly code: VerificationCode;
  constructor(code: VerificationCode, message: string, issues: FieldIssue[] = []) {
    super(message, issues);
    this.code = code;
  }
}
