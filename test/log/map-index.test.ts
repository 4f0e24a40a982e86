/**
 * The history map in the store (src/log/map-index.ts, docs/formats.md, History map): opened from
 * its shard heads without reading a value record, shards read when a key in them is set or
 * proven and checked against their heads, one map update per batch whose checkpoint commits to
 * the map of exactly its size, and a store of the map's first layout migrated once. The same
 * tests on LevelDB and PostgreSQL.
 */
import { expect } from 'chai';
import { concatBytes, equalBytes, fromUtf8, utf8 } from '../../src/core/encoding.ts';
import { parseCheckpoint } from '../../src/core/log/checkpoint.ts';
import { decodeMapValue, mapKey } from '../../src/core/map/map-hash.ts';
import { checkpointMapRoot } from '../../src/core/map/map-line.ts';
import { mapProofToJson, verifyMapProof } from '../../src/core/map/map-proof.ts';
import { SHARD_COUNT, shardOf } from '../../src/core/map/map-shards.ts';
import { mapRootHash } from '../../src/core/map/sparse-map.ts';
import { prefixEnd } from '../../src/core/ordered-keys.ts';
import { openHead } from '../../src/log/head.ts';
import { VerifiableLog } from '../../src/log/log.ts';
import { IntegrityError } from '../../src/log/log-errors.ts';
import { MapIndex, rebuildFromEntries } from '../../src/log/map-index.ts';
import { MAP_VALUE_PREFIX, MAP_VALUE_TAG, SHARD_HEAD_TAG } from '../../src/log/map-records.ts';
import type { LeafPolicy } from '../../src/log/sequencer.ts';
import type { LogStore } from '../../src/storage/log-store.ts';
import { PREFIX } from '../../src/storage/store-keys.ts';
import { makeIdentity } from '../support/log-fixture.ts';
import { STORE_KINDS, type StoreKind } from '../support/store-kinds.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

/** An entry `subject\nn` extends the history of `subject`. */
const keyOf = (entry: Uint8Array) => [mapKey('item', fromUtf8(entry).split('\n')[0]!)];
const policy: LeafPolicy<Uint8Array, undefined, undefined> = {
  prepare: async () => undefined,
  leafFor: (entry) => ({ entry, mapKeys: keyOf(entry), result: undefined }),
  mapKeysOf: () => keyOf,
};
const entry = (subject: string, n: number) => utf8(`${subject}\n${n}`);

/** Counts the store's reads of map value records (a shard's keys) and of shard heads. */
function counting(store: LogStore) {
  const reads = { values: 0, heads: 0 };
  const scanSide: LogStore['scanSide'] = (prefix, options) => {
    if (prefix[0] === MAP_VALUE_TAG) reads.values++;
    if (prefix[0] === SHARD_HEAD_TAG) reads.heads++;
    return store.scanSide(prefix, options);
  };
  return {
    store: new Proxy(store, { get: (t, p) => (p === 'scanSide' ? scanSide : Reflect.get(t, p)) }),
    reads,
  };
}

const signedRoot = (log: VerifiableLog<Uint8Array>) => checkpointMapRoot(log.head().checkpoint)!;

