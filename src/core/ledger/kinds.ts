/**
 * Every entry kind and the schema of its payload: one table, used by the server to validate
 * submissions, by the verifier to parse bundles, and to generate the OpenAPI document.
 * @module
 */
import type { z } from 'zod';
import { ActorChanged, ActorRegistered, KeyRevoked, KeyRotated } from './actor-payloads.ts';
import {
  CaseAccessGranted,
  CaseHoldChanged,
  CaseOpened,
  RequestRecorded,
  RequestStatusChanged,
} from './case-payloads.ts';
import { AuthorityDesignated } from './designation-payloads.ts';
import { CustodyEvent, EvidenceRegistered } from './evidence-payloads.ts';
import { RetentionCategorySet } from './retention-payloads.ts';
import { TransferImported, TransferReceipt } from './transfer-payloads.ts';

export const PAYLOAD_SCHEMAS = {
  'actor.registered': ActorRegistered,
  'key.rotated': KeyRotated,
  'key.revoked': KeyRevoked,
  'actor.changed': ActorChanged,
  'case.opened': CaseOpened,
  'case.access-granted': CaseAccessGranted,
  'case.hold-changed': CaseHoldChanged,
  'request.recorded': RequestRecorded,
  'request.status-changed': RequestStatusChanged,
  'evidence.registered': EvidenceRegistered,
  'custody.event': CustodyEvent,
  'authority.designated': AuthorityDesignated,
  'retention.category-set': RetentionCategorySet,
  'transfer.imported': TransferImported,
  'transfer.receipt': TransferReceipt,
} as const;

export type Kind = keyof typeof PAYLOAD_SCHEMAS;
export const KINDS = Object.keys(PAYLOAD_SCHEMAS) as Kind[];

export type PayloadOf<K extends Kind> = z.infer<(typeof PAYLOAD_SCHEMAS)[K]>;

/** A payload tagged with its kind, so code can switch on `kind` and get the payload's type. */
export type TypedPayload = { [K in Kind]: { kind: K; payload: PayloadOf<K> } }[Kind];

export function isKind(kind: string): kind is Kind {
  return Object.hasOwn(PAYLOAD_SCHEMAS, kind);
}
