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
export type VerificationCode = 'bad_signature' | 'unknown_key' | 'bad_proof' | 'origin_mismatch';

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export abstract class CustosError extends Error {
  abstract readonly code: string;
  /** Where in the input the problem is, as JSON paths; empty when the input as a whole is at fault. */
  readonly issues: FieldIssue[];
  /** Facts that help the client recover (e.g. the current head after a conflict). */
  readonly details: Record<string, unknown>;

  constructor(message: string, issues: FieldIssue[] = [], details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.issues = issues;
    this.details = details;
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

/**
 * How a ledger rule refused an entry: `conflict` (another entry got there first: retry with
 * the current head), `forbidden` (this signer may not do this), `invalid` (nobody may).
 */
export type RuleNature = 'conflict' | 'forbidden' | 'invalid';

/** A custody or ledger rule refused an entry; `code` names the rule (docs/rules.md). */
export class RuleViolation extends CustosError {
  constructor(
    readonly code: string,
    readonly nature: RuleNature,
    message: string,
    details: Record<string, unknown> = {},
    issues: FieldIssue[] = [],
  ) {
    super(message, issues, details);
  }
}
