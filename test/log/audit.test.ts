import { expect } from 'chai';
import { utf8 } from '../../src/core/encoding.ts';
import { signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { auditLog } from '../../src/log/audit.ts';
import { checkpointKey, entryKey, hashKey } from '../../src/storage/store-keys.ts';
import { entryBytes, makeIdentity, openRawLog } from '../support/log-fixture.ts';
import { type RawAccess, STORE_KINDS } from '../support/store-kinds.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

for (const kind of STORE_KINDS)
  describe(`audit on ${kind.name}`, () => {
    afterEach(removeTempDirs);

    /** A log of n entries; `mutate` alters its records behind its back before the store reopens. */
    async function populatedStore(
      n = 40,
      mutate?: (raw: RawAccess) => Promise<unknown>,
      identity = makeIdentity(),
    ) {
      const opened = await openRawLog(undefined, identity, kind);
      for (let i = 0; i < n; i += 8)
        await Promise.all(Array.from({ length: 8 }, (_, k) => opened.log.append(entryBytes(i + k))));
      await opened.log.close();
      if (mutate) {
        const raw = await kind.tamper(opened.location);
        await mutate(raw);
        await raw.close();
      }
      const store = await kind.open(opened.location);
      return { store, identity: opened.identity };
    }

    it('passes a healthy log and counts what it checked', async () => {
      const { store, identity } = await populatedStore();
      const report = await auditLog(store, identity.verifier);
      expect(report.findings).to.deep.equal([]);
      expect(report).to.include({ ok: true, treeSize: 40, entries: 40 });
      expect(report.hashes).to.equal(40 + 20 + 10 + 5 + 2 + 1);
      expect(report.checkpoints).to.equal(6);
      await store.close();
    });

    const mutations: [string, string, (s: RawAccess) => Promise<void>, string][] = [
      ['an edited entry', 'leaf_mismatch', (s) => s.put(entryKey(7), utf8('forged')), 'entry 7'],
      ['a deleted entry', 'entry_missing', (s) => s.del(entryKey(12)), 'entry 12'],
      [
        'an entry beyond the head',
        'entry_beyond_head',
        (s) => s.put(entryKey(40), utf8('extra')),
        'entry 40',
      ],
      [
        'an edited interior hash',
        'hash_mismatch',
        (s) => s.put(hashKey({ level: 2, index: 3 }), new Uint8Array(32)),
        'hash 2/3',
      ],
      ['a deleted leaf hash', 'hash_missing', (s) => s.del(hashKey({ level: 0, index: 5 })), 'hash 0/5'],
      [
        'a hash the tree cannot have',
        'hash_unexpected',
        (s) => s.put(hashKey({ level: 3, index: 5 }), new Uint8Array(32)),
        'hash 3/5',
      ],
      [
        'an edited checkpoint',
        'checkpoint_unverified',
        async (s) => {
          const note = (await s.get(checkpointKey(16)))!;
          const text = new TextDecoder().decode(note).replace('\n16\n', '\n17\n');
          await s.put(checkpointKey(16), utf8(text));
        },
        'checkpoint 16',
      ],
      [
        'a checkpoint filed under another size',
        'checkpoint_misfiled',
        async (s) => {
          await s.put(checkpointKey(39), (await s.get(checkpointKey(16)))!);
        },
        'checkpoint 39',
      ],
      [
        'a record outside every family',
        'unknown_record',
        (s) => s.put(Uint8Array.of(0x7a, 1, 2), utf8('?')),
        'key 7a0102',
      ],
    ];

    for (const [what, code, mutate, record] of mutations) {
      it(`names ${what} (${code} at ${record})`, async () => {
        const { store, identity } = await populatedStore(40, mutate);
        const report = await auditLog(store, identity.verifier);
        expect(report.ok).to.equal(false);
        expect(report.findings.map((f) => [f.code, f.record])).to.deep.include([code, record]);
        await store.close();
      });
    }

    it('names a checkpoint signed with the log key over a root the entries do not give', async () => {
      const identity = makeIdentity();
      const forged = signCheckpoint(
        { origin: identity.origin, size: 24, rootHash: new Uint8Array(32), extensions: [] },
        identity.signer,
      );
      const { store } = await populatedStore(40, (raw) => raw.put(checkpointKey(24), utf8(forged)), identity);
      const report = await auditLog(store, identity.verifier);
      expect(report.findings.map((f) => [f.code, f.record])).to.deep.include([
        'checkpoint_root',
        'checkpoint 24',
      ]);
      await store.close();
    });
  });
