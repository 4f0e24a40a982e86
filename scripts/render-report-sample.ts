/**
 * `npx tsx scripts/render-report-sample.ts [lang]`: writes docs/report-sample.png, page 2 of the PDF
 * report of an item whose history was logged in Azerbaijani, Russian, Arabic, Chinese, Greek and
 * French (test/support/multilingual-story.ts), made the way `custos export` makes it (a live
 * service in a temp dir, the bundle over HTTP, verified, rendered) and rasterised by poppler's
 * pdftoppm. With a language (`az`, `ar`, `az,en`…) it writes page 1 of the report in that
 * language to docs/report-sample-<lang>.png instead. Also leaves report-sample.pdf and
 * report-sample.html in the temp dir it prints.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseLanguages } from '../src/core/i18n/languages.ts';
import type { Bundle } from '../src/core/ledger/bundle.ts';
import { verifyBundle } from '../src/core/verify/verify-bundle.ts';
import { nodeFontSource } from '../src/report/node-font-source.ts';
import { renderReportHtml } from '../src/report/report-html.ts';
import { reportOptions } from '../src/report/report-options.ts';
import { renderReportPdf } from '../src/report/report-pdf.ts';
import { httpGet } from '../test/support/http-client.ts';
import { LedgerClient } from '../test/support/ledger-client.ts';
import { MULTILINGUAL, recordMultilingualStory } from '../test/support/multilingual-story.ts';
import { startService } from '../test/support/service-fixture.ts';
import { removeTempDirs } from '../test/support/temp-dir.ts';

const lang = process.argv[2];
const options = reportOptions({ languages: parseLanguages(lang ?? 'en') });
const [name, page] = lang
  ? [`report-sample-${options.languages.join('-')}.png`, 1]
  : ['report-sample.png', 2];
const run = await startService();
try {
  const c = LedgerClient.asAdminOf(run);
  await recordMultilingualStory(c);
  const res = await c.get(`/v1/items/${MULTILINGUAL.item}/bundle`, 'az-inv');
  const bundle = JSON.parse(res.text) as Bundle;
  const result = verifyBundle(bundle, { logKey: (await httpGet(run.base, '/log/key')).text.trim() });
  if (result.verdict !== 'verified') throw new Error('the sample bundle does not verify');
  const meta = {
    bundleSha256: createHash('sha256').update(res.body).digest('hex'),
    generatedAt: new Date(Date.parse(bundle.createdAt) + 60_000).toISOString(),
  };
  // Kept after the run (unlike the service's data) so that the PDF and HTML can be looked at.
  const dir = await mkdtemp(join(tmpdir(), 'custos-report-sample-'));
  const pdf = join(dir, 'report-sample.pdf');
  await writeFile(pdf, await renderReportPdf(bundle, res.body, result, meta, nodeFontSource, options));
  await writeFile(join(dir, 'report-sample.html'), renderReportHtml(bundle, result, meta, options));
  const at = String(page);
  await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', at, '-l', at, pdf, join(dir, 'page')]);
  await copyFile(join(dir, `page-${at}.png`), new URL(`../docs/${name}`, import.meta.url));
  process.stdout.write(`docs/${name} written (PDF and HTML in ${dir})\n`);
} finally {
  await run.service.close();
  await removeTempDirs();
}
