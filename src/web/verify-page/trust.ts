/**
 * Turns what the reader typed into the verifier's trust policy. The log key is required and is
 * the reader's own: nothing here falls back to the key a bundle names.
 * @module
 */
import type { TrustPolicy } from '../../core/verify/verify-bundle.ts';

export interface TrustFields {
  readonly logKey: string;
  /** Witness cosignature keys, one per line. */
  readonly witnessKeys: string;
  /** How many must have cosigned; empty means all of them. */
  readonly threshold: string;
  /** A checkpoint note of this log seen earlier, or empty. */
  readonly knownCheckpoint: string;
}

export type TrustReading =
  | { readonly ok: true; readonly policy: TrustPolicy }
  | { readonly ok: false; readonly field: keyof TrustFields; readonly problem: string };

export function readTrust(fields: TrustFields): TrustReading {
  const logKey = fields.logKey.trim();
  if (!logKey)
    return {
      ok: false,
      field: 'logKey',
      problem: 'Pin the log verifier key first: the one the operator gave you, not the bundle’s copy.',
    };
  const keys = fields.witnessKeys
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean);
  const t = fields.threshold.trim();
  const threshold = t === '' ? keys.length : Number(t);
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > keys.length)
    return {
      ok: false,
      field: 'threshold',
      problem: `The witness threshold must be a whole number from 0 to ${keys.length} (the number of witness keys given).`,
    };
  // A signed note ends with a newline; a pasted one often loses it on the way.
  const note = fields.knownCheckpoint.replace(/\r\n?/g, '\n').trim();
  return {
    ok: true,
    policy: {
      logKey,
      ...(keys.length ? { witnesses: { keys, threshold } } : {}),
      ...(note ? { knownCheckpoint: `${note}\n` } : {}),
    },
  };
}
