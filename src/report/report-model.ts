/**
 * What a court report shows, derived once from a bundle and its verification so that the HTML
 * and the PDF print the same facts in the same order. The model is a list of sections made of a
 * few kinds of parts (fields, tables, paragraphs…); renderers only lay them out. Every string
 * may come from the bundle, which is untrusted: renderers escape (HTML) or transliterate (PDF).
 *
 * ```ts
 * const model = buildReportModel(bundle, verifyBundle(bundle, trust), meta, translator(['az', 'en']));
 * model.sections.map((s) => s.title);
 * ```
 * @module
 */
import { codeWord } from '../core/i18n/code-words.ts';
import type { Translator } from '../core/i18n/translator.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import { requestParties } from '../core/verify/request-parties.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import { parseBundleEntries, personOf } from './bundle-entries.ts';
import { custodyTable } from './custody-rows.ts';
import { derivativeChain, itemSections } from './item-facts.ts';
import { guidanceParts } from './report-guidance.ts';
import type { ReportMeta, ReportModel, Section, Table } from './report-parts.ts';
import { checksLanguageNote, checksTable, verificationInputs } from './verification-facts.ts';

export function buildReportModel(
  bundle: Bundle,
  result: BundleVerification,
  meta: ReportMeta,
  tr: Translator,
): ReportModel {
  const verified = result.verdict === 'verified';
  const entries = parseBundleEntries(bundle);
  const item = bundle.subject.item;
  return {
    title: tr.t('report.title', { item }),
    item,
    languages: tr.languages,
    direction: tr.direction,
    verified,
    verdict: tr.t(verified ? 'report.verified' : 'report.notVerified'),
    verdictDetail: `${tr.lines(verified ? 'report.verifiedDetail' : 'report.notVerifiedDetail')}${compromisedNote(result, tr)}`,
    summary: [
      { label: tr.t('report.item'), value: item },
      { label: tr.t('report.generated'), value: tr.time(meta.generatedAt) },
      { label: tr.t('report.bundleMade'), value: tr.time(bundle.createdAt) },
      // The person, not only an ID: a court asks who exported the record.
      ...(bundle.exportedBy
        ? [{ label: tr.t('report.exportedBy'), value: personOf(result, bundle.exportedBy) }]
        : []),
      ...derivativesRow(bundle, result, tr),
      { label: tr.t('report.bundleSha256'), value: meta.bundleSha256.toLowerCase(), mono: true },
    ],
    // An unreviewed translation says so where a reader looks first and on every page.
    notices: tr.reviewNotes('report'),
    sections: [
      caseSection(result, tr),
      ...itemSections(result, entries, tr),
      {
        title: tr.t('custody.section'),
        parts: [
          { kind: 'paragraph', text: tr.lines('custody.intro') },
          { kind: 'table', table: custodyTable(result, entries, tr) },
        ],
      },
      { title: tr.t('derivatives.section'), parts: derivativeChain(result, tr) },
      {
        title: tr.t('verification.section'),
        parts: [
          ...verificationInputs(result, tr),
          ...checksLanguageNote(result, tr),
          { kind: 'table', table: checksTable(result, tr) },
        ],
      },
      bundleSection(bundle, meta, tr),
      { title: tr.t('guide.section'), parts: guidanceParts(result, tr) },
    ],
    bundleSha256: meta.bundleSha256.toLowerCase(),
    generatedAt: meta.generatedAt,
  };
}

/**
 * Whether the derivatives' histories were checked, said in words when the verifier judged it from
 * the entries against the bundle's own flag (docs/bundle.md §4, step 10). Only then: a row for
 * every bundle would change the pages of every report renderer custos-report-pdf/11 already
 * made, and their page check would fail (test/report/report-vectors.test.ts).
 */
function derivativesRow(bundle: Bundle, result: BundleVerification, tr: Translator) {
  if (result.derivativesIncluded === bundle.subject.derivatives) return [];
  const included = result.derivativesIncluded ? 'yes' : 'no';
  return [{ label: tr.t('report.derivatives'), value: tr.t('report.derivativesIncluded', { included }) }];
}

/** Entries signed with a key later declared compromised are named in the verdict, not only in tables. */
function compromisedNote(result: BundleVerification, tr: Translator): string {
  const entries = [
    ...new Set(result.keyNotes.filter((n) => n.kind === 'compromised-later').map((n) => n.entry)),
  ];
  if (!entries.length) return '';
  return `\n${tr.lines('report.compromised', { entries: entries.join(', ') })}`;
}

function caseSection(result: BundleVerification, tr: Translator): Section {
  const cases: Table = {
    columns: [
      { title: tr.t('case.reference'), weight: 3 },
      { title: tr.t('case.title'), weight: 5 },
      { title: tr.t('case.organisation'), weight: 4 },
      { title: tr.t('case.state'), weight: 1 },
    ],
    rows: result.cases.map((c) => ({
      cells: [`${c.reference} (${c.id})`, c.title, c.organisation, c.state],
    })),
    empty: tr.t('case.none'),
  };
  const requests: Table = {
    columns: [
      { title: tr.t('request.request'), weight: 4.5 },
      { title: tr.t('request.type'), weight: 3 },
      { title: tr.t('request.fromTo'), weight: 3.5 },
      { title: tr.t('request.legalBasis'), weight: 2 },
      { title: tr.t('request.status'), weight: 2 },
    ],
    rows: result.requests.map((r) => ({
      cells: [
        r.summary ? `${r.reference} (${r.id})\n${r.summary}` : `${r.reference} (${r.id})`,
        codeWord(tr, 'requestType', r.type),
        requestParties(tr, r),
        r.legalBasis ?? '',
        codeWord(tr, 'requestStatus', r.status),
      ],
    })),
    empty: tr.t('request.none'),
  };
  return {
    title: tr.t('case.section'),
    parts: [
      { kind: 'table', table: cases },
      { kind: 'subheading', text: tr.t('request.heading') },
      { kind: 'table', table: requests },
    ],
  };
}

function bundleSection(bundle: Bundle, meta: ReportMeta, tr: Translator): Section {
  return {
    title: tr.t('bundle.section'),
    parts: [
      { kind: 'paragraph', text: tr.lines('bundle.intro') },
      {
        kind: 'fields',
        fields: [
          { label: tr.t('bundle.sha256'), value: meta.bundleSha256.toLowerCase(), mono: true },
          { label: tr.t('bundle.entries'), value: tr.number(bundle.entries.length) },
          { label: tr.t('bundle.origin'), value: bundle.log.origin },
          { label: tr.t('bundle.key'), value: bundle.log.verifierKey, mono: true },
        ],
      },
    ],
  };
}
