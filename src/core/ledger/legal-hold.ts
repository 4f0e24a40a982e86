/**
 * Legal holds: placed and lifted by entries, over a whole case or one item (and the copies made
 * from it), with no expiry. While one is in force the item may be neither returned nor
 * destroyed (docs/model.md, Preservation, holds and retention). Whoever may read the case or
 * item and holds a role that answers for the proceedings may place or lift one.
 * @module
 */
import type { CaseHoldChanged } from './case-payloads.ts';
import { requireMayLift } from './lifting-orders.ts';
import type { Role } from './roles.ts';
import {
  type RuleContext,
  readableCase,
  refuse,
  requireNotFuture,
  requirePrev,
  requireRole,
} from './rule-context.ts';
import type { ItemState, LedgerView } from './state.ts';

/** Roles that answer for a case's proceedings: they may place and lift holds. */
export const HOLD_ROLES: readonly Role[] = ['investigator', 'liaison', 'central-authority', 'court'];

export function checkCaseHoldChanged(ctx: RuleContext, p: CaseHoldChanged): void {
  const kase = readableCase(ctx, p.case);
  requireRole(ctx, HOLD_ROLES, 'placing or lifting a legal hold');
  requirePrev(kase.head, p.prev, `case ${kase.id}`);
  requireNotFuture(ctx, p.at, 'at');
  if (p.action === 'placed' && kase.hold)
    refuse('already_held', `case ${kase.id} is already under legal hold ${kase.hold.reference}`);
  if (p.action === 'lifted' && !kase.hold) refuse('not_held', `case ${kase.id} is not under a legal hold`);
  if (p.action === 'lifted')
    requireMayLift(ctx, { by: kase.hold!.by, what: `legal hold ${kase.hold!.reference}` });
}

/** The hold over an item: its own, one over an item it was copied from, or its case's. */
export function holdOver(
  view: LedgerView,
  item: ItemState,
): { on: string; reference: string; onKind: 'item' | 'case'; onId: string } | undefined {
  const seen = new Set<string>();
  for (
    let at: ItemState | undefined = item;
    at && !seen.has(at.id);
    at = at.parent ? view.item(at.parent) : undefined
  ) {
    seen.add(at.id);
    if (at.hold) return { on: `item ${at.id}`, reference: at.hold.reference, onKind: 'item', onId: at.id };
  }
  const kase = view.case(item.case);
  return kase?.hold
    ? { on: `case ${kase.id}`, reference: kase.hold.reference, onKind: 'case', onId: kase.id }
    : undefined;
}

export function requireNoHold(ctx: RuleContext, item: ItemState): void {
  const hold = holdOver(ctx.view, item);
  if (hold)
    refuse('under_hold', `${hold.on} is under legal hold ${hold.reference}: lift the hold first`, {
      heldBy: hold.on,
      reference: hold.reference,
    });
}
