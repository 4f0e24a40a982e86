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
import type { Check } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';
import { checkKnownCheckpoint } from './verify-known-checkpoint.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

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
    checks.push({
      id: 'log-key',
      status: 'fail',
      detail: `the pinned log key is not a valid verifier key: ${message(e)}`,
    });
    return undefined;
  }
  checkLogMembers(bundle.log, trust, logVerifier, checks);
  const witnesses = (trust.witnesses?.keys ?? []).flatMap((k) => {
    try {
      return [cosignatureVerifierFromKey(k)];
    } catch (e) {
      checks.push({
        id: 'witnesses',
        status: 'fail',
        detail: `witness key ${k} is not a cosignature verifier key: ${message(e)}`,
      });
      return [];
    }
  });
  const pq = pqVerifier(trust, checks);
  if (pq === null) return undefined;
  let opened: ReturnType<typeof openCheckpoint>;
  try {
    opened = openCheckpoint(bundle.checkpoint, logVerifier, [...witnesses, ...(pq ? [pq] : [])]);
  } catch (e) {
    checks.push({
      id: 'checkpoint',
      status: 'fail',
      detail: `the checkpoint does not verify with the pinned log key: ${message(e)}`,
      code: (e as CustosError).code,
    });
    return undefined;
  }
  const cp = opened.checkpoint;
  checks.push({
    id: 'checkpoint',
    status: 'pass',
    detail: `checkpoint of ${cp.origin} at tree size ${cp.size}, root ${toBase64(cp.rootHash)}, signed by the pinned log key`,
  });
  if (pq) checkPostQuantum(opened.note.verifiedBy.includes(pq), trust.postQuantum!.required, checks);
  const cosignedBy = opened.note.verifiedBy.filter((v) => v !== logVerifier && v !== pq).map((v) => v.name);
  if (trust.witnesses) {
    const missing = witnesses.filter((w) => !cosignedBy.includes(w.name)).map((w) => w.name);
    const enough = cosignedBy.length >= trust.witnesses.threshold;
    checks.push({
      id: 'witnesses',
      status: enough ? 'pass' : 'fail',
      detail: `${cosignedBy.length} of ${trust.witnesses.threshold} required witnesses cosigned${cosignedBy.length ? ` (${cosignedBy.join(', ')})` : ''}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`,
    });
  } else {
    checks.push({
      id: 'witnesses',
      status: 'info',
      detail: cosignedBy.length
        ? `cosigned by ${cosignedBy.join(', ')} (no witness policy given)`
        : 'no witness policy given',
    });
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
      pass: `the bundle names the pinned log key ${name} (key ID ${keyIdHex(logVerifier.keyId)})`,
    },
    // A note key's name is the log's origin (C2SP signed-note); the checkpoint must carry it too.
    origin: {
      id: 'log-origin',
      value: name,
      code: 'origin_mismatch',
      pass: `the bundle names the log origin ${name}, the pinned key's`,
    },
  } as const satisfies Record<
    keyof Bundle['log'],
    { id: Check['id']; value: string; code: string; pass: string }
  >;
  for (const [member, want] of Object.entries(pinned)) {
    const value = (log as Record<string, unknown>)[member];
    checks.push(
      value === want.value
        ? { id: want.id, status: 'pass', detail: want.pass }
        : {
            id: want.id,
            status: 'fail',
            code: want.code,
            detail: `the bundle names log.${member} ${JSON.stringify(value)}, not the pinned ${JSON.stringify(want.value)}`,
          },
    );
  }
  for (const member of Object.keys(log).filter((m) => !Object.hasOwn(pinned, m)))
    checks.push({
      id: 'log-key',
      status: 'fail',
      code: 'unpinned',
      detail: `the bundle's log.${member} is nothing the verifier pins, so it cannot be checked`,
    });
}

/** The pinned ML-DSA-44 verifier; undefined without one, null (with a failed check) when unusable. */
function pqVerifier(trust: TrustPolicy, checks: Check[]): NoteVerifier | undefined | null {
  if (!trust.postQuantum) return undefined;
  try {
    const pq = mldsaVerifierFromKey(trust.postQuantum.key);
    if (pq.name !== parseVerifierKey(trust.logKey).name) throw new Error('it names another log');
    return pq;
  } catch (e) {
    checks.push({
      id: 'post-quantum',
      status: 'fail',
      code: 'bad_format',
      detail: `the pinned ML-DSA-44 key is not usable: ${message(e)}`,
    });
    return null;
  }
}

function checkPostQuantum(signed: boolean, required: boolean, checks: Check[]): void {
  checks.push(
    signed
      ? {
          id: 'post-quantum',
          status: 'pass',
          detail: 'the checkpoint also carries a valid ML-DSA-44 signature by the pinned key',
        }
      : {
          id: 'post-quantum',
          status: required ? 'fail' : 'warn',
          code: 'pq_signature_missing',
          detail: required
            ? 'the policy requires an ML-DSA-44 signature by the pinned key, and the checkpoint has none'
            : 'the checkpoint carries no ML-DSA-44 signature by the pinned key',
        },
  );
}
