/**
 * Log core benchmarks (issue: verifiable log core): durable appends through the sequencer
 * without HTTP, proofs per second and start-up time on a 1,000,000-entry log.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type CheckpointSigners, signCheckpoint } from '../src/core/log/checkpoint.ts';
import { planConsistency, planInclusion } from '../src/core/log/proofs.ts';
import { openHead } from '../src/log/head.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { makeIdentity, openRawLog } from '../test/support/log-fixture.ts';
import { type Figure, log, median, rate } from './measure.ts';

/** A realistic entry size: a signed custody event is 600–900 bytes of JCS. */
const entry = (i: number) => new TextEncoder().encode(`{"index":${i},"pad":"${'x'.repeat(700)}"}`);

async function appendRate(dir: string, appenders: number, seconds: number, mldsa44 = false): Promise<number> {
  const identity = makeIdentity(undefined, undefined, { mldsa44 });
  const { log: l } = await openRawLog(join(dir, `appends-${appenders}`), identity);
  let next = 0;
  let stop = false;
  const start = performance.now();
  const worker = async () => {
    while (!stop) await l.append(entry(next++));
  };
  const workers = Array.from({ length: appenders }, worker);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  stop = true;
  await Promise.all(workers);
  const perSecond = l.head().checkpoint.size / ((performance.now() - start) / 1000);
  await l.close();
  return perSecond;
}

/** What a second, post-quantum signature on every checkpoint costs, alone and on the append path. */
async function signingFigures(dir: string): Promise<Figure[]> {
  const cp = {
    origin: 'bench.custos.localhost/log',
    size: 123456,
    rootHash: new Uint8Array(32),
    extensions: [],
  };
  const ed = makeIdentity(cp.origin);
  const both = makeIdentity(cp.origin, undefined, { mldsa44: true });
  const msPerSign = async (signers: CheckpointSigners) =>
    1000 /
    (await rate(() => {
      signCheckpoint({ ...cp, size: cp.size + 1 }, ...signers);
      return 1;
    }, 2));
  const edMs = median([
    await msPerSign([ed.signer]),
    await msPerSign([ed.signer]),
    await msPerSign([ed.signer]),
  ]);
  const pqSigners: CheckpointSigners = [both.signer, both.pqSigner!];
  const bothMs = median([await msPerSign(pqSigners), await msPerSign(pqSigners), await msPerSign(pqSigners)]);
  log(`checkpoint signing: Ed25519 ${edMs.toFixed(3)} ms, Ed25519 + ML-DSA-44 ${bothMs.toFixed(3)} ms`);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await appendRate(join(dir, `pq${i}`), 64, 3, true));
  log(`appends/s with 64 appenders and ML-DSA-44 checkpoints: ${runs.map(Math.round).join(', ')}`);
  return [
    { name: 'checkpoint signing, Ed25519 only (one signature line)', value: edMs, unit: 'ms' },
    { name: 'checkpoint signing, Ed25519 + ML-DSA-44 (CUSTOS_LOG_MLDSA44=on)', value: bothMs, unit: 'ms' },
    {
      name: 'durable appends/s through the sequencer, 64 appenders, ML-DSA-44 on every checkpoint',
      value: median(runs),
      unit: 'appends/s',
    },
  ];
}

export async function runLogBenchmarks(dir: string, size: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const appenders of [1, 64]) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await appendRate(join(dir, `r${i}`), appenders, 3));
    log(`appends/s with ${appenders} appenders: ${runs.map(Math.round).join(', ')}`);
    figures.push({
      name: `durable appends/s through the sequencer, ${appenders} appender${appenders > 1 ? 's' : ''} (no HTTP, ~730-byte entries)`,
      value: median(runs),
      unit: 'appends/s',
      ...(appenders === 64 ? { target: '≥ 20,000' } : {}),
    });
  }

  figures.push(...(await signingFigures(dir)));

  const location = join(dir, 'million');
  const identity = makeIdentity();
  log(`building a ${size.toLocaleString('en')}-entry log…`);
  const built = await openRawLog(location, identity);
  const buildStart = performance.now();
  for (let i = 0; i < size; i += 10_000) {
    await Promise.all(
      Array.from({ length: Math.min(10_000, size - i) }, (_, k) => built.log.append(entry(i + k))),
    );
  }
  log(`built in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);
  // Let LevelDB finish compacting the bulk load first, as a long-running log would have:
  // otherwise background compaction competes with the reads measured below.
  await (built.store as LevelLogStore).compact();
  await built.log.close();

  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const store = await LevelLogStore.open(location);
    await openHead(store, identity);
    startups.push(performance.now() - t);
    await store.close();
  }
  figures.push({
    name: `start-up at ${size.toLocaleString('en')} entries (open store, read and self-check the head)`,
    value: median(startups),
    unit: 'ms',
    target: '< 1,000',
  });

  const { log: l } = await openRawLog(location, identity);
  const random = () => Math.floor(Math.random() * size);
  const concurrent = async (one: () => Promise<unknown>) => {
    await Promise.all(Array.from({ length: 16 }, one));
    return 16;
  };
  const incl = await rate(() => concurrent(() => l.reader.inclusionProof(random(), size)), 3);
  const cons = await rate(
    () =>
      concurrent(() => {
        const a = 1 + random();
        return l.reader.consistencyProof(Math.min(a, size - 1), size);
      }),
    3,
  );
  figures.push({
    name: `inclusion proofs/s at ${size.toLocaleString('en')} entries (random leaf, ${planInclusion(size - 1, size).length} hashes, 16 in flight)`,
    value: incl,
    unit: 'proofs/s',
    target: '≥ 10,000',
  });
  figures.push({
    name: `consistency proofs/s at ${size.toLocaleString('en')} entries (random old size, up to ${planConsistency(size / 2 + 1, size).length} hashes)`,
    value: cons,
    unit: 'proofs/s',
    target: '≥ 10,000',
  });
  await l.close();
  await rm(dir, { recursive: true, force: true });
  return figures;
}
