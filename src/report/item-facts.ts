/**
 * The items of a report — description, digests, size, origin — and how they derive from one
 * another. Origins come from the registering entry (or the copy that created a derivative),
 * because the verifier's item summary keeps only current state.
 * @module
 */
import type { ParsedEntry } from '../core/ledger/entry.ts';
import type { BundleVerification, ItemSummary } from '../core/verify/result.ts';
import { personOf } from './bundle-entries.ts';
import { formatSize, formatTime, words } from './report-format.ts';
import type { Field, Part, Section } from './report-parts.ts';

type Origin = { readonly text: string; readonly exhibit?: string };

export function itemSections(result: BundleVerification, entries: readonly ParsedEntry[]): Section[] {
  const subject = result.items.filter((i) => i.id === result.subject);
  const others = result.items.filter((i) => i.id !== result.subject);
  if (!subject.length)
    return [
      {
        title: 'The item',
        parts: [
          {
            kind: 'paragraph',
            text: 'No verified registration of the item (see “Verification”).',
            emphasis: 'alert',
          },
        ],
      },
    ];
  return [...subject, ...others].map((item) => ({
    title: item.id === result.subject ? `The item: ${item.id}` : `Related item: ${item.id}`,
    parts: [{ kind: 'fields', fields: itemFields(item, result, originOf(item.id, entries, result)) }],
  }));
}

function itemFields(item: ItemSummary, result: BundleVerification, origin?: Origin): Field[] {
  const digests = Object.entries(item.digests).map(([alg, hex]) => ({
    label: alg === 'sha256' ? 'SHA-256' : alg.toUpperCase().replace(/^SHA/, 'SHA-'),
    value: hex.toLowerCase(),
    mono: true,
  }));
  return [
    { label: 'Description', value: item.description },
    ...roleFields(item, result),
    { label: 'Case', value: item.case },
    ...(origin?.exhibit ? [{ label: 'Exhibit number', value: origin.exhibit }] : []),
    ...digests,
    { label: 'Size', value: formatSize(item.size) },
    { label: 'Media type', value: item.mediaType },
    { label: 'Origin', value: origin?.text ?? 'not recorded in the bundle' },
    { label: 'Registered (logged)', value: formatTime(item.registeredAt) },
    { label: 'Custodian (last recorded here)', value: personOf(result, item.custodian) },
    { label: 'Status (last recorded here)', value: item.status },
    ...preservationFields(item),
    ...(item.legalHold
      ? [
          {
            label: 'Legal hold',
            value: `${item.legalHold.reference}, placed on ${item.legalHold.on}, in force at the bundle's checkpoint`,
          },
        ]
      : []),
  ];
}

/** A preservation is shown with whether it still binds, judged at the bundle's latest entry. */
function preservationFields(item: ItemSummary): Field[] {
  const p = item.preservation;
  if (!p) return [];
  const state = p.status === 'in-force' ? 'in force' : 'EXPIRED';
  const basis = p.basis ? `, under ${p.basis}` : '';
  return [
    {
      label: 'Preservation',
      value: `order ${p.order}${basis}, from ${formatTime(p.since)} until ${formatTime(p.until)}: ${state} as of ${formatTime(p.asOf)} (the bundle's latest entry)`,
    },
  ];
}

function roleFields(item: ItemSummary, result: BundleVerification): Field[] {
  const out: Field[] = [];
  if (item.parent) out.push({ label: 'Derived from', value: item.parent });
  if (item.id !== result.subject && result.items.some((i) => i.parent === item.id && i.id === result.subject))
    out.push({ label: 'Relation', value: `source from which ${result.subject} was copied` });
  return out;
}

function originOf(
  id: string,
  entries: readonly ParsedEntry[],
  result: BundleVerification,
): Origin | undefined {
  for (const e of entries) {
    if (e.kind === 'evidence.registered' && e.payload.id === id) {
      const p = e.payload;
      const o = p.origin;
      const parts = [
        `${words(o.method)}${o.location ? ` at ${o.location}` : ''}`,
        ...(o.authorisation
          ? [`under ${o.authorisation.type} ${o.authorisation.reference} issued by ${o.authorisation.issuer}`]
          : []),
        ...(o.request ? [`under request ${o.request}`] : []),
        `collected by ${personOf(result, p.collectedBy)} on ${formatTime(p.collectedAt)}`,
      ];
      return { text: parts.join('; '), ...(p.exhibitNumber ? { exhibit: p.exhibitNumber } : {}) };
    }
    if (e.kind === 'custody.event' && e.payload.type === 'copied' && e.payload.derivative.id === id) {
      const p = e.payload;
      return {
        text: `copy of ${p.item} (${p.method}) made with ${p.tool.name} ${p.tool.version} by ${personOf(result, e.signer.actor)} on ${formatTime(p.occurredAt)}`,
        ...(p.derivative.exhibitNumber ? { exhibit: p.derivative.exhibitNumber } : {}),
      };
    }
  }
  return undefined;
}

/** Parent → children, for every item of the report that has derivatives. */
export function derivativeChain(result: BundleVerification): Part[] {
  const described = new Map(result.items.map((i) => [i.id, i.description]));
  const label = (id: string) => (described.has(id) ? `${id} (${described.get(id)})` : id);
  const lines = result.items
    .filter((i) => i.derivatives.length > 0)
    .map((i) => `${label(i.id)} → ${i.derivatives.map(label).join('; ')}`);
  return lines.length
    ? [
        {
          kind: 'paragraph',
          text: 'Each arrow leads from an item to the copies made from it, as the log recorded them.',
        },
        { kind: 'list', items: lines },
      ]
    : [
        {
          kind: 'paragraph',
          text: 'No derivative items: nothing in this bundle was copied from or into the item.',
        },
      ];
}
