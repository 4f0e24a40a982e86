import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect } from 'chai';
import { deflateThread } from '../../src/cli/commands/deflate-thread.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { BundleVerification, Check } from '../../src/core/verify/result.ts';
import { type TrustPolicy, verifyBundle, verifyBundleWithTime } from '../../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../../src/report/node-font-source.ts';
import { checkPages, countRevisions } from '../../src/report/page-check.ts';
import { extractBundleFromPdf } from '../../src/report/pdf-bundle.ts';
import { checkReportPages, renderAgain } from '../../src/report/report-again.ts';
import { PDF_RENDERER, renderReportPdf } from '../../src/report/report-pdf.ts';
import { runCli } from '../support/cli-runner.ts';
import { STORY } from '../support/cross-border-story.ts';
import { annotateOver, appendOverlay, removePage, swapAttachment } from '../support/pdf-forgery.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';
import { exportStoryBundle, type StoryBundle } from './story-bundle.ts';

/** The page check as `custos verify` and /verify run it: the bundle comes from the file itself. */
async function pagesOf(pdf: Uint8Array, logKey: string): Promise<Check> {
  const { bundleBytes } = await extractBundleFromPdf(pdf);
  const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
  const result = verifyBundle(bundle, { logKey });
  expect(result.verdict, 'the attached history itself verifies').to.equal('verified');
  return checkPages(pdf, (record) => renderAgain(record, bundle, bundleBytes, result, nodeFontSource));
}

