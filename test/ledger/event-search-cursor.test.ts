/**
 * Search of events (docs/model.md): a search in time order resumes at its cursor entry's time, so
 * a cursor naming an entry the reader may not read would place the page by that entry's time and
 * show where it falls among the readable ones. Such a cursor is refused, whatever the entry.
 */
import { expect } from 'chai';
import { mayReadAbout } from '../../src/http/entry-routes.ts';
import { EventSearch } from '../../src/ledger/event-search.ts';
import { LedgerQueries } from '../../src/ledger/ledger-queries.ts';
import { Cast, digestOf } from '../support/ledger-story.ts';
import { openLevelLedger } from '../support/level-ledger.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('a search cursor naming an entry the reader may not read is refused', function () {
  this.timeout(120_000);
  after(removeTempDirs);

  it('whatever that entry’s time', async () => {
    let tick = Date.UTC(2026, 0, 1, 9);
    const cast = new Cast();
    const { store, ledger } = await openLevelLedger(cast, () => (tick += 1000), 'custos-search-cursor');
    try {
      await ledger.bootstrap();
      const hour = (h: number) => new Date(Date.UTC(2026, 0, 1, h)).toISOString();
      const submit = (...args: Parameters<Cast['sign']>) => ledger.submit(cast.sign(...args));
      cast.member('a1', ['investigator'], 'FR', 'FR police');
      cast.member('store', ['custodian'], 'FR', 'FR evidence store');
      for (const id of ['a1', 'store']) await submit('actor.registered', cast.registration(id), 'admin');
      await submit(
        'case.opened',
        { id: 'a1~c1', reference: 'a1~c1', title: 'T', offence: { description: 'd' }, openedAt: hour(0) },
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
            collectedAt: hour(0),
          },
          'a1',
        );
        heads.set(item, r.leafHash);
      }
      // What the custodian of another organisation may read: a1~c1-0, at 00:00, 02:00 and 04:00.
      const handed = await submit(
        'custody.event',
        {
          item: 'a1~c1-0',
          type: 'handed-over',
          prev: heads.get('a1~c1-0')!,
          occurredAt: hour(2),
          to: 'store',
          purpose: 'storage',
        },
        'a1',
      );
      await submit(
        'custody.event',
        {
          item: 'a1~c1-0',
          type: 'received',
          prev: handed.leafHash,
          occurredAt: hour(4),
          digests: { sha256: digestOf('a1~c1-0') },
          result: 'match',
        },
        'store',
      );
      // What it may not: notes on a1~c1-1 dated 01:00 and 03:00.
      const early = await submit(
        'custody.event',
        { item: 'a1~c1-1', type: 'annotated', prev: heads.get('a1~c1-1')!, occurredAt: hour(1), text: 'x' },
        'a1',
      );
      const late = await submit(
        'custody.event',
        { item: 'a1~c1-1', type: 'annotated', prev: early.leafHash, occurredAt: hour(3), text: 'y' },
        'a1',
      );
      const queries = new LedgerQueries(store, ledger.states);
      const size = ledger.log.head().checkpoint.size;
      const reader = (await queries.actor('store'))!;
      const search = new EventSearch(store, queries);
      const mayRead = (subject: Parameters<typeof mayReadAbout>[2]) => mayReadAbout(queries, reader, subject);
      expect(await mayRead({ kind: 'item', id: 'a1~c1-1' })).to.equal(false);
      // A refusal of the cursor is as good as a page that ignores its time.
      const pageAfter = async (index: number) => {
        try {
          const page = await search.page({
            filter: { occurredFromMs: Date.UTC(2026, 0, 1) },
            after: index,
            limit: 50,
            size,
            mayRead,
          });
          return page.found.map((f) =>
            f.entry.kind === 'custody.event' ? f.entry.payload.type : f.entry.kind,
          );
        } catch (e) {
          return `refused: ${(e as Error).message}`;
        }
      };
      expect(await pageAfter(early.index), 'after the hidden note of 01:00').to.deep.equal(
        await pageAfter(late.index),
      );
    } finally {
      await ledger.close();
    }
  });
});
