/**
 * PAdES signatures of court reports (src/core/pades): a report signed by the exporting authority
 * verifies in our verifier and in poppler's `pdfsig`; a changed byte, a later incremental update
 * or anything else in the signature's revision fails; the page check compares the re-rendering
 * with the signed revision. Keys and certificates come from `openssl req`, time-stamps from
 * `openssl ts`.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { loadReportSigner } from '../../src/cli/report-signer.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { printableName } from '../../src/core/pades/cades.ts';
import { checkPdfSignature, signPdf } from '../../src/core/pades/pades.ts';
import { CONTENTS_CAPACITY, splitSignedPdf } from '../../src/core/pades/signature-update.ts';
import { certificatesFromPem } from '../../src/core/timestamp/verify-token.ts';
import { checkText } from '../../src/core/verify/check-line.ts';
import { verifyBundleWithTime } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { countRevisions } from '../../src/report/page-check.ts';
import { checkReportPages } from '../../src/report/report-again.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { exportStoryBundle, type StoryBundle } from '../report/story-bundle.ts';
import { type Authority, makeAuthority, makeDatedAuthority } from '../support/authority-cert.ts';
import { runCli } from '../support/cli-runner.ts';
import { appendOverlay } from '../support/pdf-forgery.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { TestTsa } from '../support/tsa-fixture.ts';

const run = promisify(execFile);
/** The next whole second: after the moment a certificate just made became valid. */
const nextSecond = () =>
  new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000).toISOString().replace('.000Z', 'Z');

