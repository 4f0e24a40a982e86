/**
 * Whether a bundle includes its item's derivatives is taken from its signed entries, not only
 * from the unsigned `subject.derivatives` flag (docs/bundle.md §4, step 10): a forwarder who
 * drops a derived registration and clears the flag does not get a bundle that verifies complete
 * while showing the other derivatives as the item's. Found by review (b9c71e7).
 */
import { expect } from 'chai';
import { translator } from '../../../src/core/i18n/translator.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { type TrustPolicy, verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { completenessMessage } from '../../../src/core/verify/verify-completeness.ts';
import { buildReportModel } from '../../../src/report/report-model.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import {
  DERIVED,
  type DerivedStory,
  recordDerivedStory,
  withoutItems,
} from '../../support/registered-derivatives.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs } from '../../support/temp-dir.ts';

/** The flag cleared and the `derivatives` proofs left out, as a forwarder hiding them would. */
function flagCleared(bundle: Bundle): Bundle {
  const cut = structuredClone(bundle);
  cut.subject = { ...cut.subject, derivatives: false };
  cut.completeness!.subjects = cut.completeness!.subjects.filter((s) => s.kind !== 'derivatives');
  return cut;
}

const completeness = (r: ReturnType<typeof verifyBundle>) =>
  JSON.stringify(r.checks.filter((c) => c.id === 'completeness'));

describe('a bundle whose derivatives flag a forwarder cleared', function () {
  this.timeout(120_000);
  let run: RunningService;
  let trust: TrustPolicy;
  let story: DerivedStory;
  let without: Bundle;

  before(async () => {
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    story = await recordDerivedStory(c);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    without = (await c.get(`/v1/items/${DERIVED.disk}/bundle`, 'fr-inv')).json() as Bundle;
  });
  after(async () => {
    await run?.service.close();
    await removeTempDirs();
  });

  it('does not call it complete with a derived registration dropped whole', () => {
    // As exported: the cut alone fails (test/core/verify/registered-derivatives.test.ts).
    expect(verifyBundle(withoutItems(story.bundle, DERIVED.second), trust).verdict).to.equal('failed');
    const cut = flagCleared(withoutItems(story.bundle, DERIVED.second));
    const r = verifyBundle(cut, trust);
    const disk = r.items.find((i) => i.id === DERIVED.disk)!;
    // What the reader is shown: the disk's derivatives, as if these were all of them...
    expect(disk.derivatives).to.include(DERIVED.extract).and.not.include(DERIVED.second);
    // ...so the history of them must not be called verified and complete.
    const claimed = r.verdict === 'verified' && completenessMessage(r) !== undefined;
    expect(claimed, completeness(r)).to.equal(false);
    expect(r.derivativesIncluded).to.equal(true);
  });

  it('judges the derivatives it holds as claimed: all of them, proofs and all, verify complete', () => {
    const cleared = structuredClone(story.bundle);
    cleared.subject = { ...cleared.subject, derivatives: false };
    const r = verifyBundle(cleared, trust);
    expect(r.verdict, completeness(r)).to.equal('verified');
    expect(completenessMessage(r), completeness(r)).to.not.equal(undefined);
    expect(r.derivativesIncluded).to.equal(true);
  });

  it('fails without the proofs of the derivatives it holds, even with nothing dropped', () => {
    const r = verifyBundle(flagCleared(story.bundle), trust);
    expect(r.verdict).to.equal('failed');
    expect(completeness(r)).to.include(`derivatives of item ${DERIVED.disk}`);
  });

  it('leaves a bundle exported without derivatives complete, and says they are not included', () => {
    expect(without.subject.derivatives).to.equal(false);
    const r = verifyBundle(without, trust);
    expect(r.verdict, completeness(r)).to.equal('verified');
    expect(completenessMessage(r)).to.not.equal(undefined);
    expect(r.derivativesIncluded).to.equal(false);
  });

  it('says in the report, in each language, that the derivatives are included when the flag says not', () => {
    const meta = { generatedAt: '2026-12-03T00:00:00.000Z', bundleSha256: '0'.repeat(64) };
    const row = (b: Bundle, language: 'en' | 'fr') => {
      const tr = translator([language]);
      const model = buildReportModel(b, verifyBundle(b, trust), meta, tr);
      return model.summary.find((f) => f.label === tr.t('report.derivatives'))?.value;
    };
    const cleared = structuredClone(story.bundle);
    cleared.subject = { ...cleared.subject, derivatives: false };
    expect(row(cleared, 'en')).to.equal('included, checked with the item’s');
    expect(row(cleared, 'fr')).to.equal('inclus, vérifiés avec celui de l’élément');
    // A genuine bundle's flag says it already: the pages of reports already made stay the same.
    expect(row(story.bundle, 'en')).to.equal(undefined);
    expect(row(without, 'en')).to.equal(undefined);
  });
});
