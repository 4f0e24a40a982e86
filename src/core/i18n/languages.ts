/**
 * The languages Custos writes reports and the verifier page in: the six official languages of
 * the convention the ledger serves (Arabic, Chinese, English, French, Russian, Spanish) and
 * Azerbaijani. Each has one message catalogue (docs/i18n.md); a tag here without its catalogue
 * fails the catalogue test.
 *
 * ```ts
 * parseLanguages('az,en'); // ['az', 'en']: a bilingual report, Azerbaijani first
 * ```
 * @module
 */
import { ValidationError } from '../errors.ts';

export const LANGUAGES = ['en', 'az', 'ru', 'ar', 'zh', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A report names one language, or two for a bilingual report (each label in both). */
export const MAX_REPORT_LANGUAGES = 2;

export function isLanguage(tag: string): tag is Language {
  return (LANGUAGES as readonly string[]).includes(tag);
}

/** `az` or `az,en` (BCP 47 primary tags, case-insensitive) as a list of distinct languages. */
export function parseLanguages(list: string): Language[] {
  const tags = list.split(',').map((t) => t.trim().toLowerCase());
  const unknown = tags.filter((t) => !isLanguage(t));
  if (unknown.length)
    throw new ValidationError(
      'bad_format',
      `unknown language ${unknown.map((t) => `"${t}"`).join(', ')}: one of ${LANGUAGES.join(', ')}`,
      [{ path: ['lang'], message: 'unknown language' }],
    );
  if (new Set(tags).size !== tags.length || tags.length > MAX_REPORT_LANGUAGES)
    throw new ValidationError(
      'bad_format',
      `one language, or two different ones for a bilingual report (e.g. az,en)`,
      [{ path: ['lang'], message: 'one or two different languages' }],
    );
  return tags as Language[];
}
