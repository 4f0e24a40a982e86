/**
 * One line of plain language per custody entry, for timelines in reports and verifier output: a
 * catalogue message (src/core/i18n) with the entry's values as logged, and its English text.
 * @module
 */
import { type Message, part, translator, type Values } from '../i18n/translator.ts';
import type { ParsedEntry } from '../ledger/entry.ts';
import { foreignPayload } from '../ledger/transfer-transitions.ts';
import type { UseConditionsPayload } from '../ledger/use-condition-terms.ts';
import { nested } from './check-line.ts';
import type { EventMessageKey, TimelineEvent } from './result.ts';

export type ActorNames = (id: string) => { name: string; organisation: string; state: string } | undefined;

/** The timeline line of an entry about `item`, or undefined for entries about other subjects. */
export function describeEvent(
  entry: ParsedEntry,
  item: string,
  actors: ActorNames,
): TimelineEvent | undefined {
  const who = actors(entry.signer.actor);
  const base = {
    index: entry.index,
    loggedAt: entry.loggedAt,
    item,
    actor: entry.signer.actor,
    ...(who ? { actorName: who.name, organisation: who.organisation, state: who.state } : {}),
  };
  const name = (id: string) => {
    const a = actors(id);
    return a ? `${part(a.name)} (${part(a.organisation)}, ${a.state})` : id;
  };
  if (entry.kind === 'evidence.registered' && entry.payload.id === item) {
    const p = entry.payload;
    const message = event('event.registered', {
      description: p.description,
      method: nested(`origin.${p.origin.method}`),
      ...optional('location', p.origin.location),
      collector: name(p.collectedBy),
    });
    return {
      ...base,
      occurredAt: p.collectedAt,
      type: 'registered',
      ...message,
      ...(p.origin.location ? { location: p.origin.location } : {}),
    };
  }
  // Across a border: where custody came from, or went to, another log (docs/model.md).
  if (entry.kind === 'transfer.imported' && entry.payload.id === item) {
    const p = entry.payload;
    const from = foreignPayload(p.disclosure);
    return {
      ...base,
      occurredAt: p.receivedAt,
      type: 'imported',
      border: { origin: p.disclosure.origin, index: p.disclosure.index, leafHash: p.disclosure.leafHash },
      ...event('event.imported', {
        origin: p.disclosure.origin,
        index: String(p.disclosure.index),
        item: String(from.item),
        description: p.description,
      }),
    };
  }
  if (entry.kind === 'transfer.receipt' && entry.payload.item === item) {
    const p = entry.payload;
    return {
      ...base,
      occurredAt: entry.loggedAt,
      type: 'transfer-receipt',
      border: { origin: p.import.origin, index: p.import.index, leafHash: p.import.leafHash },
      ...event('event.transferReceipt', {
        disclosure: String(p.disclosure),
        origin: p.import.origin,
        index: String(p.import.index),
      }),
    };
  }
  if (entry.kind !== 'custody.event') return undefined;
  const e = entry.payload;
  if (e.item !== item && !(e.type === 'copied' && e.derivative.id === item)) return undefined;
  const at = { occurredAt: e.occurredAt, ...(e.location ? { location: e.location } : {}) };
  const line = (key: EventMessageKey, values: Values, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
    ...base,
    ...at,
    type: e.type,
    ...event(key, values),
    ...extra,
  });
  const tool = (t: { name: string; version: string }) => `${t.name} ${t.version}`;
  const matched = (r: 'match' | 'mismatch') => ({ hasMatch: r === 'match' ? 'yes' : 'no' });
  switch (e.type) {
    case 'sealed':
      return line('event.sealed', { seal: e.seal }, { seal: e.seal });
    case 'unsealed':
      return line('event.unsealed', { seal: e.seal, reason: e.reason }, { seal: e.seal });
    case 'handed-over':
      return line('event.handedOver', {
        to: name(e.to),
        purpose: e.purpose,
        ...optional('channel', e.channel),
      });
    case 'handover-cancelled':
      return line('event.handoverCancelled', { reason: e.reason });
    case 'received':
      return line(
        'event.received',
        { ...matched(e.result), ...optional('condition', e.condition) },
        { digestResult: e.result },
      );
    case 'examined':
      return line('event.examined', {
        purpose: e.purpose,
        tool: tool(e.tool),
        ...optional('findings', e.findings),
      });
    case 'copied':
      return e.item === item
        ? line('event.copied', {
            derivative: e.derivative.id,
            description: e.derivative.description,
            tool: tool(e.tool),
          })
        : line('event.created', { item: e.item, tool: tool(e.tool), method: e.method }, { type: 'created' });
    case 'verified':
      return line('event.verified', matched(e.result), { digestResult: e.result });
    case 'preserved':
      return line('event.preserved', { order: e.order, until: e.until, ...optional('request', e.request) });
    case 'preservation-extended':
      return line('event.preservationExtended', { until: e.until });
    case 'preservation-released':
      return line('event.preservationReleased', { reason: e.reason });
    case 'disclosed': {
      // Addressed by designation, the authority has no actor here: the line names it and its entry.
      const a = e.addressee;
      const to: Values = a
        ? { authority: part(a.authority), state: a.state, designation: String(a.designation) }
        : { to: name(e.to!) };
      return line(a ? 'event.disclosedToAuthority' : 'event.disclosed', {
        ...to,
        request: e.request,
        scope: e.scope,
        ...optional('conditions', e.conditions),
        ...(e.conditionsOnUse
          ? { hasConditionsOnUse: 'yes', conditionsOnUse: conditionsMessage(e.conditionsOnUse) }
          : { hasConditionsOnUse: 'no' }),
      });
    }
    case 'hold-placed':
      return line('event.holdPlaced', { reference: e.reference, reason: e.reason });
    case 'hold-lifted':
      return line('event.holdLifted', { reference: e.reference, reason: e.reason });
    case 'retention-set':
      return line('event.retentionSet', { category: e.category, reason: e.reason });
    case 'retention-overridden':
      return line('event.retentionOverridden', { reference: e.reference, reason: e.reason });
    case 'use-consented': {
      const c = e.consent;
      // An onward recipient of another state, by designation, has no actor here: named with its entry.
      if (c.addressee)
        return line('event.useConsentedToAuthority', {
          authority: part(c.addressee.authority),
          state: c.addressee.state,
          designation: String(c.addressee.designation),
          reason: e.reason,
        });
      return line('event.useConsented', {
        hasOnward: c.scope === 'onward-transfer' ? 'yes' : 'no',
        to: name(c.to ?? ''),
        hasPurpose: c.scope === 'purpose' ? 'yes' : 'no',
        purpose: c.purpose ?? '',
        reason: e.reason,
      });
    }
    case 'returned':
      return line('event.returned', { to: e.to, reason: e.reason });
    case 'destroyed':
      return line('event.destroyed', {
        method: e.method,
        authorisation: e.authorisation,
        ...optional('witness', e.witness ? name(e.witness) : undefined),
      });
    case 'annotated':
      return line('event.annotated', { text: e.text, hasCorrects: e.corrects ? 'yes' : 'no' });
  }
}

/** The English plain line (CLI, JSON) beside the message a report translates. */
const english = translator(['en'], { isolate: false });

function event(key: EventMessageKey, values: Values): Pick<TimelineEvent, 'summary' | 'message'> {
  return { summary: english.t(key, values), message: { key, values } };
}

/** Conditions on use as the catalogue words them (docs/model.md); purposes as logged. */
function conditionsMessage(c: UseConditionsPayload): Message {
  return nested('conditions.onUse', {
    purposes: c.purposes.join('; '),
    hasOnwardPermitted: c.onwardTransfer === 'permitted' ? 'yes' : 'no',
    hasEvidencePermitted: c.evidenceUse === 'permitted' ? 'yes' : 'no',
    ...optional('retainUntil', c.retainUntil),
    ...optional('dataProtection', c.dataProtection),
  });
}

/** A part of a line that is there only when the entry has the field (`hasFindings: 'yes'`). */
function optional(name: string, value: string | undefined): Record<string, string> {
  const flag = `has${name[0]!.toUpperCase()}${name.slice(1)}`;
  return value ? { [flag]: 'yes', [name]: value } : { [flag]: 'no' };
}
