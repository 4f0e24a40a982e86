/**
 * Turns what the reader typed into the verifier's trust policy. The log key is required and is
 * the reader's own: nothing here falls back to the key a bundle names.
 * @module
 */

import { CustosError } from '../../core/errors.ts';
import { translator } from '../../core/i18n/translator.ts';
import { certificateName, certificatesFromPem, type TsaRoot } from '../../core/timestamp/verify-token.ts';
import type { PinnedLog } from '../../core/verify/trust-policy.ts';
import {
  clearWitnessPolicy,
  emptyTrustStore,
  explicitPins,
  originOfLogKey,
  pinLog,
  setWitnessPolicy,
  type TrustStore,
} from '../../core/verify/trust-store.ts';
import type { TrustPolicy } from '../../core/verify/verify-bundle.ts';

export interface TrustFields {
  readonly logKey: string;
  /** Witness cosignature keys, one per line. */
  readonly witnessKeys: string;
  /** How many must have cosigned; empty means all of them. */
  readonly threshold: string;
  /** A checkpoint note of this log seen earlier, or empty. */
  readonly knownCheckpoint: string;
  /** PEM root certificates of timestamping authorities the reader trusts, or empty. */
  readonly tsaRoots: string;
  /** The log's ML-DSA-44 verifier key; when given, its signature is required. */
  readonly pqKey: string;
  /** Verifier keys of other logs (a multi-log bundle's parts), one per line, or empty. */
  readonly otherLogs: string;
}

/** The witness policy typed for one other log: its witnesses' keys, one per line, and k. */
export interface PolicyFields {
  readonly witnessKeys: string;
  /** How many must have cosigned; empty means all of them. */
  readonly threshold: string;
}

export type TrustReading =
  | { readonly ok: true; readonly policy: TrustPolicy }
  | {
      readonly ok: false;
      readonly field: keyof TrustFields;
      /** For a witness policy of another log: that log's origin. */
      readonly origin?: string;
      /** In English; `message` is the same in the page's catalogues. */
      readonly problem: string;
      readonly message: { readonly key: TrustProblemKey; readonly values?: Record<string, string | number> };
    };

type TrustProblemKey =
  | 'page.needKey'
  | 'page.badThreshold'
  | 'page.badTsaRoots'
  | 'page.badOtherLogs'
  | 'page.otherLogChanged'
  | 'page.badOtherLogWitnesses'
  | 'page.badOtherLogThreshold';

type Refusal = Extract<TrustReading, { ok: false }>;

const english = translator(['en'], { isolate: false });

function refuse(
  field: keyof TrustFields,
  key: TrustProblemKey,
  values?: Record<string, string | number>,
): Refusal {
  return {
    ok: false,
    field,
    problem: english.t(key, values),
    message: { key, ...(values ? { values } : {}) },
  };
}

/** The non-empty lines of a field, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * `remembered`: the other logs' keys this browser remembers. A key in the field for one of those
 * origins must be the remembered one, and the field may name one key per origin: a trust file
 * loaded (perhaps sent along with the bundle) cannot replace a pin for this verification.
 * `policies`: the witness policy shown for each other log, by origin (none: its key alone).
 */
