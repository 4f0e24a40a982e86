/**
 * Verifier step 10, after the replay: recorded digest mismatches, and derivative items whose
 * parent is in the bundle.
 * @module
 */
import type { Bundle } from '../ledger/bundle.ts';
import type { MemoryLedger } from '../ledger/memory-ledger.ts';
import type { ItemState } from '../ledger/state.ts';
import { checkLine, nested } from './check-line.ts';
import type { Check } from './result.ts';
import type { Parsed } from './verify-entries.ts';

export function checkDigestsAndDerivatives(
  bundle: Bundle,
  parsed: Parsed[],
  ledger: MemoryLedger,
  checks: Check[],
  unproven: ReadonlySet<number> = new Set(),
): void {
  const subject = ledger.item(bundle.subject.item);
  checks.push(
    subject
      ? checkLine('subject', 'pass', 'detail.subject', { item: subject.id, description: subject.description })
      : checkLine('subject', 'fail', 'detail.noSubject', { item: bundle.subject.item }),
  );
  let matches = 0;
  let mismatches = 0;
  let ignored = 0;
  for (const { entry } of parsed) {
    if (
      entry.kind !== 'custody.event' ||
      (entry.payload.type !== 'received' && entry.payload.type !== 'verified')
    )
      continue;
    // An entry not proven in the log, or not signed by its signer, says nothing about the item.
    if (unproven.has(entry.index)) ignored++;
    else if (entry.payload.result === 'match') matches++;
    else {
      mismatches++;
      checks.push(
        checkLine(
          'digests',
          'warn',
          'detail.digestMismatch',
          {
            entry: String(entry.index),
            actor: entry.signer.actor,
            item: entry.payload.item,
            type: nested(`eventType.${entry.payload.type}`),
          },
          { entry: entry.index, code: 'digest_mismatch' },
        ),
      );
    }
  }
  checks.push(
    checkLine('digests', mismatches ? 'warn' : 'pass', 'detail.digests', {
      n: matches,
      hasMismatches: mismatches ? 'yes' : 'no',
      mismatches,
      hasIgnored: ignored ? 'yes' : 'no',
      ignored,
    }),
  );
  const items = ledger.all().filter((s): s is ItemState => s.kind === 'item');
  const orphans = items.filter((i) => i.parent !== undefined && !ledger.item(i.parent));
  for (const o of orphans)
    checks.push(checkLine('derivatives', 'fail', 'detail.orphan', { item: o.id, parent: o.parent! }));
  const derived = items.filter((i) => i.parent !== undefined).length;
  if (!orphans.length)
    checks.push(
      derived
        ? checkLine('derivatives', 'pass', 'detail.derivatives', { n: derived })
        : checkLine('derivatives', 'pass', 'detail.noDerivatives'),
    );
}
