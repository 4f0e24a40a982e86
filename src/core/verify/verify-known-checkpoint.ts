/**
 * Verifier step 5: the bundle's checkpoint against one the reader saw before (docs/bundle.md).
 * Sizes alone prove nothing: a report is naturally older than a checkpoint fetched today, and
 * a newer one may still hide a fork. Only two things are evidence: the same size with another
 * root, and a consistency proof (RFC 9162 §2.1.4) between the two that fails. Without a proof
 * (offline) the check says so and neither passes nor fails.
 * @module
 */
import { fromBase64, toBase64 } from '../encoding.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import type { NoteVerifier } from '../log/note.ts';
import { isConsistent } from '../log/proof-verify.ts';
import type { Check } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

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
    checks.push({
      id: 'rollback',
      status: 'fail',
      detail: `the checkpoint you saw before does not verify: ${message(e)}`,
    });
    return;
  }
  if (seen.size === cp.size) {
    const same = toBase64(seen.rootHash) === toBase64(cp.rootHash);
    checks.push(
      same
        ? {
            id: 'rollback',
            status: 'pass',
            detail: `the same tree as the checkpoint you saw (size ${seen.size})`,
          }
        : {
            id: 'rollback',
            status: 'fail',
            code: 'forked',
            detail: `two different roots for tree size ${cp.size}: the log forked; keep both checkpoints as evidence`,
          },
    );
    return;
  }
  const [older, newer] = seen.size < cp.size ? [seen, cp] : [cp, seen];
  const which = seen.size < cp.size ? 'newer' : 'older';
  if (older.size === 0) {
    checks.push({
      id: 'rollback',
      status: 'info',
      detail: `the checkpoint you saw is of the empty tree: any later tree is consistent with it`,
    });
    return;
  }
  if (trust.consistencyProof === undefined) {
    checks.push({
      id: 'rollback',
      status: 'info',
      code: 'consistency_unproven',
      detail: `the bundle's checkpoint (size ${cp.size}) is ${which} than the one you saw (size ${seen.size}); offline this proves nothing either way: verify with --online to have the log prove that both are one history`,
    });
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
      ? {
          id: 'rollback',
          status: 'pass',
          detail: `proven consistent with the checkpoint you saw (size ${seen.size}): the log's tree of size ${older.size} is a prefix of its tree of size ${newer.size} (RFC 9162)`,
        }
      : {
          id: 'rollback',
          status: 'fail',
          code: 'forked',
          detail: `the log's consistency proof from size ${older.size} to ${newer.size} does not hold: the bundle's checkpoint and the one you saw are not one history; keep both as evidence`,
        },
  );
}
