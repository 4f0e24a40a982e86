/**
 * Completeness of the items registered as derived from an item (issue 23, review finding): a
 * derived registration starts the child's history and adds nothing to its parent's, so the map
 * counts them under the parent's `derivatives` key (docs/formats.md, History map), and a bundle
 * with derivatives proves that key for every item whose derivatives it includes. One dropped
 * whole fails in the core verifier and in `custos verify`, naming the parent.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { EXIT } from '../../../src/cli/exit-codes.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { parseCheckpoint } from '../../../src/core/log/checkpoint.ts';
import { mapKey } from '../../../src/core/map/map-hash.ts';
import { checkpointMapRoot } from '../../../src/core/map/map-line.ts';
import { verifyMapProof } from '../../../src/core/map/map-proof.ts';
import { type TrustPolicy, verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { completenessVerdict } from '../../../src/core/verify/verify-completeness.ts';
import { runCli } from '../../support/cli-runner.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import {
  DERIVED,
  type DerivedStory,
  recordDerivedStory,
  registerDerived,
  withoutItems,
} from '../../support/registered-derivatives.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../../support/temp-dir.ts';

describe('items registered as derived from an item, proven complete in bundles with derivatives', function () {
  this.timeout(120_000);
  let run: RunningService;
  let client: LedgerClient;
  let trust: TrustPolicy;
  let story: DerivedStory;

  before(async () => {
    run = await startService();
    client = LedgerClient.asAdminOf(run);
    story = await recordDerivedStory(client);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
  });

  after(async () => {
    await run?.service.close();
    await removeTempDirs();
  });

  const completeness = (b: Bundle) => verifyBundle(b, trust).checks.filter((c) => c.id === 'completeness');
  const proofOf = (b: Bundle, id: string) => {
    const s = b.completeness!.subjects.find((x) => x.kind === 'derivatives' && x.id === id);
    if (!s || !('proof' in s)) throw new Error(`no derivatives proof for ${id}`);
    return s.proof;
  };
  const checkpointOf = (b: Bundle) =>
    parseCheckpoint(b.checkpoint.slice(0, b.checkpoint.indexOf('\n\n') + 1));

  it('proves what was registered from the item and from each derivative, with no note on a new log', () => {
    const result = verifyBundle(story.bundle, trust);
    expect(result.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
    expect(result.verdict).to.equal('verified');
    const checks = completeness(story.bundle);
    expect(checks.map((c) => c.status)).to.deep.equal(['pass']);
    expect(checks[0]!.detail)
      .to.include(`derivatives ${DERIVED.disk} (2)`)
      .and.include(`derivatives ${DERIVED.extract} (1)`)
      .and.include(`derivatives ${DERIVED.carved} (0)`);
    const root = checkpointMapRoot(checkpointOf(story.bundle))!;
    const value = verifyMapProof(
      root,
      mapKey('derivatives', DERIVED.disk),
      proofOf(story.bundle, DERIVED.disk),
    );
    expect(value?.count).to.equal(2);
  });

  for (const index of [0, 1, 2, 3])
    it(`fails a bundle with ${['the latest item registered from it left out whole', 'an earlier one left out whole, with its own derivative', 'an item registered from a derivative left out whole', 'the proof of what was registered from it left out'][index]}, naming the parent`, () => {
      const c = story.cuts[index]!;
      expect(verifyBundle(c.bundle, trust).verdict, c.name).to.equal('failed');
      const failed = completeness(c.bundle).filter((x) => x.status === 'fail');
      expect(failed.map((x) => x.detail).join('\n'), c.name).to.include(c.names);
    });

  it('names an item whose registered derivatives are declared withheld, as a warning, and then claims no completeness', () => {
    const declared = structuredClone(story.bundle);
    declared.completeness!.subjects = declared.completeness!.subjects.map((s) =>
      s.kind === 'derivatives' && s.id === DERIVED.disk
        ? { kind: s.kind, id: s.id, withheld: true as const }
        : s,
    );
    const result = verifyBundle(declared, trust);
    const warned = result.checks.filter((c) => c.id === 'completeness' && c.status === 'warn');
    expect(warned.map((c) => c.detail)).to.deep.equal([
      `not every item registered as derived from item ${DERIVED.disk} is in this bundle: its exporter may not read some of them, so they are not shown complete (ask their holder for their own bundle)`,
    ]);
    expect(completenessVerdict(result)).to.equal(undefined);
  });

  it('proves by absence that nothing was registered from an item; the same proof fails once something is', async () => {
    const result = verifyBundle(story.lone, trust);
    expect(result.verdict).to.equal('verified');
    expect(completeness(story.lone)[0]!.detail).to.include(`derivatives ${DERIVED.lone} (0)`);
    const absence = proofOf(story.lone, DERIVED.lone);
    const key = mapKey('derivatives', DERIVED.lone);
    expect(verifyMapProof(checkpointMapRoot(checkpointOf(story.lone))!, key, absence)).to.equal(undefined);

    await registerDerived(client, 'fr-inv~lone-copy', DERIVED.lone);
    const later = (
      await client.get(`/v1/items/${DERIVED.lone}/bundle?derivatives=true`, 'fr-inv')
    ).json() as Bundle;
    const laterRoot = checkpointMapRoot(checkpointOf(later))!;
    expect(() => verifyMapProof(laterRoot, key, absence)).to.throw();
    expect(verifyMapProof(laterRoot, key, proofOf(later, DERIVED.lone))?.count).to.equal(1);
    // Swapping the old absence proof into the later bundle, with the registration dropped, fails too.
    const swapped = withoutItems(later, 'fr-inv~lone-copy');
    const subject = swapped.completeness!.subjects.find(
      (s) => s.kind === 'derivatives' && s.id === DERIVED.lone,
    )!;
    Object.assign(subject, { proof: structuredClone(absence) });
    expect(
      completeness(swapped)
        .map((c) => c.detail)
        .join('\n'),
    ).to.match(
      new RegExp(
        `items derived from item ${DERIVED.lone} is not shown complete: its history map proof does not match the checkpoint`,
      ),
    );
  });

  it('custos verify fails each cut bundle naming the parent, and says the honest one is complete', async () => {
    const dir = await tempDir('custos-derived');
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify(story.bundle));
    const ok = await runCli(['verify', good, '--log-key', trust.logKey]);
    expect(ok.code, ok.stdout + ok.stderr).to.equal(0);
    expect(ok.stdout).to.match(/^VERIFIED: .*complete as of checkpoint \S+… \(size \d+\)/);
    for (const [i, c] of story.cuts.entries()) {
      const file = join(dir, `cut-${i}.json`);
      await writeFile(file, JSON.stringify(c.bundle));
      const r = await runCli(['verify', file, '--log-key', trust.logKey]);
      expect(r.code, c.name).to.equal(EXIT.notVerified);
      expect(r.stdout, c.name).to.match(/^FAILED/);
      expect(r.stdout, c.name).to.include(`[FAIL] completeness: ${c.names}`);
    }
  });
});
