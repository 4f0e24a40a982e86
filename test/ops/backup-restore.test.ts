import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { fromBase64 } from '../../src/core/encoding.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { isConsistent } from '../../src/core/log/proof-verify.ts';
import { auditLog } from '../../src/log/audit.ts';
import { openService } from '../../src/service.ts';
import { BackupError, readBackup } from '../../src/storage/backup.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('backup and restore', function () {
  this.timeout(120_000);
  let run: RunningService;
  let c: LedgerClient;
  let dir: string;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    dir = await tempDir('custos-backup');
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

  it('takes a consistent online backup while appends go on; the restored store passes the audit and serves consistent checkpoints', async () => {
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await c.ok(
          'custody.event',
          {
            item: STORY.image,
            type: 'annotated',
            text: `during backup ${i}`,
            prev: await c.prev(STORY.image, 'de-ca'),
            occurredAt: now(),
          },
          'de-ca',
        );
      }
    })();
    const file = join(dir, 'online.backup');
    const backup = await runCli(['backup', file], env());
    writing = false;
    await writer;
    expect(backup.code, backup.stderr).to.equal(0);

    const restoredDir = join(dir, 'restored');
    const restore = await runCli(['--json', 'restore', file, '--data-dir', restoredDir], env());
    expect(restore.code, restore.stderr).to.equal(0);
    const summary = restore.json<{ treeSize: number; audit: { ok: boolean } }>();
    expect(summary.audit.ok).to.equal(true);
    expect(summary.treeSize).to.be.greaterThan(0);

    // The restored log serves, and its head is a prefix of the live log's history.
    const restored = await openService({ ...run.config, dataDir: restoredDir, port: 0 });
    const base = await restored.listen();
    const vkey = (await readFile(join(run.config.keysDir, 'log.vkey'), 'utf8')).trim();
    const old = openCheckpoint(
      (await httpGet(base, '/log/checkpoint')).text,
      noteVerifierFromKey(vkey),
    ).checkpoint;
    const live = openCheckpoint(
      (await httpGet(run.base, '/log/checkpoint')).text,
      noteVerifierFromKey(vkey),
    ).checkpoint;
    expect(await restored.integrityCheck()).to.equal('ok');
    await restored.close();
    expect(old.size).to.equal(summary.treeSize);
    const proof = (
      await httpGet(run.base, `/v1/proofs/consistency?from=${old.size}&to=${live.size}`)
    ).json() as { proof: string[] };
    expect(
      isConsistent(
        old.size,
        live.size,
        proof.proof.map((p) => fromBase64(p)),
        old.rootHash,
        live.rootHash,
      ),
    ).to.equal(true);
  });

  it('refuses a damaged backup, and a restore into a store that is not empty', async () => {
    const file = join(dir, 'online.backup');
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
    await writeFile(join(dir, 'damaged.backup'), bytes);
    const store = await LevelLogStore.open(join(dir, 'scratch'));
    let first = true;
    const error = await readBackup(
      createReadStream(join(dir, 'damaged.backup')) as AsyncIterable<Buffer>,
      async (records) => {
        await store.restoreRecords(records, first);
        first = false;
      },
    ).catch((e) => e);
    await store.close();
    expect(error).to.be.instanceOf(BackupError);
    const again = await runCli(['restore', file, '--data-dir', join(dir, 'restored')], env());
    expect(again.code).to.not.equal(0);
    expect(again.stderr).to.match(/not empty/);
  });

  it('audits a store offline with custos audit', async () => {
    const store = await LevelLogStore.open(join(dir, 'restored'));
    const report = await auditLog(
      store,
      noteVerifierFromKey((await readFile(join(run.config.keysDir, 'log.vkey'), 'utf8')).trim()),
    );
    await store.close();
    expect(report.ok).to.equal(true);
    const cli = await runCli(['audit', '--data-dir', join(dir, 'restored')], env());
    expect(cli.code, cli.stderr).to.equal(0);
    expect(cli.stdout).to.match(/audit passed/);
  });
});
