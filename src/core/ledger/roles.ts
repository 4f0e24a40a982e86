/**
 * The roles an actor can hold, and which of them may hold evidence. Separation of duties:
 * administrators manage actors but never hold evidence; auditors and witnesses read or attest.
 * @module
 */
export const ROLES = [
  'administrator',
  'investigator',
  'custodian',
  'examiner',
  'liaison',
  'central-authority',
  'court',
  'auditor',
  'witness',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that may hold an item (be its custodian or receive it). */
export const CUSTODY_ROLES: readonly Role[] = [
  'investigator',
  'custodian',
  'examiner',
  'liaison',
  'central-authority',
  'court',
];

/** Roles that may read the whole ledger (docs/model.md, Who may read what). */
export const READ_ALL_ROLES: readonly Role[] = ['administrator', 'auditor'];

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((r) => wanted.includes(r));
}
