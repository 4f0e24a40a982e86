/**
 * The trust store: for each log origin a reader trusts, its pinned verifier key, its witness
 * policy (k of n) and the largest checkpoint seen from it (docs/formats.md, The trust store).
 * Pure: the CLI keeps it in a 0600 file, the /verify page in the browser's storage; both go
 * through these functions, so a changed key is refused the same way everywhere.
 *
 * ```ts
 * let store = emptyTrustStore();
 * store = pinLog(store, 'custos.example/log+d70c0135+AT…', { how: 'explicit', at: now });
 * trustedLog(store, 'custos.example/log'); // { verifierKey, witnesses?, checkpoint?, … }
 * ```
 * @module
 */
import { ValidationError, VerificationError } from '../errors.ts';
import { openCheckpoint } from '../log/checkpoint.ts';
import { keyIdHex, noteVerifierFromKey, parseVerifierKey } from '../log/note.ts';
import { cosignatureVerifierFromKey } from '../witness/cosignature.ts';
import type { PinnedLog, WitnessPolicy } from './trust-policy.ts';

export const TRUST_STORE_FORMAT = 'custos-trust/v1' as const;

export interface TrustedLog {
  /** The log's Ed25519 note verifier key; its key name is the origin. */
  readonly verifierKey: string;
  readonly witnesses?: WitnessPolicy;
  /** The largest checkpoint seen, verified with `verifierKey`. */
  readonly checkpoint?: string;
  readonly pinned: 'explicit' | 'first-use';
  readonly pinnedAt: string;
  readonly url?: string;
}

export interface TrustStore {
  readonly format: typeof TRUST_STORE_FORMAT;
  readonly logs: Readonly<Record<string, TrustedLog>>;
}

export function emptyTrustStore(): TrustStore {
  return { format: TRUST_STORE_FORMAT, logs: {} };
}

/** The origin a verifier key names (its key name, which a checkpoint's origin line must equal). */
export function originOfKey(verifierKey: string): string {
  return parseVerifierKey(verifierKey).name;
}

/** The origin of a log's key, refusing any key that cannot sign checkpoints (not Ed25519 note). */
export function originOfLogKey(verifierKey: string): string {
  noteVerifierFromKey(verifierKey);
  return originOfKey(verifierKey);
}

export function trustedLog(store: TrustStore, origin: string): TrustedLog | undefined {
  return Object.hasOwn(store.logs, origin) ? store.logs[origin] : undefined;
}

export interface PinOptions {
  /** `explicit`: the user gave the key; `first-use`: it was fetched from the log (TOFU). */
  readonly how: 'explicit' | 'first-use';
  /** RFC 3339, injected (the core reads no clock). */
  readonly at: string;
  /** Where the key was fetched from (or given for); recorded, and compared for first-use pins. */
  readonly url?: string;
  /** A real key rotation: replace the key pinned for this origin, forgetting its checkpoint. */
  readonly replace?: boolean;
  /** First use only: pin a new origin even though the store already holds explicit pins. */
  readonly acceptNew?: boolean;
}

/**
 * Pins `verifierKey` under its origin. Pinning the same key again changes nothing but confirm a
 * first-use pin when it is now given explicitly; another key
 * for a known origin is refused (`log_key_changed`) unless `replace` says the operator rotated it.
 * A new origin pinned on first use is refused from a URL another origin is pinned for
 * (`log_origin_changed`: a server must not escape a pin by renaming its log), and once the user
 * has pinned any log explicitly, unless `acceptNew` says so (`untrusted_origin`).
 */
export function pinLog(store: TrustStore, verifierKey: string, options: PinOptions): TrustStore {
  const key = verifierKey.trim();
  noteVerifierFromKey(key); // only an Ed25519 note key can sign checkpoints
  const origin = originOfKey(key);
  const known = trustedLog(store, origin);
  if (known && known.verifierKey === key) return confirmPin(store, origin, known, options);
  if (known && !options.replace) throw keyChanged(origin, known.verifierKey, key);
  if (!known && options.how === 'first-use') refuseNewOriginOnFirstUse(store, origin, options);
  const entry: TrustedLog = {
    verifierKey: key,
    ...(known?.witnesses ? { witnesses: known.witnesses } : {}),
    pinned: options.how,
    pinnedAt: options.at,
    ...(options.url ? { url: options.url } : {}),
  };
  return { ...store, logs: { ...store.logs, [origin]: entry } };
}

/**
 * The same key pinned again changes nothing, unless a key taken on first use is now given
 * explicitly: that confirms it (`custos trust add <key>` is what requireConfirmed asks for), and
 * keeps its witness policy and the checkpoint seen, which a consistency proof will start from.
 */
function confirmPin(store: TrustStore, origin: string, known: TrustedLog, options: PinOptions): TrustStore {
  if (known.pinned === 'explicit' || options.how !== 'explicit') return store;
  const confirmed: TrustedLog = { ...known, pinned: 'explicit', pinnedAt: options.at };
  return { ...store, logs: { ...store.logs, [origin]: confirmed } };
}

function refuseNewOriginOnFirstUse(store: TrustStore, origin: string, options: PinOptions): void {
  const url = options.url === undefined ? undefined : sameUrl(options.url);
  const other = Object.entries(store.logs).find(([, t]) => url && t.url && sameUrl(t.url) === url);
  if (other)
    throw new VerificationError(
      'log_origin_changed',
      `${options.url} now serves the log ${origin}, but the log ${other[0]} is pinned for it: this is not the log you trust, or its operator renamed it. Ask the operator over another channel; to trust the new log, pin its key with \`custos trust add <key>\``,
    );
  if (!options.acceptNew && Object.values(store.logs).some((t) => t.pinned === 'explicit'))
    throw new VerificationError(
      'untrusted_origin',
      `the log ${origin} is not in your trust store, which holds logs you pinned explicitly: pin its key, obtained from its operator, with \`custos trust add <key>\`, or accept the served key on first use with --accept-new-log`,
    );
}