export function readTrust(
  fields: TrustFields,
  remembered: TrustStore = emptyTrustStore(),
  policies: ReadonlyMap<string, PolicyFields> = new Map(),
): TrustReading {
  const logKey = fields.logKey.trim();
  if (!logKey) return refuse('logKey', 'page.needKey');
  const keys = fields.witnessKeys
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean);
  const t = fields.threshold.trim();
  const threshold = t === '' ? keys.length : Number(t);
  if (
    (keys.length > 0 || t !== '') &&
    (!Number.isInteger(threshold) || threshold < 1 || threshold > keys.length)
  )
    return refuse('threshold', 'page.badThreshold', { max: keys.length });
  // A signed note ends with a newline; a pasted one often loses it on the way.
  const note = fields.knownCheckpoint.replace(/\r\n?/g, '\n').trim();
  let roots: TsaRoot[];
  try {
    roots = certificatesFromPem(fields.tsaRoots).map((der) => ({ name: certificateName(der), der }));
  } catch {
    roots = [];
  }
  if (fields.tsaRoots.trim() && roots.length === 0) return refuse('tsaRoots', 'page.badTsaRoots');
  const pqKey = fields.pqKey.trim();
  const others = otherLogPins(fields.otherLogs, policies, remembered);
  if ('ok' in others) return others;
  return {
    ok: true,
    policy: {
      logKey,
      ...(keys.length ? { witnesses: { keys, threshold } } : {}),
      ...(note ? { knownCheckpoint: `${note}\n` } : {}),
      ...(roots.length ? { tsa: { roots, required: 1 } } : {}),
      ...(pqKey ? { postQuantum: { key: pqKey, required: true } } : {}),
      ...(others.size ? { otherLogs: others.pins } : {}),
    },
  };
}

/**
 * The other logs the reader pins on this page, as a verifier takes them: each key in `text`
 * pinned through the core trust store over `remembered` (otherLogKeys), each with the witness
 * policy shown for its origin set by the core's rules (`setWitnessPolicy`: cosignature keys, each
 * witness once, 1 ≤ k ≤ n) or, when none is shown, cleared; then read with `explicitPins`, as
 * `custos verify` reads its trust store. Only the field's origins are pinned for the verification.
 */
export function otherLogPins(
  text: string,
  policies: ReadonlyMap<string, PolicyFields>,
  remembered: TrustStore = emptyTrustStore(),
): { pins: (origin: string) => PinnedLog | undefined; size: number; store: TrustStore } | Refusal {
  const others = otherLogKeys(text, remembered);
  if ('line' in others) return refuse('otherLogs', 'page.badOtherLogs', { line: others.line });
  if ('changed' in others) return refuse('otherLogs', 'page.otherLogChanged', { origin: others.changed });
  let store = others.store;
  for (const origin of others.keys.keys()) {
    const shown = policies.get(origin);
    const keys = linesOf(shown?.witnessKeys ?? '');
    if (keys.length === 0) {
      store = clearWitnessPolicy(store, origin);
      continue;
    }
    const t = (shown?.threshold ?? '').trim();
    const threshold = t === '' ? keys.length : Number(t);
    try {
      store = setWitnessPolicy(store, origin, { keys, threshold });
    } catch (e) {
      const bad =
        e instanceof RangeError
          ? refuse('otherLogs', 'page.badOtherLogThreshold', { origin, max: keys.length })
          : refuse('otherLogs', 'page.badOtherLogWitnesses', { origin });
      return { ...bad, origin };
    }
  }
  const pinned = explicitPins(store);
  return {
    pins: (origin) => (others.keys.has(origin) ? pinned(origin) : undefined),
    size: others.keys.size,
    store,
  };
}

/**
 * Other logs' Ed25519 note verifier keys, one per line, by origin: the reader's pins for the
 * parts of a multi-log bundle, read through the core trust store (`pinLog`) over `remembered`,
 * as `custos trust add` and Remember read them. The first line that is not such a key is refused
 * (1-based); a second, different key for an origin — in the field or remembered — is `changed`.
 */
export function otherLogKeys(
  text: string,
  remembered: TrustStore = emptyTrustStore(),
): { keys: Map<string, string>; store: TrustStore } | { line: number } | { changed: string } {
  const keys = new Map<string, string>();
  let store = remembered;
  for (const [i, raw] of text.split('\n').entries()) {
    const key = raw.trim();
    if (!key) continue;
    try {
      store = pinLog(store, key, { how: 'explicit', at: new Date().toISOString() });
      keys.set(originOfLogKey(key), key);
    } catch (e) {
      if (e instanceof CustosError && e.code === 'log_key_changed') return { changed: originOfLogKey(key) };
      return { line: i + 1 };
    }
  }
  return { keys, store };
}
