/**
 * The crash soak: a server process under signed-event load from many clients, killed with
 * SIGKILL at random moments and restarted, then checked: every acknowledged event present at
 * its index, a clean audit, every checkpoint seen consistent with the final one. Used by a
 * short test in `npm test` and by `npm run soak` (20 kills, 64 clients).
 */
import { readFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { CustosClient } from '../../src/client/custos-client.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { isConsistent } from '../../src/core/log/proof-verify.ts';
import { auditLog } from '../../src/log/audit.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { nextAnnotation, setUpWriters } from './load-writers.ts';
import { startServerProcess } from './server-process.ts';

export interface SoakOptions {
  readonly dir: string;
  readonly kills: number;
  readonly clients: number;
  /** Milliseconds of load before each kill: a random value up to this. */
  readonly maxRunMs: number;
  readonly log?: (line: string) => void;
}

export interface SoakResult {
  readonly kills: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly checkpointsSeen: number;
  readonly inconsistent: number;
  readonly auditFindings: number;
  readonly finalSize: number;
}

function startServer(dir: string) {
  return startServerProcess(dir, { CUSTOS_STARTUP_AUDIT: 'off' });
}

function post(agent: Agent, url: string, body: string): Promise<{ status: number; text: string }> {
  const u = new URL('/v1/entries', url);
  return new Promise((resolve) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', () => resolve({ status: 0, text: '' }));
      },
    );
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

function within<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function crashSoak(o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => undefined);
  let server = await startServer(o.dir);
  // After a crash a writer's head may be stale (an event made durable but never acknowledged);
  // the 409 then names the current head, as it would for any client.
  const writers = await setUpWriters(server.url, o.dir, o.clients, 'soak');

  const acknowledged = new Map<number, string>();
  const checkpoints: string[] = [];
  for (let round = 0; round < o.kills; round++) {
    const agent = new Agent({ keepAlive: true, maxSockets: o.clients });
    let stop = false;
    const reader = new CustosClient(server.url);
    // Every kill must land under load: the clock for it starts at the round's first acknowledgement.
    let flowing: () => void = () => undefined;
    const firstAck = new Promise<void>((r) => {
      flowing = r;
    });
    let failure: Error | undefined;
    const loops = writers.map(async (w) => {
      while (!stop) {
        const res = await post(agent, server.url, nextAnnotation(w, `round ${round}`));
        if (res.status === 201) {
          const body = JSON.parse(res.text) as { index: number; leafHash: string };
          acknowledged.set(body.index, body.leafHash);
          w.head = body.leafHash;
          flowing();
        } else if (res.status === 409) {
          w.head = (JSON.parse(res.text) as { currentPrev: string }).currentPrev;
        } else if (res.status === 0) {
          break;
        } else {
          failure ??= new Error(`${w.item}: unexpected ${res.status} ${res.text}`);
          break;
        }
      }
    });
    const poll = (async () => {
      while (!stop) {
        const note = await reader.text('/log/checkpoint').catch(() => undefined);
        if (note) checkpoints.push(note);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const waited = await within(firstAck, 30_000, `round ${round + 1}: no event acknowledged within 30 s`)
      .then(() => new Promise((r) => setTimeout(r, Math.random() * o.maxRunMs)))
      .catch((e: Error) => e);
    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    stop = true;
    await Promise.all([...loops, poll]);
    agent.destroy();
    if (waited instanceof Error || failure) throw failure ?? waited;
    log(`kill ${round + 1}/${o.kills}: ${acknowledged.size} acknowledged so far`);
    server = await startServer(o.dir);
  }
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));

  const store = await LevelLogStore.open(join(o.dir, 'data'));
  const vkey = (await readFile(join(o.dir, 'keys', 'log.vkey'), 'utf8')).trim();
  const verifier = noteVerifierFromKey(vkey);
  let lost = 0;
  for (const [index, leafHash] of acknowledged) {
    const bytes = await store.readEntry(index);
    if (!bytes || toBase64(hashLeaf(bytes)) !== leafHash) lost++;
  }
  const report = await auditLog(store, verifier);
  const latest = (await store.latestCheckpoint())!;
  const final = openCheckpoint(latest.note, verifier).checkpoint;
  let inconsistent = 0;
  const { LogReader } = await import('../../src/log/log-reader.ts');
  const reader = new LogReader(store, () => ({
    checkpoint: final,
    note: latest.note,
    frontier: { size: final.size, hashes: [] },
  }));
  for (const note of new Set(checkpoints)) {
    const cp = openCheckpoint(note, verifier).checkpoint;
    if (cp.size === 0) continue;
    const proof = await reader.consistencyProof(cp.size, final.size);
    if (!isConsistent(cp.size, final.size, proof.proof, cp.rootHash, final.rootHash)) inconsistent++;
  }
  await store.close();
  return {
    kills: o.kills,
    acknowledged: acknowledged.size,
    lost,
    checkpointsSeen: new Set(checkpoints).size,
    inconsistent,
    auditFindings: report.findings.length,
    finalSize: final.size,
  };
}
