/**
 * The items of a report — description, digests, size, origin — and how they derive from one
 * another. Origins come from the registering entry (or the copy that created a derivative),
 * because the verifier's item summary keeps only current state.
 * @module
 */
import { codeWord } from '../core/i18n/code-words.ts';
import type { Message, Translator } from '../core/i18n/translator.ts';
import type { ParsedEntry } from '../core/ledger/entry.ts';
import type { BundleVerification, ItemSummary } from '../core/verify/result.ts';
import { personOf } from './bundle-entries.ts';
import { formatSize } from './report-format.ts';
import type { Field, Part, Section } from './report-parts.ts';

type Origin = { readonly text: string; readonly exhibit?: string };

export function itemSections(
  result: BundleVerification,
  entries: readonly ParsedEntry[],
  tr: Translator,
): Section[] {
  const subject = result.items.filter((i) => i.id === result.subject);
  const others = result.items.filter((i) => i.id !== result.subject);
  if (!subject.length)
    return [
      {
        title: tr.t('report.item'),
        parts: [
          {
            kind: 'paragraph',
            text: tr.t('item.none'),
            emphasis: 'alert',
          },
        ],
      },
    ];
  return [...subject, ...others].map((item) => ({
    title: tr.t(item.id === result.subject ? 'item.the' : 'item.related', { id: item.id }),
    parts: [{ kind: 'fields', fields: itemFields(item, result, tr, originOf(item.id, entries, result, tr)) }],
  }));
}

function itemFields(item: ItemSummary, result: BundleVerification, tr: Translator, origin?: Origin): Field[] {
  const digests = Object.entries(item.digests).map(([alg, hex]) => ({
    label: alg === 'sha256' ? 'SHA-256' : alg.toUpperCase().replace(/^SHA/, 'SHA-'),
    value: hex.toLowerCase(),
    mono: true,
  }));
  return [
    { label: tr.t('item.description'), value: item.description },
    ...roleFields(item, result, tr),
    { label: tr.t('item.case'), value: item.case },
    ...(origin?.exhibit ? [{ label: tr.t('item.exhibit'), value: origin.exhibit }] : []),
    ...digests,
    { label: tr.t('item.size'), value: formatSize(item.size, tr) },
    { label: tr.t('item.mediaType'), value: item.mediaType },
    { label: tr.t('item.origin'), value: origin?.text ?? tr.t('item.originUnknown') },
    { label: tr.t('item.registered'), value: tr.time(item.registeredAt) },
    { label: tr.t('item.custodian'), value: personOf(result, item.custodian) },
    { label: tr.t('item.status'), value: codeWord(tr, 'itemStatus', item.status) },
    ...preservationFields(item, tr),
    ...retentionFields(item, tr),
    ...(item.legalHold
      ? [
          {
            label: tr.t('item.legalHold'),
            value: tr.t('item.legalHoldValue', {
              reference: item.legalHold.reference,
              on: holdTarget(item.legalHold),
            }),
          },
        ]
      : []),
  ];
}

/** Retention is shown as it stands at the bundle's latest entry: its period, a provider's limit, an override. */
function retentionFields(item: ItemSummary, tr: Translator): Field[] {
  const r = item.retention;
  if (!r) return [];
  return [
    {
      label: tr.t('item.retention'),
      value: tr.t('item.retentionValue', {
        hasCategory: r.category !== undefined ? 'yes' : 'no',
        category: r.category ?? '',
        basis: r.basis ?? '',
        until: r.retainUntil ? tr.time(r.retainUntil) : '',
        hasLimit: r.limit ? 'yes' : 'no',
        limit: r.limit ? tr.time(r.limit.until) : '',
        state: r.limit?.providerState ?? '',
        isDue: r.due ? 'yes' : 'no',
        reviewAt: tr.time(r.reviewAt),
        asOf: tr.time(r.asOf),
        hasOverride: r.override ? 'yes' : 'no',
        reference: r.override?.reference ?? '',
      }),
    },
  ];
}

