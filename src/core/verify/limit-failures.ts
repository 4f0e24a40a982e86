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
import type { Check, CheckStatus } from './result.ts';

export const FIRST_FAILURES = 10;

/** Longest `detail` kept, in UTF-16 units: enough for any sentence the verifier writes. */
const MAX_DETAIL = 600;

const MORE: Record<CheckStatus, { code: string; one: string; many: string }> = {
  fail: { code: 'more_failures', one: 'failure', many: 'failures' },
  warn: { code: 'more_warnings', one: 'warning', many: 'warnings' },
  info: { code: 'more_notes', one: 'note', many: 'notes' },
  pass: { code: 'more_passes', one: 'pass', many: 'passes' },
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
      const m = MORE[c.status];
      out.push({
        id: c.id,
        status: c.status,
        code: m.code,
        detail: `and ${more.toLocaleString('en')} more ${more === 1 ? m.one : m.many} of this check, not listed`,
      });
    }
  }
  return out;
}

function clipped(c: Check): Check {
  return c.detail.length <= MAX_DETAIL ? c : { ...c, detail: `${c.detail.slice(0, MAX_DETAIL)}…` };
}
