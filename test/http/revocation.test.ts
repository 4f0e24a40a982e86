/**
 * Issue 21, finding 1: a revocation must not turn history the log already holds into forgery.
 * Through the real HTTP service, the CLI and the PDF report: a backdated self-revocation is
 * refused and writes nothing; an administrator's backdated revocation (with its reason) leaves
 * earlier entries verifying, each named as signed with a key later declared compromised; the
 * key is refused from the moment the revocation is logged; a key an administrator rotated in on
 * someone's behalf is named in every report.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { runCli } from '../support/cli-runner.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const exec = promisify(execFile);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('key revocation (issue 21: no voided custody)', function () {
  this.timeout(120_000);
  let run: RunningService;
  let c: LedgerClient;
  let dir: string;
  let logKey: string;
  /** Between the registration of the item and its seal: when the key is declared compromised. */
  let compromisedFrom: string;
  let sealIndex: number;
  let handoverIndex: number;
  let registrationIndex: number;
  let bundleBefore: Bundle;

  const size = () => run.service.ledger.log.head().checkpoint.size;
  const actorHead = async (id: string) =>
    ((await c.get(`/v1/actors/${id}`, 'admin')).json() as { actor: { head: { leafHash: string } } }).actor
      .head.leafHash;
  const bundleOf = async (as: string) => {
    const res = await c.get('/v1/items/fr-inv~disk-1/bundle', as);
    expect(res.status, res.text).to.equal(200);
    return { bytes: res.body, bundle: res.json() as Bundle };
  };
  const event = async (type: string, fields: Record<string, unknown>, as: string) =>
    c.ok(
      'custody.event',
      { item: 'fr-inv~disk-1', type, prev: await c.prev('fr-inv~disk-1', as), occurredAt: now(), ...fields },
      as,
    );

  before(async () => {
    dir = await tempDir('custos-revocation');
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    logKey = (await httpGet(run.base, '/log/key')).text.trim();
    await c.register('fr-inv', ['investigator']);
    await c.register('fr-store', ['custodian']);
    await c.openCase('fr-inv~case-1', 'fr-inv');
    registrationIndex = (await c.seize('fr-inv~disk-1', 'fr-inv~case-1', 'fr-inv')).index;
    await pause(20);
    compromisedFrom = new Date().toISOString();
    await pause(20);
    sealIndex = (await event('sealed', { seal: 'S-1' }, 'fr-inv')).index;
    handoverIndex = (await event('handed-over', { to: 'fr-store', purpose: 'storage' }, 'fr-inv')).index;
    await event(
      'received',
      { digests: { sha256: (await c.item('fr-inv~disk-1', 'fr-inv')).item.digests.sha256 }, result: 'match' },
      'fr-store',
    );
    bundleBefore = (await bundleOf('fr-store')).bundle;
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('refuses an officer backdating the revocation of its own key, and writes nothing', async () => {
    const before = size();
    const res = await c.post(
      'key.revoked',
      {
        actor: 'fr-inv',
        publicKey: c.cast.get('fr-inv').publicKey,
        reason: 'compromised',
        effectiveAt: '2023-01-01T00:00:00Z',
        note: 'void everything I ever signed',
        prev: await actorHead('fr-inv'),
      },
      'fr-inv',
    );
    expect(res.status, res.text).to.equal(403);
    expect(res.json()).to.include({ code: 'backdated_revocation' });
    expect(size()).to.equal(before);
    expect(verifyBundle((await bundleOf('fr-store')).bundle, { logKey }).keyNotes).to.deep.equal([]);
  });

  it("keeps every earlier bundle verifying after an administrator's backdated revocation, naming the affected entries", async () => {
    await c.ok(
      'key.revoked',
      {
        actor: 'fr-inv',
        publicKey: c.cast.get('fr-inv').publicKey,
        reason: 'compromised',
        effectiveAt: compromisedFrom,
        note: 'workstation found infected; logs show remote access since then',
        prev: await actorHead('fr-inv'),
      },
      'admin',
    );
    expect(verifyBundle(bundleBefore, { logKey }).verdict).to.equal('verified');
    const { bundle, bytes } = await bundleOf('fr-store');
    const result = verifyBundle(bundle, { logKey });
    expect(result.checks.filter((x) => x.status === 'fail')).to.deep.equal([]);
    expect(result.verdict).to.equal('verified');
    const flagged = result.keyNotes.filter((n) => n.kind === 'compromised-later').map((n) => n.entry);
    expect(flagged).to.include.members([sealIndex, handoverIndex]);
    expect(flagged).to.not.include(registrationIndex);
    expect(result.keyNotes.find((n) => n.entry === sealIndex)).to.include({
      declaredBy: 'admin',
      compromisedFrom,
      reason: 'compromised',
    });

    // The CLI names each entry.
    const file = join(dir, 'bundle.json');
    await writeFile(file, bytes);
    const cli = await runCli(['verify', file, '--log-key', logKey], {
      CUSTOS_CONFIG: join(dir, 'config.json'),
    });
    expect(cli.code, cli.stderr).to.equal(0);
    expect(cli.stdout).to.include(
      `#${sealIndex} (fr-inv): Signed with a key later declared compromised as of ${compromisedFrom}, declared by admin on`,
    );
    expect(cli.stdout).to.include(`#${handoverIndex} (fr-inv): Signed with a key later declared compromised`);

    // So does the PDF report, in the custody table and under Verification.
    const pdf = await renderReportPdf(
      bundle,
      bytes,
      result,
      {
        bundleSha256: createHash('sha256').update(bytes).digest('hex'),
        generatedAt: new Date().toISOString(),
      },
      nodeFontSource,
    );
    const pdfFile = join(dir, 'report.pdf');
    await writeFile(pdfFile, pdf);
    const fromPdf = await runCli(['verify', pdfFile, '--log-key', logKey], {
      CUSTOS_CONFIG: join(dir, 'config.json'),
    });
    expect(fromPdf.code, fromPdf.stderr).to.equal(0);
    expect(fromPdf.stdout).to.include(`#${sealIndex} (fr-inv): Signed with a key later declared compromised`);
    if (process.env.SAVE_RENDER)
      await writeFile(join(process.env.SAVE_RENDER, 'revoked-key-report.pdf'), pdf);
  });

  it('puts the notes in the PDF text a court reads', async function () {
    await requireTool(this, 'pdftotext');
    // Reading order, not -layout: side by side, a table's columns interleave their lines.
    const { stdout } = await exec('pdftotext', [join(dir, 'report.pdf'), '-']);
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).to.include('Signed with a key later declared compromised');
    expect(flat).to.match(
      new RegExp(`entry ${sealIndex} was signed by fr-inv with a key later declared compromised`),
    );
  });

  it('refuses the revoked key from the moment the revocation is logged, and writes nothing', async () => {
    const before = size();
    const res = await c.post(
      'custody.event',
      {
        item: 'fr-inv~disk-1',
        type: 'annotated',
        text: 'still here',
        prev: await c.prev('fr-inv~disk-1', 'fr-store'),
        occurredAt: now(),
      },
      'fr-inv',
    );
    expect(res.status, res.text).to.equal(403);
    const problem = res.json() as { code: string; recordedAt: string; revokedAt: string };
    expect(problem.code).to.equal('key_revoked');
    expect(problem.revokedAt).to.equal(compromisedFrom);
    expect(Date.parse(problem.recordedAt)).to.be.greaterThan(Date.parse(compromisedFrom));
    expect(size()).to.equal(before);
  });

  it('names, in every report, entries signed with a key an administrator issued on the signer’s behalf', async () => {
    const fresh = c.cast.rekey('fr-inv');
    await c.ok(
      'key.rotated',
      {
        actor: 'fr-inv',
        publicKey: fresh.publicKey,
        reason: 'new key after compromise',
        prev: await actorHead('fr-inv'),
      },
      'admin',
    );
    const { index } = await c.ok(
      'custody.event',
      {
        item: 'fr-inv~disk-1',
        type: 'annotated',
        text: 'signed with the key the administrator issued',
        prev: await c.prev('fr-inv~disk-1', 'fr-store'),
        occurredAt: now(),
      },
      'fr-inv',
    );
    const { bundle } = await bundleOf('fr-store');
    const result = verifyBundle(bundle, { logKey });
    expect(result.verdict).to.equal('verified');
    expect(result.keyNotes.find((n) => n.entry === index)).to.include({
      kind: 'issued-by-administrator',
      issuedBy: 'admin',
    });
    const file = join(dir, 'bundle-rotated.json');
    await writeFile(file, JSON.stringify(bundle));
    const cli = await runCli(['verify', file, '--log-key', logKey], {
      CUSTOS_CONFIG: join(dir, 'config.json'),
    });
    expect(cli.stdout).to.include(
      `#${index} (fr-inv): Signed with a key that administrator admin issued on fr-inv’s behalf`,
    );
  });
});
