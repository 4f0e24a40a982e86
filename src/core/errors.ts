/**
 * Typed errors. Every error a person or a program sees carries a code from the one table
 * (error-codes.ts), which also decides its HTTP status; callers branch on `code`, never on the
 * message. docs/errors.md and docs/rules.md list every code.
 *
 * Programming mistakes (a negative tree size passed by our own code) are TypeError/RangeError
 * and are never mapped to a client response.
 * @module
 */
import {
  type ErrorCode,
  type LocalCode,
  type RuleCode,
  statusOf,
  type ValidationCode,
  type VerificationCode,
} from './error-codes.ts';

export type { ErrorCode, RuleCode, ValidationCode, VerificationCode } from './error-codes.ts';

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export abstract class CustosError extends Error {
  abstract readonly code: ErrorCode;
  /** Where in the input the problem is, as JSON paths; empty when the input as a whole is at fault. */
  readonly issues: FieldIssue[];
  /** Facts that help the client recover (e.g. the current head after a conflict). */
  readonly details: Record<string, unknown>;

  constructor(
    message: string,
    issues: FieldIssue[] = [],
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
    this.issues = issues;
    this.details = details;
  }

  /** The HTTP status of this error's code: decided by the table, nowhere else. */
  get status(): number {
    return statusOf(this.code);
  }
}

/** Malformed input: wrong shape, encoding, length or range. */
export class ValidationError extends CustosError {
  readonly code: ValidationCode;
  constructor(code: ValidationCode, message: string, issues: FieldIssue[] = []) {
    super(message, issues);
    this.code = code;
  }
}

/**
 * Well-formed input that does not verify. `details` carries the facts a verifier needs to say
 * why in the reader's language (who signed, which witnesses are missing): src/core/verify's
 * failure-reason.ts turns them into a catalogue message.
 */
export class VerificationError extends CustosError {
  readonly code: VerificationCode;
  constructor(
    code: VerificationCode,
    message: string,
    issues: FieldIssue[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message, issues, details);
    this.code = code;
  }
}

/**
 * A custody or ledger rule refused an entry; `code` names the rule (docs/rules.md), and its
 * status says how: 409 another entry got there first (retry with the current head), 403 this
 * signer may not do this, 422 nobody may.
 */
export class RuleViolation extends CustosError {
  constructor(
    readonly code: RuleCode,
    message: string,
    details: Record<string, unknown> = {},
    issues: FieldIssue[] = [],
  ) {
    super(message, issues, details);
  }
}

/** A problem of the machine the program runs on: configuration, key files, the store, a backup. */
export class LocalError extends CustosError {
  constructor(
    readonly code: LocalCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, [], {}, options);
  }
}