describe('PAdES signatures of report PDFs', function () {
  this.timeout(300_000);
  let story: StoryBundle;
  let report: Uint8Array;
  let authority: Authority;
  let signed: Uint8Array;
  let dir: string;
  let SIGNED_AT: string;
  let madeAt: string;

  before(async () => {
    story = await exportStoryBundle();
    // Generated 20 minutes ago: signatures made now, or time-stamped now, come after it.
    madeAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const meta = { ...story.meta, generatedAt: madeAt };
    report = await renderReportPdf(story.bundle, story.bytes, story.result, meta, nodeFontSource);
    authority = await makeAuthority('ec');
    SIGNED_AT = nextSecond();
    signed = await signPdf(
      report,
      await loadReportSigner({ key: authority.key, certificate: authority.chain }),
      SIGNED_AT,
    );
    dir = await tempDir('custos-pades');
  });

  after(async () => {
    await story?.run.service.close();
    await removeTempDirs();
  });

  const pages = (pdf: Uint8Array) =>
    checkReportPages({
      pdf,
      bundle: story.bundle,
      bundleBytes: story.bytes,
      pinned: story.trust,
      result: story.result,
      verify: (b, t) => verifyBundleWithTime(b, t),
      fonts: nodeFontSource,
    });

  /** `pdfsig`'s report on a file, as a person would run it. */
  async function pdfsig(pdf: Uint8Array, name: string): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, pdf);
    const r = await run('pdfsig', [file]).catch((e: { stdout: string; stderr: string }) => e);
    return `${r.stdout}${r.stderr}`;
  }

  it('appends one revision after the report as rendered, which stays byte for byte', () => {
    expect(Buffer.from(signed.subarray(0, report.length)).equals(Buffer.from(report))).to.equal(true);
    expect(countRevisions(report)).to.equal(1);
    expect(countRevisions(signed)).to.equal(2);
    const split = splitSignedPdf(signed);
    expect(split.base.length).to.equal(report.length);
    expect(split.signature).to.include({ exact: true, signingTime: SIGNED_AT });
    const [a, b, c, d] = split.signature!.byteRange;
    expect([a, c + d]).to.deep.equal([0, signed.length]);
    expect(c - b).to.equal(CONTENTS_CAPACITY * 2 + 2);
    const text = Buffer.from(signed.subarray(report.length)).toString('latin1');
    expect(text)
      .to.include('/SubFilter /ETSI.CAdES.detached')
      .and.include(`/M (D:${SIGNED_AT.replace(/[-:TZ]/g, '')}Z)`);
  });

  it('verifies, naming the signer, its certificate fingerprint and that no authority was checked', async () => {
    const { check, signer } = await checkPdfSignature(signed, []);
    expect(check, check.detail).to.include({ id: 'signature', status: 'pass' });
    expect(check.detail)
      .to.include(
        `signed with the ECDSA certificate SHA-256 ${signer!.certificateSha256} (subject “CN=Parquet de Paris – exports, O=Ministère de la Justice, C=FR”`,
      )
      .and.include('issued by “CN=Custos Test Root CA, O=Custos Test”')
      .and.include('PAdES B-B')
      .and.include('No certification authority is checked here');
    const der = certificatesFromPem(authority.caPem)[0]!;
    expect(signer!.certificates.map((c) => Buffer.from(c).toString('hex'))).to.include(
      Buffer.from(der).toString('hex'),
    );
  });

  it('is valid for poppler’s pdfsig, whose trust in our test CA is, honestly, none', async function () {
    await requireTool(this, 'pdfsig');
    const out = await pdfsig(signed, 'signed.pdf');
    expect(out, out).to.include('Signature Validation: Signature is Valid.');
    expect(out).to.include('Signature Type: ETSI.CAdES.detached').and.include('Total document signed');
    expect(out).to.include('Signer Certificate Common Name: Parquet de Paris – exports');
    expect(out).to.match(/Certificate Validation: Certificate issuer isn't Trusted/);
  });

  it('has its pages checked on the signed revision, the signature being all that follows', async () => {
    const check = await pages(signed);
    expect(check, check.detail).to.include({ id: 'pages', status: 'pass' });
    expect(check.detail).to.include('the signed revision of this file byte for byte');
  });

  it('fails when one byte inside the signed range changes, in our verifier and in pdfsig', async function () {
    await requireTool(this, 'pdfsig');
    const tampered = Uint8Array.from(signed);
    // A letter of the title in the document information: inside the first signed range.
    const at = Buffer.from(tampered).indexOf('/Title (');
    tampered[at + 10]! ^= 0x01;
    const { check } = await checkPdfSignature(tampered, []);
    expect(check).to.include({ status: 'fail', code: 'signature_invalid' });
    expect(check.detail).to.include('the file was changed after it was signed');
    expect((await pages(tampered)).status).to.equal('fail');
    const out = await pdfsig(tampered, 'tampered.pdf');
    expect(out, out).to.include('Signature Validation: Digest Mismatch.');
  });

  it('fails when an incremental update follows the signature, and so do the pages', async () => {
    const forged = await appendOverlay(signed, 'FORGED-ITEM-999');
    const { check } = await checkPdfSignature(forged, []);
    expect(check).to.include({ status: 'fail', code: 'signature_range' });
    expect(check.detail).to.match(/\d+ bytes were added after the signed range ends/);
    const p = await pages(forged);
    expect(p, p.detail).to.include({ status: 'fail', code: 'pages_differ' });
    expect(p.detail).to.include('what follows the report is not its signature alone');
  });

  it('fails when the signature’s own revision carries more than the signature, even re-signed', async () => {
    // A forger who holds a key signs a revision that also draws over page 1: valid CMS, not our update.
    const text = Buffer.from(signed).toString('latin1');
    const widened = text.replace('/Rect [0 0 0 0]', '/Rect [0 0 9 9]');
    const { check } = await checkPdfSignature(Buffer.from(widened, 'latin1'), []);
    expect(check.status).to.equal('fail');
    const resigned = await resignAfterEdit(report, (update) => update.replace('/F 132', '/F 4  '));
    const again = await checkPdfSignature(resigned, []);
    expect(again.check, again.check.detail).to.include({ status: 'fail', code: 'signature_revision' });
    expect((await pages(resigned)).status).to.equal('fail');
  });

  it('verifies with RSA and Ed25519 keys too', async () => {
    for (const kind of ['rsa', 'ed25519'] as const) {
      const a = await makeAuthority(kind, `/O=Custos Test/CN=${kind} authority`);
      const s = await signPdf(
        report,
        await loadReportSigner({ key: a.key, certificate: a.chain }),
        nextSecond(),
      );
      const { check } = await checkPdfSignature(s, []);
      expect(check, `${kind}: ${check.detail}`).to.include({ status: 'pass' });
      expect(check.detail).to.include(`${kind === 'rsa' ? 'RSA' : 'Ed25519'} certificate`);
    }
  });

  it('fails a signing time outside the certificate’s validity', async () => {
    const old = await makeAuthority('ec', '/CN=Expired authority', ['-days', '1']);
    const s = await signPdf(
      report,
      await loadReportSigner({ key: old.key, certificate: old.chain }),
      '2020-01-01T00:00:00Z',
    );
    const { check } = await checkPdfSignature(s, []);
    expect(check).to.include({ status: 'fail', code: 'signature_invalid' });
    expect(check.detail).to.include('was not valid at the signing time 2020-01-01T00:00:00Z');
  });

  it('fails a signing time set before the report was generated, even inside the certificate’s validity', async () => {
    const old = await makeDatedAuthority('200101000000Z', '210101000000Z');
    const signer = await loadReportSigner({ key: old.key, certificate: old.chain });
    const backdated = await signPdf(report, signer, '2020-06-01T00:00:00Z');
    // The bound is read from the report's own render record: no caller can forget it.
    const { check } = await checkPdfSignature(backdated, []);
    expect(check).to.include({ status: 'fail', code: 'signature_invalid' });
    expect(check.detail).to.include(
      `the signing time 2020-06-01T00:00:00Z is before the report was generated (${madeAt})`,
    );
  });

  it('takes the report’s generation time from its render record through custos verify', async () => {
    const old = await makeDatedAuthority('200101000000Z', '210101000000Z');
    const signer = await loadReportSigner({ key: old.key, certificate: old.chain });
    const file = join(dir, 'backdated.pdf');
    await writeFile(file, await signPdf(report, signer, '2020-06-01T00:00:00Z'));
    const cli = await runCli(['verify', file, '--log-key', story.trust.logKey]);
    expect(cli.code, cli.stdout).to.not.equal(0);
    expect(cli.stdout).to.match(/SIGNATURE INVALID: .*is before the report was generated/);
  });

  it('fails a signature that cannot be read as the one Custos writes, instead of calling the report unsigned', async () => {
    const text = Buffer.from(signed).toString('latin1');
    for (const mangled of [
      text.replace(/\/M \(D:(\d{14})Z\)/, '/M (D:2026XXXXXXXXXXZ)'),
      text.replace('/Contents <', '/Contents[<').replace(/\/M \(D:(\d{14})Z\)/, (m) => m.slice(1)),
      // Another tool's signature dictionary, written after the report's own revision.
      `${Buffer.from(report).toString('latin1')}99 0 obj\n<</Type/Sig/ByteRange[0 10 20 30]/Contents<00>>>\nendobj\n%%EOF\n`,
    ]) {
      const { check } = await checkPdfSignature(Buffer.from(mangled, 'latin1'), []);
      expect(check, check.detail).to.include({ id: 'signature', status: 'fail', code: 'signature_invalid' });
    }
  });

  it('fails an edited ByteRange before copying a byte, whatever its numbers, and custos verify prints no stack', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const m = /\/ByteRange (\[0 (\d+) (\d+) (\d+)\] *)\n/.exec(text)!;
    const [b, c, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
    const edits = [
      [`${'9'.repeat(12)}`, c, d], // huge first range: would allocate a terabyte
      [b, c, `${'9'.repeat(12)}`], // beyond the end
      [c + 5, c, d], // the ranges overlap
      [b, signed.length + 1, 0], // the second range starts after the file
    ];
    for (const [nb, nc, nd] of edits) {
      const range = `[0 ${nb} ${nc} ${nd}]`.padEnd(m[1]!.length);
      const edited = Buffer.from(text.replace(m[1]!, range), 'latin1');
      const { check } = await checkPdfSignature(edited, []);
      expect(check, `${range}: ${check.detail}`).to.include({ status: 'fail', code: 'signature_invalid' });
      expect(check.detail).to.match(/its byte range \[0 \d+ \d+ \d+\] (is not two ranges|reaches beyond)/);
    }
    const huge = `[0 ${'9'.repeat(12)} ${c} ${d}]`.padEnd(m[1]!.length);
    const file = join(dir, 'huge-range.pdf');
    await writeFile(file, Buffer.from(text.replace(m[1]!, huge), 'latin1'));
    const cli = await runCli(['verify', file, '--log-key', story.trust.logKey]);
    expect(cli.code).to.not.equal(0);
    expect(cli.stdout).to.include('SIGNATURE INVALID: the report’s signature is NOT valid: its byte range');
    expect(`${cli.stdout}${cli.stderr}`).to.not.match(/\n\s+at \S+ \(|RangeError|node:internal/);
  });

  it('prints the signing certificate’s fingerprint first, and of its names only CN, O, OU, C and L, escaped', async () => {
    const genuine = (await checkPdfSignature(signed, [])).signer!;
    // A forger's free-text attribute imitating the sentence with the genuine fingerprint, and a
    // common name carrying a right-to-left override.
    const forger = await makeAuthority(
      'ec',
      `/description=exports” (ECDSA certificate SHA-256 ${genuine.certificateSha256}, issued by “x”)/C=FR/O=Ministère de la Justice/CN=Parquet\u202E de Paris`,
    );
    const forged = await checkPdfSignature(
      await signPdf(
        report,
        await loadReportSigner({ key: forger.key, certificate: forger.chain }),
        nextSecond(),
      ),
      [],
    );
    expect(forged.check.status).to.equal('pass');
    const first = /SHA-256 ([0-9a-f]{64})/.exec(forged.check.detail)![1];
    expect(first, 'the first fingerprint printed').to.equal(forged.signer!.certificateSha256);
    expect(forged.check.detail).to.not.include(genuine.certificateSha256);
    expect(forged.signer!.subject).to.equal('CN=ParquetU+202E de Paris, O=Ministère de la Justice, C=FR');
  });

  it('escapes control and bidi characters in a certificate name and cuts a long one', () => {
    expect(printableName('Parquet\n\u202Eexports\u2066')).to.equal('ParquetU+000AU+202EexportsU+2066');
    expect(printableName('Ministère – Justice')).to.equal('Ministère – Justice');
    const long = printableName('x'.repeat(300));
    expect([...long]).to.have.length(64);
    expect(long.endsWith('…')).to.equal(true);
  });

  it('carries a catalogue message for every signature and pages line, so /verify prints it translated', async () => {
    const fr = translator(['fr']);
    for (const { check } of [await checkPdfSignature(signed, []), await checkPdfSignature(report, [])]) {
      expect(check.message, check.detail).to.not.equal(undefined);
      expect(checkText(check, fr)).to.not.equal(check.detail);
    }
    const p = await pages(signed);
    expect(p.message, p.detail).to.not.equal(undefined);
    expect(checkText(p, fr)).to.match(/^chaque page est exactement/);
  });

  it('says an unsigned report is not signed, as information, not as a failure', async () => {
    const { check } = await checkPdfSignature(report, []);
    expect(check).to.include({ id: 'signature', status: 'info' });
    expect(check.detail).to.include('not signed by the authority that exported it');
  });

  describe('with a signature time-stamp from a real TSA (B-T)', () => {
    let tsa: TestTsa;
    let stamped: Uint8Array;
    before(async () => {
      tsa = await TestTsa.create();
      await tsa.start();
      const signer = await loadReportSigner({
        key: authority.key,
        certificate: authority.chain,
        tsaUrl: tsa.url,
      });
      stamped = await signPdf(report, signer, new Date().toISOString());
    });
    after(() => tsa?.stop());

    it('checks the time-stamp against the pinned TSA root, and says B-T', async () => {
      const roots = [{ name: 'Test TSA root', der: certificatesFromPem(await tsa.rootPem())[0]! }];
      const { check } = await checkPdfSignature(stamped, roots);
      expect(check, check.detail).to.include({ status: 'pass' });
      expect(check.detail).to.match(
        /time-stamped by Custos Test TSA at \S+ \(checked against the pinned TSA root Test TSA root\)/,
      );
      expect(check.detail).to.include('PAdES B-T');
    });

    it('judges the certificate at the time-stamp’s time, not at the time the signer claims', async () => {
      const old = await makeDatedAuthority('200101000000Z', '210101000000Z');
      const signer = await loadReportSigner({ key: old.key, certificate: old.chain, tsaUrl: tsa.url });
      const roots = [{ name: 'Test TSA root', der: certificatesFromPem(await tsa.rootPem())[0]! }];
      // /M inside the old certificate's validity: refused for being long before the time-stamp.
      const backdated = await checkPdfSignature(await signPdf(report, signer, '2020-06-01T00:00:00Z'), roots);
      expect(backdated.check).to.include({ status: 'fail', code: 'signature_invalid' });
      expect(backdated.check.detail).to.match(/is more than 15 minutes before the signature's time-stamp/);
      // /M honest (now): the certificate had expired when the TSA saw the signature.
      const now = await checkPdfSignature(await signPdf(report, signer, new Date().toISOString()), roots);
      expect(now.check).to.include({ status: 'fail', code: 'signature_invalid' });
      expect(now.check.detail).to.include('was not valid at the time of its signature time-stamp');
    });

    it('accepts a signing time up to 15 minutes before the time-stamp, not more, and none after it', async () => {
      const roots = [{ name: 'Test TSA root', der: certificatesFromPem(await tsa.rootPem())[0]! }];
      const signer = await loadReportSigner({
        key: authority.key,
        certificate: authority.chain,
        tsaUrl: tsa.url,
      });
      const at = (ms: number) => new Date(Date.now() + ms).toISOString();
      const within = await checkPdfSignature(await signPdf(report, signer, at(-10 * 60_000)), roots);
      expect(within.check, within.check.detail).to.include({ status: 'pass' });
      const before = await checkPdfSignature(await signPdf(report, signer, at(-20 * 60_000)), roots);
      expect(before.check.detail).to.match(/is more than 15 minutes before the signature's time-stamp/);
      const after = await checkPdfSignature(await signPdf(report, signer, at(3_600_000)), roots);
      expect(after.check.detail).to.include("is later than the signature's time-stamp");
    });

    it('says the time-stamp was NOT checked without a pinned root (B-B only)', async () => {
      const { check } = await checkPdfSignature(stamped, []);
      expect(check.status).to.equal('pass');
      expect(check.detail).to.include('NOT checked: no TSA root is pinned').and.include('PAdES B-B');
    });

    it('fails a time-stamp that does not chain to the pinned root', async () => {
      const other = await (await TestTsa.create('Other TSA')).rootPem();
      const { check } = await checkPdfSignature(stamped, [
        { name: 'other', der: certificatesFromPem(other)[0]! },
      ]);
      expect(check).to.include({ status: 'fail', code: 'signature_invalid' });
      expect(check.detail).to.include('signature time-stamp does not verify');
    });

    it('is valid for pdfsig', async function () {
      await requireTool(this, 'pdfsig');
      expect(await pdfsig(stamped, 'stamped.pdf')).to.include('Signature is Valid.');
    });
  });

  /** Signs with the authority's key a signature revision edited by `edit` (same length). */
  async function resignAfterEdit(base: Uint8Array, edit: (update: string) => string): Promise<Uint8Array> {
    const { signatureUpdate, signedBytes } = await import('../../src/core/pades/signature-update.ts');
    const { cadesDetached } = await import('../../src/core/pades/cades.ts');
    const prepared = signatureUpdate(base, SIGNED_AT);
    const edited = (file: Uint8Array) => {
      const head = Buffer.from(file.subarray(0, base.length));
      const tail = edit(Buffer.from(file.subarray(base.length)).toString('latin1'));
      return new Uint8Array(Buffer.concat([head, Buffer.from(tail, 'latin1')]));
    };
    const placeholder = edited(prepared.file);
    const signer = await loadReportSigner({ key: authority.key, certificate: authority.chain });
    const cms = await cadesDetached(signedBytes(placeholder, prepared.byteRange), signer);
    return edited(signatureUpdate(base, SIGNED_AT, cms).file);
  }
});