describe('the printed pages of a report PDF', function () {
  this.timeout(300_000);
  let story: StoryBundle;
  let genuine: Uint8Array;
  let dir: string;

  before(async () => {
    story = await exportStoryBundle();
    genuine = await renderReportPdf(story.bundle, story.bytes, story.result, story.meta, nodeFontSource);
    dir = await tempDir('custos-pages');
  });

  after(async () => {
    await story?.run.service.close();
    await removeTempDirs();
  });

  it('pass when the file is what its verified bundle renders to, byte for byte', async () => {
    const check = await pagesOf(genuine, story.trust.logKey);
    expect(check, check.detail).to.include({ id: 'pages', status: 'pass' });
    expect(check.detail).to.include('byte for byte');
  });

  it('come out byte-identical when the same bundle is exported again', async () => {
    const again = await renderReportPdf(story.bundle, story.bytes, story.result, story.meta, nodeFontSource);
    expect(Buffer.from(again).equals(Buffer.from(genuine))).to.equal(true);
  });

  it('come out byte-identical when deflated on a second thread, as custos verify renders them', async () => {
    const thread = deflateThread();
    try {
      thread.ahead(story.bytes);
      const help = await thread.help();
      const threaded = await renderReportPdf(
        story.bundle,
        story.bytes,
        story.result,
        story.meta,
        nodeFontSource,
        undefined,
        help,
      );
      expect(Buffer.from(threaded).equals(Buffer.from(genuine))).to.equal(true);
    } finally {
      thread.close();
    }
  });

  it('fail, naming the page and the holder, when the page text says what the attached history does not', async () => {
    const name = story.result.timeline.find((t) => t.actorName)!.actorName!;
    const doctored = JSON.parse(
      JSON.stringify(story.result).replaceAll(name, 'Officer Mallory'),
    ) as BundleVerification;
    // The genuine bundle stays attached and declared; only the pages were made from other facts.
    const forged = await renderReportPdf(story.bundle, story.bytes, doctored, story.meta, nodeFontSource);
    const check = await pagesOf(forged, story.trust.logKey);
    expect(check, check.detail).to.include({ status: 'fail', code: 'pages_differ' });
    expect(check.detail, check.detail).to.match(
      /page \d+: the report shows “[^”]*Officer Mallory[^”]*”, the verified history says “[^”]*”/,
    );
    expect(check.detail).to.include(name);
  });

  it('fail when an incremental update overlays the title, naming the revision and page 1', async () => {
    const forged = await appendOverlay(genuine, 'FORGED-ITEM-999');
    expect(countRevisions(forged)).to.equal(2);
    const check = await pagesOf(forged, story.trust.logKey);
    expect(check).to.include({ status: 'fail', code: 'pages_differ' });
    expect(check.detail).to.include('2 revisions');
    expect(check.detail).to.match(/page 1: the report shows “FORGED-ITEM-999/);
  });

  it('fail when another item’s genuine bundle is attached with matching metadata, naming page 1', async () => {
    const other = await story.client.get(`/v1/items/${STORY.phone}/bundle`, 'fr-inv');
    expect(other.status, other.text).to.equal(200);
    const forged = await swapAttachment(genuine, other.body);
    const check = await pagesOf(forged, story.trust.logKey);
    expect(check).to.include({ status: 'fail', code: 'pages_differ' });
    expect(check.detail).to.match(
      new RegExp(
        `page 1: the report shows “[^”]*${STORY.image}[^”]*”, the verified history says “[^”]*${STORY.phone}`,
      ),
    );
  });

  it('fail when a page is removed, saying which', async () => {
    const forged = await removePage(genuine, 2);
    const check = await pagesOf(forged, story.trust.logKey);
    expect(check).to.include({ status: 'fail', code: 'pages_differ' });
    expect(check.detail).to.match(
      /the file has \d+ pages, the verified history renders \d+: from page 2 .* pages are missing/,
    );
  });

  it('fail when an annotation covers a row, naming the page', async () => {
    const forged = await annotateOver(genuine, 2, [48, 400, 300, 14]);
    const check = await pagesOf(forged, story.trust.logKey);
    expect(check).to.include({ status: 'fail', code: 'pages_differ' });
    expect(check.detail, check.detail).to.include('page 2 carries 1 annotation (Square)');
  });

  it('rest on the bytes presented, not on the parsed document handed with them', async () => {
    // The genuine file's parse, handed with an overlaid file, as a careless caller might.
    const forged = await appendOverlay(genuine, 'FORGED-ITEM-999');
    const { bundleBytes, document } = await extractBundleFromPdf(genuine);
    const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
    const result = verifyBundle(bundle, { logKey: story.trust.logKey });
    const draw = (record: Parameters<Parameters<typeof checkPages>[1]>[0]) =>
      renderAgain(record, bundle, bundleBytes, result, nodeFontSource);
    expect(await checkPages(genuine, draw, document)).to.include({ status: 'pass' });
    expect(await checkPages(forged, draw, document)).to.include({ status: 'fail', code: 'pages_differ' });
  });

  it('read the attachment alike with Node’s zlib and OpenSSL, the portable code, and an inflate that refuses it', async () => {
    const portable = await extractBundleFromPdf(genuine);
    const native = await extractBundleFromPdf(genuine, {
      inflate: inflateSync,
      sha256: (b) => createHash('sha256').update(b).digest(),
    });
    const refusing = await extractBundleFromPdf(genuine, {
      inflate: () => {
        throw new Error('refused');
      },
    });
    for (const found of [portable, native, refusing]) {
      expect(Buffer.from(found.bundleBytes).equals(Buffer.from(story.bytes))).to.equal(true);
      expect(found.bundleSha256).to.equal(story.meta.bundleSha256);
    }
  });

  it('are NOT checked, and say so, when the report names a renderer this verifier does not have', async () => {
    const old = Buffer.from(genuine).toString('latin1').replace(`${PDF_RENDERER}<`, 'custos-report-pdf/2<');
    const check = await pagesOf(new Uint8Array(Buffer.from(old, 'latin1')), story.trust.logKey);
    expect(check).to.include({ status: 'warn', code: 'pages_not_checked' });
    expect(check.detail).to.match(/^the printed pages were NOT checked: .*custos-report-pdf\/2/);
  });

  describe('verified again as exported', () => {
    /** The page check with the trust a reader pinned; how often the bundle was verified again. */
    async function checkedUnder(pinned: TrustPolicy, result: BundleVerification) {
      let again = 0;
      const check = await checkReportPages({
        pdf: genuine,
        bundle: story.bundle,
        bundleBytes: story.bytes,
        pinned,
        result,
        verify: (b, t) => {
          again++;
          expect(t, 'the trust the report was exported under').to.deep.equal({ logKey: story.trust.logKey });
          return verifyBundleWithTime(b, t);
        },
        fonts: nodeFontSource,
      });
      expect(check, check.detail).to.include({ status: 'pass' });
      return again;
    }

    it('is not needed when the reader pinned other logs that the bundle never names', async () => {
      const pinned = { logKey: story.trust.logKey, otherLogs: () => undefined };
      const result = verifyBundle(story.bundle, pinned);
      expect(result.checks.some((c) => c.id === 'border')).to.equal(false);
      expect(await checkedUnder(pinned, result)).to.equal(0);
    });

    it('happens when the verification consulted the other logs pinned, or anything more', async () => {
      const logKey = story.trust.logKey;
      const result = verifyBundle(story.bundle, { logKey });
      const border: Check = { id: 'border', status: 'warn', detail: 'another log’s entry, not pinned' };
      const withBorder = { ...result, checks: [...result.checks, border] };
      expect(await checkedUnder({ logKey, otherLogs: () => undefined }, withBorder)).to.equal(1);
      const known = { logKey, knownCheckpoint: story.bundle.checkpoint };
      expect(await checkedUnder(known, verifyBundle(story.bundle, known))).to.equal(1);
    });
  });

  describe('through custos verify', () => {
    const forgeries: [string, () => Promise<Uint8Array>, RegExp][] = [
      [
        'an incremental update',
        () => appendOverlay(genuine, 'FORGED-ITEM-999'),
        /page 1: the report shows “FORGED-ITEM-999/,
      ],
      ['a removed page', () => removePage(genuine, 2), /from page 2 .* pages are missing/],
      [
        'an annotation over a row',
        () => annotateOver(genuine, 2, [48, 400, 300, 14]),
        /page 2 carries 1 annotation/,
      ],
    ];

    it('accepts the genuine report, saying the pages were checked and what is not proven', async () => {
      const file = join(dir, 'genuine.pdf');
      await writeFile(file, genuine);
      const r = await runCli(['verify', file, '--log-key', story.trust.logKey]);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/^VERIFIED: the history of /);
      expect(r.stdout).to.include('PAGES: every page is exactly what the verified history renders to');
      expect(r.stdout).to.include('NOT proven: anything logged after that checkpoint');
    });

    for (const [name, forge, says] of forgeries)
      it(`refuses ${name}, naming the page`, async () => {
        const file = join(dir, `${name.replaceAll(' ', '-')}.pdf`);
        await writeFile(file, await forge());
        const r = await runCli(['verify', file, '--log-key', story.trust.logKey]);
        expect(r.code, r.stdout).to.not.equal(0);
        expect(r.stdout).to.include('PAGES DO NOT MATCH');
        expect(r.stdout).to.match(says);
        expect(r.stderr).to.include('its printed pages are NOT that history');
      });
  });
});
