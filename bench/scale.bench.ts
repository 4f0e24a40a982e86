/**
 * Beyond one machine (issue: PostgreSQL, failover, bulk ingest): events/s through
 * `POST /v1/entries/batch` against the raw Ed25519 verify rate of the same run; single-entry
 * events/s on PostgreSQL next to LevelDB (the LevelDB figure is the HTTP section's); and the
 * time from a SIGKILL of the sequencer until another process sequences.
 */
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { Pool } from 'undici';
import { publicKeyFromSeed, randomSeed, sign } from '../src/core/crypto/ed25519.ts';
import { toHex, utf8 } from '../src/core/encoding.ts';
import { signDraftWith } from '../src/core/ledger/entry.ts';
import { verifySignatureFast } from '../src/crypto/node-ed25519.ts';
import { failoverSoak } from '../test/support/failover.ts';
import { setUpWriters } from '../test/support/load-writers.ts';
import { freshDatabase } from '../test/support/postgres.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { runHttpBenchmarks } from './http.bench.ts';
import { type Figure, log, median, rate, threadTimes } from './measure.ts';

const BATCH = 500;
const CLIENTS = 8;

export async function runScaleBenchmarks(dir: string, threadPool: number): Promise<Figure[]> {
  const batch = await batchThroughput(join(dir, 'batch'), threadPool);
  // BENCH_SCALE=batch: the batch endpoint alone, while working on it (no PostgreSQL, no failover).
  if (process.env.BENCH_SCALE === 'batch') return batch;
  const pg = await runHttpBenchmarks(join(dir, 'pg'), {
    threadPool,
    env: { CUSTOS_STORE: await freshDatabase('custos_bench') },
    label: 'PostgreSQL store (CUSTOS_STORE), same machine',
  });
  const failover = await failoverSoak({
    dir: join(dir, 'failover'),
    store: await freshDatabase('custos_bench_failover'),
    processes: 3,
    clients: 16,
    kills: 3,
    log,
  });
  return [
    ...batch,
    { ...pg[0]!, target: undefined },
    { ...pg[2]!, name: 'latency p99, PostgreSQL store', target: undefined },
    {
      name: 'failover: SIGKILL of the sequencer until another process sequences (3 processes, 16 clients, median of 3 kills)',
      value: median(failover.takeoverMs),
      unit: 'ms',
      target: '< 5,000',
    },
    {
      name: 'failover: SIGKILL of the sequencer until the next acknowledged append (median of 3 kills)',
      value: median(failover.firstAckMs),
      unit: 'ms',
    },
  ];
}

/**
 * What `custos evidence register-dir` sends: the files of one extraction registered as derivative
 * items of the seized device, pre-signed by the examiner, posted in batches of 500 by 8 clients;
 * signing happens before the clock starts, so the figure is the server's. (Registering actors in
 * bulk would measure something else: each new public key is checked for a torsion component, a
 * scalar multiplication in JavaScript that costs ~15 Ed25519 verifies, and nobody ingests actors
 * by the thousand.) The server's CPU time per entry, all threads and the event loop alone, says
 * where a faster machine or more cores would help.
 */
async function batchThroughput(dir: string, threadPool: number): Promise<Figure[]> {
  const server = await startServerProcess(dir, {
    CUSTOS_LOG_LEVEL: 'warn',
    CUSTOS_STARTUP_AUDIT: 'off',
    UV_THREADPOOL_SIZE: String(threadPool),
  });
  try {
    const [examiner] = await setUpWriters(server.url, dir, 1, 'bulk');
    const total = 120_000;
    log(`batch: signing ${total.toLocaleString('en')} registrations of extracted files…`);
    const collectedAt = new Date().toISOString();
    const bodies: string[] = [];
    for (let b = 0; b < total / BATCH; b++) {
      const entries = Array.from({ length: BATCH }, (_, i) =>
        signDraftWith(
          'evidence.registered',
          {
            id: `${examiner!.id}~x-${b}-${i}`,
            case: `${examiner!.id}~case`,
            description: `extraction/DCIM/IMG_${b}_${i}.jpg`,
            mediaType: 'image/jpeg',
            size: 1_000_000 + i,
            digests: { sha256: toHex(sha256(utf8(`${b}/${i}`))) },
            origin: { method: 'derived', parent: examiner!.item },
            collectedBy: examiner!.id,
            collectedAt,
          },
          examiner!.signer,
        ),
      );
      bodies.push(JSON.stringify({ entries }));
    }
    const pool = new Pool(server.url, { connections: CLIENTS });
    let next = 0;
    let accepted = 0;
    let refused = 0;
    const cpuBefore = threadTimes(server.child.pid!);
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          const res = await pool.request({
            path: '/v1/entries/batch',
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          const { results } = (await res.body.json()) as { results: { index?: number }[] };
          for (const r of results)
            if (r.index === undefined) refused++;
            else accepted++;
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    const cpuAfter = threadTimes(server.child.pid!);
    await pool.close();
    const seed = randomSeed();
    const message = utf8('custos/v1/evidence.registered\n{"bench":true}');
    const signature = sign(message, seed);
    const publicKey = publicKeyFromSeed(seed);
    const verifyRate = await rate(() => {
      for (let i = 0; i < 100; i++) verifySignatureFast(signature, message, publicKey);
      return 100;
    }, 2);
    const perSecond = accepted / elapsed;
    const perEntry = (ms: number) => (ms * 1000) / Math.max(1, accepted);
    log(
      `batch: ${accepted} entries in ${elapsed.toFixed(1)} s, ${refused} refused; verify ${Math.round(verifyRate)}/s`,
    );
    return [
      {
        name: `durable signed custody events/s through POST /v1/entries/batch (files of an extraction registered as derivatives, ${BATCH} per request, ${CLIENTS} clients, LevelDB, UV_THREADPOOL_SIZE=${threadPool})`,
        value: perSecond,
        unit: 'events/s',
      },
      {
        name: 'raw Ed25519 verify rate, same run (OpenSSL, one core)',
        value: verifyRate,
        unit: 'verifies/s',
      },
      { name: 'ratio batch events/s ÷ verifies/s', value: perSecond / verifyRate, unit: '', target: '≥ 0.8' },
      {
        name: 'server CPU time per batched entry, all threads (Ed25519 verify on the thread pool included)',
        value: perEntry(cpuAfter.all - cpuBefore.all),
        unit: 'µs',
      },
      {
        name: 'server CPU time per batched entry, event loop thread only',
        value: perEntry(cpuAfter.main - cpuBefore.main),
        unit: 'µs',
      },
    ];
  } finally {
    await server.stop();
  }
}
