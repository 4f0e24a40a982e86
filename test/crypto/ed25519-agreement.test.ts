import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { expect } from 'chai';
import { checkPublicKey, publicKeyFromSeed, sign, verifySignature } from '../../src/core/crypto/ed25519.ts';
import { concatBytes, fromHex, toHex, utf8 } from '../../src/core/encoding.ts';
import { ed25519NoteSigner } from '../../src/core/log/note.ts';
import {
  nodeNoteSigner,
  verifySignatureFast,
  verifySignatureFastAsync,
} from '../../src/crypto/node-ed25519.ts';
import { L, le32, leNumber, P, secretScalar, torsionPoints } from '../support/ed25519-cases.ts';
import { readVector } from '../support/vectors.ts';

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

describe('Ed25519 verification policy', () => {
  const groups = JSON.parse(readVector('wycheproof', 'ed25519_test.json').toString())
    .testGroups as WycheproofGroup[];

  describe('Wycheproof vectors', () => {
    for (const group of groups) {
      for (const t of group.tests) {
        it(`${t.result === 'valid' ? 'accepts' : 'rejects'} case ${t.tcId} ${t.comment || t.flags.join(',')} in both verifiers`, () => {
          const args = [fromHex(t.sig), fromHex(t.msg), fromHex(group.publicKey.pk)] as const;
          expect(verifySignature(...args), 'core').to.equal(t.result === 'valid');
          expect(verifySignatureFast(...args), 'node').to.equal(t.result === 'valid');
        });
      }
    }
  });

  it('signs notes identically with OpenSSL and noble', () => {
    const seed = publicKeyFromSeed(new Uint8Array(32).fill(9)).slice();
    const pub = publicKeyFromSeed(seed);
    const text = utf8('custos.localhost/log\n1\nAAAA\n');
    const fast = nodeNoteSigner('custos.localhost/log', seed, pub);
    const portable = ed25519NoteSigner('custos.localhost/log', seed, pub);
    expect(fast.keyId).to.equal(portable.keyId);
    expect(toHex(fast.sign(text))).to.equal(toHex(portable.sign(text)));
  });

  it('signs RFC 8032 test 1 exactly as published', () => {
    const seed = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    expect(toHex(publicKeyFromSeed(seed))).to.equal(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    expect(toHex(sign(new Uint8Array(0), seed))).to.equal(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });

  describe('edge cases where libraries disagree', () => {
    const torsion = torsionPoints();
    const seed = fromHex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb');
    const A = publicKeyFromSeed(seed);
    const msg = utf8('custos edge case');

    it('finds all eight small-order points', () => expect(torsion).to.have.length(8));

    it('rejects small-order public keys, even with R = identity and S = 0, in both verifiers', () => {
      const identityR = ed.Point.ZERO.toBytes();
      for (const t of torsion) {
        const sig = concatBytes(identityR, new Uint8Array(32));
        expect(checkPublicKey(t.toBytes())).to.equal('small_order');
        expect(verifySignature(sig, msg, t.toBytes()), 'core').to.equal(false);
        expect(verifySignatureFast(sig, msg, t.toBytes()), 'node').to.equal(false);
      }
    });

    it('rejects non-canonical encodings of small-order keys (y ≥ p)', () => {
      for (const y of [P, P + 1n, 2n ** 255n - 1n]) {
        const key = le32(y);
        expect(checkPublicKey(key)).to.be.oneOf(['not_canonical', 'not_on_curve']);
        const sig = concatBytes(ed.Point.ZERO.toBytes(), new Uint8Array(32));
        expect(verifySignature(sig, msg, key)).to.equal(false);
        expect(verifySignatureFast(sig, msg, key)).to.equal(false);
      }
    });

    it('rejects mixed-order public keys (a valid key plus a torsion point)', () => {
      const mixed = ed.Point.fromBytes(A)
        .add(torsion.find((t) => !t.is0())!)
        .toBytes();
      expect(checkPublicKey(mixed)).to.equal('mixed_order');
      const sig = sign(msg, seed);
      expect(verifySignature(sig, msg, mixed)).to.equal(false);
      expect(verifySignatureFast(sig, msg, mixed)).to.equal(false);
    });

    it('judges a key by its bytes every time, though OpenSSL’s verifier caches what it found of a key', async () => {
      const mixed = ed.Point.fromBytes(A)
        .add(torsion.find((t) => !t.is0())!)
        .toBytes();
      const sig = sign(msg, seed);
      // One buffer, its content changed between calls: the cache must follow the bytes.
      const key = Buffer.alloc(32);
      for (const round of [1, 2]) {
        key.set(A);
        expect(verifySignatureFast(sig, msg, key), `good key, round ${round}`).to.equal(true);
        expect(await verifySignatureFastAsync(sig, msg, key), `good key async, round ${round}`).to.equal(
          true,
        );
        key.set(mixed);
        expect(verifySignatureFast(sig, msg, key), `mixed-order key, round ${round}`).to.equal(false);
        expect(await verifySignatureFastAsync(sig, msg, key), `mixed key async, round ${round}`).to.equal(
          false,
        );
      }
      // A key inside a larger buffer is read at its own offset.
      const inside = new Uint8Array(96);
      inside.set(mixed, 0);
      inside.set(A, 32);
      expect(verifySignatureFast(sig, msg, inside.subarray(32, 64))).to.equal(true);
      expect(verifySignatureFast(sig, msg, inside.subarray(0, 32))).to.equal(false);
    });

    it('rejects a signature whose R carries a torsion component, in both verifiers', () => {
      // Forged with the secret scalar, so that only the cofactorless check can tell:
      // R' = [r]B + T, k = H(R' ‖ A ‖ M), S = r + k·a; then [S]B = R' − T + [k]A.
      const a = secretScalar(seed);
      const r = 123456789n;
      for (const t of torsion.filter((p) => !p.is0())) {
        const R = ed.Point.BASE.multiply(r).add(t).toBytes();
        const k = leNumber(sha512(concatBytes(R, A, msg))) % L;
        const forged = concatBytes(R, le32((r + k * a) % L));
        // noble's own strict mode checks the cofactored equation and accepts this signature.
        expect(ed.verify(forged, msg, A, { zip215: false }), 'noble cofactored').to.equal(true);
        expect(verifySignature(forged, msg, A), 'core').to.equal(false);
        expect(verifySignatureFast(forged, msg, A), 'node').to.equal(false);
      }
    });

    it('rejects S ≥ L (malleability), in both verifiers', () => {
      const sig = sign(msg, seed);
      let s = 0n;
      for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(sig[32 + i]!);
      for (const bad of [s + L, L, L + 1n, 2n ** 253n - 1n]) {
        const forged = concatBytes(sig.subarray(0, 32), le32(bad));
        expect(verifySignature(forged, msg, A), 'core').to.equal(false);
        expect(verifySignatureFast(forged, msg, A), 'node').to.equal(false);
      }
    });

    it('rejects a non-canonical encoding of R that would otherwise verify, in both verifiers', () => {
      // The identity is the one point of the prime-order group with a second encoding,
      // y = 1 + p < 2^255. With R the identity and S = k·a, [S]B = R + [k]A holds, so a
      // verifier that decoded R leniently would accept: only the encoding check can refuse.
      const a = secretScalar(seed);
      const forge = (R: Uint8Array) => {
        const k = leNumber(sha512(concatBytes(R, A, msg))) % L;
        return concatBytes(R, le32((k * a) % L));
      };
      const canonical = forge(le32(1n));
      expect(verifySignature(canonical, msg, A), 'core, canonical').to.equal(true);
      expect(verifySignatureFast(canonical, msg, A), 'node, canonical').to.equal(true);
      const nonCanonical = forge(le32(1n + P));
      // ZIP 215's rules accept non-canonical encodings: they take this signature.
      expect(ed.verify(nonCanonical, msg, A, { zip215: true }), 'noble, ZIP 215').to.equal(true);
      expect(verifySignature(nonCanonical, msg, A), 'core').to.equal(false);
      expect(verifySignatureFast(nonCanonical, msg, A), 'node').to.equal(false);
    });

    it('agrees on 2,000 random valid and corrupted signatures', function () {
      // 3,000 portable verifications: seconds on an idle machine, more on a shared one.
      this.timeout(120_000);
      let agreed = 0;
      for (let i = 0; i < 1000; i++) {
        const m = utf8(`message ${i}`);
        const good = sign(m, seed);
        const bad = good.slice();
        bad[i % 64]! ^= 1 << (i % 8);
        for (const s of [good, bad]) {
          const core = verifySignature(s, m, A);
          if (core === verifySignatureFast(s, m, A)) agreed++;
        }
        expect(verifySignature(good, m, A)).to.equal(true);
      }
      expect(agreed).to.equal(2000);
    });
  });
});
