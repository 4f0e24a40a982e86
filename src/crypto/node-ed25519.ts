/**
 * Ed25519 verification on Node's OpenSSL, for the server's hot path and the CLI's verifier: about 15 times faster
 * than the portable verifier in src/core/crypto/ed25519.ts (measured in docs/benchmarks.md).
 *
 * OpenSSL alone is not our policy: it accepts small-order public keys (the identity key with
 * R = identity and S = 0 verifies for every message). So every signature first passes the
 * core's precheck (checkPublicKey and passesSignaturePrecheck); after it, OpenSSL's cofactorless check accepts exactly
 * what the core verifier accepts (test/crypto/ed25519-agreement.test.ts proves it on Wycheproof and on
 * crafted edge cases). Keys are cached as KeyObjects with the key check's verdict, which halves the cost of a verify.
 * @module
 */
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import {
  checkPublicKey,
  PUBLIC_KEY_SIZE,
  passesSignaturePrecheck,
  publicKeyFromSeed,
} from '../core/crypto/ed25519.ts';
import { ed25519NoteSigner, type NoteSigner } from '../core/log/note.ts';

/** Per public key (its bytes as latin1 text): its KeyObject, or null when the policy refuses it. */
const cache = new Map<string, KeyObject | null>();
const CACHE_LIMIT = 10_000;

/**
 * The key's half of the core's precheck and its KeyObject, both once per key: a bundle or a
 * burst of appends names the same few keys thousands of times.
 */
function acceptedKey(publicKey: Uint8Array): KeyObject | null {
  if (publicKey.length !== PUBLIC_KEY_SIZE) return null;
  const id = Buffer.from(publicKey.buffer, publicKey.byteOffset, PUBLIC_KEY_SIZE).toString('latin1');
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  const key =
    checkPublicKey(publicKey) === null
      ? createPublicKey({
          key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') },
          format: 'jwk',
        })
      : null;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(id, key);
  return key;
}

/** Same contract as the core's verifySignature: never throws, false for anything malformed. */
export function verifySignatureFast(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  const key = acceptedKey(publicKey);
  if (key === null || !passesSignaturePrecheck(signature)) return false;
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/**
 * The same check on libuv's thread pool: the server's append path verifies here, so
 * signature checks run on the other cores while the event loop parses and sequences.
 */
export function verifySignatureFastAsync(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> {
  const key = acceptedKey(publicKey);
  if (key === null || !passesSignaturePrecheck(signature)) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      verify(null, message, key, signature, (err, ok) => resolve(!err && ok));
    } catch {
      resolve(false);
    }
  });
}

/** One signature to check: the bytes as given, nothing derived or cached but the key's verdict. */
export interface SignatureToCheck {
  readonly signature: Uint8Array;
  readonly message: Uint8Array;
  readonly publicKey: Uint8Array;
}

/**
 * Many checks on the thread pool at once (a batch of entries), with one promise for all their
 * verdicts, in order, rather than one per signature; each verdict as verifySignatureFastAsync's.
 */
export function verifyManyFastAsync(checks: readonly SignatureToCheck[]): Promise<boolean[]> {
  const verdicts = new Array<boolean>(checks.length).fill(false);
  let left = checks.length;
  if (left === 0) return Promise.resolve(verdicts);
  return new Promise((resolve) => {
    const settle = (at: number, ok: boolean) => {
      verdicts[at] = ok;
      if (--left === 0) resolve(verdicts);
    };
    checks.forEach(({ signature, message, publicKey }, at) => {
      const key = acceptedKey(publicKey);
      if (key === null || !passesSignaturePrecheck(signature)) settle(at, false);
      else
        try {
          verify(null, message, key, signature, (err, ok) => settle(at, !err && ok));
        } catch {
          settle(at, false);
        }
    });
  });
}

/**
 * A note signer on OpenSSL: eight times faster than noble's signing, and byte-identical since
 * Ed25519 signatures are deterministic (RFC 8032 §5.1.6). The log signs one checkpoint per
 * batch, on the append path.
 */
export function nodeNoteSigner(name: string, seed: Uint8Array, publicKey: Uint8Array): NoteSigner {
  const portable = ed25519NoteSigner(name, seed, publicKey);
  const signer = nodeSigner(seed, publicKey);
  return { name, keyId: portable.keyId, sign: signer };
}

/** Ed25519 signing with OpenSSL from an RFC 8032 seed: same bytes as the core's `sign`, faster. */
export function nodeSigner(seed: Uint8Array, publicKey: Uint8Array): (message: Uint8Array) => Uint8Array {
  const key = createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      d: Buffer.from(seed).toString('base64url'),
      x: Buffer.from(publicKey).toString('base64url'),
    },
    format: 'jwk',
  });
  return (message) => new Uint8Array(sign(null, message, key));
}

/** An actor signing with OpenSSL, for signDraftWith in the core: what load generators sign with. */
export function nodeActorSigner(actor: string, seed: Uint8Array) {
  const publicKey = publicKeyFromSeed(seed);
  return { actor, publicKey, sign: nodeSigner(seed, publicKey) };
}
