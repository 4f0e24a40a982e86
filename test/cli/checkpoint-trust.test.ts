/**
 * `custos checkpoint` against a growing log, and the trust store behind it: every run proves
 * the log grew from the checkpoint seen before, a second log under the same origin with another
 * key is refused, and `custos trust` pins, lists and forgets logs.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { runCli } from '../support/cli-runner.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('custos checkpoint and the trust store', function () {
  this.timeout(300_000);
  let run: RunningService;
  let other: RunningService;
  let dir: string;
  const env = () => ({ CUSTOS_URL: run.base, CUSTOS_CONFIG: join(dir, 'config.json') });

  before(async () => {
    [run, other] = await Promise.all([startService(), startService()]);
    dir = await tempDir('custos-trust');
  });
  after(async () => {
    await Promise.all([run.service.close(), other.service.close()]);
    await removeTempDirs();
  });

  it('runs 20 times while the log grows: every run exits 0 and proves consistency with the last', async () => {
    const writer = LedgerClient.asAdminOf(run);
    let appending = true;
    let n = 0;
    const appender = (async () => {
      while (appending) await writer.register(`fr-officer-${n++}`, ['investigator']);
    })();
    const first = await runCli(['checkpoint'], env());
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stderr).to.match(/pinned the log key served by .* on first use/);
    let grown = 0;
    try {
      for (let i = 0; i < 20; i++) {
        const res = await runCli(['--json', 'checkpoint'], env());
        expect(res.code, res.stderr).to.equal(0);
        expect(res.stderr).to.not.match(/pinned/);
        const { consistency } = res.json<{ consistency: string }>();
        expect(consistency).to.match(/^(proven consistent with|the same tree as) the checkpoint seen before/);
        if (consistency.startsWith('proven')) grown++;
      }
    } finally {
      appending = false;
      await appender;
    }
    expect(n, 'entries appended meanwhile').to.be.greaterThan(20);
    expect(grown, 'runs that saw the log grow').to.be.greaterThan(10);
    expect((await stat(join(dir, 'trust.json'))).mode & 0o777).to.equal(0o600);
  });

  it('refuses a log that presents another key for a pinned origin, and says how to re-pin', async () => {
    // Both services have the placeholder origin, each its own key: the second is an impostor.
    const res = await runCli(['checkpoint'], { ...env(), CUSTOS_URL: other.base });
    expect(res.code).to.equal(1);
    expect(res.stderr).to.match(/now presents key ID [0-9a-f]{8}, but key ID [0-9a-f]{8} is pinned/);
    expect(res.stderr).to.match(/custos trust add <new key> --replace/);
    expect(res.stderr).to.not.match(/\n\s+at /); // no stack trace
    const stillOurs = await runCli(['--json', 'trust', 'list'], env());
    const rows = stillOurs.json<{ origin: string; keyId: string; checkpointSize: number }[]>();
    const ours = (await httpGet(run.base, '/log/key')).text.trim();
    expect(rows).to.have.length(1);
    expect(ours).to.contain(`+${rows[0]!.keyId}+`);
    expect(rows[0]!.checkpointSize).to.be.greaterThan(20);
  });

  it('re-pins after a rotation only when told to, then forgets a log on remove', async () => {
    const newKey = (await httpGet(other.base, '/log/key')).text.trim();
    const refused = await runCli(['trust', 'add', newKey], env());
    expect(refused.code).to.equal(1);
    const replaced = await runCli(['trust', 'add', newKey, '--replace'], env());
    expect(replaced.code, replaced.stderr).to.equal(0);
    const res = await runCli(['--json', 'checkpoint'], { ...env(), CUSTOS_URL: other.base });
    expect(res.code, res.stderr).to.equal(0);
    expect(res.json<{ consistency: string }>().consistency).to.equal('first checkpoint seen from this log');
    const origin = newKey.split('+')[0]!;
    expect((await runCli(['trust', 'remove', origin], env())).code).to.equal(0);
    expect((await runCli(['--json', 'trust', 'list'], env())).json()).to.deep.equal([]);
    expect((await runCli(['trust', 'show', origin], env())).code).to.equal(1);
  });
});
