/**
 * Payloads of cases and of cooperation requests under the cybercrime treaties.
 * The owning state and organisation of a case are those of the actor who opens it.
 * @module
 */
import { z } from 'zod';
import { ActorId, Country, LeafHash, SubjectId, Text, Timestamp } from './fields.ts';
import { INSTRUMENTS, type Instrument, REQUEST_TYPES } from './legal-bases.ts';

export const LegalBasis = z
  .object({
    instrument: z.enum(Object.keys(INSTRUMENTS) as [Instrument, ...Instrument[]]),
    /** As cited, e.g. "25" or "40(13)". */
    article: z
      .string()
      .regex(/^[0-9]{1,3}[a-z]?(\([0-9a-z]{1,4}\)){0,3}$/, 'must be an article number such as 25 or 40(13)'),
    note: Text(500).optional(),
  })
  .strict();

export const CaseOpened = z
  .object({
    id: SubjectId,
    reference: Text(100),
    title: Text(300),
    offence: z.object({ description: Text(1000), legalBasis: Text(300).optional() }).strict(),
    openedAt: Timestamp,
  })
  .strict();

/** Gives another actor (a court, a prosecutor, an auditor of another body) read access to a case. */
export const CaseAccessGranted = z
  .object({ case: SubjectId, actor: ActorId, reason: Text(500), prev: LeafHash })
  .strict();

/** A legal hold over a whole case (every item of it) placed or lifted (docs/model.md, Preservation, holds and retention). */
export const CaseHoldChanged = z
  .object({
    case: SubjectId,
    action: z.enum(['placed', 'lifted']),
    /** The decision that orders or ends it. */
    reference: Text(200),
    reason: Text(1000),
    at: Timestamp,
    prev: LeafHash,
  })
  .strict();

export const RequestRecorded = z
  .object({
    id: SubjectId,
    case: SubjectId,
    type: z.enum(REQUEST_TYPES),
    requestingState: Country,
    requestedState: Country,
    requestingAuthority: Text(300),
    requestedAuthority: Text(300),
    /**
     * The index, in this log, of the `authority.designated` entry in force that designates
     * `requestedAuthority` of `requestedState` for the request's type. From version 4 of the
     * rules a request to another state names it (docs/rules.md, Designated authorities).
     */
    requestedDesignation: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    legalBasis: LegalBasis,
    /** The request's own reference, as the requesting authority numbered it. */
    reference: Text(100),
    /** When it was sent (outgoing) or received (incoming). */
    dated: Timestamp,
    summary: Text(2000),
  })
  .strict()
  .refine((r) => r.requestingState !== r.requestedState, {
    message: 'requesting and requested states must differ',
    path: ['requestedState'],
  });

export const REQUEST_STATUSES = [
  /** The requested state acknowledges that the request reached it. */
  'received',
  'accepted',
  'executed',
  'partially-executed',
  'refused',
  'withdrawn',
] as const;

export const RequestStatusChanged = z
  .object({
    request: SubjectId,
    status: z.enum(REQUEST_STATUSES),
    reason: Text(1000).optional(),
    at: Timestamp,
    prev: LeafHash,
  })
  .strict()
  .refine((r) => !['refused', 'withdrawn'].includes(r.status) || r.reason !== undefined, {
    message: 'a refusal or withdrawal must give its reason',
    path: ['reason'],
  });

export type LegalBasis = z.infer<typeof LegalBasis>;
export type CaseOpened = z.infer<typeof CaseOpened>;
export type CaseAccessGranted = z.infer<typeof CaseAccessGranted>;
export type CaseHoldChanged = z.infer<typeof CaseHoldChanged>;
export type RequestRecorded = z.infer<typeof RequestRecorded>;
export type RequestStatusChanged = z.infer<typeof RequestStatusChanged>;
