/**
 * A translated court report says everything in its language: the verifier's check sentences,
 * the codes the log records (origin, status, request type and status), conditions on use, the
 * legal hold and the preservation, for a history with findings, a copy, a preservation, a hold
 * and a conditioned disclosure. Each report is searched for the English catalogue's phrases, in
 * what it prints (its model) and in what pdftotext reads from the PDF; and each page's footer
 * says that the translation is unreviewed and the attached bundle authoritative.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { CATALOGUES } from '../../src/core/i18n/catalogues.ts';
import type { Language } from '../../src/core/i18n/languages.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { buildReportModel } from '../../src/report/report-model.ts';
import { reportOptions } from '../../src/report/report-options.ts';
import type { ReportMeta } from '../../src/report/report-parts.ts';
import { renderReportPdf } from '../../src/report/report-pdf.ts';
import { englishLeaks, englishPhrases } from '../support/english-leaks.ts';
import { httpGet } from '../support/http-client.ts';
import { LAW, recordLawStory } from '../support/law-story.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { requireTool } from '../support/system-tools.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);
const TRANSLATED: Language[] = ['az', 'ru', 'ar', 'zh', 'fr', 'es'];

/** Every string of a report model, as the PDF and HTML renderers print them. */
function printed(model: unknown): string {
  const out: string[] = [];
  JSON.stringify(model, (_k, v: unknown) => {
    if (typeof v === 'string') out.push(v);
    return v;
  });
  return out.join('\n');
}

describe('a translated report of a history with findings, a copy, a preservation, a hold and conditions', function () {
  this.timeout(180_000);
  let svc: RunningService;
  let bundle: Bundle;
  let bytes: Uint8Array;
  let result: BundleVerification;
  let meta: ReportMeta;

  before(async function () {
    await requireTool(this, 'pdftotext');
    svc = await startService();
    const c = LedgerClient.asAdminOf(svc);
    await recordLawStory(c);
    const res = await c.get(`/v1/items/${LAW.item}/bundle`, 'fr-inv');
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

  it('starts from a verified bundle that has all of these, each check worded by the catalogue', () => {
    expect(result.verdict).to.equal('verified');
    const types = result.timeline.map((e) => e.type);
    expect(types).to.include.members(['examined', 'copied', 'preserved', 'hold-placed', 'disclosed']);
    const subject = result.items.find((i) => i.id === LAW.item)!;
    expect(subject.preservation?.order).to.equal('OC-2026-7');
    expect(subject.legalHold).to.include({ onKind: 'item', onId: LAW.item });
    expect(subject.derivatives).to.deep.equal([LAW.copy]);
    expect(result.requests.map((r) => r.type)).to.deep.equal(['mutual-legal-assistance']);
    expect(result.checks.filter((c) => !c.message).map((c) => c.id)).to.deep.equal([]);
  });

  it('prints the English it replaces when the report is English (the phrases are real)', () => {
    const text = printed(buildReportModel(bundle, result, meta, translator(['en'])));
    // English leaks against French: what a French report would have to translate.
    expect(englishLeaks(text, 'fr').length).to.be.greaterThan(20);
    for (const phrase of [
      'permitted purposes',
      'only with the provider’s consent',
      'mutual legal assistance',
    ])
      expect(text).to.include(phrase);
  });

  for (const language of TRANSLATED) {
    describe(`in ${CATALOGUES[language].name} (${language})`, () => {
      it('prints no English phrase of the catalogue (report model)', () => {
        const model = buildReportModel(bundle, result, meta, translator([language]));
        expect(englishLeaks(printed(model), language)).to.deep.equal([]);
        expect(printed(model)).to.not.include(CATALOGUES[language].messages['check.detailInEnglish']);
      });

      it('prints no English phrase of the catalogue in the PDF either, and says on every page that it is unreviewed', async () => {
        const { pages, text } = await pdfText([language]);
        expect(englishLeaks(text, language)).to.deep.equal([]);
        expectNoticeOnEveryPage(pages, language);
      });
    });
  }

  for (const languages of [
    ['az', 'en'],
    ['en', 'ru'],
    ['ar', 'en'],
  ] as Language[][]) {
    it(`says on every page of a bilingual ${languages.join(',')} report that its translation is unreviewed`, async () => {
      const { pages } = await pdfText(languages);
      expectNoticeOnEveryPage(pages, languages.find((l) => l !== 'en')!);
    });
  }

  it('says nothing about a translation in an English report', async () => {
    const { text } = await pdfText(['en']);
    expect(text).to.not.include('Machine-drafted');
    expect(englishPhrases('fr').some((p) => text.replace(/\s+/g, ' ').includes(p))).to.equal(true);
  });

  async function pdfText(languages: Language[]): Promise<{ pages: string[]; text: string }> {
    const pdf = await renderReportPdf(
      bundle,
      bytes,
      result,
      meta,
      nodeFontSource,
      reportOptions({ languages }),
    );
    const file = join(await tempDir('custos-translated'), `report-${languages.join('-')}.pdf`);
    await writeFile(file, pdf);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(
      /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      '',
    );
    // pdftotext ends every page with a form feed.
    return { pages: text.split('\f').filter((p) => p.trim()), text };
  }
});

/** The footer's notice, whole; Arabic by a phrase without marks (pdftotext sets marks apart). */
function expectNoticeOnEveryPage(pages: readonly string[], language: Language): void {
  const notice = CATALOGUES[language].messages['report.unreviewed'];
  const phrase = language === 'ar' ? 'مترجم قانوني مؤهل' : notice;
  expect(pages.length).to.be.greaterThan(1);
  for (const [i, page] of pages.entries()) {
    const flat = page.replace(/\s+/g, ' ');
    expect(flat, `page ${i + 1}`).to.include(phrase);
    if (language !== 'ar') expect(flat, `page ${i + 1}`).to.include('bundle.json');
  }
}
