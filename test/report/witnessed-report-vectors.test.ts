/**
 * Reports made at e16e48d, before the witness-policy rewrite for other logs' parts, the rules
 * version 4 and the designation lines (test/vectors/custos-report-pdf-11-witnessed): a report of
 * a log whose checkpoints two witnesses cosigned, and a report across two logs (custos-bundle/v3)
 * whose part of the sending log is a checkpoint those witnesses cosigned. A reader who pins the
 * logs and their witnesses must see every page checked, or genuine reports a court holds fail.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { runCli } from '../support/cli-runner.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { readVector, vectorPath } from '../support/vectors.ts';

const dir = 'custos-report-pdf-11-witnessed';
const text = (name: string) => readVector(dir, name).toString('utf8').trim();
const aKey = text('a-log.vkey');
const bKey = text('b-log.vkey');
const witnesses = text('witnesses.vkey').split('\n');
const witnessFlags = witnesses.flatMap((w) => ['--witness', w]);
const PAGES_CHECKED = /\[ok {2}\] pages: every page is exactly what the verified history renders to/;

describe('reports of witnessed logs made before the witness-policy rewrite', function () {
  this.timeout(180_000);
  after(removeTempDirs);

  for (const required of ['1', '2']) {
    it(`a report of a witnessed log passes custos verify, pages included, with ${required} of 2 witnesses required`, async () => {
      const args = ['verify', vectorPath(dir, 'a-item-en.report.pdf'), '--log-key', aKey, ...witnessFlags];
      const cli = await runCli([...args, '--witnesses-required', required]);
      expect(cli.code, cli.stdout + cli.stderr).to.equal(0);
      expect(cli.stdout).to.match(PAGES_CHECKED);
    });
  }

  for (const policy of [[], [...witnessFlags, '--witnesses-required', '2']]) {
    it(`a report across two logs passes custos verify, pages included, the sending log pinned ${policy.length ? 'with its witnesses' : 'alone'}`, async () => {
      const env = { CUSTOS_CONFIG: join(await tempDir('custos-witnessed-vector'), 'config.json') };
      for (const pin of [[bKey], [aKey, ...policy]]) {
        const added = await runCli(['trust', 'add', ...pin], env);
        expect(added.code, added.stderr).to.equal(0);
      }
      const cli = await runCli(['verify', vectorPath(dir, 'multi-en.report.pdf')], env);
      expect(cli.code, cli.stdout + cli.stderr).to.equal(0);
      expect(cli.stdout).to.include('with the part of log custos.test-az.example/log');
      expect(cli.stdout).to.match(PAGES_CHECKED);
    });
  }
});
