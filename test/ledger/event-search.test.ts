/**
 * The search of events against the plain reading of its rule (docs/model.md, Search of events):
 * for every filter, alone and combined, and for readers who may read everything, one
 * organisation's cases, or one held item, the pages strung together by their cursors give
 * exactly the entries an exhaustive scan finds — every entry read, its facts checked against
 * the filter, the reader's access rule asked for it. With a small bound, pages stop short at run
 * boundaries and still lose nothing; in a log whose clock went back, logged-time windows are
 * still exact.
 */
import { expect } from 'chai';
import type { ParsedEntry } from '../../src/core/ledger/entry.ts';
import { entrySubject } from '../../src/core/ledger/entry-subject.ts';
import { type EventFilter, eventFacts, matchesFilter } from '../../src/core/ledger/event-facts.ts';
import { timeMs } from '../../src/core/ledger/rule-context.ts';
import { mayReadAbout } from '../../src/http/entry-routes.ts';
import { EventSearch, type SearchBound } from '../../src/ledger/event-search.ts';
import { auditLedgerIndex } from '../../src/ledger/index-audit.ts';
import { Ledger } from '../../src/ledger/ledger.ts';
import { LedgerQueries } from '../../src/ledger/ledger-queries.ts';
import { LoggedOrder } from '../../src/ledger/logged-order.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { Cast, digestOf } from '../support/ledger-story.ts';
import { makeIdentity } from '../support/log-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const CASES = [
  { id: 'a1~c1', by: 'a1' },
  { id: 'a2~c2', by: 'a2' },
  { id: 'b1~c3', by: 'b1' },
];
const ROUNDS = 9;

/**
 * Three cases of two items each, of two organisations; a1~c1-0 handed over to a custodian of a
 * third organisation, which received it; then rounds of seals, unseals and notes on the other
 * items. `clock` gives each batch its logged time.
 */
async function story(clock: () => number) {
  const dir = await tempDir('custos-search');
  const store = await LevelLogStore.open(dir);
  const cast = new Cast();
  const admin = cast.member('admin', ['administrator']);
  const options = {
    identity: makeIdentity(),
    genesis: {
      actor: 'admin',
      publicKey: admin.publicKey,
      seed: admin.seed,
      name: 'Admin',
      organisation: 'Unit',
      state: 'FR',
    },
    now: clock,
  };
  const ledger = await Ledger.open({ store, ...options });
  await ledger.bootstrap();
  const at = () => new Date(Date.UTC(2026, 0, 1)).toISOString();
  const submit = (...args: Parameters<Cast['sign']>) => ledger.submit(cast.sign(...args));
  cast.member('a1', ['investigator'], 'FR', 'FR police');
  cast.member('a2', ['investigator'], 'FR', 'FR police');
  cast.member('b1', ['investigator'], 'FR', 'FR gendarmerie');
  cast.member('store', ['custodian'], 'FR', 'FR evidence store');
  for (const id of ['a1', 'a2', 'b1', 'store'])
    await submit('actor.registered', cast.registration(id), 'admin');
  const heads = new Map<string, { by: string; head: string }>();
  for (const { id, by } of CASES) {
    const opened = { id, reference: id, title: 'T', offence: { description: 'd' }, openedAt: at() };
    await submit('case.opened', opened, by);
    for (const n of [0, 1]) {
      const item = `${id}-${n}`;
      const registered = await submit(
        'evidence.registered',
        {
          id: item,
          case: id,
          description: item,
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: digestOf(item) },
          origin: { method: 'seizure' },
          collectedBy: by,
          collectedAt: at(),
        },
        by,
      );
      heads.set(item, { by, head: registered.leafHash });
    }
  }
  const held = 'a1~c1-0';
  const handed = await submit(
    'custody.event',
    {
      item: held,
      type: 'handed-over',
      prev: heads.get(held)!.head,
      occurredAt: at(),
      to: 'store',
      purpose: 'storage',
    },
    'a1',
  );
  await submit(
    'custody.event',
    {
      item: held,
      type: 'received',
      prev: handed.leafHash,
      occurredAt: at(),
      digests: { sha256: digestOf(held) },
      result: 'match',
    },
    'store',
  );
  heads.delete(held);
  for (let round = 0; round < ROUNDS; round++) {
    const type = ['sealed', 'unsealed', 'annotated'][round % 3]!;
    const fields =
      type === 'sealed'
        ? { seal: `S-${round}` }
        : type === 'unsealed'
          ? { seal: `S-${round - 1}`, reason: 'exam' }
          : { text: `note ${round}` };
    const drafts = [...heads].map(([item, { by, head }]) =>
      cast.sign('custody.event', { item, type, prev: head, occurredAt: at(), ...fields }, by),
    );
    const done = await ledger.submitMany(drafts);
    [...heads.keys()].forEach((item, k) => {
      const d = done[k]!;
      if (d.status === 'rejected') throw d.reason;
      heads.get(item)!.head = d.value.leafHash;
    });
  }
  const queries = new LedgerQueries(store, ledger.states);
  return { ledger, store, queries, size: ledger.log.head().checkpoint.size, dir, options, cast };
}

