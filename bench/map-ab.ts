/**
 * Back-to-back A/B pairs of durable appends without and with the history map: a fixed number of
 * appends by `appenders` concurrent callers, wall time and this process's CPU time (every thread,
 * LevelDB's and the garbage collector's included) per entry, with the entries and policies of
 * map.bench.ts. On a shared machine the wall rates swing; the CPU per entry says what the map costs.
 * On Linux the CPU time is also split between the main thread (the event loop, and the collector's
 * share on it) and the other threads (LevelDB's writes and compactions, the collector's helpers), read
 * from /proc/self/task: the history map's value records cost most of their time on the latter.
 * `npx tsx bench/map-ab.ts [pairs] [appends] [appenders]` (default 5 pairs of 30,000 by 64).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { VerifiableLog } from '../src/log/log.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { makeIdentity } from '../test/support/log-fixture.ts';
import { item, policy } from './map.bench.ts';

const [pairs = 5, appends = 30_000, appenders = 64] = process.argv.slice(2).map(Number);

const TASKS = '/proc/self/task';
/** CPU µs so far of the main thread and of all others (Linux; zeros elsewhere); clock ticks of 10 ms. */
function threadCpu(): { main: number; other: number } {
  const out = { main: 0, other: 0 };
  if (!existsSync(TASKS)) return out;
  for (const tid of readdirSync(TASKS)) {
    let stat: string;
    try {
      stat = readFileSync(`${TASKS}/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const us = (Number(fields[11]) + Number(fields[12])) * 10_000;
    if (tid === String(process.pid)) out.main += us;
    else out.other += us;
  }
  return out;
}

async function run(dir: string, withMap: boolean) {
  const store = await LevelLogStore.open(dir);
  const l = await VerifiableLog.open({
    store,
    identity: makeIdentity(),
    policy: policy(withMap),
    now: Date.now,
  });
  let next = 0;
  const cpu = process.cpuUsage();
  const threads = threadCpu();
  const start = performance.now();
  const worker = async () => {
    while (next < appends) {
      const i = next++;
      await l.append(item(i));
    }
  };
  await Promise.all(Array.from({ length: appenders }, worker));
  const s = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const after = threadCpu();
  const size = l.head().checkpoint.size;
  await l.close();
  return {
    perSecond: size / s,
    cpuUs: (used.user + used.system) / size,
    mainUs: (after.main - threads.main) / size,
    otherUs: (after.other - threads.other) / size,
  };
}

const root = await mkdtemp(join(tmpdir(), 'custos-map-ab-'));
const ratios: number[] = [];
const cpu: [number, number][] = [];
const split: [number, number, number, number][] = [];
for (let p = 0; p < pairs; p++) {
  const a = await run(join(root, `a${p}`), false);
  const b = await run(join(root, `b${p}`), true);
  ratios.push(b.perSecond / a.perSecond);
  cpu.push([a.cpuUs, b.cpuUs]);
  split.push([a.mainUs, b.mainUs, a.otherUs, b.otherUs]);
  console.log(
    `pair ${p}: without ${Math.round(a.perSecond)}/s ${a.cpuUs.toFixed(1)} µs/entry; with ${Math.round(b.perSecond)}/s ${b.cpuUs.toFixed(1)} µs/entry; ratio ${((100 * b.perSecond) / a.perSecond).toFixed(0)} %, CPU ratio ${((100 * a.cpuUs) / b.cpuUs).toFixed(0)} %; main thread ${a.mainUs.toFixed(1)} → ${b.mainUs.toFixed(1)}, other threads ${a.otherUs.toFixed(1)} → ${b.otherUs.toFixed(1)} µs/entry`,
  );
  await rm(join(root, `a${p}`), { recursive: true });
  await rm(join(root, `b${p}`), { recursive: true });
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const part = (k: number) => med(split.map((x) => x[k]!)).toFixed(1);
console.log(
  `median: throughput with/without ${(100 * med(ratios)).toFixed(0)} %; CPU per entry without ${med(cpu.map((c) => c[0])).toFixed(1)} µs, with ${med(cpu.map((c) => c[1])).toFixed(1)} µs (main thread ${part(0)} → ${part(1)}, other threads ${part(2)} → ${part(3)}); load average ${load}`,
);
await rm(root, { recursive: true });
