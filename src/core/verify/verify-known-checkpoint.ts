/**
 * Verifier step 5: the bundle's checkpoint against one the reader saw before (docs/bundle.md).
 * Sizes alone prove nothing: a report is naturally older than a checkpoint fetched today, and
 * a newer one may still hide a fork. Only two things are evidence: the same size with another
 * root, and a consistency proof (RFC 9162 §2.1.4) between the two that fails. Without a proof
 * (offline) the check says so and neither passes nor fails.
 * @module
 */
import { fromBase64, toBase64 } from '../encoding.ts';
import { rulesDisagreement } from '../ledger/rules-version.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import type { NoteVerifier } from '../log/note.ts';
import { isConsistent } from '../log/proof-verify.ts';
import { checkLine, reasonOf } from './check-line.ts';
import { failureReason } from './failure-reason.ts';
import type { Check } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';

export function checkKnownCheckpoint(
  cp: Checkpoint,
  logVerifier: NoteVerifier,
  trust: Pick<TrustPolicy, 'knownCheckpoint' | 'consistencyProof'>,
  checks: Check[],
): void {
  if (trust.knownCheckpoint === undefined) return;
  let seen: Checkpoint;
  try {
    seen = openCheckpoint(trust.knownCheckpoint, logVerifier).checkpoint;
  } catch (e) {
    checks.push(checkLine('rollback', 'fail', 'detail.seenInvalid', { reason: failureReason(e) }));
    return;
  }
  const [first, second] = seen.size <= cp.size ? [seen, cp] : [cp, seen];
  let moved: string | undefined;
  try {
    moved = rulesDisagreement(first, second);
  } catch (e) {
    moved = reasonOf(e);
  }
  if (moved)
    checks.push(
      checkLine('rollback', 'fail', 'detail.rulesMoved', { reason: moved }, { code: 'rules_moved' }),
    );
  if (seen.size === cp.size) {
    const same = toBase64(seen.rootHash) === toBase64(cp.rootHash);
    checks.push(
      same
        ? checkLine('rollback', 'pass', 'detail.seenSame', { size: String(seen.size) })
        : checkLine('rollback', 'fail', 'detail.forked', { size: String(cp.size) }, { code: 'forked' }),
    );
    return;
  }
  const [older, newer] = seen.size < cp.size ? [seen, cp] : [cp, seen];
  if (older.size === 0) {
    checks.push(checkLine('rollback', 'info', 'detail.seenEmpty'));
    return;
  }
  if (trust.consistencyProof === undefined) {
    checks.push(
      checkLine(
        'rollback',
        'info',
        'detail.consistencyUnproven',
        { size: String(cp.size), seen: String(seen.size), hasNewer: seen.size < cp.size ? 'yes' : 'no' },
        { code: 'consistency_unproven' },
      ),
    );
    return;
  }
  const proven = isConsistent(
    older.size,
    newer.size,
    trust.consistencyProof.map((p) => fromBase64(p)),
    older.rootHash,
    newer.rootHash,
  );
  checks.push(
    proven
      ? checkLine('rollback', 'pass', 'detail.consistent', {
          seen: String(seen.size),
          older: String(older.size),
          newer: String(newer.size),
        })
      : checkLine(
          'rollback',
          'fail',
          'detail.inconsistent',
          { older: String(older.size), newer: String(newer.size) },
          { code: 'forked' },
        ),
  );
}
