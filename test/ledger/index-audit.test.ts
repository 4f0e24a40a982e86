import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { auditLedgerIndex } from '../../src/ledger/index-audit.ts';
import { MAP_RECORD_TAGS } from '../../src/log/map-records.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { PREFIX } from '../../src/storage/store-keys.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory } from '../support/cross-border-story.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

type Mutation = 'edit' | 'delete' | 'duplicate' | 'reorder';

async function audit(dir: string) {
  const store = await LevelLogStore.open(dir);
  const size = (await store.latestCheckpoint())!;
  const treeSize = Number(new TextDecoder().decode(size.note).split('\n')[1]);
  const report = await auditLedgerIndex(store, treeSize);
  await store.close();
  return { report, treeSize };
}

async function sideRecords(dir: string): Promise<[Uint8Array, Uint8Array][]> {
  const store = await LevelLogStore.open(dir);
  const out: [Uint8Array, Uint8Array][] = [];
  for await (const r of store.rawRecords(Uint8Array.of(PREFIX.side), Uint8Array.of(PREFIX.side + 1)))
    if (!MAP_RECORD_TAGS.has(r[0][1]!)) out.push(r); // history map records: test/log/map-audit.test.ts
  await store.close();
  return out;
}

describe('ledger index audit', function () {
  this.timeout(120_000);
  let pristine: string;
  let keysDir: string;

  before(async () => {
    const run = await startService();
    const c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    await run.service.close();
    pristine = run.config.dataDir;
    keysDir = run.config.keysDir;
  });

  after(removeTempDirs);

  it('finds the index of an honest ledger to be exactly what its entries imply', async () => {
    const { report, treeSize } = await audit(pristine);
    expect(report.findings).to.deep.equal([]);
    expect(report.ok).to.equal(true);
    expect(report.entries).to.equal(treeSize);
    expect(report.records).to.equal((await sideRecords(pristine)).length);
  });

  const cases: [Mutation, string][] = [
    ['delete', 'index_missing'],
    ['edit', 'index_altered'],
    ['duplicate', 'index_unexpected'],
    ['reorder', 'index_altered'],
  ];
  for (const [mutation, code] of cases) {
    it(`names every ${mutation} of an index record (${code}), one record at a time`, async () => {
      const all = await sideRecords(pristine);
      // The first record of every kind (subject, key owner, list, case, holder, derivative,
      // event) and every fifth record, so that every kind is hit while the test stays short.
      const tagOf = ([k]: (typeof all)[number]) => k[1]!;
      const picks = all.filter((r, i) => i % 5 === 0 || all.findIndex((o) => tagOf(o) === tagOf(r)) === i);
      const missed: string[] = [];
      for (const [key, value] of picks) {
        const dir = join(await tempDir('custos-index'), 'data');
        await cp(pristine, dir, { recursive: true });
        const store = await LevelLogStore.open(dir);
        const other = all.find(([, v]) => !Buffer.from(v).equals(Buffer.from(value)));
        switch (mutation) {
          case 'delete':
            await store.db.del(key);
            break;
          case 'edit':
            await store.db.put(
              key,
              value.length ? value.map((b, i) => (i === 0 ? b ^ 1 : b)) : Uint8Array.of(1),
            );
            break;
          case 'duplicate':
            await store.db.put(Uint8Array.from([...key, 0x7e]), value);
            break;
          case 'reorder':
            // Swap with a record whose value differs (subject records hold entry indices).
            await store.db.put(key, other![1]);
            await store.db.put(other![0], value);
            break;
        }
        await store.close();
        const { report } = await audit(dir);
        if (!report.findings.some((f) => f.code === code)) missed.push(Buffer.from(key).toString('hex'));
        expect(report.ok).to.equal(false);
      }
      const tags = new Set(picks.map(([k]) => String.fromCharCode(k[1]!)));
      expect([...tags].sort().join('')).to.equal('CEHKLPS');
      expect(missed).to.deep.equal([]);
    });
  }

  it('makes custos audit fail, naming the record, when an index record was deleted', async () => {
    const dir = join(await tempDir('custos-index'), 'data');
    await cp(pristine, dir, { recursive: true });
    const [key] = (await sideRecords(dir)).find(([k]) => k[1] === 'H'.charCodeAt(0))!;
    const store = await LevelLogStore.open(dir);
    await store.db.del(key);
    await store.close();
    const env = { CUSTOS_KEYS_DIR: keysDir, CUSTOS_CONFIG: join(dir, 'none.json') };
    const cli = await runCli(['audit', '--data-dir', dir], env);
    expect(cli.code).to.equal(EXIT.notVerified);
    expect(cli.stdout, cli.stdout).to.match(/holder item [\w~-]+ → [\w~-]+: index_missing/);
    expect(cli.stdout).to.match(/AUDIT FAILED/);
    const clean = await runCli(['--json', 'audit', '--data-dir', pristine], env);
    expect(clean.code, clean.stderr).to.equal(0);
    const report = clean.json<{ ok: boolean; index: { ok: boolean; records: number } }>();
    expect(report.ok && report.index.ok).to.equal(true);
    expect(report.index.records).to.be.greaterThan(0);
  });

  it('names the record in words', async () => {
    const all = await sideRecords(pristine);
    const dir = join(await tempDir('custos-index'), 'data');
    await cp(pristine, dir, { recursive: true });
    const store = await LevelLogStore.open(dir);
    const subject = all.find(([k]) => k[1] === 'S'.charCodeAt(0) && k[2] === 'i'.charCodeAt(0))!;
    await store.db.del(subject[0]);
    await store.close();
    const { report } = await audit(dir);
    expect(report.findings[0]!.record).to.match(/^subject item [\w~-]+ #\d+$/);
  });
});
