/**
 * Custody ledger over HTTP (issue: custody domain): signed custody events per second from 64
 * concurrent clients against a server in its own process, durable (201 only after fsync), with
 * p50/p99 latency; and the raw Ed25519 verify rate measured in the same run, for the ratio.
 * Also the server's CPU time per durable event against the CPU time of one Ed25519 verify, both
 * measured in the same run: unlike the rates, CPU time does not count the time another process
 * held the core, so it says what an append costs on a machine that is shared.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool } from 'undici';
import { publicKeyFromSeed, randomSeed, sign } from '../src/core/crypto/ed25519.ts';
import { utf8 } from '../src/core/encoding.ts';
import { verifySignatureFast } from '../src/crypto/node-ed25519.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { PREFIX } from '../src/storage/store-keys.ts';
import { nextAnnotation, setUpWriters } from '../test/support/load-writers.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { type Figure, log, percentile, rate, threadTimes } from './measure.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
/**
 * Load before measuring: the server's JIT compiler is still busy for several seconds after
 * start-up (on other threads, but in the process's CPU time), which a server running for days
 * does not pay per event.
 */
const WARM_UP_SECONDS = 5;

export interface HttpBenchOptions {
  readonly seconds?: number;
  /** A server already running there, instead of one started for the run. */
  readonly existing?: string;
  /** UV_THREADPOOL_SIZE for the server started; libuv's default (4) when absent. */
  readonly threadPool?: number;
  /** More environment for the server (e.g. a dead CUSTOS_TSA_URLS), and how to say so. */
  readonly env?: Record<string, string>;
  readonly label?: string;
}

