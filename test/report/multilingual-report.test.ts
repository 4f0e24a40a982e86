import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { CATALOGUES } from '../../src/core/i18n/catalogues.ts';
import type { MessageKey } from '../../src/core/i18n/en.ts';
import type { Language } from '../../src/core/i18n/languages.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { readRenderRecord } from '../../src/report/pdf-metadata.ts';
import { reportOptions, reportOptionsFromRecord } from '../../src/report/report-options.ts';
import type { ReportMeta } from '../../src/report/report-parts.ts';
import { PDF_RENDERER, renderReportPdf } from '../../src/report/report-pdf.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { MULTILINGUAL, recordMultilingualStory } from '../support/multilingual-story.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);

/** Labels every report prints, looked up in the catalogues rather than written here again. */
const LABELS: MessageKey[] = ['case.section', 'custody.section', 'verification.section', 'bundle.section'];

/**
 * pdftotext's text with what it adds removed: the bidi embedding marks it writes around
 * right-to-left lines and runs (U+202A–U+202E), which are not in the PDF.
 */
const extracted = (stdout: string) => stdout.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

describe('a court report of a history logged in six scripts', function () {
  this.timeout(180_000);
  let svc: RunningService;
  let client: LedgerClient;
  let bytes: Uint8Array;
  let bundle: Bundle;
  let result: BundleVerification;
  let meta: ReportMeta;

  before(async function () {
    await requireTool(this, 'pdftotext');
    await requireTool(this, 'pdffonts');
    svc = await startService();
    const c = LedgerClient.asAdminOf(svc);
    client = c;
    await recordMultilingualStory(c);
    const res = await c.get(`/v1/items/${MULTILINGUAL.item}/bundle`, 'az-inv');
    expect(res.status, res.text).to.equal(200);
    bytes = res.body;
    bundle = JSON.parse(res.text) as Bundle;
    result = verifyBundle(bundle, { logKey: (await httpGet(svc.base, '/log/key')).text.trim() });
    meta = {
      bundleSha256: createHash('sha256').update(bytes).digest('hex'),
      generatedAt: new Date(Date.parse(bundle.createdAt) + 60_000).toISOString(),
    };
  });

  after(async () => {
    await svc?.service.close();
    await removeTempDirs();
  });

  it('starts from a bundle that verifies and holds every string', () => {
    expect(result.verdict).to.equal('verified');
    const text = new TextDecoder().decode(bytes);
    for (const s of MULTILINGUAL.strings) expect(text, s).to.include(JSON.stringify(s).slice(1, -1));
  });

  const cases: Language[][] = [
    ['en'],
    ['az'],
    ['ru'],
    ['ar'],
    ['zh'],
    ['fr'],
    ['es'],
    ['az', 'en'],
    ['ar', 'en'],
  ];
  for (const languages of cases) {
    describe(`in ${languages.join(' and ')} (--lang ${languages.join(',')})`, () => {
      let pdf: Uint8Array;
      let file: string;
      let text: string;

      before(async function () {
        if (!bundle) this.skip();
        pdf = await renderReportPdf(
          bundle,
          bytes,
          result,
          meta,
          nodeFontSource,
          reportOptions({ languages }),
        );
        file = join(await tempDir('custos-multilingual'), `report-${languages.join('-')}.pdf`);
        await writeFile(file, pdf);
        text = extracted((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout);
      });

      it('prints every string of the bundle exactly as logged (pdftotext)', () => {
        const rtl = CATALOGUES[languages[0]!].direction === 'rtl';
        const missing = MULTILINGUAL.strings.filter(
          (s) => !appearsIn(text, s) && !(rtl && appearsSplit(text, s)),
        );
        expect(missing).to.deep.equal([]);
        expect(text).to.not.include('[U+');
      });

      it('prints its labels in each of its languages', () => {
        const spaced = text.replace(/\s*\n\s*/g, ' ');
        for (const language of languages)
          for (const key of LABELS)
            expect(spaced, `${language} ${key}`).to.include(CATALOGUES[language].messages[key]);
      });

      it('says in the report whether its translation was reviewed, and that the bundle is authoritative', () => {
        const spaced = text.replace(/\s*\n\s*/g, ' ');
        const notice = CATALOGUES[languages[0]!].messages['report.unreviewed'];
        // Arabic: compare a phrase without marks, which pdftotext extracts apart from their letters.
        const phrase = languages[0] === 'ar' ? 'مترجم قانوني مؤهل' : notice;
        if (languages[0] === 'en') expect(spaced).to.not.include('Machine-drafted');
        else expect(spaced).to.include(phrase);
      });

      it('embeds a subset of every font it uses, with a Unicode map (pdffonts)', async () => {
        const { stdout } = await run('pdffonts', [file]);
        const rows = stdout.trim().split('\n').slice(2);
        expect(rows.length).to.be.greaterThanOrEqual(3);
        for (const row of rows) {
          const [name, , , , emb, sub, uni] = row.split(/\s+/);
          expect({ name, emb, sub, uni }).to.deep.equal({ name, emb: 'yes', sub: 'yes', uni: 'yes' });
          expect(name).to.match(/^[A-Z]{6}\+Noto/);
        }
        for (const family of ['NotoSans-Regular', 'NotoSansArabic-Regular', 'NotoSansSC-Regular'])
          expect(stdout).to.include(family);
      });

      it('declares PDF/A-3b and its language(s) in its XMP, with what is needed to render it again', () => {
        const xmp = xmpOf(pdf);
        expect(xmp).to.match(/<pdfaid:part>3<\/pdfaid:part>/);
        expect(xmp).to.match(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
        expect(xmp).to.include(
          `<dc:language><rdf:Bag>${languages.map((l) => `<rdf:li>${l}</rdf:li>`).join('')}`,
        );
        expect(readRenderRecord(xmp)).to.deep.include({
          bundleSha256: meta.bundleSha256,
          renderer: PDF_RENDERER,
          languages,
          generatedAt: meta.generatedAt,
        });
        expect(reportOptionsFromRecord(readRenderRecord(xmp))).to.deep.equal(reportOptions({ languages }));
      });

      it('is the same bytes when made again from its render record and the attached bundle', async () => {
        const again = await renderReportPdf(
          bundle,
          bytes,
          result,
          meta,
          nodeFontSource,
          reportOptionsFromRecord(readRenderRecord(xmpOf(pdf))),
        );
        expect(Buffer.from(again).equals(Buffer.from(pdf))).to.equal(true);
      });
    });
  }

  it('attaches bundle.json as its source (AFRelationship /Source, listed in the catalog /AF)', async () => {
    const pdf = await renderReportPdf(bundle, bytes, result, meta, nodeFontSource);
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).to.match(/\/AFRelationship \/Source/);
    expect(raw).to.match(/\/AF \[\d+ 0 R\]/);
  });

  it('is served in the language ?lang names (GET /v1/items/{id}/report.pdf), and refuses an unknown one', async () => {
    const c = client;
    const res = await c.get(`/v1/items/${MULTILINGUAL.item}/report.pdf?lang=ar,en`, 'az-inv');
    expect(res.status, res.text).to.equal(200);
    const record = readRenderRecord(xmpOf(res.body));
    expect(record.languages).to.deep.equal(['ar', 'en']);
    expect(reportOptionsFromRecord(record)).to.deep.equal(reportOptions({ languages: ['ar', 'en'] }));
    const bad = await c.get(`/v1/items/${MULTILINGUAL.item}/report.pdf?lang=klingon`, 'az-inv');
    expect(bad.status).to.equal(400);
    expect((bad.json() as { code: string }).code).to.equal('bad_format');
  });

  it('differs between languages: the language is part of what was rendered', async () => {
    const az = await renderReportPdf(
      bundle,
      bytes,
      result,
      meta,
      nodeFontSource,
      reportOptions({ languages: ['az'] }),
    );
    const ru = await renderReportPdf(
      bundle,
      bytes,
      result,
      meta,
      nodeFontSource,
      reportOptions({ languages: ['ru'] }),
    );
    expect(Buffer.from(az).equals(Buffer.from(ru))).to.equal(false);
  });
});

/**
 * Whether `s` is in the extracted text, normalised only for line breaks: a line may end at a
 * space or between any two characters (inside a long word, between two Chinese characters).
 */
function appearsIn(text: string, s: string): boolean {
  const pattern = [...s]
    .map((c) => (/\s/.test(c) ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('(?:[ \\t]*\\n\\s*)?');
  return new RegExp(pattern, 'u').test(text);
}

/**
 * On a right-to-left page a left-to-right value that a line break cuts is drawn in place, but
 * pdftotext, rebuilding the logical order of the line, puts the part before the break among the
 * line's Arabic words: then each of the two parts must be there, exactly.
 */
function appearsSplit(text: string, s: string): boolean {
  for (let k = 1; k < s.length; k++)
    if (appearsIn(text, s.slice(0, k).trim()) && appearsIn(text, s.slice(k).trim())) return true;
  return false;
}

/** The XMP packet: stored uncompressed, as PDF/A wants it readable without a PDF parser. */
function xmpOf(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('utf8');
  const start = raw.indexOf('<x:xmpmeta');
  return raw.slice(start, raw.indexOf('</x:xmpmeta>', start));
}
