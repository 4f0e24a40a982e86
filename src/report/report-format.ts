/**
 * How values read in a court report, in its language: sizes exactly and in human units, check
 * statuses as words. Times and numbers come from the translator (src/core/i18n), which prints
 * UTC with the recorded offset beside it; units stay the international symbols.
 * @module
 */
import type { Translator } from '../core/i18n/translator.ts';

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Decimal units (1 GB = 10⁹ bytes), as storage media are labelled. */
function humanBytes(n: number, tr: Translator): string {
  let unit = 0;
  let value = n;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${tr.number(shown)} ${UNITS[unit]}`;
}

export function formatSize(n: number, tr: Translator): string {
  const exact = tr.t('size.bytes', { n });
  return n < 1000 ? exact : `${exact} (${tr.isolate(humanBytes(n, tr))})`;
}
