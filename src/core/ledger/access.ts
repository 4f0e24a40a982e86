/**
 * Who may read what (docs/model.md, Who may read what), as pure functions of the ledger's state. Administrators
 * and auditors read everything; everyone else reads the cases of their own organisation, the
 * cases they were granted, and the items they registered, held or were sent — so a foreign
 * authority sees what was disclosed to it and what it registered, nothing more.
 * @module
 */
import { hasAnyRole, READ_ALL_ROLES } from './roles.ts';
import type { ActorState, CaseState, ItemState, LedgerView, RequestState } from './state.ts';

export function readsEverything(actor: ActorState): boolean {
  return hasAnyRole(actor.roles, READ_ALL_ROLES);
}

/** Members of the owning organisation (same state and organisation) and grantees. */
export function hasCaseAccess(actor: ActorState, kase: CaseState): boolean {
  if (readsEverything(actor)) return true;
  const member = actor.organisation === kase.organisation && actor.state === kase.state;
  return member || kase.granted.includes(actor.id);
}

export function canReadItem(actor: ActorState, item: ItemState, view: LedgerView): boolean {
  if (readsEverything(actor) || item.holders.includes(actor.id)) return true;
  const kase = view.case(item.case);
  return kase !== undefined && hasCaseAccess(actor, kase);
}

export function canReadCase(actor: ActorState, kase: CaseState): boolean {
  return hasCaseAccess(actor, kase);
}

/** The case's readers, and the central authorities and 24/7 points of both states. */
export function canReadRequest(actor: ActorState, request: RequestState, view: LedgerView): boolean {
  const kase = view.case(request.case);
  if (kase && hasCaseAccess(actor, kase)) return true;
  const party = actor.state === request.requestingState || actor.state === request.requestedState;
  return party && hasAnyRole(actor.roles, ['central-authority', 'liaison']);
}
