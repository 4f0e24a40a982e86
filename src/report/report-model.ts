/**
 * What a court report shows, derived once from a bundle and its verification so that the HTML
 * and the PDF print the same facts in the same order. The model is a list of sections made of a
 * few kinds of parts (fields, tables, paragraphs…); renderers only lay them out. Every string
 * may come from the bundle, which is untrusted: renderers escape (HTML) or transliterate (PDF).
 *
 * ```ts
 * const model = buildReportModel(bundle, verifyBundle(bundle, trust), meta);
 * model.sections.map((s) => s.title);
 * ```
 * @module
 */
import type { Bundle } from '../core/ledger/bundle.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import { parseBundleEntries, personOf } from './bundle-entries.ts';
import { custodyTable } from './custody-rows.ts';
import { derivativeChain, itemSections } from './item-facts.ts';
import { formatTime, groupThousands, words } from './report-format.ts';
import { GUIDANCE_TITLE, guidanceParts } from './report-guidance.ts';
import type { ReportMeta, ReportModel, Section, Table } from './report-parts.ts';
import { checksTable, verificationInputs } from './verification-facts.ts';

export function buildReportModel(bundle: Bundle, result: BundleVerification, meta: ReportMeta): ReportModel {
  const verified = result.verdict === 'verified';
  const entries = parseBundleEntries(bundle);
  const item = bundle.subject.item;
  return {
    title: `Chain-of-custody report: item ${item}`,
    item,
    verified,
    verdict: verified ? 'VERIFIED' : 'NOT VERIFIED',
    verdictDetail: `${
      verified
        ? 'Every check passed against the pinned log key: the custody history below is what the log committed to.'
        : 'At least one check failed (see “Verification”). The facts below are only what the bundle claims: do not rely on them.'
    }${compromisedNote(result)}`,
    summary: [
      { label: 'Item', value: item },
      { label: 'Report generated', value: formatTime(meta.generatedAt) },
      { label: 'Bundle made', value: formatTime(bundle.createdAt) },
      // The person, not only an ID: a court asks who exported the record.
      ...(bundle.exportedBy ? [{ label: 'Exported by', value: personOf(result, bundle.exportedBy) }] : []),
      { label: 'Bundle SHA-256', value: meta.bundleSha256.toLowerCase(), mono: true },
    ],
    sections: [
      caseSection(result),
      ...itemSections(result, entries),
      {
        title: 'Custody history',
        parts: [
          {
            kind: 'paragraph',
            text: 'One row per event, in the order the log recorded them. “#” is the entry’s position in the log, as the verification section cites it; times are UTC.',
          },
          { kind: 'table', table: custodyTable(result, entries) },
        ],
      },
      { title: 'Chain of derivatives', parts: derivativeChain(result) },
      {
        title: 'Verification',
        parts: [...verificationInputs(result), { kind: 'table', table: checksTable(result) }],
      },
      bundleSection(bundle, meta),
      { title: GUIDANCE_TITLE, parts: guidanceParts(result) },
    ],
    bundleSha256: meta.bundleSha256.toLowerCase(),
    generatedAt: meta.generatedAt,
  };
}

/** Entries signed with a key later declared compromised are named in the verdict, not only in tables. */
function compromisedNote(result: BundleVerification): string {
  const entries = [
    ...new Set(result.keyNotes.filter((n) => n.kind === 'compromised-later').map((n) => n.entry)),
  ];
  if (!entries.length) return '';
  return ` Entries ${entries.join(', ')} were signed with a key later declared compromised as of a time before they were logged: they were logged before that declaration, so they verify, but weigh them (marked below).`;
}

function caseSection(result: BundleVerification): Section {
  const cases: Table = {
    columns: [
      { title: 'Case reference', weight: 3 },
      { title: 'Title', weight: 5 },
      { title: 'Organisation', weight: 4 },
      { title: 'State', weight: 1 },
    ],
    rows: result.cases.map((c) => ({
      cells: [`${c.reference} (${c.id})`, c.title, c.organisation, c.state],
    })),
    empty: 'The bundle names no case.',
  };
  const requests: Table = {
    columns: [
      { title: 'Request', weight: 4.5 },
      { title: 'Type', weight: 3 },
      { title: 'From → to', weight: 3.5 },
      { title: 'Legal basis', weight: 2 },
      { title: 'Status', weight: 2 },
    ],
    rows: result.requests.map((r) => ({
      cells: [
        r.summary ? `${r.reference} (${r.id})\n${r.summary}` : `${r.reference} (${r.id})`,
        words(r.type),
        r.requestingAuthority && r.requestedAuthority
          ? `${r.requestingAuthority} (${r.requestingState}) → ${r.requestedAuthority} (${r.requestedState})`
          : `${r.requestingState} → ${r.requestedState}`,
        r.legalBasis ?? '',
        words(r.status),
      ],
    })),
    empty: 'No request for assistance concerns this item.',
  };
  return {
    title: 'Case and requests',
    parts: [
      { kind: 'table', table: cases },
      { kind: 'subheading', text: 'Requests between states' },
      { kind: 'table', table: requests },
    ],
  };
}

function bundleSection(bundle: Bundle, meta: ReportMeta): Section {
  return {
    title: 'The bundle',
    parts: [
      {
        kind: 'paragraph',
        text: 'The court bundle (format custos-bundle, docs/bundle.md) is the signed data this report was made from. The PDF version of this report carries it as the attached file bundle.json.',
      },
      {
        kind: 'fields',
        fields: [
          { label: 'SHA-256', value: meta.bundleSha256.toLowerCase(), mono: true },
          { label: 'Entries', value: groupThousands(bundle.entries.length) },
          { label: 'Log origin', value: bundle.log.origin },
          { label: 'Log key in the bundle', value: bundle.log.verifierKey, mono: true },
        ],
      },
    ],
  };
}
