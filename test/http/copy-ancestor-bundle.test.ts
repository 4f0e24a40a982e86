/**
 * A copy's court bundle carries its original as it stands while the copy is held
 * (docs/bundle.md §3): a hold or preservation placed on the original after the copy binds the
 * copy, and the offline verifier must reach the server's verdict from the bundle alone; one
 * lifted after the copy no longer binds it. The original's history is then proven complete.
 */
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { type TrustPolicy, verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';
import { withoutLast } from '../support/truncated-bundles.ts';

const CASE = 'fr-inv~c1';
const DISK = 'fr-inv~disk';
const IMAGE = 'fr-inv~image';
const OTHER = 'fr-inv~disk-2';
const OTHER_IMAGE = 'fr-inv~image-2';

describe("a copy's bundle and its original's later holds and preservations", function () {
  this.timeout(120_000);
  let run: RunningService;
  let c: LedgerClient;
  let trust: TrustPolicy;
  const event = async (item: string, fields: Record<string, unknown>) =>
    c.post(
      'custody.event',
      { item, prev: await c.prev(item, 'fr-inv'), occurredAt: now(), ...fields },
      'fr-inv',
    );
  const copy = (from: string, to: string) =>
    event(from, {
      type: 'copied',
      derivative: {
        id: to,
        description: 'image',
        mediaType: 'application/octet-stream',
        size: 10,
        digests: { sha256: 'b'.repeat(64) },
      },
      tool: { name: 'dd', version: '9.4' },
      method: 'image',
    });
  const bundleOf = async (item: string) =>
    (await c.get(`/v1/items/${item}/bundle`, 'fr-inv')).json() as Bundle;
  const ofDisk = (item: string) => (e: Record<string, unknown>) =>
    (e.payload as { item?: string; id?: string }).item === item || (e.payload as { id?: string }).id === item;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    await c.register('fr-inv', ['investigator']);
    await c.openCase(CASE, 'fr-inv');
    await c.seize(DISK, CASE, 'fr-inv');
    await c.seize(OTHER, CASE, 'fr-inv');
  });

  after(async () => {
    await run?.service.close();
    await removeTempDirs();
  });

  it('shows a hold and a preservation placed on the original after the copy, as the server enforces them', async () => {
    expect((await copy(DISK, IMAGE)).status).to.be.lessThan(300);
    expect(
      (await event(DISK, { type: 'hold-placed', reference: 'COURT-7', reason: 'trial' })).status,
    ).to.be.lessThan(300);
    const until = `${new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 19)}Z`;
    expect((await event(DISK, { type: 'preserved', order: 'PO-9', until })).status).to.be.lessThan(300);
    const destroy = await event(IMAGE, { type: 'destroyed', method: 'wiped', authorisation: 'x' });
    expect(destroy.status).to.equal(422);
    expect((destroy.json() as { code: string }).code).to.equal('under_hold');

    const bundle = await bundleOf(IMAGE);
    const result = verifyBundle(bundle, trust);
    expect(result.verdict, JSON.stringify(result.checks.filter((k) => k.status === 'fail'))).to.equal(
      'verified',
    );
    const image = result.items.find((i) => i.id === IMAGE);
    expect(image?.legalHold).to.deep.equal({
      on: `item ${DISK}`,
      reference: 'COURT-7',
      onKind: 'item',
      onId: DISK,
    });
    const disk = result.items.find((i) => i.id === DISK);
    expect(disk?.preservation?.order).to.equal('PO-9');
    const diskTypes = bundle.entries
      .map((e) => e.entry.payload as { item?: string; type?: string })
      .filter((p) => p.item === DISK)
      .map((p) => p.type);
    expect(diskTypes).to.deep.equal(['copied', 'hold-placed', 'preserved']);
    expect(bundle.completeness?.subjects.map((s) => `${s.kind}:${s.id}`)).to.include(`item:${DISK}`);
  });

  it("fails the copy's bundle that leaves out the original's latest entry", async () => {
    const cut = withoutLast(await bundleOf(IMAGE), ofDisk(DISK));
    const result = verifyBundle(cut, trust);
    expect(result.verdict).to.equal('failed');
    const failed = result.checks.find((k) => k.id === 'completeness' && k.status === 'fail');
    expect(failed?.code).to.equal('incomplete_history');
    expect(failed?.detail).to.include(`item ${DISK}`);
  });

  it('shows no hold once the hold on the original is lifted after the copy', async () => {
    expect(
      (await event(OTHER, { type: 'hold-placed', reference: 'COURT-8', reason: 'trial' })).status,
    ).to.be.lessThan(300);
    expect((await copy(OTHER, OTHER_IMAGE)).status).to.be.lessThan(300);
    expect(
      (await event(OTHER, { type: 'hold-lifted', reference: 'COURT-8', reason: 'acquitted' })).status,
    ).to.be.lessThan(300);
    const result = verifyBundle(await bundleOf(OTHER_IMAGE), trust);
    expect(result.verdict).to.equal('verified');
    expect(result.items.find((i) => i.id === OTHER_IMAGE)?.legalHold).to.equal(undefined);
  });

  it("stops the original's history at a destroyed copy's disposal, and does not claim it whole", async () => {
    expect(
      (await event(OTHER_IMAGE, { type: 'destroyed', method: 'wiped', authorisation: 'x' })).status,
    ).to.be.lessThan(300);
    expect(
      (await event(OTHER, { type: 'hold-placed', reference: 'COURT-9', reason: 'retrial' })).status,
    ).to.be.lessThan(300);
    const bundle = await bundleOf(OTHER_IMAGE);
    const result = verifyBundle(bundle, trust);
    expect(result.verdict).to.equal('verified');
    const otherTypes = bundle.entries
      .map((e) => e.entry.payload as { item?: string; type?: string })
      .filter((p) => p.item === OTHER)
      .map((p) => p.type);
    expect(otherTypes).to.deep.equal(['hold-placed', 'copied', 'hold-lifted']);
    expect(bundle.completeness?.subjects.map((s) => `${s.kind}:${s.id}`)).not.to.include(`item:${OTHER}`);
  });
});
