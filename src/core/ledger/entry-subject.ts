/**
 * The one subject each entry kind is about: the actor, case, request or item whose chain of
 * entries it extends. Reads are authorised against it, and the ledger loads it before the rules
 * run; one table, so the two can never disagree about what an entry concerns.
 * @module
 */
import type { TypedPayload } from './kinds.ts';
import type { SubjectRef } from './state.ts';

export function entrySubject(entry: TypedPayload): SubjectRef {
  switch (entry.kind) {
    case 'actor.registered':
      return { kind: 'actor', id: entry.payload.id };
    case 'key.rotated':
    case 'key.revoked':
    case 'actor.changed':
      return { kind: 'actor', id: entry.payload.actor };
    case 'case.opened':
      return { kind: 'case', id: entry.payload.id };
    case 'case.access-granted':
    case 'case.hold-changed':
      return { kind: 'case', id: entry.payload.case };
    case 'request.recorded':
      return { kind: 'request', id: entry.payload.id };
    case 'request.status-changed':
      return { kind: 'request', id: entry.payload.request };
    case 'evidence.registered':
      return { kind: 'item', id: entry.payload.id };
    case 'custody.event':
      return { kind: 'item', id: entry.payload.item };
    case 'transfer.imported':
      return { kind: 'item', id: entry.payload.id };
    case 'transfer.receipt':
      return { kind: 'item', id: entry.payload.item };
    case 'authority.designated':
      return { kind: 'designations', id: entry.payload.state };
    case 'retention.category-set':
      return { kind: 'retention', id: entry.payload.category };
  }
}