type Story = Awaited<ReturnType<typeof story>>;

/** What the search must find: every entry below `size`, read and checked, in log order. */
async function exhaustive(s: Story, filter: EventFilter, reader: string): Promise<number[]> {
  const actor = (await s.queries.actor(reader))!;
  const out: number[] = [];
  for (let i = 0; i < s.size; i++) {
    const { entry } = await s.queries.entryAt(i);
    const parsed = entry as ParsedEntry;
    const caseOf = async (kind: 'item' | 'request', id: string) =>
      ((await s.queries.subject(kind, id)) as { case?: string } | undefined)?.case;
    const named = parsed.kind === 'custody.event' ? await caseOf('item', parsed.payload.item) : undefined;
    const facts = eventFacts(parsed, () => named);
    if (!matchesFilter(facts, filter)) continue;
    if (await mayReadAbout(s.queries, actor, entrySubject(parsed))) out.push(i);
  }
  return out;
}

/** Every page, strung together by its cursor. */
async function paged(s: Story, search: EventSearch, filter: EventFilter, reader: string, limit: number) {
  const actor = (await s.queries.actor(reader))!;
  const pages: { found: number[]; next: number | null }[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await search.page({
      filter,
      ...(after === undefined ? {} : { after }),
      limit,
      size: s.size,
      mayRead: (subject) => mayReadAbout(s.queries, actor, subject),
    });
    pages.push({ found: page.found.map((f) => f.index), next: page.next });
    expect(page.found.length).to.be.at.most(limit);
    if (page.next === null) break;
    // In log order the cursor moves forward; in time order (a clock that went back) it need not.
    expect(pages.length, 'paging ends').to.be.below(s.size);
    after = page.next;
  }
  return { pages, found: pages.flatMap((p) => p.found) };
}

