/**
 * The one table of error codes. Every error Custos shows a person or a program carries one of
 * these codes, whatever raised it (the core, a ledger rule, the HTTP layer, the CLI, a store);
 * its HTTP status is decided here and nowhere else, and the CLI's exit code follows from it.
 * docs/errors.md (input, protocol and operational codes) and docs/rules.md (ledger rules)
 * document every code with this status, and test/docs.test.ts holds the three together.
 *
 * `status` is what an HTTP answer carries; `local` codes never leave the process that raised
 * them (a configuration or key file problem), and are 500 if one ever did.
 * @module
 */

interface CodeInfo {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  /** Raised only on the machine that runs the command or the server, never sent to a client. */
  readonly local?: true;
}

const INPUT = {
  schema: { status: 400 },
  bad_encoding: { status: 400 },
  bad_length: { status: 400 },
  bad_format: { status: 400 },
  bad_range: { status: 400 },
  bad_json: { status: 400 },
  bad_request: { status: 400 },
  too_large: { status: 413 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
} as const satisfies Record<string, CodeInfo>;

const VERIFICATION = {
  bad_signature: { status: 422 },
  unknown_key: { status: 422 },
  bad_proof: { status: 422 },
  origin_mismatch: { status: 422 },
  log_key_changed: { status: 422 },
  log_origin_changed: { status: 422 },
  untrusted_origin: { status: 422 },
  witness_quorum: { status: 422 },
} as const satisfies Record<string, CodeInfo>;

const PROTOCOL = {
  not_found: { status: 404 },
  unauthenticated: { status: 401 },
  forbidden: { status: 403 },
  rate_limited: { status: 429 },
  log_unavailable: { status: 503 },
  integrity: { status: 500 },
  internal: { status: 500 },
} as const satisfies Record<string, CodeInfo>;

/** Ledger rules (docs/rules.md): 409 another entry got there first, 403 not this signer, 422 nobody. */
const RULES = {
  genesis: { status: 422 },
  genesis_mismatch: { status: 403 },
  unknown_signer: { status: 403 },
  // Also a verification code: revoking a key the actor never had.
  unknown_key: { status: 422 },
  key_superseded: { status: 403 },
  key_revoked: { status: 403 },
  role_not_allowed: { status: 403 },
  actor_deactivated: { status: 403 },
  own_roles: { status: 403 },
  already_active: { status: 409 },
  already_inactive: { status: 409 },
  id_namespace: { status: 403 },
  duplicate_id: { status: 409 },
  key_in_use: { status: 409 },
  already_revoked: { status: 409 },
  backdated_revocation: { status: 403 },
  note_required: { status: 422 },
  no_access: { status: 403 },
  unknown_case: { status: 422 },
  unknown_request: { status: 422 },
  already_granted: { status: 409 },
  not_a_party: { status: 403 },
  request_closed: { status: 422 },
  unknown_item: { status: 422 },
  unknown_actor: { status: 422 },
  prev_mismatch: { status: 409 },
  not_custodian: { status: 403 },
  not_recipient: { status: 403 },
  no_pending_transfer: { status: 422 },
  transfer_pending: { status: 422 },
  not_cancellable: { status: 422 },
  item_closed: { status: 422 },
  already_sealed: { status: 422 },
  not_sealed: { status: 422 },
  seal_mismatch: { status: 422 },
  sealed: { status: 422 },
  self_transfer: { status: 422 },
  recipient_role: { status: 422 },
  cross_border: { status: 422 },
  not_foreign: { status: 422 },
  request_not_usable: { status: 422 },
  not_same_case: { status: 422 },
  digest_result_false: { status: 422 },
  already_preserved: { status: 422 },
  not_preserved: { status: 422 },
  preservation_period: { status: 422 },
  under_preservation: { status: 422 },
  consent_required: { status: 422 },
  purpose_not_permitted: { status: 422 },
  not_provider: { status: 403 },
  under_hold: { status: 422 },
  already_held: { status: 422 },
  not_held: { status: 422 },
  not_orderer: { status: 403 },
  unknown_retention_category: { status: 422 },
  retention_period: { status: 422 },
  retention_shortening: { status: 403 },
  retention_expired: { status: 422 },
  not_retained: { status: 422 },
  unknown_entry: { status: 422 },
  time_in_future: { status: 422 },
  time_order: { status: 422 },
  not_designated: { status: 422 },
  foreign_proof: { status: 422 },
  already_imported: { status: 409 },
  already_receipted: { status: 409 },
} as const satisfies Record<string, CodeInfo>;

/** Problems of the machine a program runs on, reported there (CLI exit codes, start-up refusals). */
const LOCAL = {
  config: { status: 500, local: true },
  local_file: { status: 500, local: true },
  store: { status: 500, local: true },
  backup: { status: 500, local: true },
  usage: { status: 400, local: true },
  unreachable: { status: 503, local: true },
  not_verified: { status: 422, local: true },
} as const satisfies Record<string, CodeInfo>;

export const ERROR_CODES: Readonly<Record<ErrorCode, CodeInfo>> = {
  ...INPUT,
  ...VERIFICATION,
  ...PROTOCOL,
  ...RULES,
  ...LOCAL,
};

export type ValidationCode = keyof typeof INPUT;
export type VerificationCode = keyof typeof VERIFICATION;
export type ProtocolCode = keyof typeof PROTOCOL;
export type RuleCode = keyof typeof RULES;
export type LocalCode = keyof typeof LOCAL;
export type ErrorCode = ValidationCode | VerificationCode | ProtocolCode | RuleCode | LocalCode;

/** The codes a ledger rule may refuse with, for the docs test. */
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
