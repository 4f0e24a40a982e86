import { expect } from 'chai';
import type { ItemState } from '../../src/core/ledger/state.ts';
import { Ledger } from '../../src/ledger/ledger.ts';
import { LedgerStates } from '../../src/ledger/ledger-states.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { Cast, digestOf } from '../support/ledger-story.ts';
import { openLevelLedger } from '../support/level-ledger.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

/** A ledger on LevelDB with one seized item and `events` annotations on it. */
async function ledgerWithHistory(events: number) {
  const cast = new Cast();
  const { dir, store, ledger } = await openLevelLedger(cast, () => Date.UTC(2026, 0, 1, 10), 'custos-states');
  await ledger.bootstrap();
  cast.member('inv', ['investigator']);
  await ledger.submit(cast.sign('actor.registered', cast.registration('inv'), 'admin'));
  await ledger.submit(
    cast.sign(
      'case.opened',
      { id: 'inv~c1', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: at(0) },
      'inv',
    ),
  );
  let prev = (
    await ledger.submit(
      cast.sign(
        'evidence.registered',
        {
          id: 'inv~disk',
          case: 'inv~c1',
          description: 'inv~disk',
          mediaType: 'application/octet-stream',
          size: 4,
          digests: { sha256: digestOf('inv~disk') },
          origin: { method: 'seizure' },
          collectedBy: 'inv',
          collectedAt: at(1),
        },
        'inv',
      ),
    )
  ).leafHash;
  const annotate = (text: string, prevHash: string) =>
    cast.sign(
      'custody.event',
      { item: 'inv~disk', type: 'annotated', text, prev: prevHash, occurredAt: at(2) },
      'inv',
    );
  for (let i = 0; i < events; i++) prev = (await ledger.submit(annotate(`note ${i}`, prev))).leafHash;
  return { dir, store, ledger, cast, annotate, prev };
}

