/**
 * How values read in a court report: times in UTC to the second, sizes exactly and in human
 * units, check statuses as words. Hand-rolled rather than `Intl`, so that the same bundle gives
 * the same report on every machine and locale.
 * @module
 */
import type { CheckStatus } from '../core/verify/result.ts';

/** `2026-11-23 14:05:09 UTC`; anything that is not a time is shown as it was written. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Decimal units (1 GB = 10⁹ bytes), as storage media are labelled. */
export function humanBytes(n: number): string {
  let unit = 0;
  let value = n;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
  const shown = value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${UNITS[unit]}`;
}

export function formatSize(n: number): string {
  const exact = `${groupThousands(n)} ${n === 1 ? 'byte' : 'bytes'}`;
  return n < 1000 ? exact : `${exact} (${humanBytes(n)})`;
}

export const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  warn: 'WARNING',
  info: 'NOTE',
};

/** Hyphenated machine words (`handed-over`, `mutual-legal-assistance`) as a person writes them. */
export function words(token: string): string {
  return token.replace(/-/g, ' ');
}
