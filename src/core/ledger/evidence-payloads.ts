/**
 * Payloads of evidence registration and custody events. Every custody event names the item,
 * the hash of the item's previous entry (`prev`) and when it happened; `type` selects the rest.
 * @module
 */
import { z } from 'zod';
import { LegalBasis } from './case-payloads.ts';
import { Addressee } from './designation-payloads.ts';
import {
  ActorId,
  ByteCount,
  Digests,
  LeafHash,
  MediaType,
  SubjectId,
  Text,
  Timestamp,
  Tool,
} from './fields.ts';
import { RetentionCategoryCode } from './retention-payloads.ts';
import { CONSENT_SCOPES, UseConditionsPayload } from './use-condition-terms.ts';

export const ORIGIN_METHODS = [
  'seizure',
  'production-order',
  'preservation',
  'voluntary-disclosure',
  'foreign-authority',
  'derived',
] as const;

export const Authorisation = z.object({ type: Text(100), reference: Text(200), issuer: Text(300) }).strict();

export const Origin = z
  .object({
    method: z.enum(ORIGIN_METHODS),
    location: Text(500).optional(),
    authorisation: Authorisation.optional(),
    /** The recorded request it came under (required when received from a foreign authority). */
    request: SubjectId.optional(),
    /** The item it was derived from (required when derived). */
    parent: SubjectId.optional(),
  })
  .strict()
  .refine((o) => o.method !== 'foreign-authority' || o.request !== undefined, {
    message: 'evidence received from a foreign authority must name the request',
    path: ['request'],
  })
  .refine((o) => (o.method === 'derived') === (o.parent !== undefined), {
    message: 'a parent item is given exactly when the item is derived',
    path: ['parent'],
  });

/** What a new item is: shared by registration and by the derivative a copy creates. */
export const ItemDescription = {
  description: Text(1000),
  mediaType: MediaType,
  size: ByteCount,
  digests: Digests,
  exhibitNumber: Text(100).optional(),
  /** The retention category it is filed under (a derived item without one takes its parent's). */
  retention: RetentionCategoryCode.optional(),
};

export const EvidenceRegistered = z
  .object({
    id: SubjectId,
    case: SubjectId,
    ...ItemDescription,
    origin: Origin,
    collectedBy: ActorId,
    collectedAt: Timestamp,
  })
  .strict();

const common = {
  item: SubjectId,
  prev: LeafHash,
  occurredAt: Timestamp,
  location: Text(500).optional(),
  note: Text(2000).optional(),
};

const DigestResult = z.enum(['match', 'mismatch']);

export const CUSTODY_TYPES = [
  'sealed',
  'unsealed',
  'handed-over',
  'handover-cancelled',
  'received',
  'examined',
  'copied',
  'verified',
  'preserved',
  'preservation-extended',
  'preservation-released',
  'disclosed',
  'returned',
  'destroyed',
  'annotated',
  'use-consented',
  'hold-placed',
  'hold-lifted',
  'retention-set',
  'retention-overridden',
] as const;

export type CustodyType = (typeof CUSTODY_TYPES)[number];

const event = <T extends CustodyType, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...common, ...shape }).strict();

export const CustodyEvent = z.discriminatedUnion('type', [
  event('sealed', { seal: Text(100) }),
  event('unsealed', { seal: Text(100), reason: Text(500) }),
  event('handed-over', { to: ActorId, purpose: Text(500), channel: Text(200).optional() }),
  event('handover-cancelled', { reason: Text(500) }),
  event('received', { digests: Digests, result: DigestResult, condition: Text(500).optional() }),
  event('examined', { purpose: Text(500), tool: Tool, findings: Text(4000).optional() }),
  event('copied', {
    derivative: z.object({ id: SubjectId, ...ItemDescription }).strict(),
    tool: Tool,
    method: Text(500),
  }),
  event('verified', { digests: Digests, result: DigestResult }),
  event('preserved', {
    order: Text(200),
    until: Timestamp,
    request: SubjectId.optional(),
    /** The provision it is ordered under; a period the instrument sets then bounds it. */
    basis: LegalBasis.optional(),
  }),
  event('preservation-extended', { until: Timestamp, order: Text(200).optional() }),
  event('preservation-released', { reason: Text(500) }),
  event('disclosed', {
    /** The recipient, an actor of this log who receives it here (`received`); or else `addressee`. */
    to: ActorId.optional(),
    /** The designated authority of another state, which imports it into that state's own log. */
    addressee: Addressee.optional(),
    request: SubjectId,
    scope: Text(1000),
    conditions: Text(1000).optional(),
    /** Structured conditions on use that the receiving side's rules enforce (docs/model.md). */
    conditionsOnUse: UseConditionsPayload.optional(),
  }).refine((e) => (e.to === undefined) !== (e.addressee === undefined), {
    message:
      'names either its recipient in this log (to) or the addressee authority of another state (addressee), not both',
    path: ['to'],
  }),
  event('returned', { to: Text(300), reason: Text(500) }),
  event('destroyed', { method: Text(300), authorisation: Text(300), witness: ActorId.optional() }),
  event('annotated', { text: Text(4000), corrects: LeafHash.optional() }),
  event('hold-placed', { reference: Text(200), reason: Text(1000) }),
  event('hold-lifted', { reference: Text(200), reason: Text(1000) }),
  event('retention-set', { category: RetentionCategoryCode, reason: Text(1000) }),
  event('retention-overridden', { reference: Text(200), reason: Text(1000) }),
  event('use-consented', {
    /** One object (not a union), so that forms generated from the schema can show it. */
    consent: z
      .object({
        scope: z.enum(CONSENT_SCOPES),
        /** The onward recipient, an actor of this log; or else `addressee`. */
        to: ActorId.optional(),
        /** The onward recipient, another state's authority by its designation in this log. */
        addressee: Addressee.optional(),
        purpose: Text(300).optional(),
      })
      .strict()
      .refine(
        (c) =>
          (c.scope === 'onward-transfer') === (c.to !== undefined || c.addressee !== undefined) &&
          (c.to === undefined || c.addressee === undefined),
        {
          message:
            'names the recipient (to, or addressee by designation) exactly when the consent is to an onward transfer, and only one of them',
          path: ['to'],
        },
      )
      .refine((c) => (c.scope === 'purpose') === (c.purpose !== undefined), {
        message: 'names the purpose exactly when the consent is to a further purpose',
        path: ['purpose'],
      }),
    reason: Text(1000),
  }),
]);

export type EvidenceRegistered = z.infer<typeof EvidenceRegistered>;
export type CustodyEvent = z.infer<typeof CustodyEvent>;
export type CustodyEventOf<T extends CustodyType> = Extract<CustodyEvent, { type: T }>;
