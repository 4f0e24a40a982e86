import { join } from 'node:path';
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64, utf8 } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { openService } from '../../src/service.ts';
import { PostgresLogStore } from '../../src/storage/postgres-store.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { freshDatabase, sql } from '../support/postgres.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('the service on PostgreSQL', function () {
  this.timeout(120_000);
  let run: RunningService;
  let url: string;
  let dir: string;

  before(async () => {
    url = await freshDatabase('custos_service');
    run = await startService({ store: url });
    await recordCrossBorderStory(LedgerClient.asAdminOf(run));
    dir = await tempDir('custos-pg-backup');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  const env = () => ({
    CUSTOS_URL: run.base,
    CUSTOS_ACTOR: 'admin',
    CUSTOS_KEY: join(run.config.keysDir, 'admin.key'),
    CUSTOS_CONFIG: join(dir, 'config.json'),
    CUSTOS_KEYS_DIR: run.config.keysDir,
  });

  it('is audited live with custos audit --store, the ledger index included', async () => {
    const cli = await runCli(['audit', '--store', url], env());
    expect(cli.code, cli.stderr).to.equal(0);
    expect(cli.stdout).to.match(/audit passed/);
    expect(cli.stdout).to.match(/[1-9]\d* index records/);
  });

  it('backs up online, restores into LevelDB, and from there back into a new PostgreSQL database that serves the same head', async () => {
    const fromPg = join(dir, 'pg.backup');
    const backup = await runCli(['backup', fromPg], env());
    expect(backup.code, backup.stderr).to.equal(0);
    const levelDir = join(dir, 'level');
    const intoLevel = await runCli(['--json', 'restore', fromPg, '--store', levelDir], env());
    expect(intoLevel.code, intoLevel.stderr).to.equal(0);
    const first = intoLevel.json<{ treeSize: number; records: number; audit: { ok: boolean } }>();
    expect(first.audit.ok).to.equal(true);

    const fromLevel = join(dir, 'level.backup');
    const offline = await runCli(['backup', fromLevel, '--data-dir', levelDir], env());
    expect(offline.code, offline.stderr).to.equal(0);
    const second = await freshDatabase('custos_restored');
    const intoPg = await runCli(['--json', 'restore', fromLevel, '--store', second], env());
    expect(intoPg.code, intoPg.stderr).to.equal(0);
    const again = intoPg.json<{ treeSize: number; records: number; audit: { ok: boolean } }>();
    expect(again).to.deep.include({ treeSize: first.treeSize, records: first.records });
    expect(again.audit.ok).to.equal(true);

    const restored = await openService({ ...run.config, store: second, port: 0 });
    const base = await restored.listen();
    const served = (await httpGet(base, '/log/checkpoint')).text;
    await restored.close();
    expect(served).to.contain(`\n${first.treeSize}\n`);
    const refused = await runCli(['restore', fromLevel, '--store', second], env());
    expect(refused.code).to.not.equal(0);
    expect(refused.stderr).to.match(/not empty/);
  });

  it('finds a record altered in the database behind the service', async () => {
    const scratch = await freshDatabase('custos_tampered');
    const restore = await runCli(['restore', join(dir, 'pg.backup'), '--store', scratch], env());
    expect(restore.code, restore.stderr).to.equal(0);
    await sql(scratch, 'UPDATE custos_records SET value = $1 WHERE key = $2', [
      utf8('{"forged":true}'),
      Uint8Array.of(0x65, 0, 0, 0, 0, 0, 0, 0, 3),
    ]);
    const cli = await runCli(['audit', '--store', scratch], env());
    expect(cli.code).to.not.equal(0);
    expect(cli.stdout).to.match(/entry 3: leaf_mismatch/);
  });

  it('lets one process sequence: a second one on the database follows, forwards a write to it, serves it; a store without the lease cannot commit', async () => {
    const second = await openService({ ...run.config, port: 0 });
    try {
      const base = await second.listen();
      const health = (await httpGet(base, '/healthz')).json() as { sequencer: string };
      expect(health.sequencer).to.equal(run.base);
      const seed = randomSeed();
      const draft = signDraft(
        'actor.registered',
        {
          id: 'pg-follower-test',
          name: 'Through the follower',
          organisation: 'Test',
          state: 'FR',
          roles: ['investigator'],
          publicKey: toBase64(publicKeyFromSeed(seed)),
        },
        { actor: run.admin.id, seed: run.admin.seed },
      );
      const res = await fetch(`${base}/v1/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(draft),
      });
      expect(res.status).to.equal(201);
      const { index } = (await res.json()) as { index: number };
      expect(await run.service.ledger.log.reader.entry(index)).to.not.equal(undefined);
      for (let waited = 0; second.ledger.log.head().checkpoint.size <= index; waited += 20) {
        if (waited > 5_000) throw new Error('the follower did not adopt the new head');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await httpGet(base, '/healthz')).json()).to.deep.include({ treeSize: index + 1 });
    } finally {
      await second.close();
    }

    const other = await PostgresLogStore.open(url);
    expect(await other.acquireWriteLease()).to.equal(false);
    const size = run.service.ledger.log.head().checkpoint.size;
    const error = await other
      .commit({
        entries: [{ index: size, bytes: utf8('forged') }],
        nodes: [],
        checkpoint: { size: size + 1, note: utf8('forged') },
        side: [],
      })
      .catch((e: Error) => e);
    await other.close();
    expect((error as Error).name).to.equal('StoreError');
    // Past the client: the database itself refuses a commit from a session without the lease.
    const raw = await sql(
      url,
      "SELECT custos_commit('{}', '{}', '{}', '{}', NULL, NULL, '\\x66', '\\x63ffffffffffffff00', '\\x64', 0)",
    ).catch((e: { code?: string }) => e);
    expect((raw as { code?: string }).code).to.equal('CU001');
    expect(await run.service.ledger.log.reader.entry(size)).to.equal(undefined);
  });
});
