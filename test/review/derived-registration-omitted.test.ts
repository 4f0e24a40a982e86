/**
 * Review: a bundle exported with derivatives, from which someone forwarding it drops a derived
 * registration (evidence.registered with origin.parent) whole, with its completeness proof. The
 * derived item's creation is no entry of the parent's history, so nothing in what remains shows
 * it existed, and the verifier calls the history, derivatives included, complete.
 */
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { type TrustPolicy, verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('review: a derivative made by a derived registration, left out whole', function () {
  this.timeout(120_000);
  let run: RunningService;
  after(async () => {
    await run?.service.close();
    await removeTempDirs();
  });

  it('is not called complete when the bundle says it includes derivatives', async () => {
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    const trust: TrustPolicy = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    await c.register('fr-inv', ['investigator']);
    await c.openCase('fr-inv~c1', 'fr-inv');
    await c.seize('fr-inv~disk', 'fr-inv~c1', 'fr-inv');
    await c.ok(
      'evidence.registered',
      {
        id: 'fr-inv~extract',
        case: 'fr-inv~c1',
        description: 'files carved from the disk',
        mediaType: 'application/zip',
        size: 10,
        digests: { sha256: 'e'.repeat(64) },
        origin: { method: 'derived', parent: 'fr-inv~disk' },
        collectedBy: 'fr-inv',
        collectedAt: new Date().toISOString(),
      },
      'fr-inv',
    );
    const bundle = (await c.get('/v1/items/fr-inv~disk/bundle?derivatives=true', 'fr-inv')).json() as Bundle;
    const isExtract = (e: { entry: unknown }) => JSON.stringify(e.entry).includes('"id":"fr-inv~extract"');
    expect(bundle.entries.some(isExtract), 'the exporter includes the derived registration').to.equal(true);
    const cut = structuredClone(bundle);
    cut.entries = cut.entries.filter((e) => !isExtract(e));
    cut.completeness!.subjects = cut.completeness!.subjects.filter((s) => s.id !== 'fr-inv~extract');
    const result = verifyBundle(cut, trust);
    const completeness = result.checks.filter((x) => x.id === 'completeness');
    console.log(
      result.verdict,
      completeness.map((x) => `${x.status}: ${x.detail}`),
    );
    expect(
      completeness.every((x) => x.status === 'pass'),
      'called complete',
    ).to.equal(false);
  });
});
