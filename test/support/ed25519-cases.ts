/**
 * Ed25519 cases on which implementations are known to disagree, for the cross-implementation
 * tests: the Wycheproof vectors, small-order and mixed-order keys, non-canonical encodings,
 * S ≥ L, an R with a torsion component, and random corruptions. Each case carries the verdict of
 * our policy (docs/formats.md): every verifier we ship must give exactly that verdict.
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { publicKeyFromSeed, sign } from '../../src/core/crypto/ed25519.ts';
import { concatBytes, fromHex, toHex, utf8 } from '../../src/core/encoding.ts';
import { readVector } from './vectors.ts';

export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
export const P = 2n ** 255n - 19n;

export interface SignatureCase {
  readonly name: string;
  readonly signature: string;
  readonly message: string;
  readonly publicKey: string;
  /** What the policy says. */
  readonly valid: boolean;
}

export function leNumber(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

export function le32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number((n >> BigInt(8 * i)) & 0xffn);
  return out;
}

/** The eight points of order dividing 8, found by clearing the prime-order part of random points. */
export function torsionPoints(): ed.Point[] {
  const found = new Map<string, ed.Point>();
  for (let i = 1; found.size < 8 && i < 10_000; i++) {
    let p: ed.Point;
    try {
      p = ed.Point.fromBytes(le32(BigInt(i)), false);
    } catch {
      continue;
    }
    const t = p.multiply(L - 1n, false).add(p); // [L]p: the prime-order part vanishes
    found.set(t.toHex(), t);
  }
  return [...found.values()];
}

/** The clamped secret scalar a of a seed (RFC 8032 §5.1.5), for forging edge cases. */
export function secretScalar(seed: Uint8Array): bigint {
  const clamped = sha512(seed).slice(0, 32);
  clamped[0]! &= 248;
  clamped[31]! &= 127;
  clamped[31]! |= 64;
  return leNumber(clamped);
}

interface WycheproofGroup {
  publicKey: { pk: string };
  tests: {
    tcId: number;
    comment: string;
    msg: string;
    sig: string;
    result: 'valid' | 'invalid';
    flags: string[];
  }[];
}

export function wycheproofCases(): SignatureCase[] {
  const groups = JSON.parse(readVector('wycheproof', 'ed25519_test.json').toString())
    .testGroups as WycheproofGroup[];
  return groups.flatMap((g) =>
    g.tests.map((t) => ({
      name: `Wycheproof ${t.tcId} ${t.comment || t.flags.join(',')}`,
      signature: t.sig,
      message: t.msg,
      publicKey: g.publicKey.pk,
      valid: t.result === 'valid',
    })),
  );
}

/** Crafted with a known secret scalar: only a verifier applying our whole policy gets them all. */
export function craftedCases(): SignatureCase[] {
  const seed = fromHex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb');
  const A = publicKeyFromSeed(seed);
  const a = secretScalar(seed);
  const msg = utf8('custos edge case');
  const torsion = torsionPoints();
  const out: SignatureCase[] = [];
  const add = (name: string, sig: Uint8Array, key: Uint8Array, valid: boolean) =>
    out.push({ name, signature: toHex(sig), message: toHex(msg), publicKey: toHex(key), valid });
  const identityR = ed.Point.ZERO.toBytes();
  torsion.forEach((t, i) => {
    add(
      `small-order key ${i}, R = identity, S = 0`,
      concatBytes(identityR, new Uint8Array(32)),
      t.toBytes(),
      false,
    );
  });
  for (const y of [P, P + 1n, 2n ** 255n - 1n])
    add(`non-canonical key y = ${y - P} + p`, concatBytes(identityR, new Uint8Array(32)), le32(y), false);
  const mixed = ed.Point.fromBytes(A)
    .add(torsion.find((t) => !t.is0())!)
    .toBytes();
  add('mixed-order key', sign(msg, seed), mixed, false);
  const r = 123456789n;
  torsion
    .filter((p) => !p.is0())
    .forEach((t, i) => {
      const R = ed.Point.BASE.multiply(r).add(t).toBytes();
      const k = leNumber(sha512(concatBytes(R, A, msg))) % L;
      add(`R with torsion component ${i}`, concatBytes(R, le32((r + k * a) % L)), A, false);
    });
  const good = sign(msg, seed);
  const s = leNumber(good.subarray(32));
  for (const bad of [s + L, L, L + 1n, 2n ** 253n - 1n])
    add(
      `S ≥ L (${bad === s + L ? 'S + L' : bad.toString(16).slice(0, 8)})`,
      concatBytes(good.subarray(0, 32), le32(bad)),
      A,
      false,
    );
  const forge = (R: Uint8Array) => {
    const k = leNumber(sha512(concatBytes(R, A, msg))) % L;
    return concatBytes(R, le32((k * a) % L));
  };
  add('R = identity, canonical', forge(le32(1n)), A, true);
  add('R = identity, non-canonical y = 1 + p', forge(le32(1n + P)), A, false);
  add(
    'R = (0, −1) with the sign bit set',
    forge(Uint8Array.of(...le32(P - 1n).subarray(0, 31), le32(P - 1n)[31]! | 0x80)),
    A,
    false,
  );
  add(
    'R = identity with the sign bit set',
    forge(Uint8Array.of(...le32(1n).subarray(0, 31), 0x80)),
    A,
    false,
  );
  add('valid', good, A, true);
  for (let i = 0; i < 64; i++) {
    const bad = good.slice();
    bad[i]! ^= 1 << (i % 8);
    add(`bit ${i * 8 + (i % 8)} flipped`, bad, A, false);
  }
  return out;
}
