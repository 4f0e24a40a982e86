/**
 * The verification section: what the verifier checked against (checkpoint, key, witnesses) and
 * every check it made, failures and warnings marked so that a reader cannot miss them.
 * @module
 */
import type { Translator } from '../core/i18n/translator.ts';
import type { BundleVerification, Check } from '../core/verify/result.ts';
import type { Emphasis, Part, Row, Table } from './report-parts.ts';

export function verificationInputs(result: BundleVerification, tr: Translator): Part[] {
  const cp = result.checkpoint;
  if (!cp)
    return [
      {
        kind: 'paragraph',
        text: tr.t('verification.noCheckpoint'),
        emphasis: 'alert',
      },
    ];
  return [
    {
      kind: 'paragraph',
      text: tr.lines('verification.intro'),
    },
    {
      kind: 'fields',
      fields: [
        { label: tr.t('verification.origin'), value: cp.origin },
        { label: tr.t('verification.treeSize'), value: tr.t('verification.entries', { n: cp.size }) },
        { label: tr.t('verification.rootHash'), value: cp.rootHash, mono: true },
        { label: tr.t('verification.keyId'), value: cp.logKeyId, mono: true },
        {
          label: tr.t('verification.witnesses'),
          value: cp.cosignedBy.length ? cp.cosignedBy.join(', ') : tr.t('verification.noWitnesses'),
        },
      ],
    },
  ];
}

/** Before the checks table of a report with no English: its details are the verifier’s English. */
export function checksLanguageNote(tr: Translator): Part[] {
  return tr.languages.includes('en') ? [] : [{ kind: 'paragraph', text: tr.t('check.detailInEnglish') }];
}

export function checksTable(result: BundleVerification, tr: Translator): Table {
  return {
    columns: [
      { title: tr.t('verification.result'), weight: 1.3 },
      { title: tr.t('verification.check'), weight: 1.5 },
      { title: tr.t('verification.entry'), weight: 0.8 },
      { title: tr.t('verification.detail'), weight: 9 },
    ],
    rows: result.checks.map((c) => checkRow(c, tr)),
    empty: tr.t('verification.noChecks'),
  };
}

const EMPHASIS: Partial<Record<Check['status'], Emphasis>> = { fail: 'alert', warn: 'warn' };

/**
 * The status and the check's name in the report's language; the verifier's one-sentence detail
 * stays English (it carries values the verifier computed): {@link checksLanguageNote} says so.
 */
function checkRow(c: Check, tr: Translator): Row {
  const emphasis = EMPHASIS[c.status];
  const detail = c.code ? `${c.detail} [${c.code}]` : c.detail;
  const englishOnly = tr.languages.join() === 'en';
  return {
    cells: [
      tr.t(`status.${c.status}`),
      englishOnly ? c.id : tr.t(`check.${c.id}`),
      c.entry === undefined ? '' : String(c.entry),
      detail,
    ],
    ...(emphasis ? { emphasis } : {}),
  };
}
