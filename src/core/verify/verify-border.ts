/**
 * The border check (docs/bundle.md): an entry of the bundle that carries another log's entry (a
 * `transfer.imported` its disclosure, a `transfer.receipt` the import) is proven in that log only
 * with the key the reader pinned for that log's origin. The replayed rules checked that the
 * carried entry agrees with its own tlog-proof; here the proof's checkpoint must be signed by the
 * pinned key and cosigned as the pinned witness policy asks. Without a pin the check says the
 * other log's part was NOT checked (a warning, never a pass).
 * @module
 */
import { CustosError } from '../errors.ts';
import type { ForeignEntry } from '../ledger/transfer-payloads.ts';
import { checkLine } from './check-line.ts';
import { failureReason } from './failure-reason.ts';
import type { Check } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';
import type { Parsed } from './verify-entries.ts';
import { verifyForeignEntry } from './verify-foreign-proof.ts';

function carried(p: Parsed): ForeignEntry | undefined {
  const e = p.entry;
  if (e.kind === 'transfer.imported') return e.payload.disclosure;
  if (e.kind === 'transfer.receipt') return e.payload.import;
  return undefined;
}

export function checkBorder(parsed: readonly Parsed[], trust: TrustPolicy, checks: Check[]): void {
  for (const p of parsed) {
    const fe = carried(p);
    if (!fe) continue;
    const values = { index: p.entry.index, other: fe.index, origin: fe.origin };
    const about = { entry: p.entry.index };
    const pinned = trust.otherLogs?.(fe.origin);
    if (!pinned) {
      checks.push(checkLine('border', 'warn', 'detail.borderNotPinned', values, about));
      continue;
    }
    try {
      const proven = verifyForeignEntry(fe, pinned);
      checks.push(
        checkLine(
          'border',
          'pass',
          'detail.borderProven',
          { ...values, size: proven.checkpoint.size },
          about,
        ),
      );
    } catch (e) {
      const code = e instanceof CustosError ? { code: e.code } : {};
      checks.push(
        checkLine(
          'border',
          'fail',
          'detail.borderFailed',
          { ...values, reason: failureReason(e) },
          { ...about, ...code },
        ),
      );
    }
  }
}
