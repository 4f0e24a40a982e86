/**
 * Verifier steps 2–5: the bundle names the pinned log key, its checkpoint verifies with it, the
 * witness policy holds, and the checkpoint is one history with one the reader saw before.
 * @module
 */

import { toBase64 } from '../encoding.ts';
import type { CustosError } from '../errors.ts';
import type { Bundle } from '../ledger/bundle.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import { mldsaVerifierFromKey } from '../log/mldsa-note.ts';
import { keyIdHex, type NoteVerifier, noteVerifierFromKey, parseVerifierKey } from '../log/note.ts';
import { cosignatureVerifierFromKey } from '../witness/cosignature.ts';
import { checkLine, listed, reasonOf } from './check-line.ts';
import { failureReason } from './failure-reason.ts';
import type { Check } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';
import { checkKnownCheckpoint } from './verify-known-checkpoint.ts';
import { witnessQuorum } from './witness-quorum.ts';

export type TrustedCheckpoint = Checkpoint & {
  cosignedBy: string[];
  logKeyId: string;
  logVerifier: NoteVerifier;
};

export function checkCheckpoint(
  bundle: Bundle,
  trust: TrustPolicy,
  checks: Check[],
): TrustedCheckpoint | undefined {
  let logVerifier: ReturnType<typeof noteVerifierFromKey>;
  try {
    logVerifier = noteVerifierFromKey(trust.logKey);
  } catch (e) {
    checks.push(checkLine('log-key', 'fail', 'detail.logKeyInvalid', { reason: reasonOf(e) }));
    return undefined;
  }
  checkLogMembers(bundle.log, trust, logVerifier, checks);
  const witnesses = (trust.witnesses?.keys ?? []).flatMap((k) => {
    try {
      return [cosignatureVerifierFromKey(k)];
    } catch (e) {
      checks.push(
        checkLine('witnesses', 'fail', 'detail.witnessKeyInvalid', { key: k, reason: reasonOf(e) }),
      );
      return [];
    }
  });
  const pq = pqVerifier(trust, checks);
  if (pq === null) return undefined;
  let opened: ReturnType<typeof openCheckpoint>;
  try {
    opened = openCheckpoint(bundle.checkpoint, logVerifier, [...witnesses, ...(pq ? [pq] : [])]);
  } catch (e) {
    checks.push(
      checkLine(
        'checkpoint',
        'fail',
        'detail.checkpointInvalid',
        { reason: failureReason(e) },
        { code: (e as CustosError).code },
      ),
    );
    return undefined;
  }
  const cp = opened.checkpoint;
  checks.push(
    checkLine('checkpoint', 'pass', 'detail.checkpoint', {
      origin: cp.origin,
      size: String(cp.size),
      root: toBase64(cp.rootHash),
    }),
  );
  if (pq) checkPostQuantum(opened.note.verifiedBy.includes(pq), trust.postQuantum!.required, checks);
  const cosignedBy = opened.note.verifiedBy.filter((v) => v !== logVerifier && v !== pq).map((v) => v.name);
  if (trust.witnesses) {
    const q = witnessQuorum(trust.witnesses, witnesses, opened.note.verifiedBy);
    checks.push(
      checkLine('witnesses', q.met ? 'pass' : 'fail', 'detail.witnesses', {
        n: q.cosignedBy.length,
        threshold: q.threshold,
        ...listed('cosigners', q.cosignedBy),
        ...listed('missing', q.missing),
      }),
    );
  } else {
    checks.push(checkLine('witnesses', 'info', 'detail.witnessesNoPolicy', listed('cosigners', cosignedBy)));
  }
  checkKnownCheckpoint(cp, logVerifier, trust, checks);
  return { ...cp, cosignedBy, logKeyId: keyIdHex(logVerifier.keyId), logVerifier };
}

/**
 * Every member of the bundle's `log` against what the verifier pins: the report prints them, so
 * none may be taken from the bundle unchecked. The table has one line per member of the format,
 * so a member added to `log` does not compile until it says what it is compared with.
 */
function checkLogMembers(
  log: Bundle['log'],
  trust: TrustPolicy,
  logVerifier: NoteVerifier,
  checks: Check[],
): void {
  const name = logVerifier.name;
  const pinned = {
    verifierKey: {
      id: 'log-key',
      value: trust.logKey.trim(),
      code: 'unknown_key',
      pass: checkLine('log-key', 'pass', 'detail.logKeyNamed', { name, keyId: keyIdHex(logVerifier.keyId) }),
    },
    // A note key's name is the log's origin (C2SP signed-note); the checkpoint must carry it too.
    origin: {
      id: 'log-origin',
      value: name,
      code: 'origin_mismatch',
      pass: checkLine('log-origin', 'pass', 'detail.logOriginNamed', { name }),
    },
  } as const satisfies Record<
    keyof Bundle['log'],
    { id: Check['id']; value: string; code: string; pass: Check }
  >;
  for (const [member, want] of Object.entries(pinned)) {
    const value = (log as Record<string, unknown>)[member];
    checks.push(
      value === want.value
        ? want.pass
        : checkLine(
            want.id,
            'fail',
            'detail.logMemberDiffers',
            { member, value: JSON.stringify(value) ?? 'undefined', pinned: JSON.stringify(want.value) },
            { code: want.code },
          ),
    );
  }
  for (const member of Object.keys(log).filter((m) => !Object.hasOwn(pinned, m)))
    checks.push(checkLine('log-key', 'fail', 'detail.logMemberUnpinned', { member }, { code: 'unpinned' }));
}

/** The pinned ML-DSA-44 verifier; undefined without one, null (with a failed check) when unusable. */
function pqVerifier(trust: TrustPolicy, checks: Check[]): NoteVerifier | undefined | null {
  if (!trust.postQuantum) return undefined;
  try {
    const pq = mldsaVerifierFromKey(trust.postQuantum.key);
    if (pq.name !== parseVerifierKey(trust.logKey).name) throw new Error('it names another log');
    return pq;
  } catch (e) {
    checks.push(
      checkLine(
        'post-quantum',
        'fail',
        'detail.pqKeyInvalid',
        { reason: reasonOf(e) },
        { code: 'bad_format' },
      ),
    );
    return null;
  }
}

function checkPostQuantum(signed: boolean, required: boolean, checks: Check[]): void {
  checks.push(
    signed
      ? checkLine('post-quantum', 'pass', 'detail.pqSigned')
      : checkLine(
          'post-quantum',
          required ? 'fail' : 'warn',
          required ? 'detail.pqRequired' : 'detail.pqMissing',
          {},
          { code: 'pq_signature_missing' },
        ),
  );
}
