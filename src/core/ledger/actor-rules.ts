/**
 * Rules for actors and their keys: administrators register actors; an actor or an
 * administrator rotates or revokes the actor's keys; a key is never registered twice.
 * @module
 */
import type { ActorChanged, ActorRegistered, KeyRevoked, KeyRotated } from './actor-payloads.ts';
import { hasAnyRole } from './roles.ts';
import {
  actorOrRefuse,
  applies,
  MAX_CLOCK_SKEW_MS,
  type RuleContext,
  refuse,
  requireNotFuture,
  requirePrev,
  requireRole,
  requireUnused,
  timeMs,
} from './rule-context.ts';

export function checkActorRegistered(ctx: RuleContext, p: ActorRegistered): void {
  requireRole(ctx, ['administrator'], 'registering an actor');
  requireUnused(ctx.view.actor(p.id), 'actor', p.id);
  requireKeyUnused(ctx, p.publicKey);
}

function requireKeyUnused(ctx: RuleContext, publicKey: string): void {
  const owner = ctx.view.keyOwner(publicKey);
  if (owner !== undefined)
    refuse('key_in_use', `this public key is already registered to ${owner}; keys are never reused`);
}

/** The actor itself (proving possession with its current key) or an administrator. */
function requireSelfOrAdmin(ctx: RuleContext, actor: string, doing: string): void {
  if (ctx.signer.id !== actor && !hasAnyRole(ctx.signer.roles, ['administrator'])) {
    refuse('role_not_allowed', `${doing} is for the actor itself or an administrator`);
  }
}

export function checkKeyRotated(ctx: RuleContext, p: KeyRotated): void {
  requireSelfOrAdmin(ctx, p.actor, 'rotating a key');
  const actor = actorOrRefuse(ctx.view, p.actor);
  requirePrev(actor.head, p.prev, `actor ${actor.id}`);
  requireKeyUnused(ctx, p.publicKey);
}

export function checkKeyRevoked(ctx: RuleContext, p: KeyRevoked): void {
  requireSelfOrAdmin(ctx, p.actor, 'revoking a key');
  const actor = actorOrRefuse(ctx.view, p.actor);
  requirePrev(actor.head, p.prev, `actor ${actor.id}`);
  if (!actor.keys.some((k) => k.publicKey === p.publicKey))
    refuse('unknown_key', `this is not a key of ${actor.id}`);
  if (actor.revocations.some((r) => r.publicKey === p.publicKey))
    refuse('already_revoked', 'this key is already revoked');
  requireNotFuture(ctx, p.effectiveAt, 'effectiveAt');
  checkBackdating(ctx, p);
}

/**
 * Declaring a key compromised since an earlier time flags everything it signed since then in
 * every report, so it is for an administrator, who must say why; a key's own holder (who may be
 * the one it was stolen by) revokes it from now on only.
 */
function checkBackdating(ctx: RuleContext, p: KeyRevoked): void {
  if (timeMs(p.effectiveAt) >= ctx.loggedAtMs - MAX_CLOCK_SKEW_MS) return;
  if (ctx.signer.id === p.actor && applies(ctx, 'backdated_revocation')) {
    refuse(
      'backdated_revocation',
      `an actor revokes its own key from now on: set effectiveAt to the present (the log's time is ${new Date(ctx.loggedAtMs).toISOString()}); to declare it compromised since an earlier time, ask an administrator`,
    );
  }
  if (p.note === undefined && applies(ctx, 'note_required'))
    refuse(
      'note_required',
      'a revocation dated before the present must say in `note` why the key is held compromised since then',
    );
}

/**
 * Roles and deactivation are an administrator's, never for itself: an administrator who could
 * give itself a custody role, or strip another's oversight while keeping its own, would defeat
 * the separation of duties the roles exist for.
 */
export function checkActorChanged(ctx: RuleContext, p: ActorChanged): void {
  requireRole(ctx, ['administrator'], "changing an actor's roles or deactivating it");
  const actor = actorOrRefuse(ctx.view, p.actor);
  requirePrev(actor.head, p.prev, `actor ${actor.id}`);
  if (actor.id === ctx.signer.id)
    refuse('own_roles', "an administrator changes other actors' roles and standing, never its own");
  if (p.active === true && actor.active !== false) refuse('already_active', `${actor.id} is active`);
  if (p.active === false && actor.active === false)
    refuse('already_inactive', `${actor.id} is already deactivated`);
}
