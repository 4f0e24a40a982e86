/**
 * Verifier step 10, after the replay: recorded digest mismatches, and derivative items whose
 * parent is in the bundle.
 * @module
 */
import type { Bundle } from '../ledger/bundle.ts';
import type { MemoryLedger } from '../ledger/memory-ledger.ts';
import type { ItemState } from '../ledger/state.ts';
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
      ? {
          id: 'subject',
          status: 'pass',
          detail: `item ${subject.id} is registered in the bundle: ${subject.description}`,
        }
      : {
          id: 'subject',
          status: 'fail',
          detail: `the bundle does not contain the registration of item ${bundle.subject.item}`,
        },
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
      checks.push({
        id: 'digests',
        status: 'warn',
        entry: entry.index,
        code: 'digest_mismatch',
        detail: `entry ${entry.index}: ${entry.signer.actor} recorded that item ${entry.payload.item} did NOT match its registered SHA-256 (${entry.payload.type})`,
      });
    }
  }
  checks.push({
    id: 'digests',
    status: mismatches ? 'warn' : 'pass',
    detail: `${matches} digest re-check(s) matched the registered digests${mismatches ? `; ${mismatches} recorded a mismatch (see above)` : ''}${ignored ? `; ${ignored} in entries not proven or not signed, not counted` : ''}`,
  });
  const items = ledger.all().filter((s): s is ItemState => s.kind === 'item');
  const orphans = items.filter((i) => i.parent !== undefined && !ledger.item(i.parent));
  for (const o of orphans)
    checks.push({
      id: 'derivatives',
      status: 'fail',
      detail: `item ${o.id} claims to derive from ${o.parent}, whose history is not in the bundle`,
    });
  const derived = items.filter((i) => i.parent !== undefined).length;
  if (!orphans.length)
    checks.push({
      id: 'derivatives',
      status: 'pass',
      detail: derived
        ? `${derived} derivative(s), each created from its parent by its custodian`
        : 'no derivative items',
    });
}
