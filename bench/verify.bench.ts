/**
 * Offline verification of a 1,000-event bundle with the CLI (issue: court export): the time a
 * court's expert waits for `custos verify bundle.json`, process start included.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../src/config/environment.ts';
import { publicKeyFromSeed } from '../src/core/crypto/ed25519.ts';
import { toBase64 } from '../src/core/encoding.ts';
import type { Bundle } from '../src/core/ledger/bundle.ts';
import { verifyBundle } from '../src/core/verify/verify-bundle.ts';
import { readPrivateKeyFile } from '../src/keyring/key-files.ts';
import { nodeFontSource } from '../src/report/node-font-source.ts';
import { reportOptions } from '../src/report/report-options.ts';
import { renderReportPdf } from '../src/report/report-pdf.ts';
import { openService } from '../src/service.ts';
import { digestOf, LedgerClient, now } from '../test/support/ledger-client.ts';
import { type Figure, log, median } from './measure.ts';

export async function runVerifyBenchmarks(dir: string): Promise<Figure[]> {
  const config = loadConfig(
    {},
    {
      dataDir: join(dir, 'data'),
      keysDir: join(dir, 'keys'),
      port: 0,
      logLevel: 'silent',
      startupAudit: 'off',
    },
  );
  const service = await openService(config);
  const base = await service.listen();
  const c = new LedgerClient(base);
  const adminSeed = (await readPrivateKeyFile(join(config.keysDir, 'admin.key'))).seed;
  c.cast.members.set('admin', {
    id: 'admin',
    seed: adminSeed,
    publicKey: toBase64(publicKeyFromSeed(adminSeed)),
    roles: ['administrator'],
    state: 'FR',
    organisation: 'x',
  });
  await c.register('inv', ['investigator']);
  await c.ok(
    'case.opened',
    { id: 'inv~c', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: now() },
    'inv',
  );
  let prev = (
    await c.ok(
      'evidence.registered',
      {
        id: 'inv~disk',
        case: 'inv~c',
        description: 'inv~disk',
        mediaType: 'application/octet-stream',
        size: 1,
        digests: { sha256: digestOf('inv~disk') },
        origin: { method: 'seizure' },
        collectedBy: 'inv',
        collectedAt: now(),
      },
      'inv',
    )
  ).leafHash;
  for (let i = 0; i < 999; i++)
    prev = (
      await c.ok(
        'custody.event',
        { item: 'inv~disk', type: 'annotated', text: `event ${i}`, prev, occurredAt: now() },
        'inv',
      )
    ).leafHash;
  const bundleText = (await c.get('/v1/items/inv~disk/bundle', 'inv')).text;
  await service.close();
  const file = join(dir, 'bundle.json');
  await writeFile(file, bundleText);
  const vkey = (await readFile(join(config.keysDir, 'log.vkey'), 'utf8')).trim();
  const bundle = JSON.parse(bundleText) as { entries: unknown[] };
  log(`bundle of ${bundle.entries.length} entries, ${bundleText.length} bytes`);

  const inProcess: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const result = verifyBundle(bundle, { logKey: vkey });
    inProcess.push(performance.now() - t);
    if (result.verdict !== 'verified') throw new Error('the benchmark bundle does not verify');
  }
  const pdfMs: number[] = [];
  let pdfBytes = 0;
  const bytes = new TextEncoder().encode(bundleText);
  const result = verifyBundle(bundle, { logKey: vkey });
  const meta = { bundleSha256: createHash('sha256').update(bytes).digest('hex'), generatedAt: now() };
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const pdf = await renderReportPdf(bundle as Bundle, bytes, result, meta, nodeFontSource);
    pdfMs.push(performance.now() - t);
    pdfBytes = pdf.length;
  }
  // The largest a report of it gets: every label in two languages, one right to left.
  const bilingual = reportOptions({ languages: ['ar', 'en'] });
  const t = performance.now();
  const bilingualBytes = (
    await renderReportPdf(bundle as Bundle, bytes, result, meta, nodeFontSource, bilingual)
  ).length;
  const bilingualMs = performance.now() - t;
  const cli: number[] = [];
  const bin = new URL('../bin/custos.js', import.meta.url).pathname;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [bin, 'verify', file, '--log-key', vkey], { stdio: 'ignore' });
    cli.push(performance.now() - t);
  }
  return [
    {
      name: `verify a ${bundle.entries.length}-entry bundle (1,000 custody events), CLI \`custos verify\`, process start included`,
      value: median(cli),
      unit: 'ms',
      target: '≤ 2,000',
    },
    {
      name: 'the same verification in process (portable noble verifier)',
      value: median(inProcess),
      unit: 'ms',
    },
    {
      name: 'render the PDF/A report of that bundle (embedded Unicode fonts, bundle attached), in process',
      value: median(pdfMs),
      unit: 'ms',
    },
    { name: 'size of that report.pdf', value: pdfBytes / 1000, unit: 'kB', target: '≤ 2,000' },
    {
      name: 'render its bilingual report (`--lang ar,en`: Arabic right to left, every label twice), in process, one run',
      value: bilingualMs,
      unit: 'ms',
    },
    {
      name: 'size of that bilingual report.pdf',
      value: bilingualBytes / 1000,
      unit: 'kB',
      target: '≤ 2,000',
    },
  ];
}
