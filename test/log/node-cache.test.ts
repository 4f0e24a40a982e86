import { expect } from 'chai';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { verifyConsistency, verifyInclusion } from '../../src/core/log/proof-verify.ts';
import { CACHED_MIN_LEVEL, NodeCache } from '../../src/log/node-cache.ts';
import { entryBytes, openRawLog } from '../support/log-fixture.ts';
import { MemoryTree } from '../support/memory-tree.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const hash = (n: number) => new Uint8Array(32).fill(n);

describe('cache of upper-tree hashes', () => {
  afterEach(removeTempDirs);

  it('keeps hashes at height 4 and above, and none below', () => {
    const cache = new NodeCache();
    cache.set({ level: CACHED_MIN_LEVEL - 1, index: 0 }, hash(1));
    cache.set({ level: CACHED_MIN_LEVEL, index: 0 }, hash(2));
    expect(cache.get({ level: CACHED_MIN_LEVEL - 1, index: 0 })).to.equal(undefined);
    expect(cache.get({ level: CACHED_MIN_LEVEL, index: 0 })).to.deep.equal(hash(2));
  });

  it('starts over when full, so its memory stays bounded', () => {
    const cache = new NodeCache(3);
    for (let i = 0; i < 3; i++) cache.set({ level: 5, index: i }, hash(i));
    cache.set({ level: 5, index: 3 }, hash(3));
    expect(cache.get({ level: 5, index: 0 })).to.equal(undefined);
    expect(cache.get({ level: 5, index: 3 })).to.deep.equal(hash(3));
  });

  it('serves the same verifying proofs from the cache as from the store', async () => {
    const { log, identity } = await openRawLog();
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => log.append(entryBytes(i))));
    const tree = new MemoryTree(results.sort((a, b) => a.index - b.index).map((r) => r.entry));
    const head = openCheckpoint(log.head().note, identity.verifier).checkpoint;
    const hex = (proof: Uint8Array[]) => proof.map((h) => Buffer.from(h).toString('hex'));
    for (const index of [0, 17, 128, 255, 299]) {
      const cold = await log.reader.inclusionProof(index);
      const warm = await log.reader.inclusionProof(index);
      expect(hex(warm.proof)).to.deep.equal(hex(cold.proof));
      verifyInclusion(warm.leafHash, index, head.size, warm.proof, head.rootHash);
    }
    for (const from of [1, 16, 200]) {
      const cold = (await log.reader.consistencyProof(from, 300)).proof;
      const warm = (await log.reader.consistencyProof(from, 300)).proof;
      expect(hex(warm)).to.deep.equal(hex(cold));
      verifyConsistency(from, 300, warm, tree.roots[from]!, head.rootHash);
    }
    await log.close();
  });
});
