/**
 * What every rule sees, and the small vocabulary rules use to refuse and to look things up.
 * @module
 */
import { type RuleCode, RuleViolation } from '../errors.ts';
import { canReadCase, canReadItem, canReadRequest, readsEverything } from './access.ts';
import { creatorOf } from './fields.ts';
import type { Role } from './roles.ts';
import { hasAnyRole } from './roles.ts';
import { type AddedRule, RULE_ADDED_IN, ruleApplies } from './rules-version.ts';
import type { ActorState, CaseState, ItemState, LedgerView, RequestState } from './state.ts';

/** Clocks differ between agencies; an event may be stamped up to this far past the log's time. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface RuleContext {
  readonly view: LedgerView;
  /** The index the entry will take, and the log's time for it. */
  readonly index: number;
  readonly loggedAtMs: number;
  /** The signing actor, already checked to be registered with a valid current key. */
  readonly signer: ActorState;
  /** The version of the rules in force for this entry (src/core/ledger/rules-version.ts). */
  readonly rules: number;
}

/**
 * Whether the rule refusing with `code` judges this entry: a rule added after the version in
 * force for it does not (docs/rules.md, Versions of the rules).
 */
export const applies = (ctx: RuleContext, code: RuleCode): boolean => ruleApplies(code, ctx.rules);

/** Whether a rule a version added under an older code (`RULE_ADDED_IN`) judges this entry. */
export const ruleInForce = (ctx: RuleContext, rule: AddedRule): boolean => ctx.rules >= RULE_ADDED_IN[rule];

/** Refuses the entry with a rule's code; the code's status (409, 403 or 422) is in the one table. */
export const refuse = (code: RuleCode, message: string, details: Record<string, unknown> = {}): never => {
  throw new RuleViolation(code, message, details);
};

export function requireRole(ctx: RuleContext, allowed: readonly Role[], doing: string): void {
  if (!hasAnyRole(ctx.signer.roles, allowed)) {
    refuse(
      'role_not_allowed',
      `${doing} needs one of the roles ${allowed.join(', ')}; ${ctx.signer.id} has ${ctx.signer.roles.join(', ')}`,
      {
        allowedRoles: allowed,
      },
    );
  }
}

/** The subject's head must be what the entry names as `prev`: the optimistic-concurrency check. */
export function requirePrev(head: { leafHash: string; index: number }, prev: string, subject: string): void {
  if (head.leafHash !== prev) {
    refuse(
      'prev_mismatch',
      `${subject} has moved on: its latest entry is ${head.index}; fetch it and sign again`,
      {
        currentPrev: head.leafHash,
        currentIndex: head.index,
      },
    );
  }
}

/**
 * A case, request or item is created only under its creator's own name (`<actor>~…`). Checked
 * before anything that looks the id up: an id under another actor's name is refused whether or
 * not it exists, and an existing id under one's own name is one's own, which one may read.
 */
export function requireOwnId(ctx: RuleContext, id: string, what: string): void {
  const creator = creatorOf(id);
  // Version 1 ids had no "~" and no creator in them; one with a "~" names its creator under any version.
  if (creator === undefined ? applies(ctx, 'id_namespace') : creator !== ctx.signer.id)
    refuse(
      'id_namespace',
      `a ${what} id begins with the id of the actor who creates it: ${ctx.signer.id}~…, not ${id}`,
    );
}

export function requireUnused(existing: unknown, what: string, id: string): void {
  if (existing !== undefined) refuse('duplicate_id', `${what} ${id} already exists`);
}

export function actorOrRefuse(view: LedgerView, id: string, role = 'actor'): ActorState {
  return view.actor(id) ?? refuse('unknown_actor', `${role} ${id} is not registered in this log`);
}

export function caseOrRefuse(view: LedgerView, id: string): CaseState {
  return view.case(id) ?? refuse('unknown_case', `case ${id} is not in this log`);
}

export function requestOrRefuse(view: LedgerView, id: string): RequestState {
  return view.request(id) ?? refuse('unknown_request', `request ${id} is not in this log`);
}

export function itemOrRefuse(view: LedgerView, id: string): ItemState {
  return view.item(id) ?? refuse('unknown_item', `item ${id} is not in this log`);
}

/*
 * The subject an entry changes or files under, if the signer may read it; otherwise one answer
 * whether or not it exists. The refusals that would follow (a stale prev with the current head,
 * who the custodian is, where a transfer is going) would tell someone who may not read the
 * subject what it holds, and "unknown" would tell them it does not exist (docs/model.md, Who may read what).
 */

export function readableItem(ctx: RuleContext, id: string): ItemState {
  const item = ctx.view.item(id);
  if (item && canReadItem(ctx.signer, item, ctx.view)) return item;
  return unreadable(ctx, item === undefined, 'item', id);
}

export function readableCase(ctx: RuleContext, id: string): CaseState {
  const kase = ctx.view.case(id);
  if (kase && canReadCase(ctx.signer, kase)) return kase;
  return unreadable(ctx, kase === undefined, 'case', id);
}

export function readableRequest(ctx: RuleContext, id: string): RequestState {
  const request = ctx.view.request(id);
  if (request && canReadRequest(ctx.signer, request, ctx.view)) return request;
  return unreadable(ctx, request === undefined, 'request', id);
}

function unreadable(
  ctx: RuleContext,
  missing: boolean,
  what: 'item' | 'case' | 'request',
  id: string,
): never {
  // Those who may read the whole log learn nothing new from being told it does not exist.
  if (missing && readsEverything(ctx.signer)) refuse(`unknown_${what}`, `${what} ${id} is not in this log`);
  return refuse('no_access', `${ctx.signer.id} has no access to ${what} ${id}, or it is not in this log`);
}

/** RFC 3339 to epoch milliseconds (the schema has already checked the format). */
export const timeMs = (rfc3339: string): number => Date.parse(rfc3339);

export function requireNotFuture(ctx: RuleContext, at: string, field: string): void {
  if (timeMs(at) > ctx.loggedAtMs + MAX_CLOCK_SKEW_MS) {
    refuse(
      'time_in_future',
      `${field} ${at} is later than the log's time ${new Date(ctx.loggedAtMs).toISOString()}`,
    );
  }
}
