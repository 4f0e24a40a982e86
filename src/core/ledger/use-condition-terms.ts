/**
 * The terms of conditions on use: the payload a disclosure carries and the state it sets on the
 * item (the rules that enforce them are in use-conditions.ts; docs/model.md, Conditions on use).
 * @module
 */
import { z } from 'zod';
import { Text, Timestamp } from './fields.ts';

export const UseConditionsPayload = z
  .object({
    /** The purposes the data may be used for; any other use needs a consent naming it. */
    purposes: z.array(Text(300)).min(1).max(20),
    /** Transfer onward (another state, or another authority of the receiving state). */
    onwardTransfer: z.enum(['consent-required', 'permitted']),
    /** Use as evidence before a court (a hand-over to a court). */
    evidenceUse: z.enum(['permitted', 'consent-required']),
    /** The receiving side keeps the data no longer than this (retention review). */
    retainUntil: Timestamp.optional(),
    /** Data-protection terms, as the provider wrote them. */
    dataProtection: Text(2000).optional(),
  })
  .strict();

export type UseConditionsPayload = z.infer<typeof UseConditionsPayload>;

export const CONSENT_SCOPES = ['onward-transfer', 'purpose', 'evidence-use'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export interface Consent {
  readonly scope: ConsentScope;
  /** The onward recipient (onward-transfer): an actor of this log… */
  readonly to?: string;
  /** …or another state's authority, by the entry of this log designating it. */
  readonly addressee?: { readonly state: string; readonly authority: string; readonly designation: number };
  /** The further purpose (purpose). */
  readonly purpose?: string;
  readonly index: number;
}

/** Conditions in force over an item: one set per disclosure that carried them. */
export interface UseConditions extends UseConditionsPayload {
  /** The state that set them, and the authority (actor) that disclosed. */
  readonly providerState: string;
  readonly disclosedBy: string;
  /** The receiving authority: an onward transfer is to anyone outside it. */
  readonly recipientState: string;
  readonly recipientOrganisation: string;
  /** The disclosure entry that set them. */
  readonly index: number;
  readonly consents: readonly Consent[];
}