for (const kind of STORE_KINDS)
  describe(`history map in the store on ${kind.name}`, function () {
    this.timeout(120_000);
    afterEach(removeTempDirs);
    const identity = makeIdentity();
    const open = async (location: string, store?: LogStore) =>
      VerifiableLog.open({ store: store ?? (await kind.open(location)), identity, policy, now: Date.now });

    /** `subjects` subjects (3,000: about three per shard), then a batch that extends ten of them again. */
    async function filled(k: StoreKind, subjects = 3000) {
      const location = await k.newLocation();
      const log = await open(location);
      for (let from = 0; from < subjects; from += 500)
        await Promise.all(
          Array.from({ length: Math.min(500, subjects - from) }, (_, i) =>
            log.append(entry(`s${from + i}`, 1)),
          ),
        );
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => log.append(entry(`s${i % 10}`, 2 + Math.floor(i / 10)))),
      );
      await log.close();
      return location;
    }

    it('opens from the shard heads, reading no value record, and gives the root the checkpoint signed', async () => {
      const location = await filled(kind);
      const { store, reads } = counting(await kind.open(location));
      const log = await open(location, store);
      expect(reads.values).to.equal(0);
      expect(reads.heads).to.be.at.most(SHARD_COUNT);
      expect(mapRootHash(await log.map!.at(log.head().checkpoint.size))).to.deep.equal(signedRoot(log));
      // A proof reads one shard's keys; it verifies against the map line, present or absent.
      const size = log.head().checkpoint.size;
      const present = await log.map!.prove(size, mapKey('item', 's3'));
      expect(reads.values).to.equal(1);
      const value = verifyMapProof(signedRoot(log), mapKey('item', 's3'), mapProofToJson(present));
      expect(value?.count).to.equal(5);
      const absent = mapProofToJson(await log.map!.prove(size, mapKey('item', 'nobody')));
      expect(verifyMapProof(signedRoot(log), mapKey('item', 'nobody'), absent)).to.equal(undefined);
      // Appends go on after the open, loading the shards they touch.
      await Promise.all([log.append(entry('s2999', 2)), log.append(entry('new', 1))]);
      const rebuilt = await rebuildFromEntries(log.store, log.head().checkpoint.size, keyOf);
      expect(mapRootHash(rebuilt.tree)).to.deep.equal(signedRoot(log));
      await log.close();
    });

    it('commits each batch with the map of exactly its size: one value record per entry, counts across the batch', async () => {
      const log = await open(await kind.newLocation());
      const sizes: number[] = [];
      log.onCommit((h) => sizes.push(h.checkpoint.size));
      for (let round = 0; round < 4; round++)
        await Promise.all(
          Array.from({ length: 30 }, (_, i) => log.append(entry(`k${i % 7}`, round * 30 + i))),
        );
      expect(sizes.length).to.be.greaterThan(1);
      for (const size of sizes) {
        const stored = (await log.store.checkpointAt(size))!;
        const text = fromUtf8(stored.note);
        const line = checkpointMapRoot(parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1)))!;
        const rebuilt = await rebuildFromEntries(log.store, size, keyOf);
        expect(mapRootHash(rebuilt.tree), `checkpoint ${size}`).to.deep.equal(line);
      }
      let values = 0;
      for await (const _ of log.store.scanSide(MAP_VALUE_PREFIX)) values++;
      expect(values).to.equal(120);
      const proof = await log.map!.prove(log.head().checkpoint.size, mapKey('item', 'k0'));
      expect(decodeMapValue(proof.leaf!.value).count).to.equal(4 * 5); // i = 0, 7, 14, 21, 28 each round
      await log.close();
    });

    it("refuses a shard whose value records were altered behind the store's back, when it is read", async () => {
      const location = await filled(kind);
      const key = mapKey('item', 's3');
      const store = await kind.open(location);
      const head = await openHead(store, identity);
      const shardKeys: Uint8Array[] = [];
      const from = Uint8Array.of(PREFIX.side, MAP_VALUE_TAG);
      for await (const [k] of store.rawRecords(from, prefixEnd(from)))
        if (shardOf(k.subarray(2, 34)) === shardOf(key)) shardKeys.push(k);
      await store.close();
      expect(shardKeys.length).to.be.greaterThan(1);
      const raw = await kind.tamper(location);
      const value = (await raw.get(shardKeys.at(-1)!))!.slice();
      value[47]! ^= 1; // its count
      await raw.put(shardKeys.at(-1)!, value);
      await raw.close();
      const reopened = await kind.open(location);
      const map = await MapIndex.open(reopened, head, keyOf);
      let refused: unknown;
      await map.prove(head.checkpoint.size, key).catch((e: unknown) => {
        refused = e;
      });
      await reopened.close();
      expect(refused).to.be.instanceOf(IntegrityError);
      expect((refused as Error).message).to.match(/values of shard \d+ give another subtree than its head/);
    });

    it("migrates a store of the map's first layout (map lines, no shard heads) once, from the entries, changing no entry", async () => {
      const location = await filled(kind, 400);
      // The first layout's store: the same checkpoints, without this layout's records.
      const store = await kind.open(location);
      const doomed: Uint8Array[] = [];
      const entries: string[] = [];
      for (const tag of [MAP_VALUE_TAG, SHARD_HEAD_TAG]) {
        const from = Uint8Array.of(PREFIX.side, tag);
        for await (const [k] of store.rawRecords(from, prefixEnd(from))) doomed.push(k);
      }
      const e = Uint8Array.of(PREFIX.entry);
      for await (const [k, v] of store.rawRecords(e, prefixEnd(e)))
        entries.push(Buffer.from(concatBytes(k, v)).toString('hex'));
      await store.close();
      const raw = await kind.tamper(location);
      for (const k of doomed) await raw.del(k);
      await raw.close();

      const progress: number[] = [];
      const s2 = await kind.open(location);
      const map = await MapIndex.open(s2, await openHead(s2, identity), keyOf, (done) => progress.push(done));
      expect(progress.at(-1)).to.equal(440);
      expect(map.pendingMigration()).to.equal(440);
      await s2.close();
      const log = await open(location);
      await log.append(entry('after', 1));
      await log.close();
      const { store: s3, reads } = counting(await kind.open(location));
      const again = await open(location, s3);
      expect(reads.values, 'opened from the heads the migration wrote').to.equal(0);
      expect(again.map!.pendingMigration()).to.equal(0);
      const size = again.head().checkpoint.size;
      const proof = mapProofToJson(await again.map!.prove(size, mapKey('item', 's7')));
      expect(verifyMapProof(signedRoot(again), mapKey('item', 's7'), proof)?.count).to.equal(5);
      const after: string[] = [];
      for await (const [k, v] of again.store.rawRecords(e, prefixEnd(e)))
        after.push(Buffer.from(concatBytes(k, v)).toString('hex'));
      expect(after.slice(0, entries.length)).to.deep.equal(entries);
      expect(equalBytes(signedRoot(again), mapRootHash(await again.map!.at(size)))).to.equal(true);
      await again.close();
    });
  });

