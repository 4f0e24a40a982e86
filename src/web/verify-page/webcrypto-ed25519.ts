/**
 * The browser's signature check: WebCrypto's native Ed25519 where the browser has it, the
 * portable verifier (noble) otherwise, both under the one policy of src/core/crypto/ed25519.ts.
 * WebCrypto is not trusted to apply that policy by itself (key checks, S < L, canonical R):
 * the core's precheck runs first, and only the cofactorless equation is left to the browser,
 * on which BoringSSL and OpenSSL agree with the core (test/crypto/ed25519-webcrypto.test.ts
 * runs Wycheproof and crafted edge cases in Node's WebCrypto and in headless Chromium).
 * @module
 */
import {
  type AsyncSignatureCheck,
  passesStrictPrecheck,
  verifySignature,
} from '../../core/crypto/ed25519.ts';
import { fromHex, toHex } from '../../core/encoding.ts';

export interface SignatureEngine {
  readonly name: 'WebCrypto' | 'noble';
  readonly check: AsyncSignatureCheck;
}

/** RFC 8032 §7.1, test 2: a working implementation accepts it and refuses it altered. */
const PROBE = {
  publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
  message: '72',
  signature:
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
};

/** The fastest engine this browser offers that passes the probe; noble when none does (null: none). */
export async function signatureEngine(
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<SignatureEngine> {
  if (subtle) {
    const check = webCryptoCheck(subtle);
    const good = fromHex(PROBE.signature);
    const bad = good.slice();
    bad[63]! ^= 1;
    const key = fromHex(PROBE.publicKey);
    const message = fromHex(PROBE.message);
    if ((await check(good, message, key)) && !(await check(bad, message, key)))
      return { name: 'WebCrypto', check };
  }
  return { name: 'noble', check: async (s, m, k) => verifySignature(s, m, k) };
}

/** Ed25519 on WebCrypto behind the core's precheck; never rejects: false for anything malformed. */
export function webCryptoCheck(subtle: SubtleCrypto): AsyncSignatureCheck {
  const keys = new Map<string, Promise<CryptoKey>>();
  return async (signature, message, publicKey) => {
    if (!passesStrictPrecheck(signature, publicKey)) return false;
    const id = toHex(publicKey);
    let key = keys.get(id);
    if (!key) {
      key = subtle.importKey('raw', bytes(publicKey), { name: 'Ed25519' }, false, ['verify']);
      keys.set(id, key);
    }
    try {
      return await subtle.verify({ name: 'Ed25519' }, await key, bytes(signature), bytes(message));
    } catch {
      // No Ed25519 in this browser, or a key it cannot import.
      return false;
    }
  };
}

/** WebCrypto takes buffers backed by an ArrayBuffer, not by a SharedArrayBuffer. */
function bytes(b: Uint8Array): Uint8Array<ArrayBuffer> {
  return b.buffer instanceof ArrayBuffer ? (b as Uint8Array<ArrayBuffer>) : new Uint8Array(b);
}
