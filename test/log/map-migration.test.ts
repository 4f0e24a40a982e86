/**
 * A store written before the history map existed (no map records, checkpoints without a map
 * line) is migrated once at open: the map is rebuilt from the entries with progress shown, its
 * records are written with the next batch, and no entry changes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { fromUtf8, utf8 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { ed25519NoteSigner } from '../../src/core/log/note.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { parsePrivateKeyPem } from '../../src/keyring/key-files.ts';
import { loadLogIdentity } from '../../src/keyring/log-keys.ts';
import { entryBytesMapKeys } from '../../src/ledger/ledger-map.ts';
import { openHead } from '../../src/log/head.ts';
import { MapIndex } from '../../src/log/map-index.ts';
import { MAP_RECORD_TAGS } from '../../src/log/map-records.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { PREFIX } from '../../src/storage/store-keys.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

/** Every record of a store, as hex pairs: what "no entry changed" is compared on. */
async function records(dir: string, family: number): Promise<string[]> {
  const store = await LevelLogStore.open(dir);
  const out: string[] = [];
  for await (const [k, v] of store.rawRecords(Uint8Array.of(family), Uint8Array.of(family + 1)))
    out.push(`${Buffer.from(k).toString('hex')}=${Buffer.from(v).toString('hex')}`);
  await store.close();
  return out;
}

/** Rewrites a store as the version before the map wrote it: no map records, no map lines. */
async function asBeforeTheMap(dir: string, keysDir: string): Promise<void> {
  const pair = parsePrivateKeyPem(await readFile(join(keysDir, 'log.key'), 'utf8'));
  const store = await LevelLogStore.open(dir);
  const rewrites: [Uint8Array, Uint8Array | undefined][] = [];
  for await (const [k, v] of store.rawRecords()) {
    if (k[0] === PREFIX.side && MAP_RECORD_TAGS.has(k[1]!)) rewrites.push([k, undefined]);
    if (k[0] !== PREFIX.checkpoint) continue;
    const text = fromUtf8(v);
    const cp = parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1));
    const signer = ed25519NoteSigner(cp.origin, pair.seed, pair.publicKey);
    rewrites.push([k, utf8(signCheckpoint({ ...cp, extensions: [] }, signer))]);
  }
  for (const [k, v] of rewrites) await (v ? store.db.put(k, v) : store.db.del(k));
  await store.close();
}

describe('history map migration of an older store', function () {
  this.timeout(180_000);
  after(removeTempDirs);

  it('rebuilds the map once at open with progress, writes its records with the next batch, and changes no entry', async () => {
    const first = await startService();
    await recordCrossBorderStory(LedgerClient.asAdminOf(first));
    await first.service.close();
    const { dataDir: dir, keysDir } = first.config;
    await asBeforeTheMap(dir, keysDir);
    const entriesBefore = await records(dir, PREFIX.entry);
    expect(
      (await records(dir, PREFIX.side)).some((r) => MAP_RECORD_TAGS.has(Number.parseInt(r.slice(2, 4), 16))),
    ).to.equal(false);

    // The migration itself, with its progress.
    const identity = await loadLogIdentity(keysDir, first.config.origin);
    const store = await LevelLogStore.open(dir);
    const progress: [number, number][] = [];
    const head = await openHead(store, identity);
    const index = await MapIndex.open(store, head, entryBytesMapKeys(head.checkpoint), (d, t) =>
      progress.push([d, t]),
    );
    expect(progress.at(-1)).to.deep.equal([entriesBefore.length, entriesBefore.length]);
    expect(index.pendingMigration()).to.equal(entriesBefore.length);
    await store.close();

    const run = await startService({ dataDir: dir, keysDir });
    try {
      const c = LedgerClient.asAdminOf(run);
      const logKey = (await readFile(join(keysDir, 'log.vkey'), 'utf8')).trim();
      const stale = (await c.get(`/v1/items/${STORY.phone}/bundle`, 'admin')).json() as Bundle;
      const unproven = verifyBundle(stale, { logKey }).checks.find((x) => x.id === 'completeness');
      expect(unproven).to.include({ status: 'fail', code: 'incomplete_unproven' });
      await c.register('fr-new', ['investigator']); // any append: its checkpoint carries the map line
      const fresh = (await c.get(`/v1/items/${STORY.phone}/bundle`, 'admin')).json() as Bundle;
      const result = verifyBundle(fresh, { logKey });
      expect(result.checks.filter((x) => x.status === 'fail')).to.deep.equal([]);
    } finally {
      await run.service.close();
    }
    expect((await records(dir, PREFIX.entry)).slice(0, entriesBefore.length)).to.deep.equal(entriesBefore);
    const audit = await runCli(['audit', '--data-dir', dir], {
      CUSTOS_KEYS_DIR: keysDir,
      CUSTOS_CONFIG: join(await tempDir('cfg'), 'none.json'),
    });
    expect(audit.code, audit.stdout).to.equal(0);
  });
});
