import { expect } from 'chai';
import { equalBytes } from '../../src/core/encoding.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { verifyConsistency, verifyInclusion } from '../../src/core/log/proof-verify.ts';
import { auditLog } from '../../src/log/audit.ts';
import { VerifiableLog } from '../../src/log/log.ts';
import { IntegrityError } from '../../src/log/log-errors.ts';
import type { LeafPolicy } from '../../src/log/sequencer.ts';
import { entryKey, hashKey } from '../../src/storage/store-keys.ts';
import { entryBytes, makeIdentity, openRawLog as openLog } from '../support/log-fixture.ts';
import { MemoryTree } from '../support/memory-tree.ts';
import { STORE_KINDS } from '../support/store-kinds.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

// The LogStore contract (src/storage/log-store.ts), the same tests on every store.
for (const kind of STORE_KINDS)
  describe(`verifiable log on ${kind.name}`, () => {
    afterEach(removeTempDirs);
    const openRawLog = (location?: string, identity = makeIdentity()) => openLog(location, identity, kind);

    it('starts a new store with a signed checkpoint of the empty tree', async () => {
      const { log, identity } = await openRawLog();
      const { checkpoint } = openCheckpoint(log.head().note, identity.verifier);
      expect(checkpoint.size).to.equal(0);
      await log.close();
    });

    it('gives concurrent appends consecutive indices and acknowledges them with a covering checkpoint', async () => {
      const { log, identity } = await openRawLog();
      const results = await Promise.all(Array.from({ length: 500 }, (_, i) => log.append(entryBytes(i))));
      expect(results.map((r) => r.index).sort((a, b) => a - b)).to.deep.equal([...Array(500).keys()]);
      for (const r of results) expect(r.treeSize).to.be.greaterThan(r.index);
      const { checkpoint } = openCheckpoint(log.head().note, identity.verifier);
      expect(checkpoint.size).to.equal(500);
      const tree = new MemoryTree(results.sort((a, b) => a.index - b.index).map((r) => r.entry));
      expect(equalBytes(checkpoint.rootHash, tree.roots[500]!)).to.equal(true);
      await log.close();
    });

    it('commits appends in groups: far fewer checkpoints than entries under concurrency', async () => {
      const { log, store } = await openRawLog();
      await Promise.all(Array.from({ length: 1000 }, (_, i) => log.append(entryBytes(i))));
      let checkpoints = 0;
      for await (const _ of store.checkpoints(0, 2000)) checkpoints++;
      expect(checkpoints).to.be.lessThan(50);
      await log.close();
    });

    it('serves inclusion and consistency proofs that verify against its checkpoints', async () => {
      const { log, identity } = await openRawLog();
      for (let i = 0; i < 37; i++) await log.append(entryBytes(i));
      const first = openCheckpoint((await log.reader.checkpointAt(20))!, identity.verifier).checkpoint;
      for (let i = 37; i < 100; i++) await log.append(entryBytes(i));
      const head = openCheckpoint(log.head().note, identity.verifier).checkpoint;
      for (const index of [0, 19, 36, 64, 99]) {
        const p = await log.reader.inclusionProof(index);
        expect(equalBytes(p.leafHash, hashLeaf(entryBytes(index)))).to.equal(true);
        verifyInclusion(p.leafHash, index, head.size, p.proof, head.rootHash);
      }
      const c = await log.reader.consistencyProof(20, 100);
      verifyConsistency(20, 100, c.proof, first.rootHash, head.rootHash);
      await log.close();
    });

    it('reopens at the stored head without reading any entry', async () => {
      const { log, location, identity } = await openRawLog();
      await Promise.all(Array.from({ length: 300 }, (_, i) => log.append(entryBytes(i))));
      const note = log.head().note;
      await log.close();
      const store = await kind.open(location);
      const reads: number[] = [];
      const spy = Object.assign(Object.create(store), {
        readEntry: (i: number) => {
          reads.push(i);
          return store.readEntry(i);
        },
        readEntries: (a: number, b: number) => {
          reads.push(a, b);
          return store.readEntries(a, b);
        },
      });
      const reopened = await VerifiableLog.open({
        store: spy,
        identity,
        policy: { prepare: async () => 0, leafFor: (e: Uint8Array) => ({ entry: e, result: undefined }) },
        now: Date.now,
      });
      expect(equalBytes(reopened.head().note, note)).to.equal(true);
      // The only entry read is the check that nothing exists beyond the signed head.
      expect(reads).to.deep.equal([300]);
      const next = await reopened.append(entryBytes(300));
      expect(next.index).to.equal(300);
      await reopened.close();
    });

    it('refuses to open a store whose head hashes were altered, saying where', async () => {
      const { log, location, identity } = await openRawLog();
      await Promise.all(Array.from({ length: 10 }, (_, i) => log.append(entryBytes(i))));
      await log.close();
      await kind.plant(location, hashKey({ level: 3, index: 0 }), new Uint8Array(32));
      const error = await openRawLog(location, identity).then(
        () => undefined,
        (e) => e,
      );
      expect(error).to.be.instanceOf(IntegrityError);
      expect(error.message).to.match(/root .* for tree size 10/);
    });

    it('refuses a store that belongs to another log key', async () => {
      const { log, location } = await openRawLog();
      await log.close();
      const error = await openRawLog(location, makeIdentity()).catch((e) => e);
      expect(error).to.be.instanceOf(IntegrityError);
      expect(error.message).to.contain('belongs to another log');
    });

    it('refuses one append without writing anything when the policy rejects it, and goes on', async () => {
      const identity = makeIdentity();
      const { store } = await openRawLog(undefined, identity).then(async (o) => {
        await o.log.close();
        return { store: await kind.open(o.location) };
      });
      const policy: LeafPolicy<Uint8Array, undefined, undefined> = {
        prepare: async () => undefined,
        leafFor: (entry) => {
          if (new TextDecoder().decode(entry).includes('bad')) throw new Error('refused by policy');
          return { entry, result: undefined };
        },
      };
      const log = await VerifiableLog.open({ store, identity, policy, now: Date.now });
      const outcomes = await Promise.allSettled([
        log.append(entryBytes(0)),
        log.append(entryBytes(1, 'bad')),
        log.append(entryBytes(2)),
      ]);
      expect(outcomes.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
      expect(log.head().checkpoint.size).to.equal(2);
      expect((await auditLog(store, identity.verifier)).ok).to.equal(true);
      await log.close();
    });

    it('queues a group of appends in its order with nothing between them, one outcome per item', async () => {
      const identity = makeIdentity();
      const { store } = await openRawLog(undefined, identity).then(async (o) => {
        await o.log.close();
        return { store: await kind.open(o.location) };
      });
      const policy: LeafPolicy<Uint8Array, undefined, undefined> = {
        prepare: async () => undefined,
        leafFor: (entry) => {
          if (new TextDecoder().decode(entry).includes('bad')) throw new Error('refused by policy');
          return { entry, result: undefined };
        },
      };
      const log = await VerifiableLog.open({ store, identity, policy, now: Date.now, maxQueue: 7 });
      const before = log.append(entryBytes(0, 'single'));
      const group = log.appendMany([entryBytes(1), entryBytes(2, 'bad'), entryBytes(3), entryBytes(4)]);
      const after = log.append(entryBytes(5, 'single'));
      // The queue holds 7: six are waiting, so the next group's first item fits and its second is refused.
      const overflow = log.appendMany([entryBytes(6), entryBytes(7)]);
      const [first, outcomes, last, refused] = await Promise.all([before, group, after, overflow]);
      expect(first.index).to.equal(0);
      expect(outcomes.map((o) => o.status)).to.deep.equal([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      const indices = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.index : undefined));
      expect(indices).to.deep.equal([1, undefined, 2, 3]);
      expect((outcomes[1] as PromiseRejectedResult).reason.message).to.equal('refused by policy');
      expect(last.index).to.equal(4);
      expect(refused[0]!.status).to.equal('fulfilled');
      expect(refused[1]!.status).to.equal('rejected');
      expect((refused[1] as PromiseRejectedResult).reason.name).to.equal('LogUnavailableError');
      expect(await log.appendMany([])).to.deep.equal([]);
      expect(log.head().checkpoint.size).to.equal(6);
      expect((await auditLog(store, identity.verifier)).ok).to.equal(true);
      await log.close();
    });

    it('stops taking appends after a failed durable write, and says so', async () => {
      const { log, store } = await openRawLog();
      await log.append(entryBytes(0));
      const original = store.commit.bind(store);
      store.commit = async () => {
        throw new Error('disk on fire');
      };
      const failed = await log.append(entryBytes(1)).catch((e) => e);
      expect(failed.name).to.equal('LogUnavailableError');
      expect(log.failure()?.message).to.equal('disk on fire');
      store.commit = original;
      const after = await log.append(entryBytes(2)).catch((e) => e);
      expect(after.name).to.equal('LogUnavailableError');
      expect(log.head().checkpoint.size).to.equal(1);
      await log.close();
    });
    it('after a write that failed once it had reached the disk: refuses appends, and a restart serves the batch consistently', async () => {
      const { log, store, identity, location } = await openRawLog();
      await log.append(entryBytes(0));
      const before = log.head();
      const original = store.commit.bind(store);
      // The batch is on disk, but the caller is told the write failed (an fsync error reported
      // after the data landed, a lost reply from a remote store).
      store.commit = async (batch) => {
        await original(batch);
        throw new Error('write reported failed after it reached the disk');
      };
      const outcomes = await Promise.allSettled([log.append(entryBytes(1)), log.append(entryBytes(2))]);
      expect(outcomes.map((o) => o.status)).to.deep.equal(['rejected', 'rejected']);
      expect((outcomes[0] as PromiseRejectedResult).reason.code).to.equal('log_unavailable');
      // Readers still see only what was acknowledged.
      expect(log.head().checkpoint.size).to.equal(1);
      expect((await log.append(entryBytes(3)).catch((e) => e)).code).to.equal('log_unavailable');
      store.commit = original;
      await log.close();

      // A restart re-reads the head from disk: the batch is there, signed, and extends the old head.
      const reopened = await openRawLog(location, identity);
      const head = reopened.log.head();
      expect(head.checkpoint.size).to.equal(3);
      const { proof } = await reopened.log.reader.consistencyProof(1, 3);
      verifyConsistency(1, 3, proof, before.checkpoint.rootHash, head.checkpoint.rootHash);
      expect((await auditLog(reopened.store, identity.verifier)).ok).to.equal(true);
      const next = await reopened.log.append(entryBytes(4));
      expect(next.index).to.equal(3);
      await reopened.log.close();
    });

    it('reads side records in one call, in the order asked, missing ones as undefined', async () => {
      const { log, store } = await openRawLog();
      await log.append(entryBytes(0));
      const key = (k: number) => Uint8Array.of(0x7a, k);
      await store.commit({
        entries: [{ index: 1, bytes: entryBytes(1) }],
        nodes: [],
        checkpoint: { size: 2, note: log.head().note },
        side: [
          { key: key(1), value: Uint8Array.of(1) },
          { key: key(3), value: Uint8Array.of(3) },
        ],
      });
      const values = await store.readSides([key(3), key(2), key(1), key(3)]);
      expect(values.map((v) => (v === undefined ? undefined : [...v]))).to.deep.equal([
        [3],
        undefined,
        [1],
        [3],
      ]);
      expect(await store.readSides([])).to.deep.equal([]);
      await log.close();
    });

    it('refuses a batch that would overwrite or skip records, before and after its first commit, and records planted past the head', async () => {
      const { log, store, location } = await openRawLog();
      for (let i = 0; i < 3; i++) await log.append(entryBytes(i));
      const note = log.head().note;
      const batch = (first: number, count: number) => ({
        entries: Array.from({ length: count }, (_, k) => ({
          index: first + k,
          bytes: entryBytes(first + k),
        })),
        nodes: [],
        checkpoint: { size: first + count, note },
        side: [],
      });
      const refused = async (b: ReturnType<typeof batch>, s = store) => {
        const e = await s.commit(b).then(
          () => undefined,
          (err: Error) => err,
        );
        expect(e?.name, JSON.stringify(b.entries.map((x) => x.index))).to.equal('StoreError');
      };
      // This store has committed: continuity is checked without reading.
      await refused(batch(2, 1)); // rewrites entry 2
      await refused(batch(4, 1)); // skips entry 3
      await refused(batch(3, 0)); // rewrites checkpoint 3
      await log.close();
      // A store that has not committed yet reads what is there.
      let reopened = await kind.open(location);
      await refused(batch(2, 1), reopened);
      await refused(batch(0, 3), reopened);
      expect(await reopened.readEntry(2)).to.deep.equal(entryBytes(2));
      await reopened.close();
      // An entry planted past the head: the next batch would rewrite it, so it is refused too.
      await kind.plant(location, entryKey(6), entryBytes(666));
      reopened = await kind.open(location);
      await refused(batch(3, 4), reopened);
      expect(await reopened.readEntry(6)).to.deep.equal(entryBytes(666));
      await reopened.close();
    });
  });
