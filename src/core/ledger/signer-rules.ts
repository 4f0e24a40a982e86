/**
 * Authentication of every entry by its signer's place in the log (CONTRACT §2): the signer
 * must be registered, sign with its current key, and that key must not be revoked. The first
 * entry is the exception: the genesis administrator's self-signed registration.
 * @module
 */
import { RuleViolation } from '../errors.ts';
import type { ActorRegistered } from './actor-payloads.ts';
import type { EntryDraft } from './entry.ts';
import { refuse } from './rule-context.ts';
import { type ActorState, currentKey, type LedgerView } from './state.ts';

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

/** The signer's actor state, if the key it signed with is valid at `loggedAtMs`. */
export function authenticateSigner(view: LedgerView, draft: EntryDraft, loggedAtMs: number): ActorState {
  const actor = view.actor(draft.signer.actor);
  const key = draft.signer.publicKey;
  // One answer whether the actor is unknown or the key is not one of its keys: anyone can sign
  // with a fresh key, and two answers would tell them which actor ids exist.
  if (!actor?.keys.some((k) => k.publicKey === key))
    refuse('unknown_signer', `no registered actor ${draft.signer.actor} holds this key`);
  const signer = actor as ActorState;
  const revoked = revocationAt(signer, key, loggedAtMs);
  if (revoked) {
    throw new RuleViolation(
      'key_revoked',
      `this key of ${signer.id} is revoked since ${new Date(revoked.effectiveAtMs).toISOString()}`,
      {
        revokedAt: new Date(revoked.effectiveAtMs).toISOString(),
        reason: revoked.reason,
      },
    );
  }
  if (currentKey(signer) !== key)
    refuse('key_superseded', `this key of ${signer.id} was replaced; sign with the current key`);
  return signer;
}

/** The revocation that makes `key` invalid at `atMs`, if any. */
export function revocationAt(actor: ActorState, key: string, atMs: number) {
  return actor.revocations.find((r) => r.publicKey === key && r.effectiveAtMs <= atMs);
}