/** URLs compared without a trailing slash or case in scheme and host. */
function sameUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(trimmed);
  return m ? m[1]!.toLowerCase() + m[2] : trimmed;
}

/**
 * The pinned log for `origin` when the user confirmed its key (pinned explicitly), or
 * `untrusted_origin`: a key taken on first use is not enough to accept a bundle or proof offline.
 */
export function requireConfirmed(store: TrustStore, origin: string): TrustedLog {
  const known = requireTrusted(store, origin);
  if (known.pinned !== 'explicit')
    throw new VerificationError(
      'untrusted_origin',
      `the key of the log ${origin} was only pinned on first use (from ${known.url ?? 'the log itself'}), never confirmed: give the key obtained from its operator with --log-key, or pin it with \`custos trust add <key>\``,
    );
  return known;
}

function keyChanged(origin: string, pinned: string, offered: string): VerificationError {
  const id = (k: string) => {
    try {
      return keyIdHex(parseVerifierKey(k).keyId);
    } catch {
      return 'unreadable';
    }
  };
  return new VerificationError(
    'log_key_changed',
    `the log ${origin} now presents key ID ${id(offered)}, but key ID ${id(pinned)} is pinned for it: either the log's key was rotated or this is not the log you trust. Ask its operator over another channel; after a real rotation re-pin with \`custos trust add <new key> --replace\``,
  );
}

export function removeLog(store: TrustStore, origin: string): TrustStore {
  if (!trustedLog(store, origin))
    throw new VerificationError('untrusted_origin', `no log ${origin} is pinned in the trust store`);
  const logs = Object.fromEntries(Object.entries(store.logs).filter(([o]) => o !== origin));
  return { ...store, logs };
}

/**
 * Sets the witness policy of a pinned log, held to `checkWitnessPolicy`.
 */
export function setWitnessPolicy(store: TrustStore, origin: string, policy: WitnessPolicy): TrustStore {
  const known = requireTrusted(store, origin);
  checkWitnessPolicy(policy);
  const witnesses = { keys: [...policy.keys], threshold: policy.threshold };
  return { ...store, logs: { ...store.logs, [origin]: { ...known, witnesses } } };
}

/**
 * A witness policy as docs/formats.md (The trust store) allows it: each key a cosignature key,
 * each witness once (a witness is its name and key ID, as its cosignature line names it: two
 * entries for one witness would make "2 of 2" a policy one witness meets, or none can), and
 * 1 ≤ threshold ≤ keys (a RangeError, so a form can say which field is wrong). The trust store
 * file's reader applies the same check, so a hand-edited file means what the commands would write.
 */
export function checkWitnessPolicy(policy: WitnessPolicy): void {
  const seen = new Set<string>();
  for (const k of policy.keys) {
    const w = cosignatureVerifierFromKey(k);
    const id = `${w.name}+${keyIdHex(w.keyId)}`;
    if (seen.has(id))
      throw new ValidationError('bad_format', `the witness ${id} is named twice in the witness policy`);
    seen.add(id);
  }
  if (!Number.isInteger(policy.threshold) || policy.threshold < 1 || policy.threshold > policy.keys.length)
    throw new RangeError(`the witness threshold must be 1 to ${policy.keys.length}`);
}

/** The pinned log without a witness policy: its key alone decides. */
export function clearWitnessPolicy(store: TrustStore, origin: string): TrustStore {
  const { witnesses: _dropped, ...known } = requireTrusted(store, origin);
  return { ...store, logs: { ...store.logs, [origin]: known } };
}

/** The pinned log for `origin`, or `untrusted_origin`. */
export function requireTrusted(store: TrustStore, origin: string): TrustedLog {
  const known = trustedLog(store, origin);
  if (!known)
    throw new VerificationError(
      'untrusted_origin',
      `the log ${origin} is not in your trust store: pin its key, obtained from its operator, with \`custos trust add <key>\``,
    );
  return known;
}

/**
 * Records `note` as the latest checkpoint seen from its log, if it verifies with the pinned key
 * and is larger than the one kept: the store never goes back to a smaller tree.
 */
export function rememberCheckpoint(store: TrustStore, note: string): TrustStore {
  const origin = originOfNote(note);
  const known = requireTrusted(store, origin);
  const verifier = noteVerifierFromKey(known.verifierKey);
  const size = openCheckpoint(note, verifier).checkpoint.size;
  if (known.checkpoint && openCheckpoint(known.checkpoint, verifier).checkpoint.size >= size) return store;
  return { ...store, logs: { ...store.logs, [origin]: { ...known, checkpoint: note } } };
}

/** The origin line of a checkpoint note, read without verifying (to find which key to verify with). */
export function originOfNote(note: string): string {
  const end = note.indexOf('\n');
  if (end <= 0) throw new VerificationError('bad_proof', 'the checkpoint has no origin line');
  return note.slice(0, end);
}

/** The logs pinned explicitly, by origin, as a verifier takes them (TrustPolicy.otherLogs). */
export function explicitPins(store: TrustStore): (origin: string) => PinnedLog | undefined {
  return (origin) => {
    const known = trustedLog(store, origin);
    if (known?.pinned !== 'explicit') return undefined;
    return { logKey: known.verifierKey, ...(known.witnesses ? { witnesses: known.witnesses } : {}) };
  };
}
