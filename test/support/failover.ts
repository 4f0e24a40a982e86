/**
 * The failover soak: several Custos processes on one PostgreSQL database, signed-event load from
 * many clients spread over all of them (as a load balancer would), and the sequencer killed with
 * SIGKILL again and again. Then checked: a new sequencer after each kill, every acknowledged
 * event at its index, a clean audit, every checkpoint seen consistent with the final one, and
 * never two different checkpoints for one tree size. Used by test/ops/failover.test.ts and by
 * the benchmark (failover time).
 */
import { readFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { toBase64 } from '../../src/core/encoding.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { isConsistent } from '../../src/core/log/proof-verify.ts';
import { auditLog } from '../../src/log/audit.ts';
import { LogReader } from '../../src/log/log-reader.ts';
import { PostgresLogStore } from '../../src/storage/postgres-store.ts';
import { nextAnnotation, setUpWriters } from './load-writers.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

export interface FailoverOptions {
  readonly dir: string;
  readonly store: string;
  readonly processes: number;
  readonly clients: number;
  readonly kills: number;
  readonly log?: (line: string) => void;
}

export interface FailoverResult {
  readonly acknowledged: number;
  readonly lost: number;
  /** Per kill: ms from SIGKILL until another process said it sequences. */
  readonly takeoverMs: number[];
  /** Per kill: ms from SIGKILL until the next acknowledged event. */
  readonly firstAckMs: number[];
  readonly checkpointsSeen: number;
  readonly inconsistent: number;
  /** Tree sizes for which two different checkpoint notes were seen or stored. */
  readonly forked: number;
  readonly auditFindings: number;
  readonly finalSize: number;
}

type Answer = { status: number; text: string };

function call(agent: Agent, base: string, method: string, path: string, body?: string): Promise<Answer> {
  const u = new URL(path, base);
  return new Promise((resolve) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method,
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
    req.setTimeout(10_000, () => req.destroy());
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function failoverSoak(o: FailoverOptions): Promise<FailoverResult> {
  const log = o.log ?? (() => undefined);
  const start = () => startServerProcess(o.dir, { CUSTOS_STORE: o.store, CUSTOS_STARTUP_AUDIT: 'off' });
  // The first process makes the keys and the genesis entry; the others share its keys.
  const servers: ServerProcess[] = [await start()];
  for (let i = 1; i < o.processes; i++) servers.push(await start());
  const agent = new Agent({ keepAlive: true, maxSockets: o.clients * 2 });
  const pick = () => servers[Math.floor(Math.random() * servers.length)]!.url;
  const writers = await setUpWriters(servers[0]!.url, o.dir, o.clients, 'failover');

  const acknowledged = new Map<number, string>();
  const notes = new Set<string>();
  let lastAckAt = 0;
  let stop = false;
  let failure: Error | undefined;
  const loops = writers.map(async (w) => {
    while (!stop) {
      const res = await call(agent, pick(), 'POST', '/v1/entries', nextAnnotation(w, 'failover'));
      if (res.status === 201) {
        const body = JSON.parse(res.text) as { index: number; leafHash: string };
        if (acknowledged.has(body.index)) failure ??= new Error(`index ${body.index} acknowledged twice`);
        acknowledged.set(body.index, body.leafHash);
        w.head = body.leafHash;
        lastAckAt = performance.now();
      } else if (res.status === 409) {
        // An earlier try whose answer was lost may have been committed: the 409 names the head.
        w.head = (JSON.parse(res.text) as { currentPrev: string }).currentPrev;
      } else if (res.status === 503 || res.status === 0) {
        await sleep(20 + Math.random() * 80);
      } else {
        failure ??= new Error(`${w.item}: unexpected ${res.status} ${res.text}`);
        return;
      }
    }
  });
  const poll = (async () => {
    while (!stop) {
      const res = await call(agent, pick(), 'GET', '/log/checkpoint');
      if (res.status === 200) notes.add(res.text);
      await sleep(10);
    }
  })();

  const sequencerOf = async (): Promise<ServerProcess | undefined> => {
    for (const s of servers) {
      const res = await call(agent, s.url, 'GET', '/healthz');
      if (res.status === 200 && (JSON.parse(res.text) as { sequencer?: string }).sequencer === 'this process')
        return s;
    }
    return undefined;
  };

  const takeoverMs: number[] = [];
  const firstAckMs: number[] = [];
  try {
    for (let k = 0; k < o.kills; k++) {
      await sleep(800 + Math.random() * 1200);
      const leader = await sequencerOf();
      if (!leader) throw new Error(`kill ${k + 1}: no process says it sequences`);
      const killedAt = performance.now();
      leader.child.kill('SIGKILL');
      await new Promise((r) => leader.child.once('exit', r));
      servers.splice(servers.indexOf(leader), 1);
      for (;;) {
        if (performance.now() - killedAt > 30_000) throw new Error(`kill ${k + 1}: no new sequencer in 30 s`);
        if (await sequencerOf()) break;
        await sleep(25);
      }
      takeoverMs.push(performance.now() - killedAt);
      while (lastAckAt < killedAt) {
        if (performance.now() - killedAt > 30_000)
          throw new Error(`kill ${k + 1}: no acknowledgement in 30 s`);
        await sleep(10);
      }
      firstAckMs.push(lastAckAt - killedAt);
      log(
        `kill ${k + 1}/${o.kills}: new sequencer after ${takeoverMs.at(-1)!.toFixed(0)} ms, ` +
          `next acknowledgement after ${firstAckMs.at(-1)!.toFixed(0)} ms, ${acknowledged.size} acknowledged`,
      );
      servers.push(await start());
      if (failure) throw failure;
    }
  } finally {
    stop = true;
    await Promise.all([...loops, poll]);
    agent.destroy();
    await Promise.all(servers.map((s) => s.stop()));
  }
  if (failure) throw failure;
  return check(o, acknowledged, notes, takeoverMs, firstAckMs);
}

async function check(
  o: FailoverOptions,
  acknowledged: Map<number, string>,
  notes: Set<string>,
  takeoverMs: number[],
  firstAckMs: number[],
): Promise<FailoverResult> {
  const store = await PostgresLogStore.open(o.store);
  try {
    const verifier = noteVerifierFromKey((await readFile(join(o.dir, 'keys', 'log.vkey'), 'utf8')).trim());
    let lost = 0;
    const indices = [...acknowledged.keys()];
    const stored = await store.readEntriesAt(indices);
    indices.forEach((index, i) => {
      const bytes = stored[i];
      if (!bytes || toBase64(hashLeaf(bytes)) !== acknowledged.get(index)) lost++;
    });
    const latest = (await store.latestCheckpoint())!;
    const final = openCheckpoint(latest.note, verifier).checkpoint;
    const reader = new LogReader(store, () => ({
      checkpoint: final,
      note: latest.note,
      frontier: { size: final.size, hashes: [] },
    }));
    let inconsistent = 0;
    let forked = 0;
    const bySize = new Map<number, string>();
    for (const note of notes) {
      const cp = openCheckpoint(note, verifier).checkpoint;
      const storedNote = await store.checkpointAt(cp.size);
      const seen = bySize.get(cp.size);
      if (
        (seen !== undefined && seen !== note) ||
        !storedNote ||
        Buffer.from(storedNote.note).toString() !== note
      )
        forked++;
      bySize.set(cp.size, note);
      if (cp.size === 0 || cp.size === final.size) continue;
      const proof = await reader.consistencyProof(cp.size, final.size);
      if (!isConsistent(cp.size, final.size, proof.proof, cp.rootHash, final.rootHash)) inconsistent++;
    }
    const report = await auditLog(store, verifier);
    return {
      acknowledged: acknowledged.size,
      lost,
      takeoverMs,
      firstAckMs,
      checkpointsSeen: notes.size,
      inconsistent,
      forked,
      auditFindings: report.findings.length,
      finalSize: final.size,
    };
  } finally {
    await store.close();
  }
}