/** `item X` or `case Y` in the report's language; a summary without the parts, as it says. */
function holdTarget(hold: NonNullable<ItemSummary['legalHold']>): Message | string {
  if (!hold.onKind || hold.onId === undefined) return hold.on;
  return { key: hold.onKind === 'case' ? 'item.holdOnCase' : 'item.holdOnItem', values: { id: hold.onId } };
}

/** A preservation is shown with whether it still binds, judged at the bundle's latest entry. */
function preservationFields(item: ItemSummary, tr: Translator): Field[] {
  const p = item.preservation;
  if (!p) return [];
  return [
    {
      label: tr.t('item.preservation'),
      value: tr.t('item.preservationValue', {
        order: p.order,
        ...(p.basis ? { hasBasis: 'yes', basis: p.basis } : { hasBasis: 'no' }),
        since: tr.time(p.since),
        until: tr.time(p.until),
        hasForce: p.status === 'in-force' ? 'yes' : 'no',
        asOf: tr.time(p.asOf),
      }),
    },
  ];
}

function roleFields(item: ItemSummary, result: BundleVerification, tr: Translator): Field[] {
  const out: Field[] = [];
  if (item.parent) out.push({ label: tr.t('item.derivedFrom'), value: item.parent });
  if (item.id !== result.subject && result.items.some((i) => i.parent === item.id && i.id === result.subject))
    out.push({ label: tr.t('item.relation'), value: tr.t('item.sourceOf', { id: result.subject }) });
  return out;
}

function originOf(
  id: string,
  entries: readonly ParsedEntry[],
  result: BundleVerification,
  tr: Translator,
): Origin | undefined {
  for (const e of entries) {
    if (e.kind === 'evidence.registered' && e.payload.id === id) {
      const p = e.payload;
      const o = p.origin;
      const parts = [
        tr.t('item.originObtained', {
          method: codeWord(tr, 'origin', o.method),
          ...(o.location ? { hasLocation: 'yes', location: o.location } : { hasLocation: 'no' }),
        }),
        ...(o.authorisation
          ? [
              tr.t('item.originAuthorisation', {
                type: o.authorisation.type,
                reference: o.authorisation.reference,
                issuer: o.authorisation.issuer,
              }),
            ]
          : []),
        ...(o.request ? [tr.t('item.originRequest', { request: o.request })] : []),
        tr.t('item.originCollected', {
          person: personOf(result, p.collectedBy),
          time: tr.time(p.collectedAt),
        }),
      ];
      return { text: parts.join('; '), ...(p.exhibitNumber ? { exhibit: p.exhibitNumber } : {}) };
    }
    if (e.kind === 'custody.event' && e.payload.type === 'copied' && e.payload.derivative.id === id) {
      const p = e.payload;
      return {
        text: tr.t('item.originCopy', {
          item: p.item,
          method: p.method,
          tool: `${p.tool.name} ${p.tool.version}`,
          person: personOf(result, e.signer.actor),
          time: tr.time(p.occurredAt),
        }),
        ...(p.derivative.exhibitNumber ? { exhibit: p.derivative.exhibitNumber } : {}),
      };
    }
  }
  return undefined;
}

/** Parent → children, for every item of the report that has derivatives. */
export function derivativeChain(result: BundleVerification, tr: Translator): Part[] {
  const described = new Map(result.items.map((i) => [i.id, i.description]));
  const label = (id: string) => (described.has(id) ? `${id} (${described.get(id)})` : id);
  const lines = result.items
    .filter((i) => i.derivatives.length > 0)
    .map((i) => `${label(i.id)} → ${i.derivatives.map(label).join('; ')}`);
  return lines.length
    ? [
        {
          kind: 'paragraph',
          text: tr.lines('derivatives.intro'),
        },
        { kind: 'list', items: lines },
      ]
    : [
        {
          kind: 'paragraph',
          text: tr.lines('derivatives.none'),
        },
      ];
}
