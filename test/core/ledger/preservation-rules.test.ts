/**
 * Preservation with teeth (issue 16): while a preservation is in force, neither the item nor
 * any copy made from it may be returned or destroyed; an expired preservation binds nothing
 * and can be neither extended nor released; the instruments' periods bound a preservation that
 * cites them. Time is the entries' own: the earlier of the event's date and the log's time.
 */
import { expect } from 'chai';
import { preservationStatus } from '../../../src/core/ledger/preservation.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const DAY = 24 * 60;
const PHONE = 'fr-inv~phone-1';

describe('preservation rules', () => {
  let s: MemoryStory;
  const item = (id = PHONE) => s.ledger.item(id)!;
  const preserve = (until: string, extra: Record<string, unknown> = {}, id = PHONE) =>
    s.event(id, 'preserved', { order: 'PO-1', until, ...extra }, 'fr-inv');
  const destroy = (id = PHONE, extra: Record<string, unknown> = {}) =>
    s.event(id, 'destroyed', { method: 'wiped', authorisation: 'order D-1', ...extra }, 'fr-inv');
  const giveBack = (id = PHONE) => s.event(id, 'returned', { to: 'owner', reason: 'case closed' }, 'fr-inv');
  const copy = (child: string) =>
    s.event(
      PHONE,
      'copied',
      {
        derivative: {
          id: child,
          description: 'image',
          mediaType: 'application/octet-stream',
          size: 10,
          digests: { sha256: 'b'.repeat(64) },
        },
        tool: { name: 'dd', version: '9.4' },
        method: 'bit-for-bit image',
      },
      'fr-inv',
    );

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.openCase('fr-inv~case-1', 'fr-inv');
    s.registerItem(PHONE, 'fr-inv~case-1', 'fr-inv');
  });

  describe('while in force', () => {
    it('refuses to destroy or return the preserved item, naming the order and its end', () => {
      preserve(s.at(30 * DAY));
      const refusal = refusedBy('under_preservation', () => destroy());
      expect(refusal.details).to.include({ preservedItem: PHONE, order: 'PO-1' });
      refusedBy('under_preservation', () => giveBack());
    });

    it('refuses to destroy a copy made before the preservation, and one made during it', () => {
      copy('fr-inv~image-1');
      preserve(s.at(30 * DAY));
      copy('fr-inv~image-2');
      for (const id of ['fr-inv~image-1', 'fr-inv~image-2']) {
        const refusal = refusedBy('under_preservation', () => destroy(id));
        expect(refusal.details.preservedItem).to.equal(PHONE);
        refusedBy('under_preservation', () => giveBack(id));
      }
    });

    it('refuses a disposal the signer dates just after the end while the log records it before', () => {
      // A rogue custodian uses the five minutes of clock skew to claim the order had lapsed.
      preserve(s.at(3));
      refusedBy('under_preservation', () => destroy(PHONE, { occurredAt: s.at(4) }));
    });

    it('allows disposal once the preservation is released', () => {
      preserve(s.at(30 * DAY));
      s.event(PHONE, 'preservation-released', { reason: 'order lifted' }, 'fr-inv');
      destroy();
      expect(item().status).to.equal('destroyed');
    });
  });

  describe('once expired', () => {
    beforeEach(() => {
      preserve(s.at(60));
      s.tick(61);
    });

    it('is shown as expired, from the entries, and binds neither the item nor its copies', () => {
      const p = item().preservation;
      expect(preservationStatus(p, s.clockMs)).to.equal('expired');
      expect(preservationStatus(p, Date.parse(p!.since))).to.equal('in-force');
      copy('fr-inv~image-1');
      destroy('fr-inv~image-1');
      giveBack();
    });

    it('can be neither extended nor released, and a new order may follow it', () => {
      const ext = refusedBy('not_preserved', () =>
        s.event(PHONE, 'preservation-extended', { until: s.at(DAY) }, 'fr-inv'),
      );
      expect(ext.details.expiredAt).to.be.a('string');
      refusedBy('not_preserved', () =>
        s.event(PHONE, 'preservation-released', { reason: 'too late' }, 'fr-inv'),
      );
      preserve(s.at(DAY), { order: 'PO-2' });
      expect(item().preservation).to.include({ order: 'PO-2' });
      refusedBy('under_preservation', () => destroy());
    });
  });

  describe('periods the instruments set', () => {
    const budapest = (article: string) => ({ basis: { instrument: 'ETS-185', article } });

    it('holds a domestic preservation under Budapest art. 16 to ninety days, and each renewal too', () => {
      refusedBy('preservation_period', () => preserve(s.at(90 * DAY + 10), budapest('16(2)')));
      preserve(s.at(90 * DAY), budapest('16'));
      expect(item().preservation?.basis).to.deep.equal({ instrument: 'ETS-185', article: '16' });
      const end = Date.parse(item().preservation!.until);
      const iso = (ms: number) => new Date(ms).toISOString();
      refusedBy('preservation_period', () =>
        s.event(PHONE, 'preservation-extended', { until: iso(end + 91 * DAY * 60_000) }, 'fr-inv'),
      );
      s.event(PHONE, 'preservation-extended', { until: iso(end + 90 * DAY * 60_000) }, 'fr-inv');
    });

    it('holds a preservation on request under Budapest art. 29 to at least sixty days', () => {
      refusedBy('preservation_period', () => preserve(s.at(59 * DAY), budapest('29')));
      preserve(s.at(60 * DAY + 5), budapest('29'));
    });

    it('sets no bound for a basis whose period the table does not hold as verified', () => {
      preserve(s.at(400 * DAY), { basis: { instrument: 'UNCC', article: '42' } });
      expect(item().preservation?.basis?.instrument).to.equal('UNCC');
    });
  });
});
