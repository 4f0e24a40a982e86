/**
 * A message catalogue: every text Custos prints around the logged data, in one language, with
 * what a court needs to know about the translation itself. Who reviewed it is recorded here and
 * printed in every report in that language; an unreviewed translation says so in the report's
 * footer, and that the attached bundle is the authoritative record.
 * @module
 */
import type { MessageKey } from './en.ts';
import type { Language } from './languages.ts';

export interface Catalogue {
  readonly language: Language;
  /** The language's name in itself, for a language switcher. */
  readonly name: string;
  /** Right to left (Arabic): pages are laid out and aligned from the right. */
  readonly direction: 'ltr' | 'rtl';
  /**
   * `source`: the reference text (English), written with the project. `machine-drafted`: a
   * draft a qualified legal translator has still to review; `translator`: written by one.
   */
  readonly origin: 'source' | 'machine-drafted' | 'translator';
  /** The qualified legal translator who reviewed this catalogue (name, qualification, date), or null. */
  readonly reviewedBy: string | null;
  readonly messages: Readonly<Record<MessageKey, string>>;
}

/** Whether a report in this language must say that its translation is unreviewed. */
export function needsReviewNotice(c: Catalogue): boolean {
  return c.origin !== 'source' && c.reviewedBy === null;
}
