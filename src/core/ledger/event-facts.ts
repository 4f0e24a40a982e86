/**
 * What an entry is findable by (docs/model.md, Search of events): its case, its item, the actors
 * it involves (the signer and every actor a field names), its type (the custody event type, or
 * the entry kind) and its two times. One function for the index records the ledger writes with
 * each entry and for the filters a search applies, so the two cannot disagree.
 * @module
 */
import type { ParsedEntry } from './entry.ts';
import { entrySubject } from './entry-subject.ts';
import { timeMs } from './rule-context.ts';

export interface EventFacts {
  readonly case?: string;
  readonly item?: string;
  /** The signer first, then counterparties; no repeats. */
  readonly actors: readonly string[];
  readonly type: string;
  readonly loggedMs: number;
  /** When it happened, as the entry states it (an event's occurredAt, a registration's collectedAt…). */
  readonly occurredMs?: number;
}

/**
 * The facts of an entry. `caseOf` gives the case of an item or request named by the entry
 * (custody events name only their item).
 */
export function eventFacts(
  entry: ParsedEntry,
  caseOf: (kind: 'item' | 'request', id: string) => string | undefined,
): EventFacts {
  const subject = entrySubject(entry);
  const named: (string | undefined)[] = [entry.signer.actor];
  let occurred: string | undefined;
  let kase: string | undefined;
  switch (entry.kind) {
    case 'actor.registered':
    case 'key.rotated':
    case 'key.revoked':
    case 'actor.changed':
      named.push(subject.id);
      break;
    case 'case.opened':
      occurred = entry.payload.openedAt;
      break;
    case 'case.access-granted':
      named.push(entry.payload.actor);
      break;
    case 'case.hold-changed':
      occurred = entry.payload.at;
      break;
    case 'request.recorded':
      occurred = entry.payload.dated;
      kase = entry.payload.case;
      break;
    case 'request.status-changed':
      occurred = entry.payload.at;
      break;
    case 'evidence.registered':
      occurred = entry.payload.collectedAt;
      named.push(entry.payload.collectedBy);
      kase = entry.payload.case;
      break;
    case 'transfer.imported':
      occurred = entry.payload.receivedAt;
      kase = entry.payload.case;
      break;
    case 'transfer.receipt':
      break;
    case 'custody.event': {
      const e = entry.payload;
      occurred = e.occurredAt;
      if (e.type === 'handed-over' || e.type === 'disclosed') named.push(e.to);
      if (e.type === 'destroyed') named.push(e.witness);
      if (e.type === 'use-consented') named.push(e.consent.to);
      break;
    }
  }
  if (subject.kind === 'case') kase = subject.id;
  if (kase === undefined && (subject.kind === 'item' || subject.kind === 'request'))
    kase = caseOf(subject.kind, subject.id);
  return {
    ...(kase !== undefined ? { case: kase } : {}),
    ...(subject.kind === 'item' ? { item: subject.id } : {}),
    actors: [...new Set(named.filter((a): a is string => a !== undefined))],
    type: entry.kind === 'custody.event' ? entry.payload.type : entry.kind,
    loggedMs: timeMs(entry.loggedAt),
    ...(occurred !== undefined ? { occurredMs: timeMs(occurred) } : {}),
  };
}

export interface EventFilter {
  readonly case?: string;
  readonly item?: string;
  readonly actor?: string;
  readonly type?: string;
  readonly loggedFromMs?: number;
  readonly loggedToMs?: number;
  readonly occurredFromMs?: number;
  readonly occurredToMs?: number;
}

export function matchesFilter(f: EventFacts, q: EventFilter): boolean {
  if (q.case !== undefined && f.case !== q.case) return false;
  if (q.item !== undefined && f.item !== q.item) return false;
  if (q.actor !== undefined && !f.actors.includes(q.actor)) return false;
  if (q.type !== undefined && f.type !== q.type) return false;
  if (q.loggedFromMs !== undefined && f.loggedMs < q.loggedFromMs) return false;
  if (q.loggedToMs !== undefined && f.loggedMs > q.loggedToMs) return false;
  const occurredFilter = q.occurredFromMs !== undefined || q.occurredToMs !== undefined;
  if (occurredFilter && f.occurredMs === undefined) return false;
  if (q.occurredFromMs !== undefined && f.occurredMs! < q.occurredFromMs) return false;
  if (q.occurredToMs !== undefined && f.occurredMs! > q.occurredToMs) return false;
  return true;
}
