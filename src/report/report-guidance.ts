/**
 * The plain-language instructions every report ends with: what to obtain out of band, how to
 * check the report without trusting whoever handed it over, and what a verified result does and
 * does not prove (docs/bundle.md §1 and §5, in a clerk's words, in the report's language).
 * @module
 */
import type { Translator } from '../core/i18n/translator.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import type { Part } from './report-parts.ts';

export function guidanceParts(result: BundleVerification, tr: Translator): Part[] {
  const keyId = result.checkpoint?.logKeyId;
  return [
    { kind: 'paragraph', text: tr.lines('guide.intro') },
    {
      kind: 'list',
      ordered: true,
      items: [
        keyId
          ? `${tr.lines('guide.step1')}\n${tr.lines('guide.step1Key', { keyId })}`
          : tr.lines('guide.step1'),
        tr.lines('guide.step2'),
        tr.lines('guide.step3'),
        tr.lines('guide.step4'),
      ],
    },
    { kind: 'code', text: 'custos verify report.pdf --log-key <key>' },
    { kind: 'subheading', text: tr.t('guide.proves') },
    { kind: 'paragraph', text: tr.lines('guide.provesText') },
    { kind: 'subheading', text: tr.t('guide.notProves') },
    {
      kind: 'list',
      items: [tr.lines('guide.notProves1'), tr.lines('guide.notProves2'), tr.lines('guide.notProves3')],
    },
  ];
}
