/**
 * The court bundle that spans two sovereign logs (custos-bundle/v3, docs/bundle.md): exported in
 * B for the item B imported, it carries B's part and, as A's part, the transfer package B
 * imported. Two real services with their own data, keys and origins; the demo records the story.
 * The verifier checks A's part with the reader's own pin for A (never from the bundle), that it is
 * the disclosure B's import names, and shows one timeline with the border marked; without a pin
 * it says A's part was NOT checked and how to pin it. Tampering: A's part altered, A's part
 * signed by a third log under A's origin, and a part that is another disclosure than the one B's
 * import names. The report prints the timeline across the border, and its pages check.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { buildTransferPackage, multiLogBundle } from '../../src/cli/transfer-package.ts';
import { CustosClient } from '../../src/client/custos-client.ts';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { ed25519NoteSigner } from '../../src/core/log/note.ts';
import type { Check } from '../../src/core/verify/result.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';
import { runCli } from '../support/cli-runner.ts';
import { englishLeaks } from '../support/english-leaks.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { removeTempDirs } from '../support/temp-dir.ts';
import { A_ORIGIN, B_ORIGIN, startTwoLogs, type TwoLogs } from '../support/two-logs.ts';

// biome-ignore lint/suspicious/noExplicitAny: bundles are edited as plain JSON to tamper with them.
type Json = any;

describe('a court bundle that spans two logs (custos-bundle/v3)', function () {
  this.timeout(300_000);
  let logs: TwoLogs;
  let a: ServerProcess;
  let b: ServerProcess;
  let dirA: string;
  let dirB: string;
  let out: string;
  let story: TwoLogs['story'];
  let pkg: Json;
  let spanning: Bundle;
  let aKey: string;
  let bKey: string;
  const keyFile = (dir: string, actor: string) => logs.keyFile(dir, actor);
  const as = async (log: ServerProcess, dir: string, actor: string) =>
    new CustosClient(log.url, { actor, seed: (await readPrivateKeyFile(keyFile(dir, actor))).seed });
  const pinA = (origin: string) => (origin === A_ORIGIN ? { logKey: aKey } : undefined);
  const partChecks = (bundle: unknown, otherLogs = pinA): Check[] =>
    verifyBundle(bundle, { logKey: bKey, otherLogs }).checks.filter((c) => c.id === 'parts');

  before(async () => {
    logs = await startTwoLogs();
    ({ a, b, dirA, dirB, out, story, aKey, bKey, spanning } = logs);
    expect(logs.demoOutput).to.include('court bundle across both logs (custos-bundle/v3) verified offline');
    pkg = JSON.parse(await readFile(logs.packageFile, 'utf8'));
  });
  after(async () => {
    await logs?.stop();
    await removeTempDirs();
  });

  it("verifies A's part with the key pinned for A, and shows one timeline with the border marked", () => {
    expect(spanning.format).to.equal('custos-bundle/v3');
    const r = verifyBundle(spanning, { logKey: bKey, otherLogs: pinA });
    expect(r.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
    expect(r.verdict).to.equal('verified');
    const part = r.checks.find((c) => c.id === 'parts')!;
    expect(part.status).to.equal('pass');
    expect(part.detail).to.include(
      `entry ${story.import} imports item ${story.item} from the log ${A_ORIGIN}`,
    );
    expect(part.detail).to.include('complete only as of that log’s checkpoint');
    expect(r.parts).to.have.length(1);
    expect(r.parts![0]).to.include({
      origin: A_ORIGIN,
      disclosure: story.disclosure,
      importedBy: story.import,
    });
    // A's events, each marked with A's log, come first; custody crosses at A's disclosure and B's import.
    const logs = r.timeline.map((e) => (e.log ? e.log.origin : B_ORIGIN));
    const firstB = logs.indexOf(B_ORIGIN);
    expect(firstB).to.be.greaterThan(0);
    expect(logs.slice(firstB)).to.not.include(A_ORIGIN);
    const out = r.timeline[firstB - 1]!;
    expect(out).to.deep.include({ index: story.disclosure, type: 'disclosed', item: story.item });
    expect(out.border).to.include({ origin: B_ORIGIN, index: story.import });
    const into = r.timeline[firstB]!;
    expect(into).to.deep.include({ index: story.import, type: 'imported', item: story.deItem });
    expect(into.border).to.include({ origin: A_ORIGIN, index: story.disclosure });
  });

  it('says A’s part was NOT checked, and how to pin it, when the reader has not pinned A', () => {
    const r = verifyBundle(spanning, { logKey: bKey });
    const part = r.checks.find((c) => c.id === 'parts')!;
    expect(part).to.include({ status: 'warn', code: 'untrusted_origin', entry: story.import });
    expect(part.detail).to.include('was NOT checked').and.include('custos trust add');
    expect(r.parts).to.equal(undefined);
    expect(r.timeline.some((e) => e.log)).to.equal(false);
  });

  it("fails a part altered after A's log made it", () => {
    const altered: Json = structuredClone(spanning);
    const e = altered.parts[0].bundle.entries.find((x: Json) => x.entry.index === story.disclosure);
    e.entry.payload.scope = 'everything, for any use';
    const [c] = partChecks(altered);
    expect(c).to.include({ status: 'fail', code: 'bad_proof' });
  });

  it("fails a part signed by a third log under A's origin", () => {
    const forged: Json = structuredClone(spanning);
    const seed = randomSeed();
    const third = ed25519NoteSigner(A_ORIGIN, seed, publicKeyFromSeed(seed));
    const resign = (note: string) =>
      signCheckpoint(parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1)), third);
    const part = forged.parts[0];
    part.bundle.checkpoint = resign(part.bundle.checkpoint);
    const proof: string = part.disclosure.tlogProof;
    const at = proof.indexOf(`${A_ORIGIN}\n`);
    part.disclosure.tlogProof = proof.slice(0, at) + resign(proof.slice(at));
    const [c] = partChecks(forged);
    expect(c!.status).to.equal('fail');
    expect(c!.code).to.be.oneOf(['unknown_key', 'bad_signature']);
  });

  it("fails a part that is another disclosure than the one B's import names", async () => {
    // A discloses the item again: a real package of A's log, for an entry B never imported.
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const head = (await aliyev.get<{ head: { leafHash: string } }>(`/v1/items/${story.item}/head`)).head
      .leafHash;
    const first = (pkg.bundle.entries as Json[]).find((x) => x.entry.index === story.disclosure).entry
      .payload;
    const again = await aliyev.submit('custody.event', {
      item: story.item,
      type: 'disclosed',
      prev: head,
      occurredAt: new Date().toISOString(),
      addressee: first.addressee,
      request: first.request,
      scope: 'a second copy',
    });
    const other = await buildTransferPackage(aliyev, aKey, story.item, again.index);
    const { parts: _own, ...bPart } = spanning;
    const checks = partChecks(multiLogBundle({ ...bPart, format: 'custos-bundle/v2' }, [other]));
    expect(checks.map((c) => [c.status, c.code])).to.deep.equal([
      ['warn', undefined],
      ['fail', 'part_mismatch'],
    ]);
    expect(checks[1]!.detail).to.include(`its entry ${again.index}`);
  });

  it('keeps the formats apart: v3 needs parts, and only v3 may carry them', () => {
    const noParts: Json = { ...structuredClone(spanning), parts: undefined };
    const v2: Json = { ...structuredClone(spanning), format: 'custos-bundle/v2' };
    for (const bad of [JSON.parse(JSON.stringify(noParts)), v2]) {
      const r = verifyBundle(bad, { logKey: bKey, otherLogs: pinA });
      expect(r.verdict).to.equal('failed');
      expect(r.checks.filter((c) => c.id === 'format' && c.status === 'fail')).to.have.length(1);
    }
  });

  it('warns that the other log’s part is not carried when a forwarder drops it and calls the bundle v2', () => {
    // The forwarder removes A's part, the history before the border, and renames the format so
    // that no verifier asks for it: the importing log's part must not pass as the whole history.
    const { parts: _dropped, ...rest } = structuredClone(spanning) as Json;
    const downgraded = { ...rest, format: 'custos-bundle/v2' };
    const whole = verifyBundle(spanning, { logKey: bKey, otherLogs: pinA });
    expect(whole.timeline.some((e) => e.log?.origin === A_ORIGIN)).to.equal(true);
    const r = verifyBundle(downgraded, { logKey: bKey, otherLogs: pinA });
    expect(r.verdict).to.equal('verified');
    // As for a v3 bundle that lacks an import's part (docs/bundle.md §4, Parts): a warning.
    const notCarried = r.checks.filter((c) => c.id === 'parts' && c.status === 'warn');
    expect(notCarried, JSON.stringify(r.checks.map((c) => [c.id, c.status]))).to.have.length(1);
  });

  it('says in Azerbaijani why the other log’s part fails, with no English sentence of the catalogue', () => {
    const altered: Json = structuredClone(spanning);
    // An entry of A's part other than the disclosure: the package's proofs hold, its bundle does not.
    const other = altered.parts[0].bundle.entries.find(
      (x: Json) => x.entry.index !== story.disclosure && x.entry.kind === 'custody.event',
    );
    other.entry.payload.occurredAt = '2020-01-01T00:00:00.000Z';
    const failed = partChecks(altered).filter((c) => c.status === 'fail');
    expect(failed).to.have.length(1);
    const az = translator(['az']);
    const printed = failed.map((c) => az.t(c.message!.key, c.message!.values)).join('\n');
    expect(englishLeaks(printed, 'az'), printed).to.deep.equal([]);
  });

  it('exports it with custos export --transfer, and custos verify checks each part and the pages', async () => {
    const env = {
      CUSTOS_URL: b.url,
      CUSTOS_ACTOR: 'de-bka-lab-koch',
      CUSTOS_KEY: keyFile(dirB, 'de-bka-lab-koch'),
      CUSTOS_CONFIG: join(out, 'de-lab', 'config.json'),
    };
    for (const key of [bKey, aKey]) expect((await runCli(['trust', 'add', key], env)).code).to.equal(0);
    const dir = join(out, 'court');
    const pkgFile = join(out, `transfer-${story.run}.json`);
    const exported = await runCli(['export', story.deItem, '--transfer', pkgFile, '--out', dir], env);
    expect(exported.code, exported.stderr).to.equal(0);
    expect(exported.stdout).to.include(`the part of log ${A_ORIGIN} verified with its pinned key`);
    const bundle = JSON.parse(await readFile(join(dir, 'bundle.json'), 'utf8'));
    expect(bundle.format).to.equal('custos-bundle/v3');
    const verified = await runCli(['verify', join(dir, 'report.pdf')], env);
    expect(verified.code, verified.stderr).to.equal(0);
    expect(verified.stdout).to.include(`with the part of log ${A_ORIGIN}`);
    expect(verified.stdout).to.match(/PAGES: /);
    expect(verified.stdout).to.include(`==> custody passed to log ${B_ORIGIN}`);
    expect(verified.stdout).to.include(`<== custody came from log ${A_ORIGIN}`);
    // A reader who pinned only B: A's part NOT checked, and the pages (which show it) not checked.
    const onlyB = { ...env, CUSTOS_CONFIG: join(out, 'only-b', 'config.json') };
    expect((await runCli(['trust', 'add', bKey], onlyB)).code).to.equal(0);
    const partial = await runCli(['verify', join(dir, 'report.pdf')], onlyB);
    expect(partial.stdout).to.include('NOT CHECKED: the part of the log');
    expect(partial.stdout).to.include('PAGES NOT CHECKED');
    expect(partial.stdout).to.include(aKey);
    const json = await runCli(['--json', 'verify', join(dir, 'bundle.json')], onlyB);
    expect(json.code, json.stderr).to.equal(0);
    const parts = json.json<{ checks: Check[] }>().checks.filter((c) => c.id === 'parts');
    expect(parts.map((c) => c.status)).to.deep.equal(['warn']);
  });
});
