/**
 * History map benchmarks (issue 23): durable appends with and without the map, side by side on
 * the same machine in the same run; map proofs per second, the map's load at start-up and its
 * rebuild from the entries (migration, audit, monitor) on a log of `size` entries.
 */
import { join } from 'node:path';
import { mapKey } from '../src/core/map/map-hash.ts';
import { mapProofToJson } from '../src/core/map/map-proof.ts';
import { entryBytesMapKeys } from '../src/ledger/ledger-map.ts';
import { openHead } from '../src/log/head.ts';
import { VerifiableLog } from '../src/log/log.ts';
import { MapIndex, rebuildFromEntries } from '../src/log/map-index.ts';
import type { LeafPolicy } from '../src/log/sequencer.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { makeIdentity } from '../test/support/log-fixture.ts';
import { type Figure, log, median, rate } from './measure.ts';

/** Items get about four entries each, as a custody history does; ~750 bytes like a signed event. */
const ITEMS_PER_ENTRY = 4;
const itemOf = (i: number) => `bench~item-${Math.floor(i / ITEMS_PER_ENTRY)}`;
const entry = (i: number) =>
  new TextEncoder().encode(
    `{"kind":"custody.event","payload":{"item":"${itemOf(i)}","type":"annotated","text":"${'x'.repeat(600)}"},"index":${i}}`,
  );

interface Item {
  readonly bytes: Uint8Array;
  readonly item: string;
}

/**
 * Entry bytes as they are, each extending its item's history in the map (or no map at all). The
 * key is computed from the item id, as the ledger computes it from the entry it already parsed.
 */
export function policy(withMap: boolean): LeafPolicy<Item, undefined, undefined> {
  return withMap
    ? {
        prepare: async () => undefined,
        leafFor: (i) => ({ entry: i.bytes, mapKeys: [mapKey('item', i.item)], result: undefined }),
        mapKeysOf: entryBytesMapKeys,
      }
    : { prepare: async () => undefined, leafFor: (i) => ({ entry: i.bytes, result: undefined }) };
}

export const item = (i: number): Item => ({ bytes: entry(i), item: itemOf(i) });

async function openLog(dir: string, withMap: boolean, identity = makeIdentity()) {
  const store = await LevelLogStore.open(dir);
  return VerifiableLog.open({ store, identity, policy: policy(withMap), now: Date.now });
}

async function appendRate(
  dir: string,
  withMap: boolean,
  appenders: number,
  seconds: number,
): Promise<{ perSecond: number; cpuUsPerEntry: number }> {
  const l = await openLog(dir, withMap);
  let next = 0;
  let stop = false;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const worker = async () => {
    while (!stop) await l.append(item(next++));
  };
  const workers = Array.from({ length: appenders }, worker);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  stop = true;
  await Promise.all(workers);
  const perSecond = l.head().checkpoint.size / ((performance.now() - start) / 1000);
  const used = process.cpuUsage(cpu);
  const cpuUsPerEntry = (used.user + used.system) / Math.max(1, l.head().checkpoint.size);
  await l.close();
  return { perSecond, cpuUsPerEntry };
}

/** Fills a log with the map on, `size` entries, in large batches. */
async function fill(dir: string, size: number, identity: ReturnType<typeof makeIdentity>): Promise<void> {
  const l = await openLog(dir, true, identity);
  for (let from = 0; from < size; from += 16_384) {
    const batch = Array.from({ length: Math.min(16_384, size - from) }, (_, k) => l.append(item(from + k)));
    await Promise.all(batch);
    if (from % 131_072 === 0) log(`map bench: filled ${from} of ${size}`);
  }
  await l.close();
}

