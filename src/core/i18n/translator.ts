/**
 * Messages, times and numbers in the reader's language(s): the one way reports, the CLI and the
 * /verify page turn a catalogue key and logged values into text. Logged values are never
 * translated, only placed: in a right-to-left document every value is wrapped in FSI…PDI
 * (Unicode bidi isolates, UAX #9), and in a left-to-right one every value holding right-to-left
 * letters, so that an Arabic name beside a Latin seal number, or a Latin ID inside an Arabic
 * sentence, keeps its own order and does not reorder the sentence around it.
 *
 * Times are printed in UTC, as the report's headings say, with `Intl` in the language's
 * conventions (Latin digits everywhere, as the IDs and entry numbers they sit beside); a time
 * the actor recorded with another offset carries that local time and offset beside it.
 *
 * ```ts
 * const tr = translator(['az', 'en']);
 * tr.t('item.the', { id: 'az-dtx~phone-1' }); // 'Əşya: az-dtx~phone-1 / The item: az-dtx~phone-1'
 * tr.time('2026-11-23T14:05:09+04:00');      // '23 noyabr 2026 10:05:09 UTC (… 14:05:09 UTC+04:00)'
 * ```
 * @module
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { type Catalogue, needsReviewNotice } from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
import type { MessageKey } from './en.ts';
import type { Language } from './languages.ts';
import { formatNumber, formatUtc, LOCALE_FORMATS, type LocaleFormat } from './locale-formats.ts';

/**
 * A catalogue message with its values: what the core hands a report or page to print, in
 * whatever language that reader has. A message can be the value of another (an enum word, a
 * problem inside a check's sentence): it is translated first, in the same language.
 */
export interface Message {
  readonly key: MessageKey;
  readonly values?: Values;
}

export type Values = Readonly<Record<string, string | number | Message>>;

export interface Translator {
  /** The first is the document's language and direction. */
  readonly languages: readonly Language[];
  readonly direction: 'ltr' | 'rtl';
  t(key: MessageKey, values?: Values): string;
  /** Each line in every language of the translator, one after the other (long texts). */
  lines(key: MessageKey, values?: Values): string;
  /** In the document's language only (running footers, where two languages would not fit). */
  first(key: MessageKey, values?: Values): string;
  /** A text built outside a message, isolated by the rule values follow (see the module note). */
  isolate(text: string): string;
  /** `23 November 2026 10:05:09 UTC`, with the recorded local time and offset when not UTC. */
  time(iso: string | undefined): string;
  /** Date and time of day in UTC, apart (narrow columns), and the recorded local time if any. */
  timeParts(iso: string): { date: string; time: string; recorded?: string } | undefined;
  number(n: number): string;
  /** The sentence each language's catalogue asks a report to carry about its translation. */
  reviewNotes(kind: 'report' | 'page'): string[];
}

const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATES = /[\u2068\u2069]/g;

/**
 * One logged value inside a composite value (a name within "name (organisation, state)"):
 * isolated wherever it is placed, so an Arabic name next to a Latin state code keeps both in
 * their order, and the composite takes its direction from the text around the parts. Plain text
 * (`isolate: false`) drops the marks.
 */
export function part(value: string): string {
  return `${FSI}${value}${PDI}`;
}
/**
 * `hasLocation`: a `yes`/`no` flag that selects a part of a message, not a value to print;
 * `isDue` likewise; `whichStatus`: a code that selects one (`fail`, `warn`…). None is isolated.
 */
const FLAG = /^(has|is|which)[A-Z]/;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Whether a text holds letters of a right-to-left script. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** The locale `Intl` formats with: a region where the bare language has no settled default. */
const LOCALE: Record<Language, string> = {
  en: 'en-GB',
  az: 'az',
  ru: 'ru',
  ar: 'ar',
  zh: 'zh-CN',
  fr: 'fr',
  es: 'es',
};

/**
 * `isolate: false` for plain text that goes on outside a document of ours (the CLI, JSON): the
 * isolates would show there as stray characters.
 */
