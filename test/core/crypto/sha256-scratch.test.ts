import { randomBytes } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { expect } from 'chai';
import { sha256Of65, sha256Scratch } from '../../../src/core/crypto/sha256-scratch.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256Scratch', () => {
  it('gives the FIPS 180-4 digests of "abc" and of the empty message', () => {
    expect(hex(sha256Scratch(new TextEncoder().encode('abc')))).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256Scratch(new Uint8Array(0)))).to.equal(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('agrees with @noble/hashes on every length up to three blocks, and on random messages', () => {
    for (let n = 0; n <= 192; n++) {
      const m = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      expect(hex(sha256Scratch(m)), `length ${n}`).to.equal(hex(sha256(m)));
    }
    for (let k = 0; k < 300; k++) {
      const m = new Uint8Array(randomBytes(k % 7 === 0 ? 1 + k * 13 : 65 + (k % 17)));
      expect(hex(sha256Scratch(m))).to.equal(hex(sha256(m)));
    }
  });

  it('reads only the message it is given (a view into a larger buffer) and returns a fresh array each time', () => {
    const big = new Uint8Array(randomBytes(300));
    const view = big.subarray(17, 17 + 81);
    const first = sha256Scratch(view);
    expect(hex(first)).to.equal(hex(sha256(view.slice())));
    expect(sha256Scratch(view)).to.not.equal(first);
  });

  describe('sha256Of65', () => {
    const concat = (first: number, a: Uint8Array, b: Uint8Array) => Uint8Array.of(first, ...a, ...b);

    it('agrees with @noble/hashes on first ‖ a ‖ b for every value of the last byte and random halves', () => {
      for (let last = 0; last < 256; last++) {
        const a = new Uint8Array(randomBytes(32));
        const b = new Uint8Array(randomBytes(32));
        b[31] = last;
        const first = last % 3;
        expect(hex(sha256Of65(first, a, b)), `last byte ${last}`).to.equal(hex(sha256(concat(first, a, b))));
      }
    });

    it('reads halves that are views into larger buffers, and refuses halves of another length', () => {
      const big = new Uint8Array(randomBytes(100));
      const a = big.subarray(3, 35);
      const b = big.subarray(40, 72);
      expect(hex(sha256Of65(1, a, b))).to.equal(hex(sha256(concat(1, a, b))));
      expect(() => sha256Of65(1, a, big.subarray(0, 31))).to.throw(RangeError);
      expect(() => sha256Of65(1, big.subarray(0, 33), b)).to.throw(RangeError);
    });

    it('leaves sha256Scratch correct when the two are interleaved (they share their scratch state)', () => {
      const a = new Uint8Array(randomBytes(32));
      const m = new Uint8Array(randomBytes(81));
      const first = sha256Of65(1, a, a);
      expect(hex(sha256Scratch(m))).to.equal(hex(sha256(m)));
      expect(hex(sha256Of65(1, a, a))).to.equal(hex(first));
    });
  });
});
