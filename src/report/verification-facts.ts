/**
 * The verification section: what the verifier checked against (checkpoint, key, witnesses) and
 * every check it made, failures and warnings marked so that a reader cannot miss them.
 * @module
 */
import type { Translator } from '../core/i18n/translator.ts';
import { checkText } from '../core/verify/check-line.ts';
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

/**
 * Before the checks table of a report with no English, when a check came without a catalogue
 * message (a check this version does not word): its detail is the verifier’s English.
 */
export function checksLanguageNote(result: BundleVerification, tr: Translator): Part[] {
  return tr.languages.includes('en') || result.checks.every((c) => c.message)
    ? []
    : [{ kind: 'paragraph', text: tr.t('check.detailInEnglish') }];
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
 * The status, the check's name and its sentence in the report's language, with the values the
 * verifier computed; a check without a message keeps the verifier's English
 * ({@link checksLanguageNote} says so).
 */
function checkRow(c: Check, tr: Translator): Row {
  const emphasis = EMPHASIS[c.status];
  const sentence = checkText(c, tr);
  const detail = c.code ? `${sentence} [${c.code}]` : sentence;
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
