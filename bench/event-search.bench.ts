/**
 * Search of events over a large log (issue 16: ≤ 50 ms p99 for a page of 100 over 1,000,000
 * entries): pages of 100 found by case, actor, type, item, a logged-time window and a
 * combination, each as `GET /v1/events` finds them (EventSearch.page with the reader's access
 * rule), without HTTP; p50 and p99 of each. The ledger (event-search-log.ts) is built through
 * the ledger, or reused from `BENCH_EVENTS_STORE`.
 */
import type { EventFilter } from '../src/core/ledger/event-facts.ts';
import { mayReadAbout } from '../src/http/entry-routes.ts';
import { EventSearch } from '../src/ledger/event-search.ts';
import { LedgerQueries } from '../src/ledger/ledger-queries.ts';
import { LedgerStates } from '../src/ledger/ledger-states.ts';
import { CASES, caseOf, INVESTIGATORS, ITEMS, itemOf, openOrBuildLog } from './event-search-log.ts';
import { type Figure, log, percentile } from './measure.ts';

const PAGE = 100;
const QUERIES = 200;

interface Query {
  readonly filter: EventFilter;
  readonly reader: string;
}

export async function runEventSearchBenchmarks(dir: string, size: number): Promise<Figure[]> {
  const built = await openOrBuildLog(process.env.BENCH_EVENTS_STORE ?? dir, size);
  const { store, startMs, endMs } = built;
  const total = built.size;
  const states = new LedgerStates(store);
  const queries = new LedgerQueries(store, states);
  const search = new EventSearch(store, queries);
  let t0 = performance.now();
  await search.warm(total);
  const warmMs = performance.now() - t0;
  // The service keeps subjects' states cached (LedgerStates); a search reads the state of each
  // item it shows (its case, its holders for the access rule). Load them first, once, as a
  // running service has them, and say what that costs: it grows with an item's history, not
  // with the log.
  t0 = performance.now();
  await states.warm(ITEMS.map((id) => ({ kind: 'item' as const, id })));
  const statesMs = performance.now() - t0;

  const page = async ({ filter, reader }: Query) => {
    const actor = (await queries.actor(reader))!;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { found } = await search.page({
      filter,
      limit: PAGE,
      size: total,
      mayRead: (s) => mayReadAbout(queries, actor, s),
    });
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, found: found.length };
  };
  const figures: Figure[] = [
    {
      name: `event search over ${total.toLocaleString('en')} entries: logged-time order checked once at start`,
      value: Math.round(warmMs),
      unit: 'ms',
    },
    {
      name: `event search over ${total.toLocaleString('en')} entries: states of the ${ITEMS.length.toLocaleString('en')} items loaded before searching`,
      value: Math.round(statesMs),
      unit: 'ms',
      note: `${Math.round(total / ITEMS.length)} entries an item`,
    },
  ];
  const measure = async (name: string, make: (k: number) => Query) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let shown = 0;
    for (let k = 0; k < QUERIES; k++) {
      const r = await page(make(k));
      times.push(r.ms);
      cpu.push(r.cpuMs);
      shown += r.found;
    }
    const label = `event search over ${total.toLocaleString('en')} entries, page of ${PAGE}, ${name}`;
    const note = `${(shown / QUERIES).toFixed(0)} events a page on average`;
    figures.push({ name: `${label}: p50`, value: round(percentile(times, 50)), unit: 'ms', note });
    // CPU time (this process, all its threads): what a page costs when other processes hold the cores.
    const cpuNote = `CPU time p50 ${round(percentile(cpu, 50))} ms, p99 ${round(percentile(cpu, 99))} ms`;
    figures.push({
      name: `${label}: p99`,
      value: round(percentile(times, 99)),
      unit: 'ms',
      target: '≤ 50',
      note: cpuNote,
    });
    log(
      `  ${label}: p50 ${round(percentile(times, 50))} ms, p99 ${round(percentile(times, 99))} ms (${note}; ${cpuNote})`,
    );
  };
  const someCase = (k: number) => caseOf((k * 37) % CASES);
  const window = (k: number) => startMs + ((endMs - startMs) * ((k * 13) % 97)) / 100;
  await measure('by case', (k) => ({ filter: { case: someCase(k).kase }, reader: someCase(k).by }));
  await measure('by actor', (k) => ({
    filter: { actor: INVESTIGATORS[k % 10]! },
    reader: INVESTIGATORS[k % 10]!,
  }));
  await measure('by type (half of it readable)', (k) => ({
    filter: { type: 'sealed' },
    reader: INVESTIGATORS[k % 10]!,
  }));
  await measure('by item', (k) => {
    const { by } = someCase(k);
    return { filter: { item: itemOf((k * 37) % CASES, k % 10) }, reader: by };
  });
  await measure('by logged-time window', (k) => ({
    filter: { loggedFromMs: window(k), loggedToMs: window(k) + 3_600_000 },
    reader: 'admin',
  }));
  await measure('by case and type in a logged-time window', (k) => ({
    filter: { case: someCase(k).kase, type: 'annotated', loggedFromMs: window(k) },
    reader: someCase(k).by,
  }));
  await measure('by case, read by the other organisation (nothing readable: the bound)', (k) => ({
    filter: { case: someCase(k).kase },
    reader: INVESTIGATORS[(Number(someCase(k).by.slice(3)) + 5) % 10]!,
  }));
  await store.close();
  return figures;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
