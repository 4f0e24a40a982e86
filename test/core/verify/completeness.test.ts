import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { type TrustPolicy, verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../../src/report/node-font-source.ts';
import { renderReportPdf } from '../../../src/report/report-pdf.ts';
import { runCli } from '../../support/cli-runner.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../../support/temp-dir.ts';
import { recordTruncationStory, type TruncationStory } from '../../support/truncated-bundles.ts';

describe('histories proven complete (history map proofs in court bundles)', function () {
  this.timeout(120_000);
  let run: RunningService;
  let trust: TrustPolicy;
  let story: TruncationStory;

  before(async () => {
    run = await startService();
    story = await recordTruncationStory(LedgerClient.asAdminOf(run));
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  const completeness = (b: Bundle) => verifyBundle(b, trust).checks.filter((c) => c.id === 'completeness');

  it('proves every history a bundle carries complete as of its checkpoint: item, derivative, case, request, actors', () => {
    for (const bundle of [story.image, story.phoneWithDerivatives]) {
      const result = verifyBundle(bundle, trust);
      expect(result.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
      const [check] = completeness(bundle);
      expect(check?.status).to.equal('pass');
      expect(check?.detail).to.include(`(size ${result.checkpoint!.size})`);
      expect(check?.detail)
        .to.include(`actor ${story.examiner}`)
        .and.include('case ')
        .and.include('request ');
    }
    expect(completeness(story.phoneWithDerivatives)[0]!.detail).to.include('item fr-lab~phone-7-ffs');
  });

  for (const index of [0, 1, 2, 3, 4, 5, 6]) {
    it(`fails a bundle with ${['its last entry removed', 'its last two entries removed', "a derivative's last entry removed", "an actor's revocation removed", 'no completeness proof', 'a derivative left out whole', 'a derivative and its proof left out whole'][index]}, naming whose history is incomplete`, () => {
      const c = story.cases[index]!;
      const result = verifyBundle(c.bundle, trust);
      expect(result.verdict).to.equal('failed');
      const failed = completeness(c.bundle).filter((x) => x.status === 'fail');
      expect(failed.map((x) => x.detail).join('\n')).to.include(c.names);
    });
  }

  it('fails a bundle whose completeness proof for a subject was removed, or altered', () => {
    const dropped = structuredClone(story.image);
    dropped.completeness!.subjects = dropped.completeness!.subjects.filter((s) => s.kind !== 'item');
    expect(
      completeness(dropped)
        .map((c) => c.detail)
        .join('\n'),
    ).to.match(/item fr-lab~phone-7-ffs is not shown complete: the bundle has no completeness proof/);
    const altered = structuredClone(story.image);
    const found = altered.completeness!.subjects.find((s) => s.kind === 'item')!;
    if (!('proof' in found)) throw new Error('the item has a proof');
    const proof = found.proof;
    proof.leaf!.count -= 1;
    expect(
      completeness(altered)
        .map((c) => c.detail)
        .join('\n'),
    ).to.match(/does not match the checkpoint/);
  });

  it('custos verify says "complete as of checkpoint … (size S)", and fails each truncated bundle naming the item or actor', async () => {
    const dir = await tempDir('custos-complete');
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify(story.image));
    const ok = await runCli(['verify', good, '--log-key', trust.logKey]);
    expect(ok.code, ok.stderr).to.equal(0);
    expect(ok.stdout).to.match(
      /^VERIFIED: the history of fr-lab~phone-7-ffs checks out, complete as of checkpoint \S+… \(size \d+\)/,
    );
    for (const [i, c] of story.cases.entries()) {
      const file = join(dir, `cut-${i}.json`);
      await writeFile(file, JSON.stringify(c.bundle));
      const r = await runCli(['verify', file, '--log-key', trust.logKey]);
      expect(r.code, c.name).to.not.equal(0);
      expect(r.stdout, c.name).to.match(/^FAILED/);
      expect(r.stdout, c.name).to.match(
        new RegExp(`\\[FAIL\\] completeness: .*${c.names.replace('~', '.')}`),
      );
    }
  });

  it('custos verify fails a report PDF whose attached bundle was cut at the end of a history, naming the item', async () => {
    const dir = await tempDir('custos-complete-pdf');
    const cut = story.cases[1]!.bundle;
    const bytes = new TextEncoder().encode(JSON.stringify(cut));
    const pdf = await renderReportPdf(
      cut,
      bytes,
      verifyBundle(cut, trust),
      {
        bundleSha256: createHash('sha256').update(bytes).digest('hex'),
        generatedAt: new Date().toISOString(),
      },
      nodeFontSource,
    );
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const r = await runCli(['verify', file, '--log-key', trust.logKey]);
    expect(r.code).to.not.equal(0);
    expect(r.stdout).to.match(/^FAILED/);
    expect(r.stdout).to.match(
      /\[FAIL\] completeness: the history of item fr-lab~phone-7-ffs is not shown complete/,
    );
  });
});
