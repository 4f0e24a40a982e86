/**
 * `npx tsx scripts/render-report-sample.ts`: writes docs/report-sample.png, page 1 of the PDF
 * report of the cross-border story, made the way `custos export` makes it (a live service in a
 * temp dir, the bundle over HTTP, verified, rendered) and rasterised by poppler's pdftoppm.
 * Also leaves report-sample.pdf and report-sample.html in the temp dir it prints, for a look.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { nodeFontSource } from '../src/report/node-font-source.ts';
import { renderReportHtml } from '../src/report/report-html.ts';
import { renderReportPdf } from '../src/report/report-pdf.ts';
import { exportStoryBundle } from '../test/report/story-bundle.ts';
import { removeTempDirs } from '../test/support/temp-dir.ts';

const story = await exportStoryBundle();
try {
  if (story.result.verdict !== 'verified') throw new Error('the story bundle does not verify');
  // Kept after the run (unlike the service's data) so that the PDF and HTML can be looked at.
  const dir = await mkdtemp(join(tmpdir(), 'custos-report-sample-'));
  const pdf = join(dir, 'report-sample.pdf');
  await writeFile(
    pdf,
    await renderReportPdf(story.bundle, story.bytes, story.result, story.meta, nodeFontSource),
  );
  await writeFile(join(dir, 'report-sample.html'), renderReportHtml(story.bundle, story.result, story.meta));
  await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
  await copyFile(join(dir, 'page-1.png'), new URL('../docs/report-sample.png', import.meta.url));
  process.stdout.write(`docs/report-sample.png written (PDF and HTML in ${dir})\n`);
} finally {
  await story.run.service.close();
  await removeTempDirs();
}
