/**
 * Authentication of every entry by its signer's place in the log: the signer must be
 * registered, sign with its current key, and that key must not be revoked. The first
 * entry is the exception: the genesis administrator's self-signed registration.
 * @module
 */
import { RuleViolation } from '../errors.ts';
import type { ActorRegistered } from './actor-payloads.ts';
import type { EntryDraft } from './entry.ts';
import { refuse } from './rule-context.ts';
import { type ActorState, currentKey, type LedgerView, type Revocation } from './state.ts';

export interface Genesis {
  readonly actor: string;
  readonly publicKey: string;
}

/** Index 0 must be the genesis administrator registering itself, as configured (if given). */
export function checkGenesis(
  draft: EntryDraft,
  payload: ActorRegistered | undefined,
  genesis?: Genesis,
): void {
  const selfSigned =
    draft.kind === 'actor.registered' &&
    payload !== undefined &&
    payload.id === draft.signer.actor &&
    payload.publicKey === draft.signer.publicKey &&
    payload.roles.includes('administrator');
  if (!selfSigned) {
    refuse(
      'genesis',
      'the first entry must be the genesis administrator registering itself, with its own key',
    );
  }
  if (genesis && (genesis.actor !== draft.signer.actor || genesis.publicKey !== draft.signer.publicKey)) {
    refuse(
      'genesis_mismatch',
      `the genesis administrator configured for this log is ${genesis.actor}, with another key`,
    );
  }
}

/**
 * The signer's actor state, if the key it signed with is its current key and no revocation of
 * it is recorded: a revocation closes the key from the moment it is logged, whatever time it
 * declares the compromise from (that only flags earlier entries, docs/model.md).
 */
export function authenticateSigner(view: LedgerView, draft: EntryDraft): ActorState {
  const actor = view.actor(draft.signer.actor);
  const key = draft.signer.publicKey;
  // One answer whether the actor is unknown or the key is not one of its keys: anyone can sign
  // with a fresh key, and two answers would tell them which actor ids exist.
  if (!actor?.keys.some((k) => k.publicKey === key))
    refuse('unknown_signer', `no registered actor ${draft.signer.actor} holds this key`);
  const signer = actor as ActorState;
  const revoked = revocationOf(signer, key);
  if (revoked) {
    throw new RuleViolation(
      'key_revoked',
      `this key of ${signer.id} was revoked by ${revoked.by} at ${revoked.recordedAt}`,
      {
        revokedAt: new Date(revoked.effectiveAtMs).toISOString(),
        recordedAt: revoked.recordedAt,
        reason: revoked.reason,
      },
    );
  }
  if (currentKey(signer) !== key)
    refuse('key_superseded', `this key of ${signer.id} was replaced; sign with the current key`);
  if (signer.active === false)
    refuse('actor_deactivated', `${signer.id} was deactivated by an administrator: it signs nothing more`);
  return signer;
}

/** The recorded revocation of `key`, if any (a key is revoked at most once). */
export function revocationOf(actor: ActorState, key: string): Revocation | undefined {
  return actor.revocations.find((r) => r.publicKey === key);
}
