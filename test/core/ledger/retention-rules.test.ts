/**
 * Retention (issue 16): an administrator keeps the retention table in the log; an item filed
 * under a category may be neither returned nor destroyed before the period has run from its
 * registration, unless an actor holding one of the category's override roles recorded why; a
 * providing state's retention limit (conditions on use) lets the item go when reached and stops
 * the bound side using it. Every time comes from the entries, and a replay of the same entries
 * (what the offline verifier does) reaches the same verdict on each, refusals included.
 */
import { expect } from 'chai';
import { RuleViolation } from '../../../src/core/errors.ts';
import type { TypedDraft } from '../../../src/core/ledger/admit.ts';
import type { Kind } from '../../../src/core/ledger/kinds.ts';
import { MemoryLedger } from '../../../src/core/ledger/memory-ledger.ts';
import { retentionOf, reviewDue } from '../../../src/core/ledger/retention.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { admitWithinReferences } from '../../support/reference-guard.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const CASE = 'fr-inv~case-1';
const PHONE = 'fr-inv~phone-1';
const DAY_MIN = 24 * 60;

describe('retention rules', () => {
  let s: MemoryStory;
  /** Refused drafts with the number of entries admitted before them, to replay. */
  let refused: { draft: TypedDraft; before: number; at: number; code: string }[];

  const category = (code: string, retainDays: number, overrideRoles = ['court'], as = 'admin') => {
    const known = s.ledger.retention(code);
    return s.submit(
      'retention.category-set',
      {
        category: code,
        description: `kept ${retainDays} days`,
        retainDays,
        basis: 'Code de procédure pénale art. 41-4',
        overrideRoles,
        ...(known ? { prev: known.head.leafHash } : {}),
      },
      as,
    );
  };
  /** Signs and admits; a refusal is recorded for the replay and rethrown. */
  const attempt = (kind: Kind, payload: Record<string, unknown>, as: string) => {
    const draft = s.cast.sign(kind, payload, as);
    try {
      admitWithinReferences(s.ledger, draft, s.index, s.clockMs);
    } catch (e) {
      if (e instanceof RuleViolation) refused.push({ draft, before: s.index, at: s.clockMs, code: e.code });
      throw e;
    }
    s.admitted.push({ draft, index: s.index, at: s.clockMs });
    s.index++;
    s.tick(1);
  };
  const event = (item: string, type: string, fields: Record<string, unknown>, as: string) =>
    attempt('custody.event', { item, type, prev: s.prev(item), occurredAt: s.at(), ...fields }, as);
  const destroy = (item = PHONE, as = 'fr-inv') =>
    event(item, 'destroyed', { method: 'wiped', authorisation: 'order D-1' }, as);
  const override = (as: string, item = PHONE) =>
    event(item, 'retention-overridden', { reference: 'ORD-77', reason: 'owner’s claim upheld' }, as);
  const copy = (id: string, retention?: string) =>
    event(
      PHONE,
      'copied',
      {
        derivative: {
          id,
          description: 'image',
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: 'c'.repeat(64) },
          ...(retention ? { retention } : {}),
        },
        tool: { name: 'dd', version: '9.4' },
        method: 'image',
      },
      'fr-inv',
    );

  beforeEach(() => {
    s = new MemoryStory();
    refused = [];
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-store', ['custodian']);
    s.register('fr-court', ['court'], 'FR', 'FR tribunal judiciaire');
    s.openCase(CASE, 'fr-inv');
    s.grantCase(CASE, 'fr-court', 'fr-inv', 'trial');
    category('criminal-10d', 10);
    category('short-1d', 1);
  });

  afterEach(function () {
    // The verifier's view: the same entries replayed in order into a fresh ledger are accepted
    // again, and each refused one is refused again, with the same code, at the same place.
    if (this.currentTest?.state !== 'passed') return;
    const replay = new MemoryLedger();
    let next = 0;
    const upTo = (n: number) => {
      for (; next < n; next++) {
        const { draft, index, at } = s.admitted[next]!;
        replay.admit(draft, index, at);
      }
    };
    for (const r of refused) {
      upTo(r.before);
      refusedBy(r.code, () => replay.admit(r.draft, r.before, r.at));
    }
    upTo(s.admitted.length);
    for (const id of [PHONE, 'fr-inv~laptop', 'fr-inv~sim', 'fr-inv~sd', 'fr-inv~image'])
      expect(replay.item(id), id).to.deep.equal(s.ledger.item(id));
  });

  describe('the retention table', () => {
    it('is kept by administrators only, one chain per category, the latest entry in force', () => {
      refusedBy('role_not_allowed', () => category('other-5d', 5, ['court'], 'fr-inv'));
      const stale = s.ledger.retention('short-1d')!.head.leafHash;
      category('short-1d', 2);
      refusedBy('prev_mismatch', () =>
        s.submit(
          'retention.category-set',
          {
            category: 'short-1d',
            description: 'x',
            retainDays: 3,
            basis: 'x',
            overrideRoles: ['court'],
            prev: stale,
          },
          'admin',
        ),
      );
      refusedBy('prev_mismatch', () =>
        s.submit(
          'retention.category-set',
          { category: 'short-1d', description: 'x', retainDays: 3, basis: 'x', overrideRoles: ['court'] },
          'admin',
        ),
      );
      refusedBy('unknown_entry', () =>
        s.submit(
          'retention.category-set',
          {
            category: 'new-1d',
            description: 'x',
            retainDays: 1,
            basis: 'x',
            overrideRoles: ['court'],
            prev: stale,
          },
          'admin',
        ),
      );
      expect(s.ledger.retention('short-1d')!.retainDays).to.equal(2);
    });

    it('keeps an item filed before a shortening for the period it was filed under; the shortening binds items filed after it', () => {
      s.registerItem(PHONE, CASE, 'fr-inv', { retention: 'criminal-10d' });
      category('criminal-10d', 0);
      refusedBy('retention_period', destroy);
      expect(s.ledger.item(PHONE)!.retention).to.include({ category: 'criminal-10d' });
      s.registerItem('fr-inv~laptop', CASE, 'fr-inv', { retention: 'criminal-10d' });
      destroy('fr-inv~laptop');
      // Re-filing under the same category would take its shortened period: an early disposal.
      refusedBy('retention_shortening', () =>
        event(PHONE, 'retention-set', { category: 'criminal-10d', reason: 'again' }, 'fr-inv'),
      );
      const registered = Date.parse(s.ledger.item(PHONE)!.registeredAt);
      expect(retentionOf(s.ledger, s.ledger.item(PHONE)!)!.endsAtMs).to.equal(registered + 10 * 86_400_000);
    });

    it('applies a lengthening to every item of the category, and a shortening after it to none filed before it', () => {
      s.registerItem(PHONE, CASE, 'fr-inv', { retention: 'criminal-10d' });
      const registered = Date.parse(s.ledger.item(PHONE)!.registeredAt);
      category('criminal-10d', 30);
      category('criminal-10d', 5);
      expect(retentionOf(s.ledger, s.ledger.item(PHONE)!)!.endsAtMs).to.equal(registered + 30 * 86_400_000);
      s.registerItem('fr-inv~laptop', CASE, 'fr-inv', { retention: 'criminal-10d' });
      const laptop = s.ledger.item('fr-inv~laptop')!;
      expect(retentionOf(s.ledger, laptop)!.endsAtMs).to.equal(
        Date.parse(laptop.registeredAt) + 5 * 86_400_000,
      );
      s.tick(29 * DAY_MIN);
      refusedBy('retention_period', destroy);
      destroy('fr-inv~laptop');
      s.tick(DAY_MIN);
      destroy();
    });

    it('refuses to file an item under a category the table does not have', () => {
      refusedBy('unknown_retention_category', () =>
        s.registerItem(PHONE, CASE, 'fr-inv', { retention: 'no-such-category' }),
      );
      s.registerItem(PHONE, CASE, 'fr-inv');
      refusedBy('unknown_retention_category', () =>
        event(PHONE, 'retention-set', { category: 'no-such-category', reason: 'x' }, 'fr-inv'),
      );
      refusedBy('unknown_retention_category', () => copy('fr-inv~image', 'no-such-category'));
    });
  });

  describe('disposal', () => {
    beforeEach(() => s.registerItem(PHONE, CASE, 'fr-inv', { retention: 'criminal-10d' }));

    it('refuses a return or destruction before the period has run from registration, and allows it after', () => {
      const refusal = refusedBy('retention_period', destroy);
      expect(refusal.details).to.include({ category: 'criminal-10d' });
      expect(refusal.details.overrideRoles).to.deep.equal(['court']);
      expect(Date.parse(refusal.details.retainUntil as string)).to.equal(
        Date.parse(s.ledger.item(PHONE)!.registeredAt) + 10 * 86_400_000,
      );
      refusedBy('retention_period', () =>
        event(PHONE, 'returned', { to: 'the owner', reason: 'no longer needed' }, 'fr-inv'),
      );
      s.tick(10 * DAY_MIN);
      destroy();
      expect(s.ledger.item(PHONE)!.status).to.equal('destroyed');
    });

    it('judges disposal at the earlier of the event’s time and the log’s: a date beyond the period does not escape it', () => {
      // Two minutes before the period ends, a destruction dated two minutes after it (within
      // the clock skew the log allows) is judged at the log's time, inside the period.
      s.tick(10 * DAY_MIN - 3);
      const end = Date.parse(s.ledger.item(PHONE)!.registeredAt) + 10 * 86_400_000;
      expect(s.clockMs).to.equal(end - 2 * 60_000);
      refusedBy('retention_period', () =>
        attempt(
          'custody.event',
          {
            item: PHONE,
            type: 'destroyed',
            method: 'wiped',
            authorisation: 'order D-1',
            prev: s.prev(PHONE),
            occurredAt: s.at(4),
          },
          'fr-inv',
        ),
      );
      s.tick(2);
      destroy();
    });

    it('allows an early disposal once an override role of the category records why, and only such a role', () => {
      refusedBy('role_not_allowed', () => override('fr-inv'));
      override('fr-court');
      expect(s.ledger.item(PHONE)!.retentionOverride).to.include({ by: 'fr-court', reference: 'ORD-77' });
      destroy();
    });

    it('does not let an override lift a legal hold', () => {
      event(PHONE, 'hold-placed', { reference: 'LH-1', reason: 'civil claim' }, 'fr-inv');
      override('fr-court');
      refusedBy('under_hold', destroy);
    });

    it('lets those who answer for the case re-file an item for an equal or longer period, the clock still running from registration', () => {
      category('criminal-20d', 20);
      s.tick(2 * DAY_MIN);
      event(PHONE, 'handed-over', { to: 'fr-store', purpose: 'storage' }, 'fr-inv');
      event(
        PHONE,
        'received',
        { digests: { sha256: s.ledger.item(PHONE)!.digests.sha256 }, result: 'match' },
        'fr-store',
      );
      refusedBy('role_not_allowed', () =>
        event(PHONE, 'retention-set', { category: 'criminal-20d', reason: 'longer' }, 'fr-store'),
      );
      event(PHONE, 'retention-set', { category: 'criminal-10d', reason: 'same period' }, 'fr-inv');
      event(PHONE, 'retention-set', { category: 'criminal-20d', reason: 'serious offence' }, 'fr-inv');
      expect(s.ledger.item(PHONE)!.retention).to.include({ category: 'criminal-20d' });
      const registered = Date.parse(s.ledger.item(PHONE)!.registeredAt);
      s.tick(17 * DAY_MIN);
      const refusal = refusedBy('retention_period', () => destroy(PHONE, 'fr-store'));
      expect(Date.parse(refusal.details.retainUntil as string)).to.equal(registered + 20 * 86_400_000);
      s.tick(1 * DAY_MIN);
      destroy(PHONE, 'fr-store');
    });

    it('refuses a re-filing that would end retention earlier unless an override role of the category it leaves orders it', () => {
      category('none-0d', 0);
      // The investigator who holds the item may re-file it, but not out of a court's category.
      const refusal = refusedBy('retention_shortening', () =>
        event(PHONE, 'retention-set', { category: 'none-0d', reason: 'tidy-up' }, 'fr-inv'),
      );
      expect(refusal.details).to.include({ category: 'criminal-10d', newCategory: 'none-0d' });
      expect(refusal.details.overrideRoles).to.deep.equal(['court']);
      refusedBy('retention_shortening', () =>
        event(PHONE, 'retention-set', { category: 'short-1d', reason: 'minor offence' }, 'fr-inv'),
      );
      refusedBy('retention_period', destroy);
      expect(s.ledger.item(PHONE)!.retention).to.include({ category: 'criminal-10d' });
      // A court, an override role of criminal-10d, orders it, with the entry's reason.
      event(
        PHONE,
        'retention-set',
        { category: 'short-1d', reason: 'judgment 12/3: minor offence' },
        'fr-court',
      );
      refusedBy('retention_period', destroy);
      s.tick(DAY_MIN);
      destroy();
    });

    it('judges a re-filing against the category it leaves, not the one it enters', () => {
      // Out of short-1d (override role: a central authority) into none-0d (court): the court
      // may not shorten it, and the investigator may not either.
      category('none-0d', 0);
      category('short-1d', 1, ['central-authority']);
      s.registerItem('fr-inv~laptop', CASE, 'fr-inv', { retention: 'short-1d' });
      refusedBy('retention_shortening', () =>
        event('fr-inv~laptop', 'retention-set', { category: 'none-0d', reason: 'x' }, 'fr-court'),
      );
      expect(s.ledger.item('fr-inv~laptop')!.retention).to.include({ category: 'short-1d' });
    });

    it('files a copy under its original’s category, counted from the original’s registration, unless it names its own', () => {
      s.tick(5 * DAY_MIN);
      copy('fr-inv~image');
      copy('fr-inv~extract', 'short-1d');
      s.tick(5 * DAY_MIN);
      // The inherited period has run (ten days from the phone's registration), and so has the
      // extract's own day.
      destroy('fr-inv~image');
      destroy('fr-inv~extract');
      expect(s.ledger.item('fr-inv~image')!.retention).to.include({ category: 'criminal-10d' });
    });

    it('files a derived registration under its parent’s category, counted from the parent’s registration, unless it names its own', () => {
      const derived = (id: string, extra: Record<string, unknown> = {}) =>
        s.registerItem(id, CASE, 'fr-inv', {
          origin: { method: 'derived', parent: PHONE },
          ...extra,
        });
      const registered = Date.parse(s.ledger.item(PHONE)!.registeredAt);
      s.tick(5 * DAY_MIN);
      derived('fr-inv~sim');
      derived('fr-inv~sd', { retention: 'short-1d' });
      expect(s.ledger.item('fr-inv~sim')!.retention).to.deep.equal(s.ledger.item(PHONE)!.retention);
      const refusal = refusedBy('retention_period', () => destroy('fr-inv~sim'));
      expect(Date.parse(refusal.details.retainUntil as string)).to.equal(registered + 10 * 86_400_000);
      // A later re-filing of the parent does not move what the derivative took.
      event(PHONE, 'retention-set', { category: 'short-1d', reason: 'judgment' }, 'fr-court');
      expect(s.ledger.item('fr-inv~sim')!.retention).to.include({ category: 'criminal-10d' });
      s.tick(DAY_MIN);
      destroy('fr-inv~sd');
      refusedBy('retention_period', () => destroy('fr-inv~sim'));
      s.tick(4 * DAY_MIN);
      destroy('fr-inv~sim');
    });

    it('refuses an override for an item filed under no category', () => {
      s.registerItem('fr-inv~laptop', CASE, 'fr-inv');
      refusedBy('not_retained', () => override('fr-court', 'fr-inv~laptop'));
      destroy('fr-inv~laptop');
    });
  });

  describe('items due for review', () => {
    it('lists an active item once its period has run, as of a time, and not once it is disposed of', () => {
      s.registerItem(PHONE, CASE, 'fr-inv', { retention: 'criminal-10d' });
      const item = () => s.ledger.item(PHONE)!;
      const registered = Date.parse(item().registeredAt);
      expect(reviewDue(s.ledger, item(), registered + 9 * 86_400_000)).to.equal(undefined);
      const due = reviewDue(s.ledger, item(), registered + 10 * 86_400_000);
      expect(due).to.include({
        item: PHONE,
        case: CASE,
        reason: 'retention-ended',
        category: 'criminal-10d',
      });
      s.tick(10 * DAY_MIN);
      destroy();
      expect(reviewDue(s.ledger, item(), registered + 20 * 86_400_000)).to.equal(undefined);
    });
  });
});