export async function runHttpBenchmarks(dir: string, options: HttpBenchOptions = {}): Promise<Figure[]> {
  const { seconds = 10, existing, threadPool } = options;
  const env: Record<string, string> = {
    CUSTOS_LOG_LEVEL: 'warn',
    CUSTOS_STARTUP_AUDIT: 'off',
    ...options.env,
  };
  if (threadPool !== undefined) env.UV_THREADPOOL_SIZE = String(threadPool);
  const server = existing ? undefined : await startServerProcess(dir, env);
  const url = existing ?? server!.url;
  const pool = `${threadPool === undefined ? "libuv's default thread pool of 4" : `UV_THREADPOOL_SIZE=${threadPool}`}${options.label ? `, ${options.label}` : ''}`;
  try {
    const writers = await setUpWriters(url, dir, CLIENTS, 'bench');
    // undici rather than node:http: the load generator shares the machine's two cores with the
    // server it measures, and undici spends about 26 µs per request where node:http spends 40.
    const clients = new Pool(url, { connections: CLIENTS });
    const latencies: number[] = [];
    let accepted = 0;
    let refused = 0;
    let measuring = false;
    let stop = false;
    const loops = writers.map(async (w) => {
      for (let n = 0; !stop; n++) {
        const body = nextAnnotation(w, `bench event ${n}`);
        const t = performance.now();
        const res = await clients.request({
          path: '/v1/entries',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await res.body.text();
        if (res.statusCode !== 201) {
          refused++;
          continue;
        }
        w.head = (JSON.parse(text) as { leafHash: string }).leafHash;
        if (measuring) {
          accepted++;
          latencies.push(performance.now() - t);
        }
      }
    });
    await new Promise((r) => setTimeout(r, WARM_UP_SECONDS * 1000));
    const cpuBefore = server && threadTimes(server.child.pid!);
    measuring = true;
    const start = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    measuring = false;
    const elapsed = (performance.now() - start) / 1000;
    const cpuAfter = server && threadTimes(server.child.pid!);
    stop = true;
    await Promise.all(loops);
    await clients.close();

    const eventsPerSecond = accepted / elapsed;
    const seed = randomSeed();
    const message = utf8('custos/v1/custody.event\n{"bench":true}');
    const signature = sign(message, seed);
    const publicKey = publicKeyFromSeed(seed);
    const verifyCpu = process.cpuUsage();
    let verifies = 0;
    const verifyRate = await rate(() => {
      for (let i = 0; i < 100; i++) verifySignatureFast(signature, message, publicKey);
      verifies += 100;
      return 100;
    }, 2);
    const { user, system } = process.cpuUsage(verifyCpu);
    const verifyMicros = (user + system) / verifies;
    log(
      `HTTP: ${accepted} events in ${elapsed.toFixed(1)} s, ${refused} refused; verify ${Math.round(verifyRate)}/s, ${verifyMicros.toFixed(1)} µs CPU each`,
    );
    const perEvent = (ms: number) => (ms * 1000) / Math.max(1, accepted);
    const cpu =
      cpuBefore && cpuAfter
        ? { all: perEvent(cpuAfter.all - cpuBefore.all), main: perEvent(cpuAfter.main - cpuBefore.main) }
        : undefined;
    return [
      {
        name: `durable signed custody events/s over HTTP, ${CLIENTS} clients (server in its own process, ${pool})`,
        value: eventsPerSecond,
        unit: 'events/s',
        target: '≥ 5,000',
      },
      { name: 'latency p50 (POST /v1/entries → 201, durable)', value: percentile(latencies, 50), unit: 'ms' },
      { name: 'latency p99', value: percentile(latencies, 99), unit: 'ms', target: '≤ 50' },
      {
        name: 'raw Ed25519 verify rate, same run (OpenSSL, one core)',
        value: verifyRate,
        unit: 'verifies/s',
      },
      {
        name: 'ratio events/s ÷ verifies/s',
        value: eventsPerSecond / verifyRate,
        unit: '',
        target: '≥ 0.35',
      },
      ...(cpu ? cpuFigures(cpu, verifyMicros) : []),
    ];
  } finally {
    await server?.stop();
  }
}

/**
 * The server's CPU time per durable event over the measured seconds (all its threads: the event
 * loop, the thread pool that verifies signatures and writes to LevelDB, V8's helpers), next to
 * one Ed25519 verify's CPU time in this process; the start-up and the warm-up are not counted.
 */
function cpuFigures(cpu: { all: number; main: number }, verifyMicros: number): Figure[] {
  return [
    {
      name: `server CPU time per durable event, all threads (${WARM_UP_SECONDS} s of load before measuring; process start excluded)`,
      value: cpu.all,
      unit: 'µs',
    },
    { name: 'server CPU time per durable event, event loop thread only', value: cpu.main, unit: 'µs' },
    {
      name: 'CPU time of one Ed25519 verify, same run (OpenSSL, one core)',
      value: verifyMicros,
      unit: 'µs',
    },
    {
      name: 'ratio server CPU per event ÷ one verify',
      value: cpu.all / verifyMicros,
      unit: '',
      target: '≤ 2',
    },
  ];
}

/** Bytes on disk per entry of the ledger the HTTP run left behind, after compaction. */
export async function diskFigures(dataDir: string): Promise<Figure[]> {
  const store = await LevelLogStore.open(dataDir);
  await store.compact();
  let entries = 0;
  let entryBytes = 0;
  for await (const [, value] of store.rawRecords(
    Uint8Array.of(PREFIX.entry),
    Uint8Array.of(PREFIX.entry + 1),
  )) {
    entries++;
    entryBytes += value.length;
  }
  await store.close();
  let disk = 0;
  for (const name of await readdir(dataDir)) disk += (await stat(join(dataDir, name))).size;
  const perEntry = disk / entries;
  const mean = entryBytes / entries;
  log(`disk: ${disk} bytes for ${entries} entries (mean entry ${mean.toFixed(0)} bytes)`);
  return [
    {
      name: `bytes on disk per entry (${entries.toLocaleString('en')} ledger entries with hashes, checkpoints and indexes, compacted)`,
      value: perEntry,
      unit: 'bytes',
    },
    { name: 'mean canonical (JCS) entry size', value: mean, unit: 'bytes' },
    { name: 'ratio disk per entry ÷ entry size', value: perEntry / mean, unit: '', target: '≤ 2' },
  ];
}
