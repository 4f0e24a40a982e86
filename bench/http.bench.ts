/**
 * Custody ledger over HTTP (issue: custody domain): signed custody events per second from 64
 * concurrent clients against a server in its own process, durable (201 only after fsync), with
 * p50/p99 latency; and the raw Ed25519 verify rate measured in the same run, for the ratio.
 */
import { readdir, stat } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { CustosClient, type Signer } from '../src/client/custos-client.ts';
import { publicKeyFromSeed, randomSeed, sign } from '../src/core/ed25519.ts';
import { toBase64, toHex, utf8 } from '../src/core/encoding.ts';
import { signDraftWith } from '../src/core/ledger/entry.ts';
import type { Kind } from '../src/core/ledger/kinds.ts';
import { nodeActorSigner, verifySignatureFast } from '../src/crypto/node-ed25519.ts';
import { readPrivateKeyFile } from '../src/keyring/key-files.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { PREFIX } from '../src/storage/store-keys.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { type Figure, log, percentile, rate } from './measure.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);

function post(agent: Agent, url: URL, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: '/v1/entries',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let data = '';
        res.on('data', (d) => {
          data += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runHttpBenchmarks(dir: string, seconds = 10, existing?: string): Promise<Figure[]> {
  const server = existing
    ? undefined
    : await startServerProcess(dir, { CUSTOS_LOG_LEVEL: 'warn', CUSTOS_STARTUP_AUDIT: 'off' });
  const url = existing ?? server!.url;
  try {
    const admin: Signer = {
      actor: 'admin',
      seed: (await readPrivateKeyFile(join(dir, 'keys', 'admin.key'))).seed,
    };
    const client = new CustosClient(url, admin);
    const clients: { id: string; seed: Uint8Array }[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const seed = randomSeed();
      const id = `bench-${i}`;
      await client.submit('actor.registered', {
        id,
        name: id,
        organisation: 'Bench unit',
        state: 'FR',
        roles: ['investigator'],
        publicKey: toBase64(publicKeyFromSeed(seed)),
      });
      clients.push({ id, seed });
    }
    const opener = { actor: clients[0]!.id, seed: clients[0]!.seed };
    await client.submit(
      'case.opened',
      {
        id: 'bench',
        reference: 'B',
        title: 'bench',
        offence: { description: 'bench' },
        openedAt: new Date().toISOString(),
      },
      opener,
    );

    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const target = new URL(url);
    const latencies: number[] = [];
    let accepted = 0;
    let refused = 0;
    let measuring = false;
    let stop = false;
    const loops = clients.map(async (c) => {
      const as = nodeActorSigner(c.id, c.seed);
      // OpenSSL signing: the load generator must not be the bottleneck.
      const signed = (kind: Kind, payload: Record<string, unknown>) =>
        JSON.stringify(signDraftWith(kind, payload, as));
      const item = `item-${c.id}`;
      const reg = await post(
        agent,
        target,
        signed('evidence.registered', {
          id: item,
          case: 'bench',
          description: 'bench item',
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: toHex(new Uint8Array(32)) },
          origin: { method: 'seizure' },
          collectedBy: c.id,
          collectedAt: new Date().toISOString(),
        }),
      );
      let prev = (JSON.parse(reg.body) as { leafHash: string }).leafHash;
      for (let n = 0; !stop; n++) {
        const body = signed('custody.event', {
          item,
          type: 'annotated',
          text: `bench event ${n}`,
          prev,
          occurredAt: new Date().toISOString(),
        });
        const t = performance.now();
        const res = await post(agent, target, body);
        if (res.status !== 201) {
          refused++;
          continue;
        }
        prev = (JSON.parse(res.body) as { leafHash: string }).leafHash;
        if (measuring) {
          accepted++;
          latencies.push(performance.now() - t);
        }
      }
    });
    await new Promise((r) => setTimeout(r, 2000));
    measuring = true;
    const start = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    measuring = false;
    const elapsed = (performance.now() - start) / 1000;
    stop = true;
    await Promise.all(loops);
    agent.destroy();

    const eventsPerSecond = accepted / elapsed;
    const seed = randomSeed();
    const message = utf8('custos/v1/custody.event\n{"bench":true}');
    const signature = sign(message, seed);
    const publicKey = publicKeyFromSeed(seed);
    const verifyRate = await rate(() => {
      for (let i = 0; i < 100; i++) verifySignatureFast(signature, message, publicKey);
      return 100;
    }, 2);
    log(
      `HTTP: ${accepted} events in ${elapsed.toFixed(1)} s, ${refused} refused; verify ${Math.round(verifyRate)}/s`,
    );
    return [
      {
        name: `durable signed custody events/s over HTTP, ${CLIENTS} clients (server in its own process)`,
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
    ];
  } finally {
    await server?.stop();
  }
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
