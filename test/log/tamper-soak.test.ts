import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { auditLog } from '../../src/log/audit.ts';
import { IntegrityError } from '../../src/log/log-errors.ts';
import { openService } from '../../src/service.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { PREFIX } from '../../src/storage/store-keys.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

type Family = 'entry' | 'hash' | 'checkpoint';
type Kind = 'edit' | 'delete' | 'duplicate' | 'reorder';

/** A small deterministic generator, so that a failing mutation can be replayed. */
function rng(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % n;
  };
}

describe('tamper detection: every mutation of entries, hashes or checkpoints is found', function () {
  this.timeout(300_000);
  let run: RunningService;
  let pristine: string;
  let logKey: RunningService['service']['identity']['verifier'];

  before(async () => {
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    for (let i = 0; i < 40; i++) {
      await c.ok(
        'custody.event',
        {
          item: STORY.image,
          type: 'annotated',
          text: `note ${i}`,
          prev: await c.prev(STORY.image, 'de-ca'),
          occurredAt: now(),
        },
        'de-ca',
      );
    }
    await run.service.close();
    pristine = run.config.dataDir;
    logKey = run.service.identity.verifier;
  });

  after(removeTempDirs);

  async function records(dir: string, family: Family): Promise<[Uint8Array, Uint8Array][]> {
    const store = await LevelLogStore.open(dir);
    const out: [Uint8Array, Uint8Array][] = [];
    const prefix = PREFIX[family];
    for await (const r of store.rawRecords(Uint8Array.of(prefix), Uint8Array.of(prefix + 1))) out.push(r);
    await store.close();
    return out;
  }

  async function mutate(
    dir: string,
    family: Family,
    kind: Kind,
    pick: (n: number) => number,
  ): Promise<string> {
    const all = await records(dir, family);
    const store = await LevelLogStore.open(dir);
    const [key, value] = all[pick(all.length)]!;
    const [key2, value2] = all[pick(all.length)]!;
    let what = `${kind} ${family} ${Buffer.from(key).toString('hex')}`;
    switch (kind) {
      case 'edit': {
        const edited = value.slice();
        edited[pick(edited.length)]! ^= 1 << pick(8);
        await store.db.put(key, edited);
        break;
      }
      case 'delete':
        await store.db.del(key);
        break;
      case 'duplicate': {
        // A copy under another key of the same family: past the end, or over another record.
        const target =
          pick(2) === 0 ? Uint8Array.from([...key.subarray(0, key.length - 2), 0xff, 0xf0 + pick(15)]) : key2;
        if (Buffer.from(target).equals(Buffer.from(key)) || Buffer.from(value).equals(value2))
          return mutate(dir, family, 'edit', pick);
        await store.db.put(target, value);
        what += ` onto ${Buffer.from(target).toString('hex')}`;
        break;
      }
      case 'reorder':
        if (Buffer.from(value).equals(Buffer.from(value2))) return mutate(dir, family, 'edit', pick);
        await store.db.put(key, value2);
        await store.db.put(key2, value);
        what += ` with ${Buffer.from(key2).toString('hex')}`;
        break;
    }
    await store.close();
    return what;
  }

  it('detects 60 random mutations, each by the audit and by the service at start', async () => {
    const pick = rng(20261123);
    const families: Family[] = ['entry', 'hash', 'checkpoint'];
    const kinds: Kind[] = ['edit', 'delete', 'duplicate', 'reorder'];
    const missedByAudit: string[] = [];
    const missedAtStart: string[] = [];
    const tally = { audit: 0, startRefused: 0, backgroundAudit: 0 };
    for (let i = 0; i < 60; i++) {
      const dir = join(await tempDir('custos-tamper'), 'data');
      await cp(pristine, dir, { recursive: true });
      const what = await mutate(dir, families[i % 3]!, kinds[Math.floor(i / 3) % 4]!, pick);

      const store = await LevelLogStore.open(dir);
      const report = await auditLog(store, logKey);
      await store.close();
      if (report.ok) missedByAudit.push(what);
      else tally.audit++;

      const service = await openService({ ...run.config, dataDir: dir }).catch((e) => e);
      if (service instanceof IntegrityError) tally.startRefused++;
      else if (service instanceof Error) throw service;
      else {
        const state = await service.integrityCheck();
        await service.close();
        if (state === 'failed') tally.backgroundAudit++;
        else missedAtStart.push(what);
      }
    }
    console.log(
      `      60 mutations: audit found ${tally.audit}; at start, ${tally.startRefused} refused outright, ${tally.backgroundAudit} caught by the background audit`,
    );
    expect(missedByAudit).to.deep.equal([]);
    expect(missedAtStart).to.deep.equal([]);
  });
});
