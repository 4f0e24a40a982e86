/**
 * Rules for registering an evidence item: it belongs to a case the registrant may work on,
 * names a registered collector, and, when derived or received from abroad, a parent item the
 * registrant holds or the request it came under; a retention category it is filed under must be
 * in the retention table.
 * @module
 */
import type { EvidenceRegistered } from './evidence-payloads.ts';
import { categoryOrRefuse } from './retention.ts';
import { CUSTODY_ROLES, type Role } from './roles.ts';
import {
  actorOrRefuse,
  type RuleContext,
  readableCase,
  readableItem,
  readableRequest,
  refuse,
  requireNotFuture,
  requireOwnId,
  requireRole,
  requireUnused,
} from './rule-context.ts';

/** Who may register evidence: those who may hold it. */
export const REGISTRATION_ROLES: readonly Role[] = CUSTODY_ROLES;

export function checkEvidenceRegistered(ctx: RuleContext, p: EvidenceRegistered): void {
  requireRole(ctx, REGISTRATION_ROLES, 'registering evidence');
  requireOwnId(ctx, p.id, 'item');
  requireUnused(ctx.view.item(p.id), 'item', p.id);
  const kase = readableCase(ctx, p.case);
  actorOrRefuse(ctx.view, p.collectedBy, 'collector');
  requireNotFuture(ctx, p.collectedAt, 'collectedAt');
  if (p.retention !== undefined) categoryOrRefuse(ctx.view, p.retention);
  if (p.origin.request !== undefined) {
    const request = readableRequest(ctx, p.origin.request);
    if (request.case !== kase.id)
      refuse('not_same_case', `request ${request.id} belongs to case ${request.case}`);
  }
  if (p.origin.parent !== undefined) {
    const parent = readableItem(ctx, p.origin.parent);
    if (parent.case !== kase.id) refuse('not_same_case', `item ${parent.id} belongs to case ${parent.case}`);
    if (parent.custodian !== ctx.signer.id)
      refuse('not_custodian', `only the custodian of ${parent.id} may register what was derived from it`);
  }
}
