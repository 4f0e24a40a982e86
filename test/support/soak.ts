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
import { publicKeyFromSeed, randomSeed } from '../../src/core/ed25519.ts';
import { toBase64, toHex } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { openCheckpoint } from '../../src/core/tlog/checkpoint.ts';
import { hashLeaf } from '../../src/core/tlog/merkle.ts';
import { noteVerifierFromKey } from '../../src/core/tlog/note.ts';
import { isConsistent } from '../../src/core/tlog/proof-verify.ts';
import { readPrivateKeyFile } from '../../src/keys/key-files.ts';
import { auditLog } from '../../src/log/audit.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
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

export async function crashSoak(o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => undefined);
  let server = await startServer(o.dir);
  const admin = { actor: 'admin', seed: (await readPrivateKeyFile(join(o.dir, 'keys', 'admin.key'))).seed };
  const setup = new CustosClient(server.url, admin);
  const clients = Array.from({ length: o.clients }, (_, i) => ({
    id: `soak-${i}`,
    seed: randomSeed(),
    item: `soak-item-${i}`,
  }));
  for (const c of clients) {
    await setup.submit('actor.registered', {
      id: c.id,
      name: c.id,
      organisation: 'Soak unit',
      state: 'FR',
      roles: ['investigator'],
      publicKey: toBase64(publicKeyFromSeed(c.seed)),
    });
  }
  await setup.submit(
    'case.opened',
    {
      id: 'soak',
      reference: 'S',
      title: 'soak',
      offence: { description: 'soak' },
      openedAt: new Date().toISOString(),
    },
    { actor: clients[0]!.id, seed: clients[0]!.seed },
  );
  for (const c of clients) {
    await setup.submit(
      'evidence.registered',
      {
        id: c.item,
        case: 'soak',
        description: 'soak',
        mediaType: 'application/octet-stream',
        size: 1,
        digests: { sha256: toHex(new Uint8Array(32)) },
        origin: { method: 'seizure' },
        collectedBy: c.id,
        collectedAt: new Date().toISOString(),
      },
      { actor: c.id, seed: c.seed },
    );
  }

  const acknowledged = new Map<number, string>();
  const checkpoints: string[] = [];
  for (let round = 0; round < o.kills; round++) {
    const agent = new Agent({ keepAlive: true, maxSockets: o.clients });
    let stop = false;
    const reader = new CustosClient(server.url);
    const loops = clients.map(async (c) => {
      let prev = (
        await new CustosClient(server.url, { actor: c.id, seed: c.seed })
          .get<{ head: { leafHash: string } }>(`/v1/items/${c.item}/head`)
          .catch(() => ({ head: { leafHash: '' } }))
      ).head.leafHash;
      while (!stop && prev) {
        const draft = signDraft(
          'custody.event',
          {
            item: c.item,
            type: 'annotated',
            text: `round ${round}`,
            prev,
            occurredAt: new Date().toISOString(),
          },
          { actor: c.id, seed: c.seed },
        );
        const res = await post(agent, server.url, JSON.stringify(draft));
        if (res.status === 201) {
          const body = JSON.parse(res.text) as { index: number; leafHash: string };
          acknowledged.set(body.index, body.leafHash);
          prev = body.leafHash;
        } else if (res.status === 0) break;
      }
    });
    const poll = (async () => {
      while (!stop) {
        const note = await reader.text('/log/checkpoint').catch(() => undefined);
        if (note) checkpoints.push(note);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await new Promise((r) => setTimeout(r, 100 + Math.random() * o.maxRunMs));
    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    stop = true;
    await Promise.all([...loops, poll]);
    agent.destroy();
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
