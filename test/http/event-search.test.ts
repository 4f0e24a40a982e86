/**
 * Search of events (issue 16) through the real service: every filter of `GET /v1/events` (case,
 * item, actor as signer and as counterparty, type, logged and occurred time ranges), together
 * and with paging; readers see only entries they may read. And the item filters of
 * `GET /v1/items` that had no tests: holder, status, the custodian's country, registration time.
 */
import { expect } from 'chai';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

interface Found {
  index: number;
  type: string;
  case?: string;
  signer: { actor: string };
}

describe('search of events and items', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  const idx: Record<string, number> = {};
  let midLogged = '';

  const events = async (query: string, as = 'fr-inv') => {
    const res = await c.get(`/v1/events?${query}`, as);
    expect(res.status, res.text).to.equal(200);
    return res.json() as { events: Found[]; next: number | null };
  };
  const indices = async (query: string, as = 'fr-inv') =>
    (await events(query, as)).events.map((e) => e.index);
  const items = async (query: string, as = 'fr-inv') => {
    const res = await c.get(`/v1/items?${query}`, as);
    expect(res.status, res.text).to.equal(200);
    return (res.json() as { items: { id: string }[] }).items.map((i) => i.id);
  };
  const event = async (
    item: string,
    type: string,
    fields: Record<string, unknown>,
    as: string,
    occurredAt = now(),
  ) => c.ok('custody.event', { item, type, prev: await c.prev(item, as), occurredAt, ...fields }, as);

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator']);
    await c.register('fr-store', ['custodian'], 'FR', 'FR evidence store');
    await c.register('fr-other', ['investigator'], 'FR', 'FR customs');
    await c.register('de-ca', ['central-authority'], 'DE');
    await c.register('fr-ca', ['central-authority']);
    idx.c1 = (await c.openCase('fr-inv~c1', 'fr-inv')).index;
    idx.c2 = (await c.openCase('fr-inv~c2', 'fr-inv')).index;
    idx.phone = (await c.seize('fr-inv~phone', 'fr-inv~c1', 'fr-inv', now(-600))).index;
    idx.disk = (await c.seize('fr-inv~disk', 'fr-inv~c2', 'fr-inv')).index;
    idx.sealed = (await event('fr-inv~phone', 'sealed', { seal: 'S-1' }, 'fr-inv', now(-300))).index;
    midLogged = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    idx.handover = (
      await event('fr-inv~phone', 'handed-over', { to: 'fr-store', purpose: 'storage' }, 'fr-inv')
    ).index;
    idx.received = (
      await event(
        'fr-inv~phone',
        'received',
        { digests: { sha256: digestOf('fr-inv~phone') }, result: 'match' },
        'fr-store',
      )
    ).index;
    idx.destroyed = (
      await event('fr-inv~disk', 'destroyed', { method: 'wiped', authorisation: 'D-1' }, 'fr-inv')
    ).index;
    idx.other = (await c.openCase('fr-other~c9', 'fr-other')).index;
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('finds the entries of a case: its own, its items’ and nothing of other cases', async () => {
    expect(await indices('case=fr-inv~c1')).to.deep.equal([
      idx.c1,
      idx.phone,
      idx.sealed,
      idx.handover,
      idx.received,
    ]);
    expect((await events('case=fr-inv~c1')).events.every((e) => e.case === 'fr-inv~c1')).to.equal(true);
  });

  it('finds the entries of an item', async () => {
    expect(await indices('item=fr-inv~phone')).to.deep.equal([
      idx.phone,
      idx.sealed,
      idx.handover,
      idx.received,
    ]);
  });

  it('finds an actor as signer and as counterparty', async () => {
    const store = await indices('actor=fr-store');
    // Its registration names it; the hand-over names it as recipient; it signed the receipt.
    expect(store).to.include.members([idx.handover, idx.received]);
    expect(store).to.not.include(idx.sealed);
  });

  it('finds by event type and by entry kind', async () => {
    expect(await indices('type=destroyed')).to.deep.equal([idx.destroyed]);
    expect(await indices('type=case.opened')).to.deep.equal([idx.c1, idx.c2]);
  });

  it('finds by logged time and by occurred time, alone and with other filters', async () => {
    const late = await indices(`loggedFrom=${midLogged}&item=fr-inv~phone`);
    expect(late).to.deep.equal([idx.handover, idx.received]);
    const early = await indices(`loggedTo=${midLogged}&type=sealed`);
    expect(early).to.deep.equal([idx.sealed]);
    // The seizure is dated ten hours back, the sealing five: occurred time is the entries' own.
    const occurred = await indices(`occurredTo=${now(-200)}`);
    expect(occurred).to.include.members([idx.phone, idx.sealed]);
    expect(occurred).to.not.include(idx.handover);
    const window = await indices(`occurredFrom=${now(-400)}&occurredTo=${now(-200)}`);
    expect(window).to.deep.equal([idx.sealed]);
    const byLog = await indices(`loggedFrom=${midLogged}`);
    expect(byLog).to.deep.equal([idx.handover, idx.received, idx.destroyed]);
  });

  it('pages with the index of the last entry as the cursor', async () => {
    const first = await events('case=fr-inv~c1&limit=2');
    expect(first.events.map((e) => e.index)).to.deep.equal([idx.c1, idx.phone]);
    expect(first.next).to.equal(idx.phone);
    const second = await events(`case=fr-inv~c1&limit=2&after=${first.next}`);
    expect(second.events.map((e) => e.index)).to.deep.equal([idx.sealed, idx.handover]);
    const timed = await events(`loggedFrom=${midLogged}&limit=1`);
    const rest = await events(`loggedFrom=${midLogged}&after=${timed.next}`);
    expect([...timed.events, ...rest.events].map((e) => e.index)).to.deep.equal([
      idx.handover,
      idx.received,
      idx.destroyed,
    ]);
  });

  it('shows readers only what they may read', async () => {
    expect(await indices('type=case.opened', 'fr-other')).to.deep.equal([idx.other]);
    expect(await indices('case=fr-inv~c1', 'fr-other')).to.deep.equal([]);
    // The directory of actors is open to every authenticated actor; nothing else of fr-inv's is.
    const foreign = await events('actor=fr-inv', 'de-ca');
    expect(foreign.events.map((e) => e.type)).to.deep.equal(['actor.registered']);
    // The custodian sees the item it held, not the other case.
    const store = await indices('actor=fr-inv', 'fr-store');
    expect(store).to.include.members([idx.phone, idx.sealed, idx.handover]);
    for (const hidden of [idx.disk, idx.destroyed, idx.c2]) expect(store).to.not.include(hidden);
  });

  it('refuses a malformed filter', async () => {
    expect((await c.get('/v1/events?loggedFrom=yesterday', 'fr-inv')).status).to.equal(400);
    expect((await c.get('/v1/events?limit=501', 'fr-inv')).status).to.equal(400);
  });

  describe('item filters', () => {
    it('by holder, status, the custodian’s country and registration time', async () => {
      expect(await items('holder=fr-store')).to.deep.equal(['fr-inv~phone']);
      expect(await items('status=destroyed')).to.deep.equal(['fr-inv~disk']);
      expect(await items('status=active')).to.deep.equal(['fr-inv~phone']);
      expect(await items('country=FR')).to.have.members(['fr-inv~phone', 'fr-inv~disk']);
      expect(await items('country=DE')).to.deep.equal([]);
      expect(await items(`registeredFrom=${midLogged}`)).to.deep.equal([]);
      expect(await items(`registeredTo=${midLogged}`)).to.have.members(['fr-inv~phone', 'fr-inv~disk']);
      expect(await items('holder=fr-store', 'fr-other')).to.deep.equal([]);
    });
  });
});
