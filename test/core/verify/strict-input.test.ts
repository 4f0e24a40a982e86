/**
 * The verifier's input is attacker-controlled: it reads the JSON as every reader would, compares
 * every member of `log` with what the reader pins, and lists a flood of failures as a summary.
 */
import { expect } from 'chai';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { MemoryLedger } from '../../../src/core/ledger/memory-ledger.ts';
import { FIRST_FAILURES, limitFailures } from '../../../src/core/verify/limit-failures.ts';
import { readBundleJson } from '../../../src/core/verify/read-bundle.ts';
import type { Check } from '../../../src/core/verify/result.ts';
import { summarise } from '../../../src/core/verify/summarise.ts';
import { type TrustPolicy, verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { checkEntries } from '../../../src/core/verify/verify-entries.ts';
import { recordCrossBorderStory, STORY } from '../../support/cross-border-story.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs } from '../../support/temp-dir.ts';

describe('the verifier’s strict input', function () {
  this.timeout(60_000);
  let run: RunningService;
  let trust: TrustPolicy;
  let text: string;
  let bundle: Bundle;
  const failures = (b: unknown) => verifyBundle(b, trust).checks.filter((x) => x.status === 'fail');

  before(async () => {
    run = await startService();
    const c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    text = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).text;
    bundle = JSON.parse(text) as Bundle;
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  describe('a member name given twice', () => {
    it('reads the genuine bundle', () => {
      const read = readBundleJson(text);
      expect(read).to.have.property('value');
      expect(verifyBundle((read as { value: unknown }).value, trust).verdict).to.equal('verified');
    });

    it('refuses a second log origin, though JSON.parse would keep the genuine last one', () => {
      const twice = text.replace('"log":{', '"log":{"origin":"forged.example/log",');
      expect(verifyBundle(JSON.parse(twice), trust).verdict).to.equal('verified');
      const read = readBundleJson(twice, 'bundle.json');
      expect(read).to.have.nested.property('failure.code', 'repeated_member');
      expect((read as { failure: Check }).failure.detail).to.match(
        /^bundle\.json is refused: member "origin" appears twice in log/,
      );
    });

    it('refuses a name repeated inside an entry, naming the entry', () => {
      const i = bundle.entries.findIndex((e) => e.entry.kind === 'evidence.registered');
      const description = JSON.stringify(
        (bundle.entries[i]!.entry.payload as { description: string }).description,
      );
      const twice = text.replace(
        `"description":${description}`,
        `"description":"a blank DVD","description":${description}`,
      );
      expect(twice).to.not.equal(text);
      const read = readBundleJson(twice) as { failure: Check };
      expect(read.failure.detail).to.include(
        `member "description" appears twice in entries[${i}].entry.payload`,
      );
    });

    it('tells text that is not JSON apart', () => {
      expect(readBundleJson('{"format":')).to.have.nested.property('failure.code', 'bad_json');
    });
  });

  describe('every member of log against the pinned key', () => {
    it('fails a bundle naming another origin, though its checkpoint is genuine', () => {
      const b = { ...bundle, log: { ...bundle.log, origin: 'other.example/log' } };
      const f = failures(b);
      expect(f.map((x) => [x.id, x.code])).to.deep.equal([['log-origin', 'origin_mismatch']]);
      expect(f[0]!.detail).to.include('log.origin "other.example/log"');
    });

    it('passes the genuine origin as its own check', () => {
      const check = verifyBundle(bundle, trust).checks.find((x) => x.id === 'log-origin');
      expect(check).to.include({ status: 'pass' });
      expect(check!.detail).to.include(bundle.log.origin);
    });

    it('fails a verifier key that differs from the pinned one by as much as a space', () => {
      const b = { ...bundle, log: { ...bundle.log, verifierKey: `${bundle.log.verifierKey} ` } };
      expect(failures(b).map((x) => x.id)).to.deep.equal(['log-key']);
    });

    it('fails a member of log that nothing pins', () => {
      const b = { ...bundle, log: { ...bundle.log, operator: 'trust me' } };
      expect(failures(b).map((x) => x.id)).to.include('format');
    });
  });

  describe('a flood of failures', () => {
    it('lists the first failures of each check, then how many more, then its total', () => {
      const copies = 2_000;
      const flood = { ...bundle, entries: [...bundle.entries, ...Array(copies).fill(bundle.entries.at(-1))] };
      const result = verifyBundle(flood, trust);
      expect(result.verdict).to.equal('failed');
      const entries = result.checks.filter((x) => x.id === 'entries');
      expect(entries).to.have.length(FIRST_FAILURES + 2);
      expect(entries.slice(0, FIRST_FAILURES).every((x) => x.code === 'out_of_order')).to.equal(true);
      expect(entries[FIRST_FAILURES]).to.include({
        status: 'fail',
        code: 'more_failures',
        detail: `and ${(copies - FIRST_FAILURES).toLocaleString('en')} more failures of this check, not listed`,
      });
      expect(entries.at(-1)!.detail).to.equal(
        `${bundle.entries.length} of ${bundle.entries.length + copies} entries are canonical JCS, well-formed and in log order`,
      );
      expect(result.checks.length).to.be.below(60);
    });

    it('bounds warnings too, and takes no finding from forged entries', () => {
      const copies = 2_000;
      const received = bundle.entries.find(
        (e) => (e.entry.payload as { type?: string }).type === 'received',
      )!;
      const last = (bundle.entries.at(-1)!.entry as { index: number }).index;
      const forged = Array.from({ length: copies }, (_, k) => ({
        ...received,
        entry: {
          ...received.entry,
          index: last + 1 + k,
          payload: { ...(received.entry.payload as object), result: 'mismatch' },
        },
      }));
      const result = verifyBundle({ ...bundle, entries: [...bundle.entries, ...forged] }, trust);
      expect(result.verdict).to.equal('failed');
      const digests = result.checks.filter((x) => x.id === 'digests');
      expect(digests.filter((x) => x.code === 'digest_mismatch')).to.have.length(0);
      expect(digests.at(-1)!.detail).to.match(
        new RegExp(`; ${copies} in entries not proven or not signed, not counted$`),
      );
      expect(result.checks.filter((x) => x.status === 'warn').length).to.be.at.most(FIRST_FAILURES + 2);
      expect(result.checks.length).to.be.below(80);
    });

    it('lists the first warnings of a check, then how many more, then its total', () => {
      const checks: Check[] = [
        ...Array.from(
          { length: 25 },
          (_, k): Check => ({ id: 'digests', status: 'warn', entry: k, detail: `w${k}` }),
        ),
        { id: 'digests', status: 'warn', detail: 'total' },
      ];
      const limited = limitFailures(checks);
      expect(limited).to.have.length(FIRST_FAILURES + 2);
      expect(limited[FIRST_FAILURES]).to.deep.equal({
        id: 'digests',
        status: 'warn',
        code: 'more_warnings',
        detail: `and ${25 - FIRST_FAILURES} more warnings of this check, not listed`,
        message: { key: 'detail.more', values: { n: 25 - FIRST_FAILURES, whichStatus: 'warn' } },
      });
      expect(limited.at(-1)).to.equal(checks.at(-1));
    });

    it('summarises 200,000 entries without overflowing the stack', () => {
      const checks: Check[] = [];
      const one = checkEntries(bundle, undefined, checks)[0]!;
      const parsed = Array<typeof one>(200_000).fill(one);
      const result = summarise(bundle, undefined, parsed, new MemoryLedger(), [], [], false);
      expect(result.subject).to.equal(bundle.subject.item);
    });

    it('keeps passes and a single failure as they are, and clips a failure’s long text', () => {
      const checks: Check[] = [
        { id: 'format', status: 'pass', detail: 'ok' },
        { id: 'rules', status: 'fail', entry: 1, detail: 'x'.repeat(100_000) },
        { id: 'rules', status: 'fail', detail: '0 of 1' },
      ];
      const limited = limitFailures(checks);
      expect(limited.map((c) => c.status)).to.deep.equal(['pass', 'fail', 'fail']);
      expect(limited[1]!.detail.length).to.be.below(1_000);
      expect(limited[2]).to.equal(checks[2]);
    });
  });
});