describe('a batch of history map updates', () => {
  afterEach(removeTempDirs);
  /** An entry's first 32 bytes are the map key it updates: keys can be chosen byte for byte. */
  const rawKeys = (e: Uint8Array) => [e.slice(0, 32)];
  const rawPolicy: LeafPolicy<Uint8Array, undefined, undefined> = {
    prepare: async () => undefined,
    leafFor: (e) => ({ entry: e, mapKeys: rawKeys(e), result: undefined }),
    mapKeysOf: () => rawKeys,
  };

  it('keeps apart keys that agree on their first six bytes, updated in the same batch, and counts each', async () => {
    const location = await STORE_KINDS[0]!.newLocation();
    const log = await VerifiableLog.open({
      store: await STORE_KINDS[0]!.open(location),
      identity: makeIdentity(),
      policy: rawPolicy,
      now: Date.now,
    });
    const key = (last: number) =>
      Uint8Array.from({ length: 32 }, (_, i) => (i < 6 ? 0xab : i === 31 ? last : 0));
    const updates = [1, 2, 1, 3, 2, 1, 1];
    await Promise.all(updates.map((k, n) => log.append(concatBytes(key(k), utf8(`#${n}`)))));
    const size = log.head().checkpoint.size;
    expect(size).to.equal(updates.length);
    const rebuilt = await rebuildFromEntries(log.store, size, rawKeys);
    expect(equalBytes(signedRoot(log), mapRootHash(rebuilt.tree))).to.equal(true);
    for (const [k, count] of [
      [1, 4],
      [2, 2],
      [3, 1],
    ] as const) {
      const proof = await log.map!.prove(size, key(k));
      expect(decodeMapValue(proof.leaf!.value).count, `key ${k}`).to.equal(count);
      expect(decodeMapValue(proof.leaf!.value).index, `key ${k}`).to.equal(updates.lastIndexOf(k));
    }
    await log.close();
  });
});
