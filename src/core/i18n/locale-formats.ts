/**
 * Dates, clock times and numbers of each report language, written out here instead of asked of
 * the host's `Intl`: a report must draw the same bytes in Node and in any browser, and browsers
 * ship trimmed locale data (Chromium formats Azerbaijani dates as "2026 M12 3" and its numbers
 * with English separators, where Node's full ICU says "3 dekabr 2026" and "61.000.000.000"). The
 * values are CLDR's (long date, 24-hour medium time, decimal with Latin digits), as Node 20's
 * ICU formats them, so reports made before this table read the same. Plural categories still
 * come from `Intl.PluralRules`, which every host here has for every language.
 *
 * ```ts
 * LOCALE_FORMATS.az.date(2026, 12, 3); // "3 dekabr 2026"
 * formatNumber(LOCALE_FORMATS.ru, 1234567.5); // "1 234 567,5" (no-break spaces)
 * ```
 * @module
 */
import type { Language } from './languages.ts';

export interface LocaleFormat {
  /** The long date of a day (month 1–12). */
  readonly date: (year: number, month: number, day: number) => string;
  /** Hours with two digits, or without padding. */
  readonly padHours: boolean;
  readonly group: string;
  readonly decimal: string;
  /** Digits the integer part needs before it is grouped at all (CLDR minimumGroupingDigits + 3). */
  readonly groupFrom: number;
  /** The minus sign, with Arabic's left-to-right mark before it. */
  readonly minus?: string;
}

const months = (names: string) => names.split(' ');
const EN = months('January February March April May June July August September October November December');
const AZ = months('yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr');
const RU = months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
const AR = months('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر');
const FR = months('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
const ES = months('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');

const dayMonthYear = (names: string[]) => (y: number, m: number, d: number) => `${d} ${names[m - 1]} ${y}`;

export const LOCALE_FORMATS: Record<Language, LocaleFormat> = {
  en: { date: dayMonthYear(EN), padHours: true, group: ',', decimal: '.', groupFrom: 4 },
  az: { date: dayMonthYear(AZ), padHours: true, group: '.', decimal: ',', groupFrom: 4 },
  ru: {
    date: (y, m, d) => `${d} ${RU[m - 1]} ${y} г.`,
    padHours: true,
    group: '\u00a0',
    decimal: ',',
    groupFrom: 4,
  },
  ar: { date: dayMonthYear(AR), padHours: true, group: ',', decimal: '.', groupFrom: 4, minus: '\u200e-' },
  zh: { date: (y, m, d) => `${y}年${m}月${d}日`, padHours: true, group: ',', decimal: '.', groupFrom: 4 },
  fr: { date: dayMonthYear(FR), padHours: true, group: '\u202f', decimal: ',', groupFrom: 4 },
  es: {
    date: (y, m, d) => `${d} de ${ES[m - 1]} de ${y}`,
    padHours: false,
    group: '.',
    decimal: ',',
    groupFrom: 5,
  },
};

/** A number as the language writes it: Latin digits, its separators, at most three decimals. */
export function formatNumber(f: LocaleFormat, n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = Math.abs(Math.round(n * 1000) / 1000)
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = whole!.length >= f.groupFrom ? whole!.replace(/\B(?=(\d{3})+$)/g, f.group) : whole!;
  return `${n < 0 ? (f.minus ?? '-') : ''}${grouped}${fraction ? f.decimal + fraction : ''}`;
}

/** The UTC date and clock time of an instant, to the second. */
export function formatUtc(f: LocaleFormat, at: Date): { date: string; time: string } {
  const two = (n: number) => String(n).padStart(2, '0');
  const h = at.getUTCHours();
  return {
    date: f.date(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()),
    time: `${f.padHours ? two(h) : h}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`,
  };
}
