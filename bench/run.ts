/**
 * `npm run bench`: runs every benchmark on 127.0.0.1 only, bounded in time, and writes the
 * medians to docs/benchmarks.md. Not part of `npm test`: timings are recorded, never asserted.
 * Options: BENCH_SIZE (entries in the large log, default 1,000,000); BENCH_ONLY=scale runs only
 * the PostgreSQL, batch and failover section (with BENCH_SCALE=batch only its batch endpoint part), BENCH_ONLY=console only the browser console's,
 * BENCH_ONLY=map only the history map's (appends with and without the map, proofs, rebuild),
 * BENCH_ONLY=log only the log core's (appends through the sequencer, start-up, proofs), BENCH_ONLY=http
 * only the custody ledger over HTTP (64 clients, the thread pool docs/operations.md recommends),
 * BENCH_ONLY=events only the search of events (over a BENCH_SIZE-entry ledger), BENCH_ONLY=reports
 * only the 1,000-event court bundle (CLI verify, report export time and size, English and
 * bilingual), BENCH_ONLY=verify-scale only the 10,000-event court bundle (CLI verify of the bundle
 * and of its report, pages included, with CPU times; the /verify page in headless Chromium;
 * BENCH_VERIFY_EVENTS sets the number of events), and prints it without touching docs/benchmarks.md.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConsoleBenchmarks } from './console.bench.ts';
import { runEventSearchBenchmarks } from './event-search.bench.ts';
import { runHashBenchmarks } from './hash.bench.ts';
import { diskFigures, runHttpBenchmarks } from './http.bench.ts';
import { runLogBenchmarks } from './log.bench.ts';
import { runMapBenchmarks } from './map.bench.ts';
import { type Figure, log, machine } from './measure.ts';
import { runScaleBenchmarks } from './scale.bench.ts';
import { runVerifyBenchmarks } from './verify.bench.ts';
import { runVerifyScaleBenchmarks } from './verify-scale.bench.ts';

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const dir = await mkdtemp(join(tmpdir(), 'custos-bench-'));
const started = new Date();
const sections: { title: string; figures: Figure[] }[] = [];

const only = process.env.BENCH_ONLY;
const threadPool = Math.max(2, availableParallelism());

log(`machine: ${machine()}`);
if (only === 'console') await runConsole();
else if (only === 'map')
  sections.push({ title: 'History map', figures: await runMapBenchmarks(join(dir, 'map'), size) });
else if (only === 'events') await runEvents();
else if (only === 'log')
  sections.push({ title: 'Log core', figures: await runLogBenchmarks(join(dir, 'log'), size) });
else if (only === 'http')
  sections.push({
    title: 'Custody ledger over HTTP',
    figures: await runHttpBenchmarks(join(dir, 'http'), { threadPool }),
  });
else if (only === 'reports')
  sections.push({ title: 'Court bundles', figures: await runVerifyBenchmarks(join(dir, 'verify')) });
else if (only === 'verify-scale')
  sections.push({
    title: 'Court bundles at 10,000 events',
    figures: await runVerifyScaleBenchmarks(join(dir, 'verify-scale')),
  });
else {
  if (only !== 'scale') await runAll();
  sections.push({
    title: 'Beyond one machine',
    figures: await runScaleBenchmarks(join(dir, 'scale'), threadPool),
  });
}

async function runConsole(): Promise<void> {
  sections.push({ title: 'Browser console', figures: await runConsoleBenchmarks(join(dir, 'console')) });
}

async function runEvents(): Promise<void> {
  sections.push({
    title: 'Search of events',
    figures: await runEventSearchBenchmarks(join(dir, 'events'), size),
  });
}

async function runAll(): Promise<void> {
  sections.push({ title: 'Log core', figures: await runLogBenchmarks(join(dir, 'log'), size) });
  sections.push({ title: 'History map', figures: await runMapBenchmarks(join(dir, 'map'), size) });
  // The server as docs/operations.md says to run it (a thread pool the size of the machine),
  // then as it runs untuned, for comparison.
  const tuned = await runHttpBenchmarks(join(dir, 'http'), {
    threadPool: Math.max(2, availableParallelism()),
  });
  const stock = await runHttpBenchmarks(join(dir, 'http-stock'));
  // Appends must not slow down when the timestamping authority is down: port 9 on loopback refuses.
  const deadTsa = await runHttpBenchmarks(join(dir, 'http-dead-tsa'), {
    threadPool: Math.max(2, availableParallelism()),
    env: { CUSTOS_TSA_URLS: 'http://127.0.0.1:9/' },
    label: 'TSA down (CUSTOS_TSA_URLS refuses every connection)',
  });
  sections.push({
    title: 'Custody ledger over HTTP',
    figures: [
      ...tuned,
      { ...stock[0]!, target: undefined },
      { ...deadTsa[0]!, target: undefined },
      { ...deadTsa[2]!, name: 'latency p99, TSA down', target: undefined },
      ...(await diskFigures(join(dir, 'http', 'data'))),
    ],
  });
  await runEvents();
  sections.push({ title: 'Court bundles', figures: await runVerifyBenchmarks(join(dir, 'verify')) });
  sections.push({
    title: 'Court bundles at 10,000 events',
    figures: await runVerifyScaleBenchmarks(join(dir, 'verify-scale')),
  });
  sections.push({ title: 'Evidence hashing', figures: await runHashBenchmarks(dir) });
  await runConsole();
}

const fmt = (f: Figure) => {
  const value =
    f.unit === 'ms' || f.unit === ''
      ? f.value.toFixed(f.unit === '' ? 2 : 1)
      : Math.round(f.value).toLocaleString('en');
  return `| ${f.name} | ${value} ${f.unit} | ${f.target ?? ''} |`;
};
const report = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.ts); do not edit by hand. Medians of 3 runs unless noted.',
  'Loads run on 127.0.0.1 only. The machine is shared: read figures as ±15 %.',
  'CLI figures run the compiled CLI (`npm run bench` builds first), as an installed `custos` would.',
  '',
  `- Machine: ${machine()}`,
  `- Run: ${started.toISOString()}, command \`npm run bench\`${size !== 1_000_000 ? ` with BENCH_SIZE=${size}` : ''}`,
  '',
  ...sections.flatMap((s) => [
    `## ${s.title}`,
    '',
    '| measure | median | target |',
    '|---|---|---|',
    ...s.figures.map(fmt),
    '',
  ]),
].join('\n');
if (!only) await writeFile(new URL('../docs/benchmarks.md', import.meta.url), report);
process.stdout.write(`${report}\n`);
await rm(dir, { recursive: true, force: true });
