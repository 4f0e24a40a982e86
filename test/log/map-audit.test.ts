/**
 * The history map against its own log: a store whose map is altered on disk (one item's head
 * changed) is caught by `custos audit` and refused at start-up; a log that signs such a map is
 * caught by `custos monitor`, which recomputes the map from the entries over HTTP, and a bundle it
 * serves is caught by the verifier.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { concatBytes, fromUtf8, utf8 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { ed25519NoteSigner } from '../../src/core/log/note.ts';
import { decodeMapValue, encodeMapValue, mapKey } from '../../src/core/map/map-hash.ts';
import { formatMapLine } from '../../src/core/map/map-line.ts';
import { encodeShardHead, shardHead, shardOf } from '../../src/core/map/map-shards.ts';
import { mapLeaf, mapRootHash, mapSet } from '../../src/core/map/sparse-map.ts';
import { prefixEnd, readU64 } from '../../src/core/ordered-keys.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { parsePrivateKeyPem } from '../../src/keyring/key-files.ts';
import { MAP_VALUE_TAG, shardHeadKey, shardHeadPrefix } from '../../src/log/map-records.ts';
import { openService } from '../../src/service.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { checkpointKey, PREFIX } from '../../src/storage/store-keys.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('history map audit and monitor', function () {
  this.timeout(180_000);
  let pristine: string;
  let keysDir: string;
  let config: Awaited<ReturnType<typeof startService>>['config'];

  before(async () => {
    const run = await startService();
    await recordCrossBorderStory(LedgerClient.asAdminOf(run));
    await run.service.close();
    ({ config } = run);
    pristine = run.config.dataDir;
    keysDir = run.config.keysDir;
  });

  after(removeTempDirs);

  const auditEnv = (dir: string) => ({ CUSTOS_KEYS_DIR: keysDir, CUSTOS_CONFIG: join(dir, 'none.json') });

  /**
   * A copy of the store in which the map value record of the image's latest entry says its head is
   * the entry before (one item's head changed, as a truncating operator would), with its shard's
   * latest head record made to agree (`withHead`); optionally with the latest checkpoint re-signed
   * by the log's key over the map those records give.
   */
  async function alteredStore(resign: boolean, withHead = true): Promise<string> {
    const dir = join(await tempDir('custos-map'), 'data');
    await cp(pristine, dir, { recursive: true });
    const store = await LevelLogStore.open(dir);
    const key = mapKey('item', STORY.image);
    const records: { index: number; key: Uint8Array; value: Uint8Array; raw: Uint8Array }[] = [];
    for await (const [raw, value] of store.rawRecords(
      Uint8Array.of(PREFIX.side, MAP_VALUE_TAG),
      Uint8Array.of(PREFIX.side, MAP_VALUE_TAG + 1),
    ))
      records.push({ index: readU64(raw, 34), key: raw.slice(2, 34), value: value.slice(), raw });
    const mine = records.filter((r) => Buffer.from(r.key).equals(Buffer.from(key)));
    const [before, last] = mine.slice(-2) as [(typeof mine)[0], (typeof mine)[0]];
    await store.db.put(last.raw, before.value);
    let tree: Parameters<typeof mapSet>[0];
    const latest = new Map<string, Uint8Array>();
    for (const r of records)
      latest.set(Buffer.from(r.key).toString('hex'), r === last ? before.value : r.value);
    for (const [k, v] of latest) tree = mapSet(tree, mapLeaf(Buffer.from(k, 'hex'), v));
    const stored = (await store.latestCheckpoint())!;
    if (withHead) {
      const shard = shardOf(key);
      const prefix = concatBytes(Uint8Array.of(PREFIX.side), shardHeadPrefix(shard));
      for await (const [raw] of store.rawRecords(
        concatBytes(Uint8Array.of(PREFIX.side), shardHeadKey(shard, stored.size)),
        prefixEnd(prefix),
      )) {
        await store.db.put(raw, encodeShardHead(shardHead(tree, shard)!));
        break;
      }
    }
    if (resign) {
      const text = fromUtf8(stored.note);
      const cp0 = parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1));
      const pair = parsePrivateKeyPem(await readFile(join(keysDir, 'log.key'), 'utf8'));
      const signer = ed25519NoteSigner(cp0.origin, pair.seed, pair.publicKey);
      const note = signCheckpoint({ ...cp0, extensions: [formatMapLine(mapRootHash(tree))] }, signer);
      await store.db.put(checkpointKey(stored.size), utf8(note));
    }
    await store.close();
    expect(decodeMapValue(before.value).count).to.be.lessThan(decodeMapValue(last.value).count);
    expect(encodeMapValue(decodeMapValue(before.value))).to.deep.equal(before.value);
    return dir;
  }

  it('custos audit passes an honest store, rebuilding the map and comparing every checkpoint', async () => {
    const r = await runCli(['--json', 'audit', '--data-dir', pristine], auditEnv(pristine));
    expect(r.code, r.stdout + r.stderr).to.equal(0);
    const report = r.json<{ map: { ok: boolean; checkpoints: number; subjects: number; entries: number } }>();
    expect(report.map.ok).to.equal(true);
    expect(report.map.checkpoints).to.be.greaterThan(10);
    expect(report.map.subjects).to.be.greaterThan(5);
  });

  it("catches a store whose map record of one item's head was altered: custos audit names it, and the service refuses the store", async () => {
    const dir = await alteredStore(false);
    const r = await runCli(['audit', '--data-dir', dir], auditEnv(dir));
    expect(r.code).to.equal(EXIT.notVerified);
    expect(r.stdout).to.match(/map record \d+: map_altered: the store says the subject's head is #\d+/);
    expect(r.stdout).to.match(
      /shard head \d+ at size \d+: map_altered: it is not the shard head the entries give/,
    );
    expect(r.stdout).to.match(/AUDIT FAILED/);
    let refused: Error | undefined;
    await openService({ ...config, dataDir: dir, port: 0 }).catch((e: Error) => {
      refused = e;
    });
    expect(refused?.message).to.match(
      /history map records \(shard heads\) give root .* but the checkpoint signed/,
    );
  });

  it('catches a value record altered alone: custos audit names it, while the service opens and proves from the intact shard heads', async () => {
    const dir = await alteredStore(false, false);
    const r = await runCli(['audit', '--data-dir', dir], auditEnv(dir));
    expect(r.code).to.equal(EXIT.notVerified);
    expect(r.stdout).to.match(/map record \d+: map_altered/);
    expect(r.stdout).to.not.match(/shard head/);
    const run = await startService({ dataDir: dir, keysDir });
    try {
      const c = LedgerClient.asAdminOf(run);
      const bundle = (await c.get(`/v1/items/${STORY.image}/bundle`, 'admin')).json() as Bundle;
      const logKey = (await readFile(join(keysDir, 'log.vkey'), 'utf8')).trim();
      expect(verifyBundle(bundle, { logKey }).verdict).to.equal('verified');
    } finally {
      await run.service.close();
    }
  });

  it('catches a log that signed a map disagreeing with its entries: the monitor over HTTP, the audit, and the verifier of its bundles', async () => {
    const dir = await alteredStore(true);
    const audit = await runCli(['audit', '--data-dir', dir], auditEnv(dir));
    expect(audit.stdout)
      .to.match(/map_root_mismatch/)
      .and.match(/map_altered/);
    const run = await startService({ dataDir: dir, keysDir });
    try {
      const c = LedgerClient.asAdminOf(run);
      const env = {
        CUSTOS_URL: run.base,
        CUSTOS_ACTOR: 'admin',
        CUSTOS_KEY: join(keysDir, 'admin.key'),
        CUSTOS_CONFIG: join(dir, 'monitor.json'),
        CUSTOS_LOG_KEY: join(keysDir, 'log.vkey'),
      };
      const monitor = await runCli(['monitor'], env);
      expect(monitor.code, monitor.stdout + monitor.stderr).to.equal(EXIT.notVerified);
      expect(monitor.stdout).to.match(/THE LOG'S MAP DISAGREES WITH ITS ENTRIES at size \d+/);
      const bundle = (await c.get(`/v1/items/${STORY.image}/bundle`, 'admin')).json() as Bundle;
      const result = verifyBundle(bundle, {
        logKey: (await readFile(join(keysDir, 'log.vkey'), 'utf8')).trim(),
      });
      expect(result.verdict).to.equal('failed');
      const failed = result.checks.filter((x) => x.id === 'completeness' && x.status === 'fail');
      expect(failed.map((x) => x.detail).join('\n')).to.include(
        `item ${STORY.image} is not shown complete: the log holds`,
      );
    } finally {
      await run.service.close();
    }
  });

  it('custos monitor agrees with an honest log', async () => {
    const dir = join(await tempDir('custos-map'), 'data');
    await cp(pristine, dir, { recursive: true });
    const run = await startService({ dataDir: dir, keysDir });
    try {
      const monitor = await runCli(['monitor'], {
        CUSTOS_URL: run.base,
        CUSTOS_ACTOR: 'admin',
        CUSTOS_KEY: join(keysDir, 'admin.key'),
        CUSTOS_CONFIG: join(dir, 'monitor.json'),
        CUSTOS_LOG_KEY: join(keysDir, 'log.vkey'),
      });
      expect(monitor.code, monitor.stdout + monitor.stderr).to.equal(0);
      expect(monitor.stdout).to.match(
        /^map consistent: the history map the log signed at size \d+ is the one its \d+ entries give/,
      );
    } finally {
      await run.service.close();
    }
  });
});
