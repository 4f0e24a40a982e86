/**
 * Search of events over a large log (issue 16: ≤ 50 ms p99 for a page of 100 over 1,000,000
 * entries): a LevelDB ledger of `size` entries — 100 cases of 10 items each, every item with a
 * long history of seals, unseals and notes — then pages of 100 found by case, by actor, by type
 * and by a logged-time window, each read and checked as `GET /v1/events` does (facts, filter,
 * the reader's access), without HTTP. The log is built through the ledger (signatures checked,
 * rules applied, index records written in each batch), which takes minutes at full size.
 */
import { join } from 'node:path';
import type { ParsedEntry } from '../src/core/ledger/entry.ts';
import type { EventFilter } from '../src/core/ledger/event-facts.ts';
import { mayRead } from '../src/http/entry-routes.ts';
import { EventSearch } from '../src/ledger/event-search.ts';
import { Ledger } from '../src/ledger/ledger.ts';
import { LedgerQueries } from '../src/ledger/ledger-queries.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { Cast, digestOf } from '../test/support/ledger-story.ts';
import { makeIdentity } from '../test/support/log-fixture.ts';
import { type Figure, log, percentile } from './measure.ts';

const CASES = 100;
const ITEMS_PER_CASE = 10;
const PAGE = 100;
const QUERIES = 200;

export async function runEventSearchBenchmarks(dir: string, size: number): Promise<Figure[]> {
  const store = await LevelLogStore.open(join(dir, 'data'));
  const cast = new Cast();
  const admin = cast.member('admin', ['administrator']);
  const start = Date.UTC(2026, 0, 1);
  let clock = start;
  const ledger = await Ledger.open({
    store,
    identity: makeIdentity(),
    genesis: {
      actor: 'admin',
      publicKey: admin.publicKey,
      seed: admin.seed,
      name: 'Admin',
      organisation: 'Unit',
      state: 'FR',
    },
    now: () => (clock += 50),
  });
  await ledger.bootstrap();
  const investigators = Array.from({ length: 10 }, (_, k) => `inv${k}`);
  for (const id of investigators) {
    cast.member(id, ['investigator']);
    await ledger.submit(cast.sign('actor.registered', cast.registration(id), 'admin'));
  }
  const at = () => new Date(clock).toISOString();
  const heads = new Map<string, string>();
  const items: { id: string; by: string }[] = [];
  for (let c = 0; c < CASES; c++) {
    const by = investigators[c % investigators.length]!;
    const kase = `${by}~case-${c}`;
    await ledger.submit(
      cast.sign(
        'case.opened',
        { id: kase, reference: `R-${c}`, title: 'T', offence: { description: 'd' }, openedAt: at() },
        by,
      ),
    );
    const drafts = Array.from({ length: ITEMS_PER_CASE }, (_, i) => {
      const id = `${by}~item-${c}-${i}`;
      items.push({ id, by });
      return cast.sign(
        'evidence.registered',
        {
          id,
          case: kase,
          description: id,
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: digestOf(id) },
          origin: { method: 'seizure' },
          collectedBy: by,
          collectedAt: at(),
        },
        by,
      );
    });
    const done = await ledger.submitMany(drafts);
    done.forEach((d, i) => {
      if (d.status === 'rejected') throw d.reason;
      heads.set(items[items.length - ITEMS_PER_CASE + i]!.id, d.value.leafHash);
    });
  }
  const built = Date.now();
  for (let round = 0; ledger.log.head().checkpoint.size < size; round++) {
    const type = ['sealed', 'unsealed', 'annotated'][round % 3]!;
    const fields =
      type === 'sealed'
        ? { seal: `S-${round}` }
        : type === 'unsealed'
          ? { seal: `S-${round - 1}`, reason: 'exam' }
          : { text: `note ${round}` };
    const drafts = items.map(({ id, by }) =>
      cast.sign('custody.event', { item: id, type, prev: heads.get(id), occurredAt: at(), ...fields }, by),
    );
    const done = await ledger.submitMany(drafts);
    done.forEach((d, i) => {
      if (d.status === 'rejected') throw d.reason;
      heads.set(items[i]!.id, d.value.leafHash);
    });
    if (round % 50 === 0)
      log(
        `  event search: ${ledger.log.head().checkpoint.size} entries (${((Date.now() - built) / 1000).toFixed(0)} s)`,
      );
  }
  const total = ledger.log.head().checkpoint.size;
  const queries = new LedgerQueries(store, ledger.states);
  const search = new EventSearch(store, queries);
  const end = clock;

  const page = async (filter: EventFilter, reader: string) => {
    const actor = (await queries.actor(reader))!;
    const t0 = performance.now();
    let found = 0;
    for await (const index of search.candidates(filter)) {
      const hit = await search.match(index, filter);
      if (hit && (await mayRead(queries, actor, hit.entry as ParsedEntry))) found++;
      if (found === PAGE) break;
    }
    return { ms: performance.now() - t0, found };
  };
  const figure = async (name: string, make: (k: number) => { filter: EventFilter; reader: string }) => {
    const times: number[] = [];
    for (let k = 0; k < QUERIES; k++) {
      const { filter, reader } = make(k);
      times.push((await page(filter, reader)).ms);
    }
    return {
      name: `event search over ${total.toLocaleString('en')} entries, page of ${PAGE}, p99: ${name}`,
      value: percentile(times, 99),
      unit: 'ms',
      target: '≤ 50',
    };
  };
  const caseOf = (k: number) => {
    const c = (k * 37) % CASES;
    const by = investigators[c % investigators.length]!;
    return { kase: `${by}~case-${c}`, by };
  };
  const figures = [
    await figure('by case', (k) => ({ filter: { case: caseOf(k).kase }, reader: caseOf(k).by })),
    await figure('by actor', (k) => ({
      filter: { actor: investigators[k % 10]! },
      reader: investigators[k % 10]!,
    })),
    await figure('by type', (k) => ({ filter: { type: 'sealed' }, reader: investigators[k % 10]! })),
    await figure('by logged-time window', (k) => {
      const from = start + ((end - start) * ((k * 13) % 97)) / 100;
      return { filter: { loggedFromMs: from, loggedToMs: from + 3_600_000 }, reader: 'admin' };
    }),
    await figure('by case and type in a logged-time window', (k) => ({
      filter: { case: caseOf(k).kase, type: 'annotated', loggedFromMs: start + (end - start) / 2 },
      reader: caseOf(k).by,
    })),
  ];
  await ledger.close();
  return figures;
}
