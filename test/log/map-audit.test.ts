/**
 * The history map against its own log: a store whose map is altered on disk (one item's head
 * changed, or the count of what was registered as derived from an item) is caught by `custos
 * audit` and refused at start-up; a log that signs such a map is
 * caught by `custos monitor`, which recomputes the map from the entries over HTTP, and a bundle it
 * serves is caught by the verifier.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { EXIT } from '../../src/cli/exit-codes.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { mapKey } from '../../src/core/map/map-hash.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { openService } from '../../src/service.ts';
import { storeWithAlteredMapKey } from '../support/altered-map.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { DERIVED, recordDerivedStory } from '../support/registered-derivatives.ts';
import { startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('history map audit and monitor', function () {
  this.timeout(180_000);
  let pristine: string;
  let keysDir: string;
  let config: Awaited<ReturnType<typeof startService>>['config'];

  before(async () => {
    const run = await startService();
    const c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    await recordDerivedStory(c, { investigatorRegistered: true });
    await run.service.close();
    ({ config } = run);
    pristine = run.config.dataDir;
    keysDir = run.config.keysDir;
  });

  after(removeTempDirs);

  const auditEnv = (dir: string) => ({ CUSTOS_KEYS_DIR: keysDir, CUSTOS_CONFIG: join(dir, 'none.json') });

  /** The image's head changed on disk (test/support/altered-map.ts). */
  const alteredStore = (resign: boolean, withHead = true) =>
    storeWithAlteredMapKey(pristine, keysDir, mapKey('item', STORY.image), { resign, withHead });
  /** The disk's derivatives key says one item was registered from it, where the entries say two. */
  const alteredDerivatives = (resign: boolean) =>
    storeWithAlteredMapKey(pristine, keysDir, mapKey('derivatives', DERIVED.disk), { resign });
  /** The service does not open a store whose shard heads give another root than the checkpoint signed. */
  async function expectRefusedAtStart(dir: string): Promise<void> {
    let refused: Error | undefined;
    await openService({ ...config, dataDir: dir, port: 0 }).catch((e: Error) => {
      refused = e;
    });
    expect(refused?.message).to.match(
      /history map records \(shard heads\) give root .* but the checkpoint signed/,
    );
  }
  /**
   * A store whose log signed a map disagreeing with its entries: the audit and `custos monitor`
   * (over HTTP, from the entries alone) must say so; the bundle the service then serves at `path`,
   * verified, is returned.
   */
  async function caughtSigning(dir: string, path: string): Promise<ReturnType<typeof verifyBundle>> {
    const audit = await runCli(['audit', '--data-dir', dir], auditEnv(dir));
    expect(audit.stdout)
      .to.match(/map_root_mismatch/)
      .and.match(/map_altered/);
    const run = await startService({ dataDir: dir, keysDir });
    try {
      const monitor = await monitorOf(run.base, dir);
      expect(monitor.code, monitor.stdout + monitor.stderr).to.equal(EXIT.notVerified);
      expect(monitor.stdout).to.match(/THE LOG'S MAP DISAGREES WITH ITS ENTRIES at size \d+/);
      const bundle = (await LedgerClient.asAdminOf(run).get(path, 'admin')).json() as Bundle;
      return verifyBundle(bundle, { logKey: (await readFile(join(keysDir, 'log.vkey'), 'utf8')).trim() });
    } finally {
      await run.service.close();
    }
  }
  const monitorOf = (base: string, dir: string) =>
    runCli(['monitor'], {
      CUSTOS_URL: base,
      CUSTOS_ACTOR: 'admin',
      CUSTOS_KEY: join(keysDir, 'admin.key'),
      CUSTOS_CONFIG: join(dir, 'monitor.json'),
      CUSTOS_LOG_KEY: join(keysDir, 'log.vkey'),
    });

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
    await expectRefusedAtStart(dir);
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
    const result = await caughtSigning(await alteredStore(true), `/v1/items/${STORY.image}/bundle`);
    expect(result.verdict).to.equal('failed');
    const failed = result.checks.filter((x) => x.id === 'completeness' && x.status === 'fail');
    expect(failed.map((x) => x.detail).join('\n')).to.include(
      `item ${STORY.image} is not shown complete: the log holds`,
    );
  });

  it('custos monitor agrees with an honest log', async () => {
    const dir = join(await tempDir('custos-map'), 'data');
    await cp(pristine, dir, { recursive: true });
    const run = await startService({ dataDir: dir, keysDir });
    try {
      const monitor = await monitorOf(run.base, dir);
      expect(monitor.code, monitor.stdout + monitor.stderr).to.equal(0);
      expect(monitor.stdout).to.match(
        /^map consistent: the history map the log signed at size \d+ is the one its \d+ entries give/,
      );
    } finally {
      await run.service.close();
    }
  });
  it("catches a store whose map record of an item's registered derivatives was altered: custos audit names it, and the service refuses the store", async () => {
    const dir = await alteredDerivatives(false);
    const r = await runCli(['audit', '--data-dir', dir], auditEnv(dir));
    expect(r.code).to.equal(EXIT.notVerified);
    expect(r.stdout).to.match(
      /map record \d+: map_altered: the store says the subject's head is #\d+ \(1 entries\); its entries say #\d+ \(2\)/,
    );
    expect(r.stdout).to.match(/shard head \d+ at size \d+: map_altered/);
    await expectRefusedAtStart(dir);
  });

  it("catches a log that signed a map hiding an item's registered derivative: the monitor, the audit, and the verifier naming the parent", async () => {
    const result = await caughtSigning(
      await alteredDerivatives(true),
      `/v1/items/${DERIVED.disk}/bundle?derivatives=true`,
    );
    expect(result.verdict).to.equal('failed');
    const failed = result.checks.filter((x) => x.id === 'completeness' && x.status === 'fail');
    expect(failed.map((x) => x.detail).join('\n')).to.match(
      new RegExp(
        `items derived from item ${DERIVED.disk} is not shown complete: the log holds 1, the latest #\\d+; the bundle has 2 entries`,
      ),
    );
  });
});
