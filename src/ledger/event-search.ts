/**
 * Search of events (docs/model.md, Search of events): the entries that match a filter, in the
 * order of the index that drives the scan — an item's history, or the event records by case,
 * actor or type (log order), or by logged or occurred time (time order) — from a cursor that is
 * the index of the last entry of the previous page. Every candidate is checked against the
 * whole filter with the same facts the index records were written from (core/ledger/event-facts.ts).
 * Authorisation is the caller's (src/http).
 * @module
 */
import { type EventFacts, type EventFilter, eventFacts, matchesFilter } from '../core/ledger/event-facts.ts';
import { readU64 } from '../core/ordered-keys.ts';
import type { LogStore } from '../storage/log-store.ts';
import {
  eventKey,
  eventPrefix,
  eventTimeKey,
  eventTimePrefix,
  indexFromEventKey,
  subjectPrefix,
} from './ledger-keys.ts';
import type { HistoryEntry, LedgerQueries } from './ledger-queries.ts';

export interface FoundEvent extends HistoryEntry {
  readonly facts: EventFacts;
}

export class EventSearch {
  constructor(
    private readonly store: LogStore,
    private readonly queries: LedgerQueries,
  ) {}

  /** Entry indices the filter's driving index yields after the cursor entry `after`. */
  async *candidates(q: EventFilter, after?: number): AsyncIterable<number> {
    if (q.item !== undefined) {
      for await (const r of this.store.scanSide(subjectPrefix('item', q.item))) {
        const index = readU64(r.value);
        if (after === undefined || index > after) yield index;
      }
      return;
    }
    const axis =
      q.case !== undefined
        ? 'case'
        : q.actor !== undefined
          ? 'actor'
          : q.type !== undefined
            ? 'type'
            : undefined;
    if (axis) {
      const id = (axis === 'case' ? q.case : axis === 'actor' ? q.actor : q.type)!;
      const from = eventKey(axis, id, after === undefined ? 0 : after + 1);
      for await (const r of this.store.scanSide(eventPrefix(axis, id), { from }))
        yield indexFromEventKey(r.key);
      return;
    }
    const which = q.occurredFromMs !== undefined || q.occurredToMs !== undefined ? 'occurred' : 'logged';
    const fromMs = which === 'logged' ? q.loggedFromMs : q.occurredFromMs;
    const toMs = which === 'logged' ? q.loggedToMs : q.occurredToMs;
    const cursor = after === undefined ? undefined : await this.facts(after);
    const cursorMs = cursor && (which === 'logged' ? cursor.facts.loggedMs : cursor.facts.occurredMs);
    const from =
      cursorMs !== undefined
        ? eventTimeKey(which, cursorMs, after! + 1)
        : eventTimeKey(which, fromMs ?? -(2 ** 52), 0);
    const stop = toMs === undefined ? undefined : eventTimeKey(which, toMs + 1, 0);
    for await (const r of this.store.scanSide(eventTimePrefix(which), { from })) {
      if (stop && Buffer.compare(Buffer.from(r.key), Buffer.from(stop)) >= 0) return;
      yield indexFromEventKey(r.key);
    }
  }

  /** The entry at `index` with its facts, if it matches the filter. */
  async match(index: number, q: EventFilter): Promise<FoundEvent | undefined> {
    const found = await this.facts(index);
    return matchesFilter(found.facts, q) ? found : undefined;
  }

  private async facts(index: number): Promise<FoundEvent> {
    const h = await this.queries.entryAt(index);
    const subject = h.entry as Parameters<typeof eventFacts>[0];
    const cases = new Map<string, string | undefined>();
    // A custody event names its item only: its case comes from the item's state.
    const target =
      subject.kind === 'custody.event' ? { kind: 'item' as const, id: subject.payload.item } : undefined;
    if (target)
      cases.set(
        target.id,
        ((await this.queries.subject('item', target.id)) as { case?: string } | undefined)?.case,
      );
    if (subject.kind === 'request.status-changed') {
      const request = (await this.queries.subject('request', subject.payload.request)) as
        | { case?: string }
        | undefined;
      cases.set(subject.payload.request, request?.case);
    }
    return { ...h, facts: eventFacts(subject, (_kind, id) => cases.get(id)) };
  }
}
