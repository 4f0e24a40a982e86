/**
 * A hostile bundle can fail the same check once per entry (100,000 entries, 100,000 lines),
 * which would bury the verdict in a terminal, a page or a report. Each check therefore keeps
 * its first `FIRST_FAILURES` failures, then one line "and K more", then its last line, which is
 * where every step writes its total ("12 of 100000 entries …"). Passes, warnings and
 * information are kept whole; a failure's text is clipped, since parts of it come from the
 * bundle. The verdict is unchanged: at least one failure of each failed check remains.
 * @module
 */
import type { Check } from './result.ts';

export const FIRST_FAILURES = 10;

/** Longest `detail` kept, in UTF-16 units: enough for any sentence the verifier writes. */
const MAX_DETAIL = 600;

export function limitFailures(checks: readonly Check[], first = FIRST_FAILURES): Check[] {
  const lastOfId = new Map<Check['id'], number>();
  for (const [i, c] of checks.entries()) lastOfId.set(c.id, i);
  const failures = new Map<Check['id'], number>();
  for (const [i, c] of checks.entries())
    if (c.status === 'fail' && lastOfId.get(c.id) !== i) failures.set(c.id, (failures.get(c.id) ?? 0) + 1);
  const shown = new Map<Check['id'], number>();
  const out: Check[] = [];
  for (const [i, c] of checks.entries()) {
    if (c.status !== 'fail' || lastOfId.get(c.id) === i) {
      out.push(clipped(c));
      continue;
    }
    const n = (shown.get(c.id) ?? 0) + 1;
    shown.set(c.id, n);
    if (n <= first) out.push(clipped(c));
    else if (n === first + 1) {
      const more = failures.get(c.id)! - first;
      out.push({
        id: c.id,
        status: 'fail',
        code: 'more_failures',
        detail: `and ${more.toLocaleString('en')} more ${more === 1 ? 'failure' : 'failures'} of this check, not listed`,
      });
    }
  }
  return out;
}

function clipped(c: Check): Check {
  return c.detail.length <= MAX_DETAIL ? c : { ...c, detail: `${c.detail.slice(0, MAX_DETAIL)}…` };
}
