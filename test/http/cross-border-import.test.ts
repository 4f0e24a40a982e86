/**
 * The hand-off between two sovereign logs, each a real Custos process with its own data, keys,
 * origin and trust store: A (Azerbaijan) discloses, B (Germany) imports the transfer package
 * (transfer.imported), A records B's tlog-proof of the import (transfer.receipt). Then every
 * refusal: a replayed import, a package whose bundle, proof or checkpoint was altered, one whose
 * checkpoint a third key signed under A's origin, an import that does not name what the package
 * proves, an origin B does not trust, an importer B did not designate, a disclosure addressed to
 * an authority B's state did not designate there, an importer of another authority than the one
 * addressed, a replayed receipt, a receipt of a log A does not trust, a receipt from the wrong
 * officer, and either kind sent through POST /v1/entries. In A: a disclosure whose addressee is
 * not designated as A's entries say, and a bundle still verifying once the designation ended.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { buildTransferPackage, importPayload, receiptPayload } from '../../src/cli/transfer-package.ts';
import { CustosClient, ServiceError } from '../../src/client/custos-client.ts';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { parseCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { ed25519NoteSigner, formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { verifyTransfer } from '../../src/core/verify/verify-transfer.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';
import { caseViolations } from '../support/case-validator.ts';
import { runCli } from '../support/cli-runner.ts';
import { httpGet, httpRequest } from '../support/http-client.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);
const DEMO = new URL('../../scripts/demo-cross-border.ts', import.meta.url).pathname;
const A_ORIGIN = 'custos.test-az.example/log';
const B_ORIGIN = 'custos.test-de.example/log';
const SSS = 'State Security Service of the Republic of Azerbaijan';
const MOJ = 'Ministry of Justice of the Republic of Azerbaijan';

// biome-ignore lint/suspicious/noExplicitAny: a package is edited as plain JSON to tamper with it.
type Pkg = any;

interface Story {
  run: string;
  item: string;
  deItem: string;
  deCase: string;
  deRequest: string;
  disclosure: number;
  /** The entry of A's log designating the BfJ, which the disclosure names as its addressee's. */
  designation: number;
  import: number;
  receipt: number;
}

