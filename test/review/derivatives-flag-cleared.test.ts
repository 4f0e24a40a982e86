/**
 * Review (history map version 3, registered derivatives): the fix catches a derived registration
 * dropped whole only "when the bundle says it includes them" (`subject.derivatives`), and that
 * flag is a member of the unsigned bundle JSON. Whoever forwards a bundle with derivatives can
 * drop one derived registration, clear the flag, and keep the rest: the verifier still shows the
 * other derivatives' entries and lists them as the item's derivatives, says the bundle is
 * verified and complete as of its checkpoint, and nothing it prints says derivatives were not
 * claimed. A bundle that holds derivatives while saying it does not should not verify as a
 * complete history of them (or be judged as including them, which the entries show it does).
 */
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { type TrustPolicy, verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { completenessMessage } from '../../src/core/verify/verify-completeness.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import {
  DERIVED,
  type DerivedStory,
  recordDerivedStory,
  withoutItems,
} from '../support/registered-derivatives.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('review: a bundle with derivatives whose flag a forwarder cleared', function () {
  this.timeout(120_000);
  let run: RunningService;
  let trust: TrustPolicy;
  let story: DerivedStory;

  before(async () => {
    run = await startService();
    story = await recordDerivedStory(LedgerClient.asAdminOf(run));
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
  });
  after(async () => {
    await run?.service.close();
    await removeTempDirs();
  });

  it('does not call it complete with a derived registration dropped whole', () => {
    // As exported: the cut alone fails (test/core/verify/registered-derivatives.test.ts).
    expect(verifyBundle(withoutItems(story.bundle, DERIVED.second), trust).verdict).to.equal('failed');
    const cut: Bundle = withoutItems(story.bundle, DERIVED.second);
    cut.subject = { ...cut.subject, derivatives: false };
    cut.completeness!.subjects = cut.completeness!.subjects.filter((s) => s.kind !== 'derivatives');
    const r = verifyBundle(cut, trust);
    const disk = r.items.find((i) => i.id === DERIVED.disk)!;
    // What the reader is shown: the disk's derivatives, as if these were all of them...
    expect(disk.derivatives).to.include(DERIVED.extract).and.not.include(DERIVED.second);
    // ...so the history of them must not be called verified and complete.
    const claimed = r.verdict === 'verified' && completenessMessage(r) !== undefined;
    expect(claimed, JSON.stringify(r.checks.filter((c) => c.id === 'completeness'))).to.equal(false);
  });
});
