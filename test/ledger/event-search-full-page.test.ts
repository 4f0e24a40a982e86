/**
 * Search of events (docs/model.md): entries the reader may not read are skipped as if absent, so
 * a full page's `next` must not say whether one follows. If it only looked at the next candidate,
 * a reader who may read one item of a case would learn, by moving `loggedTo`, whether and when
 * the case has entries it may not read.
 */
import { expect } from 'chai';
import { timeMs } from '../../src/core/ledger/rule-context.ts';
import { mayReadAbout } from '../../src/http/entry-routes.ts';
import { EventSearch } from '../../src/ledger/event-search.ts';
import { LedgerQueries } from '../../src/ledger/ledger-queries.ts';
import { Cast, digestOf } from '../support/ledger-story.ts';
import { openLevelLedger } from '../support/level-ledger.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('a full page of a search', function () {
  this.timeout(120_000);
  after(removeTempDirs);

  it('has the same next whether or not an entry the reader may not read follows', async () => {
    let tick = Date.UTC(2026, 0, 1, 9);
    const cast = new Cast();
    const { store, ledger } = await openLevelLedger(cast, () => (tick += 1000), 'custos-search-page');
    try {
      await ledger.bootstrap();
      const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
      const submit = (...args: Parameters<Cast['sign']>) => ledger.submit(cast.sign(...args));
      cast.member('a1', ['investigator'], 'FR', 'FR police');
      cast.member('store', ['custodian'], 'FR', 'FR evidence store');
      for (const id of ['a1', 'store']) await submit('actor.registered', cast.registration(id), 'admin');
      await submit(
        'case.opened',
        { id: 'a1~c1', reference: 'a1~c1', title: 'T', offence: { description: 'd' }, openedAt: at },
        'a1',
      );
      const heads = new Map<string, string>();
      for (const item of ['a1~c1-0', 'a1~c1-1']) {
        const r = await submit(
          'evidence.registered',
          {
            id: item,
            case: 'a1~c1',
            description: item,
            mediaType: 'application/octet-stream',
            size: 1,
            digests: { sha256: digestOf(item) },
            origin: { method: 'seizure' },
            collectedBy: 'a1',
            collectedAt: at,
          },
          'a1',
        );
        heads.set(item, r.leafHash);
      }
      // The custodian of another organisation holds a1~c1-0 and may read its history only.
      const handed = await submit(
        'custody.event',
        {
          item: 'a1~c1-0',
          type: 'handed-over',
          prev: heads.get('a1~c1-0')!,
          occurredAt: at,
          to: 'store',
          purpose: 'storage',
        },
        'a1',
      );
      const received = await submit(
        'custody.event',
        {
          item: 'a1~c1-0',
          type: 'received',
          prev: handed.leafHash,
          occurredAt: at,
          digests: { sha256: digestOf('a1~c1-0') },
          result: 'match',
        },
        'store',
      );
      // Later, the case goes on with the other item, which the custodian may not read.
      const hidden = await submit(
        'custody.event',
        { item: 'a1~c1-1', type: 'annotated', prev: heads.get('a1~c1-1')!, occurredAt: at, text: 'secret' },
        'a1',
      );
      const queries = new LedgerQueries(store, ledger.states);
      const size = ledger.log.head().checkpoint.size;
      const reader = (await queries.actor('store'))!;
      const search = new EventSearch(store, queries);
      const hiddenAt = timeMs((await queries.entryAt(hidden.index)).entry.loggedAt);
      const receivedAt = timeMs((await queries.entryAt(received.index)).entry.loggedAt);
      expect(hiddenAt).to.be.greaterThan(receivedAt);

      const page = (loggedToMs: number) =>
        search.page({
          filter: { case: 'a1~c1', loggedToMs },
          limit: 3, // the three entries of a1~c1-0 the custodian may read
          size,
          mayRead: (subject) => mayReadAbout(queries, reader, subject),
        });
      const before = await page(hiddenAt - 1);
      const through = await page(hiddenAt);
      expect(before.found.map((f) => f.index)).to.deep.equal(through.found.map((f) => f.index));
      expect(through.found.map((f) => f.index)).to.not.include(hidden.index);
      // Nothing readable follows in either window: the answers must not differ.
      expect(through.next, 'next reveals an entry the reader may not read').to.equal(before.next);
      expect(through.next).to.equal(null);
    } finally {
      await ledger.close();
    }
  });
});
