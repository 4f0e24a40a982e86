/**
 * Rules of designated authorities (docs/rules.md, Designated authorities): an administrator
 * records the designations a state notified; a disclosure to another state's log, and from
 * version 4 a request to another state, names by its entry an authority that state designated
 * for that kind of request, in force at the log's time (`not_designated`). An incoming request
 * is checked only when its state has designations recorded: they are entered as states notify them.
 * @module
 */
import type { Addressee, AuthorityDesignated, DesignationRole } from './designation-payloads.ts';
import { DESIGNATION_ROLES, ROLES_FOR_REQUEST } from './designation-payloads.ts';
import type { RequestType } from './legal-bases.ts';
import { type RuleContext, refuse, requirePrev, requireRole, timeMs } from './rule-context.ts';
import type { Designation, LedgerView } from './state.ts';

export function checkAuthorityDesignated(ctx: RuleContext, p: AuthorityDesignated): void {
  requireRole(ctx, ['administrator'], 'recording a designated authority');
  const known = ctx.view.designations(p.state);
  if (known) {
    if (p.prev === undefined)
      refuse('prev_mismatch', `${p.state} has designations: name its latest entry as prev`, {
        currentPrev: known.head.leafHash,
        currentIndex: known.head.index,
      });
    else requirePrev(known.head, p.prev, `the designations of ${p.state}`);
  } else if (p.prev !== undefined) {
    refuse('unknown_entry', `${p.state} has no designation recorded yet: its first one names no prev`);
  }
}

/** The designations of `state` valid at `atMs` for one of `roles`. */
export function designatedFor(
  view: LedgerView,
  state: string,
  roles: readonly DesignationRole[],
  atMs: number,
): Designation[] {
  return (view.designations(state)?.authorities ?? []).filter(
    (d) =>
      d.validFromMs <= atMs &&
      (d.validUntilMs === undefined || atMs < d.validUntilMs) &&
      d.roles.some((r) => roles.includes(r)),
  );
}

/**
 * `authority` must be designated by `state` for `type` at `atMs`, when `state` has any designation
 * recorded here. Returns the designation it matched, if checked.
 */
export function requireDesignated(
  ctx: RuleContext,
  state: string,
  authority: string,
  type: RequestType,
  atMs: number,
): Designation | undefined {
  if (!ctx.view.designations(state)) return undefined;
  const valid = designatedFor(ctx.view, state, ROLES_FOR_REQUEST[type], atMs);
  const match = valid.find((d) => d.authority === authority);
  if (!match) refuseUndesignated(state, authority, type, valid, 'at that time');
  return match;
}

/**
 * A disclosure to another state's log, or a request to another state (from version 4), names its
 * addressee by designation: the entry it names must be the one in force for that authority of
 * that state (its latest, since a later entry replaces it), valid at `atMs` for a role that
 * receives `type`. Unlike an incoming request's addressee, a state with no designation recorded
 * here has no authority to address.
 */
export function requireAddresseeDesignated(
  ctx: RuleContext,
  a: Omit<Addressee, 'designation'> & { designation: number | undefined },
  type: RequestType,
  atMs: number,
): Designation {
  const valid = designatedFor(ctx.view, a.state, ROLES_FOR_REQUEST[type], atMs);
  const match = valid.find((d) => d.authority === a.authority);
  if (!match) return refuseUndesignated(a.state, a.authority, type, valid, 'when this log records it');
  if (a.designation === undefined)
    refuse(
      'not_designated',
      `name the entry designating ${a.authority} by ${a.state}: entry ${match.index} is in force`,
      { designated: valid.map((d) => ({ authority: d.authority, entry: d.index })) },
    );
  if (match.index !== a.designation)
    refuse(
      'not_designated',
      `entry ${a.designation} is not the designation of ${a.authority} by ${a.state} in force: entry ${match.index} is`,
      { designated: valid.map((d) => ({ authority: d.authority, entry: d.index })) },
    );
  return match;
}

/**
 * A consent to transfer onward to another state's authority names it as a disclosure does, by
 * the entry of this log in force designating it at `atMs`, for any role: the consent is not tied
 * to a request type, and the disclosure that follows is checked for its own.
 */
export function requireDesignationInForce(ctx: RuleContext, a: Addressee, atMs: number): Designation {
  const valid = designatedFor(ctx.view, a.state, DESIGNATION_ROLES, atMs);
  const match = valid.find((d) => d.authority === a.authority);
  const designated = { designated: valid.map((d) => ({ authority: d.authority, entry: d.index })) };
  if (!match)
    return refuse(
      'not_designated',
      `${a.authority} is not designated by ${a.state} in this log at this time`,
      designated,
    );
  if (match.index !== a.designation)
    refuse(
      'not_designated',
      `entry ${a.designation} is not the designation of ${a.authority} by ${a.state} in force: entry ${match.index} is`,
      designated,
    );
  return match;
}

/** Refuses `authority` as not designated by `state` for `type`, listing those that are (`valid`). */
export function refuseUndesignated(
  state: string,
  authority: string,
  type: RequestType,
  valid: readonly Designation[],
  when: string,
): never {
  const roles = ROLES_FOR_REQUEST[type];
  return refuse(
    'not_designated',
    `${authority} is not designated by ${state} as ${roles.join(' or ')} for a ${type} request ${when}; ${valid.length ? `designated: ${valid.map((d) => `${d.authority} (entry ${d.index})`).join(', ')}` : `${state} has no valid designation for it`}`,
    { designated: valid.map((d) => ({ authority: d.authority, entry: d.index })) },
  );
}

export const designationFromEntry = (p: AuthorityDesignated, index: number): Designation => ({
  authority: p.authority,
  roles: p.roles,
  instrument: p.instrument,
  reference: p.reference,
  validFromMs: timeMs(p.validFrom),
  ...(p.validUntil !== undefined ? { validUntilMs: timeMs(p.validUntil) } : {}),
  index,
});
