import { expect } from 'chai';
import { EntryHashes } from '../../../src/core/ledger/entry-hashes.ts';

describe('an item’s entry hashes', () => {
  it('holds what was appended to it, and a version never sees what was appended after it', () => {
    const a = EntryHashes.of('h0');
    const b = a.with('h1');
    const c = b.with('h2');
    expect([c.has('h0'), c.has('h1'), c.has('h2')]).to.deep.equal([true, true, true]);
    expect([a.has('h1'), b.has('h2')]).to.deep.equal([false, false]);
    expect([a.size, b.size, c.size]).to.deep.equal([1, 2, 3]);
  });

  it('branches correctly from a version that is not the newest (a batch that was never written)', () => {
    const base = EntryHashes.of('h0', 'h1');
    const written = base.with('lost');
    const retried = base.with('h2');
    expect(retried.has('lost')).to.equal(false);
    expect(retried.has('h2')).to.equal(true);
    expect(written.has('h2')).to.equal(false);
    expect(written.has('lost')).to.equal(true);
    expect(retried.with('h3').has('h1')).to.equal(true);
  });

  it('takes one more hash in constant time, however long the item’s history', () => {
    let set = EntryHashes.of('h0');
    for (let i = 1; i < 200_000; i++) set = set.with(`h${i}`);
    // With a copied list this loop would move 2·10^10 hashes; here it finishes at once.
    expect(set.size).to.equal(200_000);
    expect(set.has('h199999') && set.has('h0') && !set.has('h200000')).to.equal(true);
  });

  it('does not count a hash twice', () => {
    const a = EntryHashes.of('h0', 'h1');
    expect(a.with('h1')).to.equal(a);
  });
});