export function translator(languages: readonly Language[], options: { isolate?: boolean } = {}): Translator {
  if (!languages.length) throw new RangeError('a translator needs a language');
  const direction = CATALOGUES[languages[0]!].direction;
  const one = languages.map(
    (l) => new OneLanguage(CATALOGUES[l], options.isolate === false ? 'none' : direction),
  );
  const first = one[0]!;
  // One language: itself. Two: every label in both, short ones on one line.
  const joined = (texts: string[], long: boolean) =>
    texts.join(long || texts.some((t) => t.length > 48 || t.includes('\n')) ? '\n' : ' / ');
  return {
    languages,
    direction: first.catalogue.direction,
    t: (key, values) =>
      joined(
        one.map((o) => o.t(key, values)),
        false,
      ),
    lines: (key, values) =>
      joined(
        one.map((o) => o.t(key, values)),
        true,
      ),
    first: (key, values) => first.t(key, values),
    isolate: (text) => first.isolate(text),
    time: (iso) => first.time(iso),
    timeParts: (iso) => first.timeParts(iso),
    number: (n) => first.number(n),
    reviewNotes: (kind) =>
      one
        .filter((o) => o.catalogue.origin !== 'source')
        .map((o) =>
          needsReviewNotice(o.catalogue)
            ? o.t(kind === 'report' ? 'report.unreviewed' : 'page.unreviewed')
            : o.t(kind === 'report' ? 'report.reviewed' : 'page.reviewed', {
                reviewer: o.catalogue.reviewedBy!,
              }),
        ),
  };
}

class OneLanguage {
  readonly #formats = new Map<MessageKey, IntlMessageFormat>();
  readonly #locale: string;
  readonly #format: LocaleFormat;

  constructor(
    readonly catalogue: Catalogue,
    /** `none`: values are placed as they are, without isolates. */
    readonly documentDirection: 'ltr' | 'rtl' | 'none',
  ) {
    this.#locale = `${LOCALE[catalogue.language]}-u-nu-latn`;
    // Not the host's Intl: a browser's trimmed locale data would draw other bytes (locale-formats.ts).
    this.#format = LOCALE_FORMATS[catalogue.language];
  }

  t(key: MessageKey, values: Values = {}): string {
    let format = this.#formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(this.catalogue.messages[key], this.#locale, undefined, {
        formatters: this.#formatters,
      });
      this.#formats.set(key, format);
    }
    const placed: Record<string, string | number> = {};
    for (const [name, v] of Object.entries(values))
      placed[name] =
        typeof v === 'object'
          ? this.t(v.key, v.values)
          : typeof v === 'string' && !FLAG.test(name)
            ? this.isolate(v)
            : v;
    return String(format.format(placed));
  }

  /** In a right-to-left document every value; in a left-to-right one, those with RTL letters. */
  isolate(value: string): string {
    if (!value || this.documentDirection === 'none') return value.replace(ISOLATES, '');
    return this.documentDirection === 'rtl' || RTL_LETTER.test(value) ? `${FSI}${value}${PDI}` : value;
  }

  number(n: number): string {
    return formatNumber(this.#format, n);
  }

  /** `{n, number}` and plural `#` in messages: the same numbers as {@link number}. */
  readonly #formatters = {
    // intl-messageformat calls only `format` on it.
    getNumberFormat: () =>
      ({
        format: (n: number | bigint) => formatNumber(this.#format, Number(n)),
      }) as unknown as Intl.NumberFormat,
    getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
      new Intl.DateTimeFormat(...args),
    getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
      new Intl.PluralRules(...args),
  };

  timeParts(iso: string): { date: string; time: string; recorded?: string } | undefined {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(iso);
    const ms = Date.parse(iso);
    if (!m || Number.isNaN(ms)) return undefined;
    const at = new Date(Math.floor(ms / 1000) * 1000);
    const offset = m[3]!.toUpperCase();
    const local = offset === 'Z' || offset === '+00:00' ? undefined : m[2]!;
    return { ...formatUtc(this.#format, at), ...(local ? { recorded: `${local} UTC${offset}` } : {}) };
  }

  time(iso: string | undefined): string {
    if (!iso) return '';
    const p = this.timeParts(iso);
    // Anything that is not an RFC 3339 time is shown as it was written.
    if (!p) return iso;
    const utc = this.t('time.utc', { time: `${p.date} ${p.time}` });
    if (!p.recorded) return utc;
    return this.t('time.recorded', { utc, local: p.recorded });
  }
}

/** The catalogue of a language, for what the translator does not say (its name, its review). */
export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}
