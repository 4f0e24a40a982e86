/**
 * A hostile bundle can fail, or warn about, the same check once per entry (100,000 entries,
 * 100,000 lines), which would bury the verdict in a terminal, a page or a report. Each check
 * therefore keeps, for each status (failure, warning, information, pass), its first
 * `FIRST_FAILURES` lines, then one line "and K more", then its last line, which is where every
 * step writes its total ("12 of 100000 entries …"). A line's text is clipped, since parts of it
 * come from the bundle. The verdict is unchanged: at least one failure of each failed check
 * remains.
 * @module
 */
import type { Values } from '../i18n/translator.ts';
import { checkLine } from './check-line.ts';
import type { Check, CheckStatus } from './result.ts';

export const FIRST_FAILURES = 10;

/** Longest `detail` kept, in UTF-16 units: enough for any sentence the verifier writes. */
const MAX_DETAIL = 600;

const MORE_CODE: Record<CheckStatus, string> = {
  fail: 'more_failures',
  warn: 'more_warnings',
  info: 'more_notes',
  pass: 'more_passes',
};

export function limitFailures(checks: readonly Check[], first = FIRST_FAILURES): Check[] {
  const lastOfId = new Map<Check['id'], number>();
  for (const [i, c] of checks.entries()) lastOfId.set(c.id, i);
  const group = (c: Check) => `${c.id}\u0000${c.status}`;
  const counts = new Map<string, number>();
  for (const [i, c] of checks.entries())
    if (lastOfId.get(c.id) !== i) counts.set(group(c), (counts.get(group(c)) ?? 0) + 1);
  const shown = new Map<string, number>();
  const out: Check[] = [];
  for (const [i, c] of checks.entries()) {
    if (lastOfId.get(c.id) === i) {
      out.push(clipped(c));
      continue;
    }
    const n = (shown.get(group(c)) ?? 0) + 1;
    shown.set(group(c), n);
    if (n <= first) out.push(clipped(c));
    else if (n === first + 1) {
      const more = counts.get(group(c))! - first;
      out.push(
        checkLine(
          c.id,
          c.status,
          'detail.more',
          { n: more, whichStatus: c.status },
          { code: MORE_CODE[c.status] },
        ),
      );
    }
  }
  return out;
}

function clipped(c: Check): Check {
  if (c.detail.length <= MAX_DETAIL) return c;
  const message = c.message && { ...c.message, values: clippedValues(c.message.values ?? {}) };
  return { ...c, detail: `${c.detail.slice(0, MAX_DETAIL)}…`, ...(message ? { message } : {}) };
}

/** The values of a clipped line's message, each clipped alike: they are what made it long. */
function clippedValues(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' && v.length > MAX_DETAIL ? `${v.slice(0, MAX_DETAIL)}…` : v,
    ]),
  );
}