describe('retention and a provider’s retention limit', () => {
  let s: MemoryStory;
  const item = () => s.ledger.item(PHONE)!;
  const receive = (as: string) =>
    s.event(PHONE, 'received', { digests: { sha256: item().digests.sha256 }, result: 'match' }, as);
  const examine = () =>
    s.event(PHONE, 'examined', { purpose: 'investigation', tool: { name: 'xry', version: '10' } }, 'de-ca');
  const destroy = () =>
    s.event(PHONE, 'destroyed', { method: 'wiped', authorisation: 'BfJ order 4' }, 'de-ca');
  let limitMs: number;

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-ca', ['central-authority'], 'FR', 'FR ministry of justice');
    s.register('de-ca', ['central-authority', 'investigator'], 'DE', 'DE federal office of justice');
    s.submit(
      'retention.category-set',
      {
        category: 'criminal-1y',
        description: 'a year',
        retainDays: 365,
        basis: 'CPP',
        overrideRoles: ['court'],
      },
      'admin',
    );
    s.openCase(CASE, 'fr-inv');
    s.registerItem(PHONE, CASE, 'fr-inv', { retention: 'criminal-1y' });
    s.grantCase(CASE, 'fr-ca', 'fr-inv');
    s.submit(
      'request.recorded',
      {
        id: 'fr-ca~mla-1',
        case: CASE,
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'BfJ',
        requestedAuthority: 'BEPI',
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: 'DE-1',
        dated: s.at(),
        summary: 'the phone',
      },
      'fr-ca',
    );
    s.event(PHONE, 'handed-over', { to: 'fr-ca', purpose: 'MLA execution' }, 'fr-inv');
    receive('fr-ca');
    limitMs = s.clockMs + 30 * 86_400_000;
    s.event(
      PHONE,
      'disclosed',
      {
        to: 'de-ca',
        request: 'fr-ca~mla-1',
        scope: 'full image',
        conditionsOnUse: {
          purposes: ['investigation'],
          onwardTransfer: 'consent-required',
          evidenceUse: 'permitted',
          retainUntil: new Date(limitMs).toISOString(),
        },
      },
      'fr-ca',
    );
    receive('de-ca');
  });

  it('makes the item due for review at the provider’s limit when it comes before the category’s end', () => {
    const r = retentionOf(s.ledger, item())!;
    expect(r.reviewAtMs).to.equal(limitMs);
    expect(reviewDue(s.ledger, item(), limitMs)).to.include({ reason: 'retention-limit' });
  });

  it('keeps the category’s period before the limit, lets the item go at the limit, and stops its use after it', () => {
    examine();
    refusedBy('retention_period', destroy);
    s.tick(30 * DAY_MIN);
    const refusal = refusedBy('retention_expired', examine);
    expect(refusal.details).to.include({ providerState: 'FR' });
    destroy();
    expect(item().status).to.equal('destroyed');
  });
});