/** The service's refusal code, or a failure if it accepted. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; status: number }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return { code: e.problem.code, status: e.problem.status };
    throw e;
  }
  throw new Error('accepted, but should have been refused');
}

describe('importing a disclosure into another log, and its receipt', function () {
  this.timeout(300_000);
  let a: ServerProcess;
  let b: ServerProcess;
  let dirA: string;
  let dirB: string;
  let out: string;
  let story: Story;
  let pkg: Pkg;
  let receiptProof: string;
  const as = async (log: ServerProcess, dir: string, actor: string) =>
    new CustosClient(log.url, {
      actor,
      seed: (await readPrivateKeyFile(join(dir, 'keys', 'demo-cross-border', `${actor}.key`))).seed,
    });
  const payloadFor = (p: Pkg, id: string) =>
    importPayload(p, verifyTransfer(p, { logKey: aKey }), {
      id,
      case: story.deCase,
      request: story.deRequest,
      receivedAt: new Date().toISOString(),
    });
  let aKey: string;

  before(async () => {
    [dirA, dirB, out] = [await tempDir('custos-a'), await tempDir('custos-b'), await tempDir('custos-out')];
    [a, b] = await Promise.all([
      startServerProcess(dirA, { CUSTOS_ORIGIN: A_ORIGIN }),
      startServerProcess(dirB, { CUSTOS_ORIGIN: B_ORIGIN }),
    ]);
    const env = {
      ...process.env,
      CUSTOS_URL_A: a.url,
      CUSTOS_URL_B: b.url,
      CUSTOS_KEYS_DIR_A: join(dirA, 'keys'),
      CUSTOS_KEYS_DIR_B: join(dirB, 'keys'),
      DEMO_OUT: out,
    };
    const { stdout } = await run(process.execPath, ['--import=tsx/esm', DEMO], { env });
    story = JSON.parse(stdout.trim().split('\n').at(-1)!);
    pkg = JSON.parse(await readFile(join(out, `transfer-${story.run}.json`), 'utf8'));
    receiptProof = await readFile(join(out, `import-${story.run}.tlog-proof`), 'utf8');
    aKey = (await httpGet(a.url, '/log/key')).text.trim();
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await removeTempDirs();
  });

  it("records in B an item linked to A's disclosure, and in A the receipt that closes it", async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    const inB = await bfj.get<{ item: Record<string, unknown>; history: { index: number; kind: string }[] }>(
      `/v1/items/${story.deItem}`,
    );
    expect(inB.item.imported).to.deep.include({
      origin: A_ORIGIN,
      index: story.disclosure,
      item: story.item,
    });
    // Custody continued under B's rules and actors: B's lab holds it now.
    expect(inB.item).to.include({ registeredBy: 'de-bfj-weber', custodian: 'de-bka-lab-koch' });
    expect(inB.history[0]).to.include({ index: story.import, kind: 'transfer.imported' });
    expect(inB.history.map((h) => h.kind)).to.include('custody.event');
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const inA = await aliyev.get<{
      item: Record<string, unknown>;
      history: { index: number; kind: string }[];
    }>(`/v1/items/${story.item}`);
    expect(inA.item.pending).to.equal(null);
    expect(inA.item.receipts).to.deep.equal([
      {
        origin: B_ORIGIN,
        index: story.import,
        leafHash: (inB.history[0] as unknown as { leafHash: string }).leafHash,
        disclosure: story.disclosure,
      },
    ]);
    expect(inA.history.at(-1)).to.include({ index: story.receipt, kind: 'transfer.receipt' });
  });

  it("verifies each side's court bundle offline, import and receipt replayed, the border on the timeline", async () => {
    const bKey = (await httpGet(b.url, '/log/key')).text.trim();
    const lab = await as(b, dirB, 'de-bka-lab-koch');
    const inB = verifyBundle(await lab.get(`/v1/items/${story.deItem}/bundle`), { logKey: bKey });
    expect(inB.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
    const imported = inB.timeline.find((e) => e.type === 'imported')!;
    expect(imported.border).to.include({ origin: A_ORIGIN, index: story.disclosure });
    expect(imported.summary).to.include(`imported from log ${A_ORIGIN}, where entry ${story.disclosure}`);
    // B's request names the entry of B's log designating the SSS, and the verifier carries it.
    const designated = await lab.get<{ authorities: { authority: string; entry: number }[] }>(
      '/v1/designations/AZ',
    );
    expect(inB.requests.find((r) => r.id === story.deRequest)).to.include({
      requestedAuthority: SSS,
      requestedDesignation: designated.authorities.find((d) => d.authority === SSS)!.entry,
    });
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const inA = verifyBundle(await aliyev.get(`/v1/items/${story.item}/bundle`), { logKey: aKey });
    expect(inA.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
    const receipt = inA.timeline.at(-1)!;
    expect(receipt.type).to.equal('transfer-receipt');
    expect(receipt.border).to.include({ origin: B_ORIGIN, index: story.import });
  });

  it("proves the other log's part with the key pinned for it, and says when it was NOT checked", async () => {
    const bKey = (await httpGet(b.url, '/log/key')).text.trim();
    const bundle = await (await as(b, dirB, 'de-bka-lab-koch')).get(`/v1/items/${story.deItem}/bundle`);
    const border = (otherLogs?: (o: string) => { logKey: string } | undefined) =>
      verifyBundle(bundle, { logKey: bKey, ...(otherLogs ? { otherLogs } : {}) }).checks.filter(
        (c) => c.id === 'border',
      );
    expect(border().map((c) => c.status)).to.deep.equal(['warn']);
    expect(border((o) => (o === A_ORIGIN ? { logKey: aKey } : undefined)).map((c) => c.status)).to.deep.equal(
      ['pass'],
    );
    const seed = randomSeed();
    const third = formatVerifierKey(A_ORIGIN, SIG_TYPE_ED25519, publicKeyFromSeed(seed));
    const failed = border(() => ({ logKey: third }));
    expect(failed.map((c) => [c.status, c.code])).to.deep.equal([['fail', 'unknown_key']]);
    // The CLI's verifier takes the other log's key from the trust store.
    const file = join(out, 'b-bundle.json');
    await writeFile(file, JSON.stringify(bundle));
    const env = { CUSTOS_CONFIG: join(out, 'verifier', 'config.json') };
    for (const key of [bKey, aKey]) expect((await runCli(['trust', 'add', key], env)).code).to.equal(0);
    const res = await runCli(['--json', 'verify', file], env);
    expect(res.code, res.stderr).to.equal(0);
    const checks = res.json<{ checks: { id: string; status: string }[] }>().checks;
    expect(checks.filter((c) => c.id === 'border').map((c) => c.status)).to.deep.equal(['pass']);
  });

  it('refuses a replayed import, under another id too (already_imported)', async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    expect(
      await refusal(bfj.importTransfer(pkg, payloadFor(pkg, `de-bfj-weber~again-${story.run}`))),
    ).to.deep.equal({
      code: 'already_imported',
      status: 409,
    });
  });

  it('runs the same checks through custos transfer import and custos transfer receipt', async () => {
    const keys = (dir: string, actor: string) => join(dir, 'keys', 'demo-cross-border', `${actor}.key`);
    const pkgFile = join(out, `transfer-${story.run}.json`);
    const inB = {
      CUSTOS_URL: b.url,
      CUSTOS_ACTOR: 'de-bfj-weber',
      CUSTOS_KEY: keys(dirB, 'de-bfj-weber'),
      CUSTOS_CONFIG: join(out, 'de-bfj', 'config.json'),
    };
    const importArgs = ['transfer', 'import', pkgFile, '--id', 'again', '--case', story.deCase];
    const args = [...importArgs, '--request', story.deRequest];
    // Before the officer pins A's key, the CLI refuses locally; after, the service refuses the replay.
    const unpinned = await runCli(args, inB);
    expect(unpinned.code).to.not.equal(0);
    expect(unpinned.stderr).to.match(/custos\.test-az\.example\/log is not in your trust store/);
    expect((await runCli(['trust', 'add', aKey], inB)).code).to.equal(0);
    const replay = await runCli(args, inB);
    expect(replay.code).to.not.equal(0);
    expect(replay.stderr).to.match(/already_imported|already imported/);
    const inA = {
      CUSTOS_URL: a.url,
      CUSTOS_ACTOR: 'az-sss-aliyev',
      CUSTOS_KEY: keys(dirA, 'az-sss-aliyev'),
      CUSTOS_CONFIG: join(out, 'az-aliyev', 'config.json'),
    };
    const proofFile = join(out, `import-${story.run}.tlog-proof`);
    expect(
      (await runCli(['trust', 'add', (await httpGet(b.url, '/log/key')).text.trim()], inA)).code,
    ).to.equal(0);
    const again = await runCli(['transfer', 'receipt', proofFile], inA);
    expect(again.code).to.not.equal(0);
    expect(again.stderr).to.match(/already_receipted|already closed/);
  });

  it('refuses a package whose bundle, proof or checkpoint was altered', async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    const payload = payloadFor(pkg, `de-bfj-weber~tampered-${story.run}`);
    const altered = (edit: (p: Pkg) => void) => {
      const p = structuredClone(pkg);
      edit(p);
      return p;
    };
    const bundle = altered((p) => {
      const e = p.bundle.entries.find((x: Pkg) => x.entry.index === story.disclosure);
      e.entry.payload.scope = 'everything, for any use';
    });
    const index = altered((p) => {
      p.disclosure.index = story.disclosure - 1;
    });
    const checkpoint = altered((p) => {
      const lines = p.disclosure.tlogProof.split('\n');
      lines[lines.indexOf(A_ORIGIN) + 2] = `${'A'.repeat(43)}=`;
      p.disclosure.tlogProof = lines.join('\n');
    });
    for (const p of [bundle, index])
      expect(await refusal(bfj.importTransfer(p, payload))).to.deep.equal({ code: 'bad_proof', status: 422 });
    // The root is under A's signature: an altered one no longer verifies with A's key.
    expect(await refusal(bfj.importTransfer(checkpoint, payload))).to.deep.equal({
      code: 'bad_signature',
      status: 422,
    });
  });

  it("refuses a package whose checkpoint a third key signed under A's origin", async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    const p = structuredClone(pkg);
    const proof: string = p.disclosure.tlogProof;
    const at = proof.indexOf(`${A_ORIGIN}\n`);
    const note = proof.slice(at);
    const body = note.slice(0, note.indexOf('\n\n') + 1);
    const seed = randomSeed();
    const third = ed25519NoteSigner(A_ORIGIN, seed, publicKeyFromSeed(seed));
    p.disclosure.tlogProof = proof.slice(0, at) + signCheckpoint(parseCheckpoint(body), third);
    const { code } = await refusal(bfj.importTransfer(p, payloadFor(pkg, `de-bfj-weber~third-${story.run}`)));
    expect(code).to.be.oneOf(['unknown_key', 'bad_signature']);
  });

  it('refuses an import that does not name what the package proves (foreign_proof)', async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    const payload = payloadFor(pkg, `de-bfj-weber~other-${story.run}`);
    const digests = { ...payload, digests: { sha256: '0'.repeat(64) } };
    expect(await refusal(bfj.importTransfer(pkg, digests))).to.deep.equal({
      code: 'foreign_proof',
      status: 422,
    });
    const leaf = {
      ...payload,
      disclosure: { ...payload.disclosure, leafHash: toBase64(new Uint8Array(32)) },
    };
    expect(await refusal(bfj.importTransfer(pkg, leaf))).to.deep.equal({
      code: 'foreign_proof',
      status: 422,
    });
  });

  it("refuses a package of a log B's service does not trust, until its operator pins it", async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    const file = join(dirB, 'keys', 'trust.json');
    const pinned = await readFile(file, 'utf8');
    await writeFile(file, JSON.stringify({ format: 'custos-trust/v1', logs: {} }), { mode: 0o600 });
    try {
      const payload = payloadFor(pkg, `de-bfj-weber~untrusted-${story.run}`);
      expect(await refusal(bfj.importTransfer(pkg, payload))).to.deep.equal({
        code: 'untrusted_origin',
        status: 422,
      });
    } finally {
      await writeFile(file, pinned, { mode: 0o600 });
    }
  });

  it("refuses an importer whose authority B's state did not designate (not_designated)", async () => {
    const admin = new CustosClient(b.url, {
      actor: (await readFile(join(dirB, 'keys', 'admin.id'), 'utf8')).trim(),
      seed: (await readPrivateKeyFile(join(dirB, 'keys', 'admin.key'))).seed,
    });
    const seed = randomSeed();
    const id = `de-lka-vogel-${story.run}`;
    await admin.submit('actor.registered', {
      id,
      name: 'KOK Eva Vogel',
      organisation: 'Landeskriminalamt Berlin',
      state: 'DE',
      roles: ['central-authority'],
      publicKey: toBase64(publicKeyFromSeed(seed)),
    });
    const schmidt = await as(b, dirB, 'de-bka-schmidt');
    const kase = await schmidt.get<{ case: { head: { leafHash: string } } }>(`/v1/cases/${story.deCase}`);
    await schmidt.submit('case.access-granted', {
      case: story.deCase,
      actor: id,
      reason: 'test: an authority not designated',
      prev: kase.case.head.leafHash,
    });
    const vogel = new CustosClient(b.url, { actor: id, seed });
    expect(await refusal(vogel.importTransfer(pkg, payloadFor(pkg, `${id}~logs`)))).to.deep.equal({
      code: 'not_designated',
      status: 422,
    });
  });

  const adminOf = async (log: ServerProcess, dir: string) =>
    new CustosClient(log.url, {
      actor: (await readFile(join(dir, 'keys', 'admin.id'), 'utf8')).trim(),
      seed: (await readPrivateKeyFile(join(dir, 'keys', 'admin.key'))).seed,
    });
  const headOf = async (c: CustosClient, path: string) =>
    (await c.get<{ head: { leafHash: string } }>(path)).head.leafHash;
  /** Records in `log` that DE designated `authority` for `roles`; returns the entry's index. */
  const designateDe = async (log: ServerProcess, dir: string, authority: string, roles: string[]) => {
    const admin = await adminOf(log, dir);
    const done = await admin.submit('authority.designated', {
      state: 'DE',
      authority,
      roles,
      instrument: 'ETS-185',
      reference: 'test',
      validFrom: '2026-01-01T00:00:00+00:00',
      prev: await headOf(admin, '/v1/designations/DE'),
    });
    return done.index;
  };
  /** A new item of A's case, registered by A's central authority. */
  const registerInA = async (name: string) => {
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const item = `az-sss-aliyev~${name}-${story.run}`;
    await aliyev.submit('evidence.registered', {
      id: item,
      case: `az-sss-huseynova~de-mla-${story.run}`,
      description: `test item ${name}`,
      mediaType: 'application/octet-stream',
      size: 1,
      digests: { sha256: 'b'.repeat(64) },
      origin: { method: 'production-order' },
      collectedBy: 'az-sss-aliyev',
      collectedAt: new Date().toISOString(),
    });
    return item;
  };
  /** A new item of A's case, registered and disclosed by A's central authority to `addressee`. */
  const discloseInA = async (name: string, addressee: Record<string, unknown>) => {
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const item = await registerInA(name);
    const disclosed = await aliyev.submit('custody.event', {
      item,
      type: 'disclosed',
      prev: await headOf(aliyev, `/v1/items/${item}/head`),
      occurredAt: new Date().toISOString(),
      addressee,
      request: `az-sss-aliyev~de-${story.run}`,
      scope: 'test',
    });
    return { item, index: disclosed.index };
  };

  it("refuses in A a disclosure whose addressee is not designated as A's own entries say (not_designated)", async () => {
    const BFJ = 'Bundesamt für Justiz';
    for (const addressee of [
      { state: 'DE', authority: 'Bundeskriminalamt', designation: story.designation },
      // Another entry than the designation in force: here, A's designation of Azerbaijan's MoJ.
      { state: 'DE', authority: BFJ, designation: story.designation - 1 },
    ])
      expect(await refusal(discloseInA(`undesignated-${addressee.designation}`, addressee))).to.deep.equal({
        code: 'not_designated',
        status: 422,
      });
  });

  it('discloses by designation through custos disclose --to-state --to-authority, the CLI naming the entry in force', async () => {
    const item = await registerInA('by-cli');
    const env = {
      CUSTOS_URL: a.url,
      CUSTOS_ACTOR: 'az-sss-aliyev',
      CUSTOS_KEY: join(dirA, 'keys', 'demo-cross-border', 'az-sss-aliyev.key'),
      CUSTOS_CONFIG: join(out, 'az-disclose', 'config.json'),
    };
    const args = ['disclose', item, '--request', `az-sss-aliyev~de-${story.run}`, '--scope', 'by the CLI'];
    const to = ['--to-state', 'DE', '--to-authority', 'Bundesamt für Justiz'];
    const both = await runCli([...args, ...to, '--to', 'az-sss-huseynova'], env);
    expect(both.code, both.stderr).to.equal(2);
    const unknown = await runCli([...args, '--to-state', 'DE', '--to-authority', 'Bundeskriminalamt'], env);
    expect(unknown.code).to.not.equal(0);
    expect(unknown.stderr).to.include('no designation of "Bundeskriminalamt" by DE');
    const done = await runCli([...args, ...to], env);
    expect(done.code, done.stderr).to.equal(0);
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const { item: state } = await aliyev.get<{ item: { pending: Record<string, unknown> } }>(
      `/v1/items/${item}`,
    );
    expect(state.pending.addressee).to.deep.equal({
      state: 'DE',
      authority: 'Bundesamt für Justiz',
      designation: story.designation,
    });
    const shown = await runCli(['show', item], env);
    expect(shown.stdout).to.include(
      `awaiting receipt by Bundesamt für Justiz (DE, designated by entry ${story.designation}), in its own log`,
    );
  });

  it("records B's request to Azerbaijan by designation through custos request record, and refuses an authority Azerbaijan did not designate in B", async () => {
    const env = {
      CUSTOS_URL: b.url,
      CUSTOS_ACTOR: 'de-bfj-weber',
      CUSTOS_KEY: join(dirB, 'keys', 'demo-cross-border', 'de-bfj-weber.key'),
      CUSTOS_CONFIG: join(out, 'de-request', 'config.json'),
    };
    const BFJ = 'Bundesamt für Justiz';
    const record = (name: string, authority: string, extra: string[] = []) =>
      runCli(
        [
          ...extra.filter((x) => x === '--json'),
          ...['request', 'record', `${name}-${story.run}`, '--case', story.deCase],
          ...['--type', 'mutual-legal-assistance', '--requesting-state', 'DE', '--requested-state', 'AZ'],
          ...['--requesting-authority', BFJ, '--requested-authority', authority],
          ...['--instrument', 'ETS-185', '--article', '31', '--reference', name, '--summary', 'more logs'],
          ...extra.filter((x) => x !== '--json'),
        ],
        env,
      );
    const bfj = await as(b, dirB, 'de-bfj-weber');
    const inForce = (
      await bfj.get<{ authorities: { authority: string; entry: number }[] }>('/v1/designations/AZ')
    ).authorities.find((d) => d.authority === SSS)!.entry;
    const entryOf = async (index: number) =>
      (await bfj.get<{ entry: { payload: Record<string, unknown> } }>(`/v1/entries/${index}`)).entry.payload;
    // The demo's own request names B's entry designating the SSS.
    const { history } = await bfj.get<{ history: { index: number }[] }>(`/v1/requests/${story.deRequest}`);
    expect(await entryOf(history[0]!.index)).to.include({
      requestedAuthority: SSS,
      requestedDesignation: inForce,
    });
    const done = await record('by-cli', SSS, ['--json']);
    expect(done.code, done.stderr).to.equal(0);
    expect(await entryOf((JSON.parse(done.stdout) as { index: number }).index)).to.include({
      requestedDesignation: inForce,
    });
    // The MoJ is designated in B, but for extradition only; the BKA not at all; a superseded entry is not in force.
    for (const [name, authority, extra] of [
      ['to-moj', MOJ, []],
      ['to-bka', 'Bundeskriminalamt', []],
      ['wrong-entry', SSS, ['--requested-designation', String(inForce - 1)]],
    ] as const) {
      const refused = await record(name, authority, [...extra]);
      expect(refused.code, refused.stdout).to.not.equal(0);
      expect(refused.stderr).to.include('not_designated');
    }
  });

  it("refuses in B a disclosure addressed to an authority B's state did not designate there (not_designated)", async () => {
    // A's log says Germany designated the LKA Berlin; B's, Germany's own, does not.
    const LKA = 'Landeskriminalamt Berlin';
    const designation = await designateDe(a, dirA, LKA, ['central-authority-mla']);
    const { item, index } = await discloseInA('to-lka', { state: 'DE', authority: LKA, designation });
    const p = await buildTransferPackage(await as(a, dirA, 'az-sss-aliyev'), aKey, item, index);
    const bfj = await as(b, dirB, 'de-bfj-weber');
    expect(
      await refusal(bfj.importTransfer(p, payloadFor(p, `de-bfj-weber~lka-${story.run}`))),
    ).to.deep.equal({
      code: 'not_designated',
      status: 422,
    });
  });

  it('refuses the import by an officer of another designated authority than the one addressed (not_recipient)', async () => {
    await designateDe(b, dirB, 'Bundeskriminalamt', ['central-authority-mla']);
    const admin = await adminOf(b, dirB);
    const seed = randomSeed();
    const id = `de-bka-zentrale-${story.run}`;
    await admin.submit('actor.registered', {
      id,
      name: 'KOR Max Braun',
      organisation: 'Bundeskriminalamt',
      state: 'DE',
      roles: ['central-authority'],
      publicKey: toBase64(publicKeyFromSeed(seed)),
    });
    const schmidt = await as(b, dirB, 'de-bka-schmidt');
    await schmidt.submit('case.access-granted', {
      case: story.deCase,
      actor: id,
      reason: 'test: another designated authority',
      prev: (await schmidt.get<{ case: { head: { leafHash: string } } }>(`/v1/cases/${story.deCase}`)).case
        .head.leafHash,
    });
    const braun = new CustosClient(b.url, { actor: id, seed });
    expect(await refusal(braun.importTransfer(pkg, payloadFor(pkg, `${id}~logs`)))).to.deep.equal({
      code: 'not_recipient',
      status: 403,
    });
  });

  it('refuses a replayed receipt (already_receipted), and one recorded by another officer', async () => {
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const head = async (c: CustosClient, id: string) =>
      (await c.get<{ head: { leafHash: string } }>(`/v1/items/${id}/head`)).head.leafHash;
    const again = await receiptPayload(receiptProof, (id) => head(aliyev, id));
    expect(await refusal(aliyev.recordReceipt(again))).to.deep.equal({
      code: 'already_receipted',
      status: 409,
    });
    const huseynova = await as(a, dirA, 'az-sss-huseynova');
    expect((await refusal(huseynova.recordReceipt(again))).code).to.equal('role_not_allowed');
  });

  it("refuses a receipt of a log A's service does not trust", async () => {
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const file = join(dirA, 'keys', 'trust.json');
    const pinned = await readFile(file, 'utf8');
    await writeFile(file, JSON.stringify({ format: 'custos-trust/v1', logs: {} }), { mode: 0o600 });
    try {
      const payload = await receiptPayload(receiptProof, async () => toBase64(new Uint8Array(32)));
      expect(await refusal(aliyev.recordReceipt(payload))).to.deep.equal({
        code: 'untrusted_origin',
        status: 422,
      });
    } finally {
      await writeFile(file, pinned, { mode: 0o600 });
    }
  });

  it('refuses both kinds through POST /v1/entries: only the transfer routes check the other log', async () => {
    const bfj = await as(b, dirB, 'de-bfj-weber');
    expect(
      await refusal(bfj.submit('transfer.imported', payloadFor(pkg, 'de-bfj-weber~direct'))),
    ).to.deep.equal({
      code: 'bad_request',
      status: 400,
    });
    const seed = (await readPrivateKeyFile(join(dirA, 'keys', 'demo-cross-border', 'az-sss-aliyev.key')))
      .seed;
    const payload = await receiptPayload(receiptProof, async () => toBase64(new Uint8Array(32)));
    const draft = signDraft('transfer.receipt', payload, { actor: 'az-sss-aliyev', seed });
    const res = await httpRequest(a.url, '/v1/entries/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entries: [draft] }),
    });
    expect((res.json() as { results: { problem: { code: string } }[] }).results[0]!.problem.code).to.equal(
      'bad_request',
    );
  });
  it("exports A's disclosure as CASE/UCO with the addressee authority as a participant, valid against CASE's shapes", async () => {
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const doc = await aliyev.get<{ '@graph': Record<string, unknown>[] }>(
      `/v1/items/${story.item}/case.jsonld`,
    );
    const disclosed = doc['@graph'].find(
      (n) => n['@type'] === 'case-investigation:InvestigativeAction' && n['uco-core:name'] === 'disclosed',
    )!;
    const bfj = `kb:organization-${encodeURIComponent('DE/Bundesamt für Justiz')}`;
    expect(disclosed['uco-action:participant']).to.deep.equal([{ '@id': bfj }]);
    expect(doc['@graph'].find((n) => n['@id'] === bfj)).to.include({
      '@type': 'uco-identity:Organization',
      'uco-core:name': 'Bundesamt für Justiz',
    });
    expect(await caseViolations(doc)).to.deep.equal([]);
  });

  it("keeps A's bundle verifying after A records the end of the BfJ's designation, and shows the addressee", async () => {
    const admin = await adminOf(a, dirA);
    await admin.submit('authority.designated', {
      state: 'DE',
      authority: 'Bundesamt für Justiz',
      roles: [],
      instrument: 'ETS-185',
      reference: 'test: the designation ends',
      validFrom: '2026-01-01T00:00:00+00:00',
      validUntil: new Date(Date.now() + 1000).toISOString(),
      prev: await headOf(admin, '/v1/designations/DE'),
    });
    await new Promise((r) => setTimeout(r, 1100));
    const aliyev = await as(a, dirA, 'az-sss-aliyev');
    const checked = verifyBundle(await aliyev.get(`/v1/items/${story.item}/bundle`), { logKey: aKey });
    expect(checked.checks.filter((c) => c.status === 'fail')).to.deep.equal([]);
    const line = checked.timeline.find((e) => e.type === 'disclosed')!;
    expect(line.summary).to.include(
      `disclosed to Bundesamt für Justiz (DE, designated by entry ${story.designation})`,
    );
    const shown = await runCli(['show', story.item], {
      CUSTOS_URL: a.url,
      CUSTOS_ACTOR: 'az-sss-aliyev',
      CUSTOS_KEY: join(dirA, 'keys', 'demo-cross-border', 'az-sss-aliyev.key'),
      CUSTOS_CONFIG: join(out, 'az-show', 'config.json'),
    });
    expect(shown.code, shown.stderr).to.equal(0);
    expect(shown.stdout).to.include(`designated by entry ${story.designation}`);
  });
});
