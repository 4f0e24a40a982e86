import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { nodeHashLeaf } from '../../src/crypto/node-sha256.ts';

describe('leaf hashes on OpenSSL', () => {
  it('give the core hashLeaf bytes, as a plain Uint8Array, for every length up to the largest entry', () => {
    for (const n of [0, 1, 54, 55, 56, 63, 64, 65, 119, 600, 4096, 65_535]) {
      const entry = new Uint8Array(randomBytes(n));
      const got = nodeHashLeaf(entry);
      expect(got.constructor).to.equal(Uint8Array);
      expect(got, `length ${n}`).to.deep.equal(hashLeaf(entry));
    }
  });

  it('hash a view into a larger buffer by its own bytes only', () => {
    const whole = new Uint8Array(randomBytes(300));
    const view = whole.subarray(100, 200);
    expect(nodeHashLeaf(view)).to.deep.equal(hashLeaf(view.slice()));
  });
});