describe('search of events (ledger)', function () {
  this.timeout(120_000);
  let s: Story;
  let times: number[];
  let tick = Date.UTC(2026, 0, 1, 9);

  before(async () => {
    s = await story(() => (tick += 1000));
    times = [];
    for (let i = 0; i < s.size; i++) times.push(timeMs((await s.queries.entryAt(i)).entry.loggedAt));
  });

  after(async () => {
    await s.ledger.close();
    await removeTempDirs();
  });

  const filters = (): EventFilter[] => {
    const mid = times[Math.floor(times.length / 2)]!;
    const late = times[times.length - 10]!;
    return [
      {},
      { case: 'a1~c1' },
      { case: 'b1~c3' },
      { item: 'a1~c1-0' },
      { item: 'a2~c2-1' },
      { actor: 'a1' },
      { actor: 'store' },
      { type: 'sealed' },
      { type: 'case.opened' },
      { loggedFromMs: mid },
      { loggedToMs: mid },
      // Window edges: an entry logged exactly at a bound is in the window.
      { loggedFromMs: mid, loggedToMs: late },
      { loggedFromMs: mid + 1, loggedToMs: late - 1 },
      { case: 'a2~c2', type: 'annotated' },
      { actor: 'a2', type: 'unsealed', loggedFromMs: mid },
      { case: 'a1~c1', actor: 'store' },
      { item: 'a2~c2-0', type: 'sealed', loggedToMs: late },
      { case: 'b1~c3', type: 'sealed', actor: 'b1', loggedFromMs: mid, loggedToMs: late },
      { type: 'annotated', occurredFromMs: Date.UTC(2026, 0, 1) },
      { occurredFromMs: Date.UTC(2026, 0, 1), occurredToMs: Date.UTC(2026, 0, 1) },
      { case: 'nobody~c9' },
    ];
  };
  const readers = ['admin', 'a1', 'b1', 'store'];

  it('finds, page after page, exactly what an exhaustive scan finds, for every filter and reader', async () => {
    const search = new EventSearch(s.store, s.queries);
    let nonEmpty = 0;
    for (const filter of filters())
      for (const reader of readers) {
        const want = await exhaustive(s, filter, reader);
        const got = await paged(s, search, filter, reader, 7);
        expect(got.found, `${JSON.stringify(filter)} read by ${reader}`).to.deep.equal(want);
        if (want.length > 0) nonEmpty++;
      }
    expect(nonEmpty, 'the filters find something').to.be.greaterThan(40);
  });

  it('shows each event with its leaf hash and its entry as logged', async () => {
    const search = new EventSearch(s.store, s.queries);
    const actor = (await s.queries.actor('admin'))!;
    const page = await search.page({
      filter: { case: 'a1~c1' },
      limit: 50,
      size: s.size,
      mayRead: (subject) => mayReadAbout(s.queries, actor, subject),
    });
    expect(page.found.length).to.be.greaterThan(5);
    for (const f of page.found) {
      const logged = await s.queries.entryAt(f.index);
      expect(f.leafHash).to.equal(logged.leafHash);
      expect(f.raw).to.deep.equal(logged.raw);
      expect(f.facts.case).to.equal('a1~c1');
    }
  });

  it('shows a reader only the entries it may read', async () => {
    const search = new EventSearch(s.store, s.queries);
    // The custodian of another organisation reads the item it holds, and the directory.
    const held = await paged(s, search, { case: 'a1~c1' }, 'store', 100);
    expect(held.found).to.deep.equal(await exhaustive(s, { item: 'a1~c1-0' }, 'store'));
    expect(held.found.length).to.be.greaterThan(0);
    // The other organisation's investigator reads nothing of the case.
    expect((await paged(s, search, { case: 'a1~c1' }, 'b1', 100)).found).to.deep.equal([]);
    expect((await paged(s, search, { actor: 'a1', type: 'sealed' }, 'b1', 100)).found).to.deep.equal([]);
  });

  it('stops a page short after its bound at a run boundary, and loses nothing', async () => {
    const bound: SearchBound = { examine: 5, run: 8 };
    const search = new EventSearch(s.store, s.queries, bound);
    for (const [filter, reader] of [
      [{ case: 'a1~c1' }, 'b1'],
      [{ type: 'annotated' }, 'b1'],
      [{}, 'store'],
      [{ loggedFromMs: times[20]! }, 'a1'],
    ] as const) {
      const got = await paged(s, search, filter, reader, 50);
      expect(got.found, `${JSON.stringify(filter)} read by ${reader}`).to.deep.equal(
        await exhaustive(s, filter, reader),
      );
      const short = got.pages.filter((p) => p.next !== null && p.found.length < 50);
      expect(short.length, 'some pages stop short').to.be.greaterThan(0);
      for (const p of short) expect((p.next! + 1) % bound.run, 'a short page ends a run').to.equal(0);
    }
  });

  it('keeps logged-time windows exact in a log whose clock went back', async () => {
    let t = Date.UTC(2026, 0, 1, 9);
    let calls = 0;
    // The clock goes back an hour half-way through the story.
    const back = await story(() => {
      calls++;
      t += calls === 18 ? -3_600_000 : 1000;
      return t;
    });
    try {
      expect(await new LoggedOrder(back.store).inOrder(back.size)).to.equal(false);
      const search = new EventSearch(back.store, back.queries);
      const logged: number[] = [];
      for (let i = 0; i < back.size; i++) logged.push(timeMs((await back.queries.entryAt(i)).entry.loggedAt));
      const byTime = (xs: number[]) => [...xs].sort((a, b) => logged[a]! - logged[b]! || a - b);
      for (const filter of [
        { loggedFromMs: logged[30]! },
        { loggedFromMs: logged[10]!, loggedToMs: logged[40]! },
        { case: 'a2~c2', loggedFromMs: logged[30]! },
      ]) {
        const got = await paged(back, search, filter, 'admin', 4);
        expect(got.found, JSON.stringify(filter)).to.deep.equal(
          byTime(await exhaustive(back, filter, 'admin')),
        );
      }
    } finally {
      await back.ledger.close();
    }
  });

  it('knows the clock never went back in a log whose clock did not, also after a warm-up cut short', async () => {
    expect(await new LoggedOrder(s.store).inOrder(s.size)).to.equal(true);
    const search = new EventSearch(s.store, s.queries);
    await search.warm(s.size, () => true);
    const filter = { loggedFromMs: times[10]!, loggedToMs: times[50]! };
    expect((await paged(s, search, filter, 'a1', 10)).found).to.deep.equal(await exhaustive(s, filter, 'a1'));
  });

  it('gives a store that predates the event records all of them, from its entries, with the next batch', async () => {
    let t = Date.UTC(2026, 0, 1, 9);
    const old = await story(() => (t += 1000));
    const { dir, options, cast } = old;
    await old.ledger.close();
    // The store as an older version left it: no event records (nothing else differs).
    const { db } = await LevelLogStore.open(dir);
    const prefix = Uint8Array.of(0x78, 'E'.charCodeAt(0));
    const keys: Uint8Array[] = [];
    for await (const key of db.keys({ gte: prefix, lt: Uint8Array.of(0x78, 'E'.charCodeAt(0) + 1) }))
      keys.push(key);
    expect(keys.length).to.be.greaterThan(old.size);
    for (const key of keys) await db.del(key);
    await db.close();
    let store = await LevelLogStore.open(dir);
    const before = await auditLedgerIndex(store, old.size);
    expect(before.findings.map((f) => f.code)).to.include('index_missing');
    const progress: [number, number][] = [];
    const ledger = await Ledger.open({
      store,
      ...options,
      eventsProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.at(-1)).to.deep.equal([old.size, old.size]);
    // Until the records are written, the logged-time order cannot be told; then it can.
    const order = new LoggedOrder(store);
    expect(await order.inOrder(old.size)).to.equal(false);
    cast.member('late', ['investigator']);
    await ledger.submit(cast.sign('actor.registered', cast.registration('late'), 'admin'));
    const size = ledger.log.head().checkpoint.size;
    expect(await order.inOrder(size)).to.equal(true);
    await ledger.close();
    store = await LevelLogStore.open(dir);
    const after = await auditLedgerIndex(store, size);
    expect(after.findings).to.deep.equal([]);
    expect(after.ok).to.equal(true);
    // And a second open finds them all, so it builds nothing.
    const again: [number, number][] = [];
    const reopened = await Ledger.open({ store, ...options, eventsProgress: (d, n) => again.push([d, n]) });
    expect(again).to.deep.equal([]);
    const migrated = {
      ...old,
      ledger: reopened,
      store,
      queries: new LedgerQueries(store, reopened.states),
      size,
    };
    const search = new EventSearch(store, migrated.queries);
    for (const filter of [{ case: 'a2~c2' }, { type: 'sealed', actor: 'b1' }, { loggedFromMs: t - 20_000 }])
      expect((await paged(migrated, search, filter, 'a1', 10)).found).to.deep.equal(
        await exhaustive(migrated, filter, 'a1'),
      );
    await reopened.close();
  });
});
