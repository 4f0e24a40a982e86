/**
 * Orders that stop an item's disposal (preservations, legal holds) cannot be ended by whoever
 * holds the item, nor by another state: the attacks of an independent review, each refused
 * with `not_orderer` (docs/rules.md). And a preservation cannot be backdated so that it ran its
 * course before the log saw it.
 */
import { expect } from 'chai';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const DAY = 24 * 60;
const CASE = 'fr-inv~case-1';
const PHONE = 'fr-inv~phone-1';

describe('who may end a preservation or a legal hold', () => {
  let s: MemoryStory;
  const item = () => s.ledger.item(PHONE)!;
  const receive = (as: string) =>
    s.event(PHONE, 'received', { digests: { sha256: item().digests.sha256 }, result: 'match' }, as);

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-inv2', ['investigator']);
    s.register('fr-store', ['custodian']);
    s.register('fr-ca', ['central-authority'], 'FR', 'FR ministry of justice');
    s.register('fr-court', ['court'], 'FR', 'FR court');
    s.register('de-ca', ['central-authority'], 'DE', 'DE federal office of justice');
    s.openCase(CASE, 'fr-inv');
    s.registerItem(PHONE, CASE, 'fr-inv');
    for (const actor of ['fr-court', 'fr-ca', 'fr-inv2']) s.grantCase(CASE, actor, 'fr-inv', 'proceedings');
  });

  const preserveAndStore = () => {
    s.event(
      PHONE,
      'preserved',
      { order: 'MLA-29', until: s.at(90 * DAY), basis: { instrument: 'ETS-185', article: '29' } },
      'fr-inv',
    );
    s.event(PHONE, 'handed-over', { to: 'fr-store', purpose: 'storage' }, 'fr-inv');
    receive('fr-store');
  };

  it('refuses the evidence store releasing or extending a preservation it did not order, then its destruction', () => {
    preserveAndStore();
    refusedBy('not_orderer', () =>
      s.event(PHONE, 'preservation-released', { reason: 'space needed' }, 'fr-store'),
    );
    refusedBy('not_orderer', () =>
      s.event(PHONE, 'preservation-extended', { until: s.at(120 * DAY) }, 'fr-store'),
    );
    refusedBy('under_preservation', () =>
      s.event(PHONE, 'destroyed', { method: 'wiped', authorisation: 'store policy' }, 'fr-store'),
    );
    expect(item().status).to.equal('active');
  });

  it('lets the ordering investigator or a central authority of the same state release it, not a colleague', () => {
    preserveAndStore();
    refusedBy('not_orderer', () =>
      s.event(PHONE, 'preservation-released', { reason: 'mine now' }, 'fr-inv2'),
    );
    s.event(PHONE, 'preservation-released', { reason: 'order lifted by the ministry' }, 'fr-ca');
    expect(item().preservation).to.equal(null);
  });

  it('refuses the custodian lifting a court hold and then destroying the item; a court lifts it', () => {
    s.event(PHONE, 'hold-placed', { reference: 'COURT-ORDER-1', reason: 'trial pending' }, 'fr-court');
    refusedBy('not_orderer', () =>
      s.event(PHONE, 'hold-lifted', { reference: 'COURT-ORDER-1', reason: 'mine' }, 'fr-inv'),
    );
    refusedBy('not_orderer', () =>
      s.event(PHONE, 'hold-lifted', { reference: 'COURT-ORDER-1', reason: 'ministry' }, 'fr-ca'),
    );
    refusedBy('under_hold', () =>
      s.event(PHONE, 'destroyed', { method: 'wiped', authorisation: 'self' }, 'fr-inv'),
    );
    s.event(PHONE, 'hold-lifted', { reference: 'COURT-ORDER-1', reason: 'judgment final' }, 'fr-court');
    expect(item().hold).to.equal(null);
  });

  it("refuses another state's authority, holding a disclosed item, lifting the providing state's hold", () => {
    s.event(PHONE, 'hold-placed', { reference: 'FR-HOLD', reason: 'French trial' }, 'fr-inv');
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
    s.event(PHONE, 'disclosed', { to: 'de-ca', request: 'fr-ca~mla-1', scope: 'full image' }, 'fr-ca');
    receive('de-ca');
    refusedBy('not_orderer', () =>
      s.event(PHONE, 'hold-lifted', { reference: 'FR-HOLD', reason: 'not ours' }, 'de-ca'),
    );
    refusedBy('under_hold', () =>
      s.event(PHONE, 'destroyed', { method: 'wiped', authorisation: 'DE' }, 'de-ca'),
    );
    expect(item().hold?.reference).to.equal('FR-HOLD');
  });

  it('refuses a preservation backdated so that it ended before the log recorded it', () => {
    const registeredAt = s.at();
    s.tick(100 * DAY);
    const until = new Date(Date.parse(registeredAt) + 61 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    refusedBy('preservation_period', () =>
      s.event(
        PHONE,
        'preserved',
        { order: 'PO-29', occurredAt: registeredAt, until, basis: { instrument: 'ETS-185', article: '29' } },
        'fr-inv',
      ),
    );
    expect(item().preservation).to.equal(null);
  });
});
