/**
 * Review (multi-log bundle): custos-bundle/v3 exists "so that a verifier that predates it refuses
 * the bundle rather than showing this log's part alone as if it were the whole history"
 * (docs/bundle.md), and a v3 bundle lacking an import's part gets a warning. But whoever forwards
 * the bundle can drop `parts` and call it v2: the verifier then shows the importing log's part
 * alone, verified, with nothing saying that the history before the border was carried and is gone.
 */
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { removeTempDirs } from '../support/temp-dir.ts';
import { A_ORIGIN, startTwoLogs, type TwoLogs } from '../support/two-logs.ts';

// biome-ignore lint/suspicious/noExplicitAny: bundles are edited as plain JSON to tamper with them.
type Json = any;

describe('a multi-log bundle whose other log’s part a forwarder dropped', function () {
  this.timeout(300_000);
  let logs: TwoLogs;
  let spanning: Bundle;
  const pinA = (origin: string) => (origin === A_ORIGIN ? { logKey: logs.aKey } : undefined);

  before(async () => {
    logs = await startTwoLogs();
    spanning = logs.spanning;
  });
  after(async () => {
    await logs?.stop();
    await removeTempDirs();
  });

  it('warns that the other log’s part is not carried when a forwarder drops it and calls the bundle v2', () => {
    // The forwarder removes A's part, the history before the border, and renames the format so
    // that no verifier asks for it. The bundle's own entries are untouched.
    const { parts: _dropped, ...rest } = structuredClone(spanning) as Json;
    const downgraded = { ...rest, format: 'custos-bundle/v2' };
    const whole = verifyBundle(spanning, { logKey: logs.bKey, otherLogs: pinA });
    expect(whole.timeline.some((e) => e.log?.origin === A_ORIGIN)).to.equal(true);
    const r = verifyBundle(downgraded, { logKey: logs.bKey, otherLogs: pinA });
    expect(r.verdict).to.equal('verified');
    // As for a v3 bundle that lacks an import's part (docs/bundle.md §4, Parts): a warning.
    const notCarried = r.checks.filter((c) => c.id === 'parts' && c.status === 'warn');
    expect(notCarried, JSON.stringify(r.checks.map((c) => [c.id, c.status]))).to.have.length(1);
  });
});
