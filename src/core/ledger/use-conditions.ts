/**
 * Conditions on use (the rule of speciality) and data protection: what a providing state
 * attaches to a disclosure, and the receiving side's rules that enforce it (docs/model.md,
 * Conditions on use). A disclosure may carry permitted purposes, whether onward transfer to a
 * third state or to another authority needs the provider's consent, whether the evidence may
 * be used in proceedings, a retention limit and data-protection terms. The recipient takes the
 * item with them; every copy made from it afterwards carries them too. A consent is a custody
 * event (`use-consented`) recorded on the item by the providing state's central authority or
 * 24/7 point, naming the recipient, the purpose or the evidential use it allows.
 *
 * The conditions bind actors of other states than the provider's: the provider never needs
 * its own consent.
 * @module
 */
import { hasAnyRole } from './roles.ts';
import { type RuleContext, refuse } from './rule-context.ts';
import type { ActorState, ItemState } from './state.ts';
import type { Consent, ConsentScope, UseConditions } from './use-condition-terms.ts';

export type { Consent, UseConditions };

/** Roles that give consent for a providing state. */
const CONSENTING_ROLES = ['central-authority', 'liaison'] as const;

/** Conditions bind actors of other states than the provider's. */
export const bindsSigner = (c: UseConditions, signer: ActorState) => c.providerState !== signer.state;

function consented(c: UseConditions, scope: ConsentScope, match: (k: Consent) => boolean): boolean {
  return c.consents.some((k) => k.scope === scope && match(k));
}

const cite = (c: UseConditions) => `the conditions ${c.providerState} set on disclosure (entry ${c.index})`;

/**
 * Who an item moves to: an actor of this log, or an authority of another state addressed by its
 * designation, which has no actor here (a consent names it by its designation; it is no court).
 */
export type Recipient = Pick<ActorState, 'state' | 'organisation'> &
  Partial<Pick<ActorState, 'id' | 'roles'>>;

/**
 * Whether a consent to transfer onward names this recipient: an actor of this log by its id, an
 * addressee authority by its state and name (the designation entry may since have been replaced).
 */
const consentNames = (k: Consent, to: Recipient) =>
  to.id !== undefined
    ? k.to === to.id
    : k.addressee !== undefined &&
      k.addressee.state === to.state &&
      k.addressee.authority === to.organisation;

/** Whether moving the item to `to` is an onward transfer under these conditions. */
const isOnward = (c: UseConditions, to: Recipient) =>
  to.state !== c.recipientState || to.organisation !== c.recipientOrganisation;

/**
 * A hand-over or disclosure of a conditioned item: onward to another authority or state needs
 * the provider's consent naming the recipient, a hand-over to a court needs consent to use it
 * as evidence, and the purpose must be one the provider permitted or consented to.
 */
export function requireTransferAllowed(
  ctx: RuleContext,
  item: ItemState,
  to: Recipient,
  purpose: string | undefined,
): void {
  for (const c of item.conditions.filter((x) => bindsSigner(x, ctx.signer))) {
    if (
      c.onwardTransfer === 'consent-required' &&
      isOnward(c, to) &&
      !consented(c, 'onward-transfer', (k) => consentNames(k, to))
    ) {
      refuse(
        'consent_required',
        `${cite(c)} require ${c.providerState}'s consent to transfer item ${item.id} onward to ${to.id ?? 'the addressee'} (${to.organisation}, ${to.state}); record its consent first`,
        { providerState: c.providerState, disclosure: c.index, scope: 'onward-transfer' },
      );
    }
    if (
      c.evidenceUse === 'consent-required' &&
      hasAnyRole(to.roles ?? [], ['court']) &&
      !consented(c, 'evidence-use', () => true)
    ) {
      refuse(
        'consent_required',
        `${cite(c)} require ${c.providerState}'s consent to use item ${item.id} as evidence before a court`,
        { providerState: c.providerState, disclosure: c.index, scope: 'evidence-use' },
      );
    }
    if (purpose !== undefined) requirePurpose(c, item, purpose);
  }
}

/** A use (examination, hand-over) for a purpose: one of those permitted, or consented to. */
export function requirePurposeAllowed(ctx: RuleContext, item: ItemState, purpose: string): void {
  for (const c of item.conditions.filter((x) => bindsSigner(x, ctx.signer))) requirePurpose(c, item, purpose);
}

function requirePurpose(c: UseConditions, item: ItemState, purpose: string): void {
  if (c.purposes.includes(purpose) || consented(c, 'purpose', (k) => k.purpose === purpose)) return;
  refuse(
    'purpose_not_permitted',
    `${cite(c)} permit item ${item.id} to be used for: ${c.purposes.join('; ')}; "${purpose}" needs ${c.providerState}'s consent`,
    { providerState: c.providerState, disclosure: c.index, permitted: c.purposes },
  );
}

/** A consent is given by the providing state's central authority or 24/7 point, for conditions it set. */
export function requireProvider(ctx: RuleContext, item: ItemState): void {
  const own = item.conditions.some((c) => c.providerState === ctx.signer.state);
  if (!own || !hasAnyRole(ctx.signer.roles, CONSENTING_ROLES)) {
    refuse(
      'not_provider',
      `only a central authority or 24/7 point of the state that set conditions on item ${item.id} may consent to a use of it`,
    );
  }
}

/** The conditions after a consent: added to every set the signer's state provided. */
export function withConsent(
  conditions: readonly UseConditions[],
  state: string,
  consent: Consent,
): UseConditions[] {
  return conditions.map((c) =>
    c.providerState === state ? { ...c, consents: [...c.consents, consent] } : c,
  );
}
