/**
 * One line of plain language per custody entry, for timelines in reports and verifier output.
 * @module
 */
import type { ParsedEntry } from '../ledger/entry.ts';
import { describeConditions } from '../ledger/use-conditions.ts';
import type { TimelineEvent } from './result.ts';

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
    return a ? `${a.name} (${a.organisation}, ${a.state})` : id;
  };
  if (entry.kind === 'evidence.registered' && entry.payload.id === item) {
    const p = entry.payload;
    const how = p.origin.method.replace(/-/g, ' ');
    return {
      ...base,
      occurredAt: p.collectedAt,
      type: 'registered',
      summary: `registered: ${p.description}; obtained by ${how}${p.origin.location ? ` at ${p.origin.location}` : ''}; collected by ${name(p.collectedBy)}`,
      ...(p.origin.location ? { location: p.origin.location } : {}),
    };
  }
  if (entry.kind !== 'custody.event') return undefined;
  const e = entry.payload;
  if (e.item !== item && !(e.type === 'copied' && e.derivative.id === item)) return undefined;
  const at = { occurredAt: e.occurredAt, ...(e.location ? { location: e.location } : {}) };
  const line = (summary: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
    ...base,
    ...at,
    type: e.type,
    summary,
    ...extra,
  });
  switch (e.type) {
    case 'sealed':
      return line(`sealed with seal ${e.seal}`, { seal: e.seal });
    case 'unsealed':
      return line(`seal ${e.seal} broken: ${e.reason}`, { seal: e.seal });
    case 'handed-over':
      return line(`handed over to ${name(e.to)} for ${e.purpose}${e.channel ? ` by ${e.channel}` : ''}`);
    case 'handover-cancelled':
      return line(`hand-over cancelled: ${e.reason}`);
    case 'received':
      return line(
        `received; SHA-256 re-checked: ${e.result === 'match' ? 'matches' : 'DOES NOT MATCH'} the registered digest${e.condition ? `; ${e.condition}` : ''}`,
        { digestResult: e.result },
      );
    case 'examined':
      return line(
        `examined for ${e.purpose} with ${e.tool.name} ${e.tool.version}${e.findings ? `; findings: ${e.findings}` : ''}`,
      );
    case 'copied':
      return e.item === item
        ? line(
            `copied to derivative ${e.derivative.id} (${e.derivative.description}) with ${e.tool.name} ${e.tool.version}`,
          )
        : line(`created as a copy of ${e.item} with ${e.tool.name} ${e.tool.version} (${e.method})`, {
            type: 'created',
          });
    case 'verified':
      return line(`re-hashed: ${e.result === 'match' ? 'matches' : 'DOES NOT MATCH'} the registered digest`, {
        digestResult: e.result,
      });
    case 'preserved':
      return line(
        `preserved under order ${e.order} until ${e.until}${e.request ? ` (request ${e.request})` : ''}`,
      );
    case 'preservation-extended':
      return line(`preservation extended until ${e.until}`);
    case 'preservation-released':
      return line(`preservation released: ${e.reason}`);
    case 'disclosed':
      return line(
        `disclosed to ${name(e.to)} under request ${e.request}: ${e.scope}${e.conditions ? `; conditions: ${e.conditions}` : ''}${e.conditionsOnUse ? `; conditions on use: ${describeConditions(e.conditionsOnUse)}` : ''}`,
      );
    case 'hold-placed':
      return line(`legal hold ${e.reference} placed: ${e.reason}`);
    case 'hold-lifted':
      return line(`legal hold lifted (${e.reference}): ${e.reason}`);
    case 'use-consented': {
      const c = e.consent;
      const what =
        c.scope === 'onward-transfer'
          ? `transfer onward to ${name(c.to ?? '')}`
          : c.scope === 'purpose'
            ? `use for ${c.purpose}`
            : 'use as evidence before a court';
      return line(`consent by the providing state to ${what}: ${e.reason}`);
    }
    case 'returned':
      return line(`returned to ${e.to}: ${e.reason}`);
    case 'destroyed':
      return line(
        `destroyed by ${e.method} (${e.authorisation})${e.witness ? `, witnessed by ${name(e.witness)}` : ''}`,
      );
    case 'annotated':
      return line(`annotation: ${e.text}${e.corrects ? ' (corrects an earlier entry)' : ''}`);
  }
}
