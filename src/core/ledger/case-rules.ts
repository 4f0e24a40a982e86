/**
 * Rules for cases and cooperation requests. A case belongs to the state and organisation of
 * the actor who opens it; requests are recorded by one of the two states involved.
 * @module
 */
import type {
  CaseAccessGranted,
  CaseOpened,
  RequestRecorded,
  RequestStatusChanged,
} from './case-payloads.ts';
import { requireAddresseeDesignated, requireDesignated } from './designation-rules.ts';
import { hasAnyRole } from './roles.ts';
import {
  actorOrRefuse,
  type RuleContext,
  readableCase,
  readableRequest,
  refuse,
  requireNotFuture,
  requireOwnId,
  requirePrev,
  requireRole,
  requireUnused,
  ruleInForce,
  timeMs,
} from './rule-context.ts';

const CASE_OPENERS = ['investigator', 'central-authority', 'liaison'] as const;
const REQUEST_HANDLERS = ['central-authority', 'liaison', 'investigator'] as const;
const FINAL_STATUSES = ['executed', 'refused', 'withdrawn'];

export function checkCaseOpened(ctx: RuleContext, p: CaseOpened): void {
  requireRole(ctx, CASE_OPENERS, 'opening a case');
  requireOwnId(ctx, p.id, 'case');
  requireUnused(ctx.view.case(p.id), 'case', p.id);
  requireNotFuture(ctx, p.openedAt, 'openedAt');
}

export function checkCaseAccessGranted(ctx: RuleContext, p: CaseAccessGranted): void {
  const kase = readableCase(ctx, p.case);
  const owner = ctx.signer.organisation === kase.organisation && ctx.signer.state === kase.state;
  const admin = hasAnyRole(ctx.signer.roles, ['administrator']);
  if (!admin && !(owner && hasAnyRole(ctx.signer.roles, ['investigator', 'central-authority']))) {
    refuse(
      'no_access',
      `only an administrator or an investigator or central authority of ${kase.organisation} may grant access to case ${kase.id}`,
    );
  }
  requirePrev(kase.head, p.prev, `case ${kase.id}`);
  const grantee = actorOrRefuse(ctx.view, p.actor, 'grantee');
  if (grantee.state !== kase.state) {
    refuse(
      'cross_border',
      `${grantee.id} is in ${grantee.state} and case ${kase.id} belongs to ${kase.state}: a case is opened only to its own state's officers; another state sees an item when it is disclosed to it under a recorded request (custody event "disclosed")`,
    );
  }
  if (kase.granted.includes(p.actor))
    refuse('already_granted', `${p.actor} already has access to case ${kase.id}`);
}

export function checkRequestRecorded(ctx: RuleContext, p: RequestRecorded): void {
  requireRole(ctx, REQUEST_HANDLERS, 'recording a cooperation request');
  requireOwnId(ctx, p.id, 'request');
  requireUnused(ctx.view.request(p.id), 'request', p.id);
  readableCase(ctx, p.case);
  if (ctx.signer.state !== p.requestingState && ctx.signer.state !== p.requestedState) {
    refuse(
      'not_a_party',
      `a request is recorded by the requesting or the requested state; ${ctx.signer.id} is from ${ctx.signer.state}`,
    );
  }
  requireNotFuture(ctx, p.dated, 'dated');
  requireRequestAddressee(ctx, p);
}

/**
 * Whom a request is addressed to. From version 4, a request the requesting state records, or
 * one that names a designation entry, names the entry of this log in force at the log's time
 * that designates its addressee for the request's type; a state with no designation here has no
 * authority to address. Otherwise (an incoming request, or any under an older version) the
 * addressee is checked only when the requested state has designations here, at the request's date.
 */
function requireRequestAddressee(ctx: RuleContext, p: RequestRecorded): void {
  const outgoing = ctx.signer.state === p.requestingState;
  if (ruleInForce(ctx, 'request-addressee') && (outgoing || p.requestedDesignation !== undefined)) {
    const addressee = { state: p.requestedState, authority: p.requestedAuthority };
    requireAddresseeDesignated(
      ctx,
      { ...addressee, designation: p.requestedDesignation },
      p.type,
      ctx.loggedAtMs,
    );
    return;
  }
  requireDesignated(ctx, p.requestedState, p.requestedAuthority, p.type, timeMs(p.dated));
}

export function checkRequestStatusChanged(ctx: RuleContext, p: RequestStatusChanged): void {
  requireRole(ctx, ['central-authority', 'liaison'], 'changing a request status');
  const request = readableRequest(ctx, p.request);
  if (ctx.signer.state !== request.requestingState && ctx.signer.state !== request.requestedState) {
    refuse('not_a_party', `${ctx.signer.id} is from neither state of request ${request.id}`);
  }
  requirePrev(request.head, p.prev, `request ${request.id}`);
  if (FINAL_STATUSES.includes(request.status))
    refuse('request_closed', `request ${request.id} is already ${request.status}`);
  requireNotFuture(ctx, p.at, 'at');
}