describe('subject states rebuilt from the store', () => {
  afterEach(removeTempDirs);

  it('rebuilds an item with a long history to the state the ledger reached, head included', async function () {
    // 1,200 durable appends one after another: seconds alone, far more on a loaded CI machine.
    this.timeout(120_000);
    const { store, ledger, prev } = await ledgerWithHistory(1200);
    const live = (await ledger.states.load([{ kind: 'item', id: 'inv~disk' }])).get(
      'item:inv~disk',
    ) as ItemState;
    const cold = new LedgerStates(store);
    const rebuilt = (await cold.load([{ kind: 'item', id: 'inv~disk' }])).get('item:inv~disk') as ItemState;
    expect(rebuilt).to.deep.equal(live);
    expect(rebuilt.head.leafHash).to.equal(prev);
    await ledger.close();
  });

  it('rebuilds a derived registration with its parent’s retention as it stood at the derivation', async () => {
    const { store, ledger, cast, prev } = await ledgerWithHistory(0);
    const category = (code: string, retainDays: number) =>
      ledger.submit(
        cast.sign(
          'retention.category-set',
          { category: code, description: code, retainDays, basis: 'CPP', overrideRoles: ['court'] },
          'admin',
        ),
      );
    await category('crim-10d', 10);
    await category('crim-20d', 20);
    const refile = (code: string, prevHash: string) =>
      ledger.submit(
        cast.sign(
          'custody.event',
          {
            item: 'inv~disk',
            type: 'retention-set',
            category: code,
            reason: 'r',
            prev: prevHash,
            occurredAt: at(2),
          },
          'inv',
        ),
      );
    const filed = await refile('crim-10d', prev);
    await ledger.submit(
      cast.sign(
        'evidence.registered',
        {
          id: 'inv~image',
          case: 'inv~c1',
          description: 'image of inv~disk',
          mediaType: 'application/octet-stream',
          size: 4,
          digests: { sha256: digestOf('inv~image') },
          origin: { method: 'derived', parent: 'inv~disk' },
          collectedBy: 'inv',
          collectedAt: at(3),
        },
        'inv',
      ),
    );
    // The parent moves on; the derivative keeps what it took.
    await refile('crim-20d', filed.leafHash);
    const ref = { kind: 'item', id: 'inv~image' } as const;
    const live = (await ledger.states.load([ref])).get('item:inv~image') as ItemState;
    const rebuilt = (await new LedgerStates(store).load([ref])).get('item:inv~image') as ItemState;
    expect(live.retention).to.include({ category: 'crim-10d', index: filed.index });
    expect(rebuilt).to.deep.equal(live);
    await ledger.close();
  });

  it('does not cache a rebuild that a batch on the same subject overtook', async () => {
    const { store, ledger, annotate, prev } = await ledgerWithHistory(3);
    // Hold the rebuild's entry reads until a new event on the item is durable.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const slow: LevelLogStore = Object.create(store);
    slow.readEntriesAt = async (indices) => {
      await held;
      return store.readEntriesAt(indices);
    };
    const states = new LedgerStates(slow);
    const racing = states.load([{ kind: 'item', id: 'inv~disk' }]);
    const newer = await ledger.submit(annotate('overtakes', prev));
    states.remember([
      (await ledger.states.load([{ kind: 'item', id: 'inv~disk' }])).get('item:inv~disk') as ItemState,
    ]);
    release();
    await racing;
    const cached = (await states.load([{ kind: 'item', id: 'inv~disk' }])).get('item:inv~disk') as ItemState;
    expect(cached.head.leafHash).to.equal(newer.leafHash);
    await ledger.close();
  });

  it('does not hold up appends for other subjects while an item with a long history is rebuilt', async () => {
    const { dir, ledger, cast, annotate, prev } = await ledgerWithHistory(50);
    await ledger.close();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const reopenedStore = await LevelLogStore.open(dir);
    const slow: LevelLogStore = Object.create(reopenedStore);
    slow.readEntriesAt = async (indices) => {
      if (indices.length > 10) await held; // only the item's long history waits
      return reopenedStore.readEntriesAt(indices);
    };
    const reopened = await Ledger.open({
      store: slow,
      identity: ledger.log.identity,
      genesis: ledger.genesis,
      now: () => Date.UTC(2026, 0, 1, 11),
    });
    let coldDone = false;
    const cold = reopened.submit(annotate('after restart', prev)).then((r) => {
      coldDone = true;
      return r;
    });
    cast.member('inv2', ['investigator']);
    const other = await reopened.submit(cast.sign('actor.registered', cast.registration('inv2'), 'admin'));
    expect(other.entry.kind).to.equal('actor.registered');
    expect(coldDone).to.equal(false);
    release();
    expect((await cold).index).to.equal(other.index + 1);
    await reopened.close();
  });

  it('tells new subjects from existing ones in one read, and the rules still refuse an existing id', async () => {
    const { dir, ledger, cast } = await ledgerWithHistory(2);
    await ledger.close();
    const reopenedStore = await LevelLogStore.open(dir);
    let reads = 0;
    const counted: LevelLogStore = Object.create(reopenedStore);
    counted.readSides = async (keys) => {
      reads++;
      return reopenedStore.readSides(keys);
    };
    const cold = new LedgerStates(counted);
    const loaded = await cold.load([
      { kind: 'item', id: 'inv~new-1' },
      { kind: 'item', id: 'inv~disk' },
      { kind: 'item', id: 'inv~new-2' },
      { kind: 'case', id: 'inv~c1' },
    ]);
    expect(reads).to.equal(1);
    expect(loaded.get('item:inv~new-1')).to.equal(null);
    expect(loaded.get('item:inv~new-2')).to.equal(null);
    expect((loaded.get('item:inv~disk') as ItemState).head.count).to.equal(3);
    expect(loaded.get('case:inv~c1')).to.include({ kind: 'case', id: 'inv~c1' });

    // Through a ledger whose cache is cold: a batch registering two new items and, again, one
    // that exists; the existing one is refused, the new ones are admitted.
    const reopened = await Ledger.open({
      store: reopenedStore,
      identity: ledger.log.identity,
      genesis: ledger.genesis,
      now: () => Date.UTC(2026, 0, 1, 11),
    });
    const register = (id: string) =>
      cast.sign(
        'evidence.registered',
        {
          id,
          case: 'inv~c1',
          description: id,
          mediaType: 'application/octet-stream',
          size: 4,
          digests: { sha256: digestOf(id) },
          origin: { method: 'seizure' },
          collectedBy: 'inv',
          collectedAt: at(4),
        },
        'inv',
      );
    const outcomes = await reopened.submitMany([register('inv~a'), register('inv~disk'), register('inv~b')]);
    expect(outcomes.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).to.have.property('code', 'duplicate_id');
    await reopened.close();
  });

  it('does not cache "no such subject" when a batch created it while the read was under way', async () => {
    const { store, ledger, cast } = await ledgerWithHistory(0);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const slow: LevelLogStore = Object.create(store);
    slow.readSides = async (keys) => {
      const read = await store.readSides(keys);
      await held;
      return read;
    };
    const states = new LedgerStates(slow);
    const refs = [
      { kind: 'actor', id: 'late' },
      { kind: 'item', id: 'inv~nothing' },
    ] as const;
    const racing = states.load(refs);
    cast.member('late', ['investigator']);
    await ledger.submit(cast.sign('actor.registered', cast.registration('late'), 'admin'));
    states.remember([(await ledger.states.load([refs[0]])).get('actor:late')!]);
    release();
    await racing;
    expect((await states.load([refs[0]])).get('actor:late')).to.include({ kind: 'actor', id: 'late' });
    await ledger.close();
  });
});