export async function runMapBenchmarks(dir: string, size: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const appenders of [1, 64]) {
    const without: { perSecond: number; cpuUsPerEntry: number }[] = [];
    const withMap: { perSecond: number; cpuUsPerEntry: number }[] = [];
    for (let run = 0; run < 3; run++) {
      without.push(await appendRate(join(dir, `plain-${appenders}-${run}`), false, appenders, 3));
      withMap.push(await appendRate(join(dir, `map-${appenders}-${run}`), true, appenders, 3));
    }
    const a = median(without.map((r) => r.perSecond));
    const b = median(withMap.map((r) => r.perSecond));
    // CPU time per entry (this process, every thread: LevelDB's included) says what the map costs
    // even when other work on a shared machine makes the rates swing.
    const cpuA = median(without.map((r) => r.cpuUsPerEntry));
    const cpuB = median(withMap.map((r) => r.cpuUsPerEntry));
    const what =
      appenders === 1 ? 'one appender (single events)' : `${appenders} concurrent appenders (batches)`;
    log(
      `appends, ${what}: ${Math.round(a)}/s without the map, ${Math.round(b)}/s with it (${((100 * b) / a).toFixed(0)} %); CPU ${cpuA.toFixed(1)} µs/entry without, ${cpuB.toFixed(1)} with`,
    );
    figures.push(
      { name: `durable appends/s, ${what}, without the map`, value: a, unit: '/s' },
      { name: `durable appends/s, ${what}, with the map`, value: b, unit: '/s', target: '≥ 85 % of without' },
      { name: `with the map / without, ${what}`, value: (100 * b) / a, unit: '%', target: '≥ 85' },
      { name: `CPU time per durable append, ${what}, without the map`, value: cpuA, unit: 'µs' },
      { name: `CPU time per durable append, ${what}, with the map`, value: cpuB, unit: 'µs' },
    );
  }

  const big = join(dir, 'big');
  const identity = makeIdentity();
  await fill(big, size, identity);
  const reopened = await LevelLogStore.open(big);
  const head = await openHead(reopened, identity);
  let t = performance.now();
  const index = await MapIndex.open(reopened, head, entryBytesMapKeys(head.checkpoint));
  const loadMs = performance.now() - t;
  // The service reads every shard in the background after start-up (src/service.ts); proofs are
  // measured once it has, as a service that has been up for a while serves them.
  t = performance.now();
  const shardsRead = await index.warm(() => false);
  const warmMs = performance.now() - t;
  t = performance.now();
  const rebuilt = await rebuildFromEntries(
    reopened,
    head.checkpoint.size,
    entryBytesMapKeys(head.checkpoint),
  );
  const rebuildS = (performance.now() - t) / 1000;
  const subjects = Math.ceil(size / ITEMS_PER_ENTRY);
  let k = 0;
  // Proofs as the API serves them, with every shard read.
  const proofs = await rate(async () => {
    const key = mapKey('item', `bench~item-${(k++ * 7919) % (subjects * 2)}`);
    JSON.stringify(mapProofToJson(await index.prove(head.checkpoint.size, key)));
    return 1;
  }, 3);
  await reopened.close();
  log(
    `map at ${size} entries: load ${loadMs.toFixed(0)} ms, ${shardsRead} shards read in ${warmMs.toFixed(0)} ms, rebuild ${rebuildS.toFixed(1)} s, ${Math.round(proofs)} proofs/s`,
  );
  figures.push(
    {
      name: `map proofs/s at ${size.toLocaleString('en')} entries (half present, half absent; JSON)`,
      value: proofs,
      unit: '/s',
      target: '≥ 5,000',
    },
    {
      name: `map rebuilt from the entries at ${size.toLocaleString('en')} entries`,
      value: rebuildS * 1000,
      unit: 'ms',
      target: '≤ 60,000',
    },
    {
      name: `map opened from its shard heads at start-up, ${size.toLocaleString('en')} entries`,
      value: loadMs,
      unit: 'ms',
    },
    {
      name: `every shard read after start-up (${shardsRead} shards, in the background), ${size.toLocaleString('en')} entries`,
      value: warmMs,
      unit: 'ms',
    },
    { name: 'map records rebuilt', value: rebuilt.records.length, unit: '' },
  );
  return figures;
}
