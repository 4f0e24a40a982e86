import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { fromBase64, toBase64, utf8 } from '../../../src/core/encoding.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { timestampRequest } from '../../../src/core/timestamp/rfc3161.ts';
import { certificatesFromPem } from '../../../src/core/timestamp/verify-token.ts';
import { type TrustPolicy, verifyBundleWithTime } from '../../../src/core/verify/verify-bundle.ts';
import { recordCrossBorderStory, STORY } from '../../support/cross-border-story.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs } from '../../support/temp-dir.ts';
import { TestTsa } from '../../support/tsa-fixture.ts';

describe('time bounds in court bundles: RFC 3161 tokens checked offline', function () {
  this.timeout(120_000);
  let tsa: TestTsa;
  let other: TestTsa;
  let run: RunningService;
  let bundle: Bundle;
  let trust: TrustPolicy;
  const clone = () => structuredClone(bundle);
  const failures = async (b: unknown, t = trust) =>
    (await verifyBundleWithTime(b, t)).checks.filter((c) => c.status === 'fail');
  const codes = async (b: unknown, t = trust) => [...new Set((await failures(b, t)).map((c) => c.code))];

  before(async () => {
    tsa = await TestTsa.create();
    other = await TestTsa.create('Unpinned TSA');
    await tsa.start();
    run = await startService({ tsaUrls: tsa.url, tsaIntervalMs: 100 });
    const c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    bundle = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json() as Bundle;
    trust = {
      logKey: (await httpGet(run.base, '/log/key')).text.trim(),
      tsa: {
        roots: [{ name: 'Test TSA root', der: certificatesFromPem(await tsa.rootPem())[0]! }],
        required: 1,
      },
    };
  });
  after(async () => {
    await run.service.close();
    await tsa.stop();
    await removeTempDirs();
  });

  it('dates every event: "logged no later than" from a verified token, never before its loggedAt', async () => {
    const result = await verifyBundleWithTime(bundle, trust);
    expect(result.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
    expect(result.verdict).to.equal('verified');
    expect(result.checks.find((c) => c.id === 'time')).to.include({ status: 'pass' });
    expect(result.timeline.length).to.be.greaterThan(3);
    for (const event of result.timeline) {
      expect(event.loggedNoLaterThan, `event ${event.index}`).to.not.equal(undefined);
      expect(event.loggedNoLaterThan).to.include({ source: 'TSA Custos Test TSA', root: 'Test TSA root' });
      expect(Date.parse(event.loggedNoLaterThan!.at)).to.be.at.least(Date.parse(event.loggedAt));
    }
    // The bundle's own checkpoint is timestamped too.
    const size = Number(bundle.checkpoint.split('\n')[1]);
    const anchorSizes = bundle.time!.anchors.map((a) => Number(a.checkpoint.split('\n')[1]));
    expect(anchorSizes.some((s) => s >= size)).to.equal(true);
  });

  it('fails a token over other data', async () => {
    const b = clone();
    const forged = await tsa.answer(
      timestampRequest(utf8('some other checkpoint\n'), new Uint8Array(randomBytes(8))).der,
    );
    b.time!.anchors[0]!.timestamps = [toBase64(forged)];
    expect(await codes(b)).to.include('tsa_imprint_mismatch');
  });

  it('fails a token by a TSA that is not pinned', async () => {
    const b = clone();
    const anchor = b.time!.anchors[0]!;
    const reply = await other.answer(
      timestampRequest(utf8(anchor.checkpoint), new Uint8Array(randomBytes(8))).der,
    );
    anchor.timestamps = [toBase64(reply)];
    expect(await codes(b)).to.include('tsa_untrusted');
  });

  it('fails tokens by an expired or a wrong-purpose certificate', async () => {
    const anchorNote = utf8(bundle.time!.anchors[0]!.checkpoint);
    const expired = await tsa.answer(
      timestampRequest(anchorNote, new Uint8Array(randomBytes(8))).der,
      'expired',
    );
    const wrong = await tsa.resignWithWrongPurpose(fromBase64(bundle.time!.anchors[0]!.timestamps[0]!));
    for (const token of [expired, wrong]) {
      const b = clone();
      b.time!.anchors[0]!.timestamps = [toBase64(token)];
      const failed = await failures(b);
      expect(failed.map((c) => c.code)).to.include('tsa_bad_certificate');
    }
  });

  it('fails when the policy requires a token and an entry has none', async () => {
    const b = clone();
    for (const a of b.time!.anchors) a.timestamps = [];
    expect(await codes(b)).to.deep.equal(['tsa_missing']);
    delete (b as { time?: unknown }).time;
    expect(await codes(b)).to.deep.equal(['tsa_missing']);
  });

  it('fails an anchor that is not the log’s checkpoint, or not consistent with the bundle’s', async () => {
    const b = clone();
    const a = b.time!.anchors[0]!;
    a.checkpoint = a.checkpoint.replace(/\n(\d+)\n/, (_, n) => `\n${Number(n) + 1}\n`);
    expect(await codes(b)).to.include('bad_signature');
    const c2 = clone();
    const first = c2.time!.anchors.find((x) => x.consistency.length > 0)!;
    first.consistency[0] = toBase64(new Uint8Array(32));
    expect(await codes(c2)).to.include('bad_proof');
  });

  it('fails a log whose loggedAt is later than a verified TSA time (a log clock that lies)', async () => {
    const ahead = await startService(
      { tsaUrls: tsa.url, tsaIntervalMs: 100 },
      { now: () => Date.now() + 3_600_000 },
    );
    try {
      const c = LedgerClient.asAdminOf(ahead);
      await recordCrossBorderStory(c);
      const b = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json() as Bundle;
      const t = { ...trust, logKey: (await httpGet(ahead.base, '/log/key')).text.trim() };
      const failed = (await failures(b, t)).filter((f) => f.code === 'time_contradiction');
      expect(failed.length).to.be.greaterThan(0);
      expect(failed[0]!.detail).to.match(
        /says it was logged at .* but checkpoint \d+, which contains it, existed by .*TSA Custos Test TSA/,
      );
    } finally {
      await ahead.service.close();
    }
  });
});
