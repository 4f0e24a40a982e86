/**
 * Ed25519 (RFC 8032) signing and the one verification policy every Custos verifier applies,
 * built on @noble/ed25519's audited point arithmetic.
 *
 * Policy (docs/formats.md, Ed25519 policy), stricter than RFC 8032's text and identical to OpenSSL's behaviour on
 * keys that pass {@link checkPublicKey}, so the server's fast path (src/crypto) and this
 * portable verifier accept exactly the same signatures:
 * - public keys and R must be canonical encodings (y < p, no "negative zero" x) — RFC 8032 5.1.3;
 * - S must be below the group order L — RFC 8032 5.1.7 step 1;
 * - public keys must have no small-order component (neither small order, as docs/formats.md says,
 *   nor mixed order), so that one key cannot verify signatures meant for another;
 * - the cofactorless equation [S]B = R + [k]A is checked, as OpenSSL and libsodium do; noble's
 *   own strict branch checks the cofactored one, which would also accept an R with a
 *   torsion component that OpenSSL refuses.
 *
 * ```ts
 * const seed = randomSeed(); const pub = publicKeyFromSeed(seed);
 * verifySignature(sign(msg, seed), msg, pub); // true
 * ```
 * @module
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { toHex } from '../encoding.ts';

ed.hashes.sha512 = sha512;

export const PUBLIC_KEY_SIZE = 32;
export const SIGNATURE_SIZE = 64;
export const SEED_SIZE = 32;

/** Group order L (RFC 8032 §5.1). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
/** The field prime p = 2^255 − 19. */
const P = 2n ** 255n - 19n;

export type KeyProblem = 'bad_length' | 'not_canonical' | 'not_on_curve' | 'small_order' | 'mixed_order';

/** Why a public key is refused, or null when it is acceptable under the policy above. */
export function checkPublicKey(publicKey: Uint8Array): KeyProblem | null {
  const cacheKey = publicKey.length === PUBLIC_KEY_SIZE ? toHex(publicKey) : '';
  const cached = keyVerdicts.get(cacheKey);
  if (cached !== undefined) return cached;
  const verdict = judgePublicKey(publicKey);
  if (cacheKey) remember(cacheKey, verdict);
  return verdict;
}

function judgePublicKey(publicKey: Uint8Array): KeyProblem | null {
  if (publicKey.length !== PUBLIC_KEY_SIZE) return 'bad_length';
  let point: ed.Point;
  try {
    point = ed.Point.fromBytes(publicKey, false);
  } catch (e) {
    return /sqrt/.test(String(e)) ? 'not_on_curve' : 'not_canonical';
  }
  if (point.isSmallOrder()) return 'small_order';
  if (!point.isTorsionFree()) return 'mixed_order';
  return null;
}

// Checking a key costs a scalar multiplication; a bundle names the same few keys many times.
const keyVerdicts = new Map<string, KeyProblem | null>();
function remember(key: string, verdict: KeyProblem | null): void {
  if (keyVerdicts.size >= 4096) keyVerdicts.delete(keyVerdicts.keys().next().value!);
  keyVerdicts.set(key, verdict);
}

/**
 * The part of the policy a native verifier (OpenSSL through node:crypto, WebCrypto) might not
 * apply by itself: sizes, the public key check, S < L and a canonical encoding of R. Run first,
 * it leaves to the native library only the cofactorless equation, on which OpenSSL, BoringSSL
 * and this module agree (test/crypto/ed25519-agreement.test.ts, Wycheproof and crafted cases).
 */
export function passesStrictPrecheck(signature: Uint8Array, publicKey: Uint8Array): boolean {
  return checkPublicKey(publicKey) === null && passesSignaturePrecheck(signature);
}

/**
 * The signature's half of {@link passesStrictPrecheck} (its size, S < L, R canonical), for a
 * caller that has already found the public key acceptable with {@link checkPublicKey}.
 */
export function passesSignaturePrecheck(signature: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_SIZE) return false;
  return belowLE(signature, 32, L_BYTES, 0xff) && isCanonicalEncoding(signature);
}

/** RFC 8032 5.1.3 for R (the first 32 bytes): y < p, and no sign bit when x is zero (y = 1 or p − 1). */
function isCanonicalEncoding(bytes: Uint8Array): boolean {
  if (!belowLE(bytes, 0, P_BYTES, 0x7f)) return false;
  if ((bytes[31]! & 0x80) === 0) return true;
  return !(equalsLE(bytes, ONE_BYTES) || equalsLE(bytes, P_MINUS_ONE_BYTES));
}

// Byte-wise comparisons: the server runs this precheck on every append, so no BigInt here.
const le32 = (n: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));
const L_BYTES = le32(L);
const P_BYTES = le32(P);
const ONE_BYTES = le32(1n);
const P_MINUS_ONE_BYTES = le32(P - 1n);

/** Whether the 32-byte little-endian number at `at` (top byte masked) is below `limit`. */
function belowLE(bytes: Uint8Array, at: number, limit: Uint8Array, topMask: number): boolean {
  for (let i = 31; i >= 0; i--) {
    const b = i === 31 ? bytes[at + i]! & topMask : bytes[at + i]!;
    if (b !== limit[i]) return b < limit[i]!;
  }
  return false;
}

/** Whether R's y (sign bit ignored) equals `value`. */
function equalsLE(bytes: Uint8Array, value: Uint8Array): boolean {
  for (let i = 0; i < 32; i++) if ((i === 31 ? bytes[i]! & 0x7f : bytes[i]) !== value[i]) return false;
  return true;
}

/** Verifies under the policy above. Never throws on malformed input: it returns false. */
export function verifySignature(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (!passesStrictPrecheck(signature, publicKey)) return false;
  const rBytes = signature.subarray(0, 32);
  const s = bytesToNumberLE(signature.subarray(32));
  let R: ed.Point;
  let A: ed.Point;
  try {
    R = ed.Point.fromBytes(rBytes, false);
    A = ed.Point.fromBytes(publicKey, false);
  } catch {
    return false;
  }
  // RFC 8032 5.1.7 step 2: k = SHA-512(R ‖ A ‖ M) mod L, over the bytes as received.
  const h = sha512.create();
  h.update(rBytes);
  h.update(publicKey);
  h.update(message);
  const k = bytesToNumberLE(h.digest()) % L;
  const sB = ed.Point.BASE.multiply(s, false);
  return sB.equals(R.add(A.multiply(k, false)));
}

/** A signature check under the policy above: the core's own, or a faster native equivalent. */
export type SignatureCheck = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;
/** The same, for native libraries that only answer asynchronously (WebCrypto, libuv's pool). */
export type AsyncSignatureCheck = (
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
) => Promise<boolean>;

/** RFC 8032 5.1.6. Deterministic: the same seed and message always give the same signature. */
export function sign(message: Uint8Array, seed: Uint8Array): Uint8Array {
  if (seed.length !== SEED_SIZE) throw new RangeError('an Ed25519 seed is 32 bytes');
  return ed.sign(message, seed);
}

export function publicKeyFromSeed(seed: Uint8Array): Uint8Array {
  if (seed.length !== SEED_SIZE) throw new RangeError('an Ed25519 seed is 32 bytes');
  return ed.getPublicKey(seed);
}

/** A fresh seed from the platform's CSPRNG (crypto.getRandomValues, in Node and browsers). */
export function randomSeed(): Uint8Array {
  return randomBytes(SEED_SIZE);
}

function bytesToNumberLE(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}
