/**
 * Review of issue 14 (disclosures addressed by designation): a refusal's reason names the party
 * a pending disclosure awaits. For a disclosure to an addressee authority there is no actor
 * (`pending.to` is absent), and a reason must not read "awaits receipt by undefined".
 */
import { expect } from 'chai';
import { RuleViolation } from '../../../src/core/errors.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const SSS = 'State Security Service of the Republic of Azerbaijan';
const BFJ = 'Bundesamt für Justiz';
const ITEM = 'az-ca~logs';

describe('review14: reasons given while a disclosure to an addressee is pending', () => {
  let s: MemoryStory;

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('az-inv', ['investigator'], 'AZ', SSS);
    s.register('az-ca', ['central-authority'], 'AZ', SSS);
    s.openCase('az-inv~case', 'az-inv');
    s.submit(
      'case.access-granted',
      {
        case: 'az-inv~case',
        actor: 'az-ca',
        reason: 'MLA',
        prev: s.ledger.case('az-inv~case')!.head.leafHash,
      },
      'az-inv',
    );
    s.submit(
      'request.recorded',
      {
        id: 'az-ca~req',
        case: 'az-inv~case',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: BFJ,
        requestedAuthority: SSS,
        legalBasis: { instrument: 'ETS-185', article: '31' },
        reference: 'R-1',
        dated: s.at(),
        summary: 'hosting logs',
      },
      'az-ca',
    );
    s.registerItem(ITEM, 'az-inv~case', 'az-ca');
    const designation = s.submit(
      'authority.designated',
      {
        state: 'DE',
        authority: BFJ,
        roles: ['central-authority-mla'],
        instrument: 'ETS-185',
        reference: 'declaration notified on ratification',
        validFrom: s.at(-60),
      },
      'admin',
    ).entry.index;
    s.event(
      ITEM,
      'disclosed',
      {
        addressee: { state: 'DE', authority: BFJ, designation },
        request: 'az-ca~req',
        scope: 'the access logs',
      },
      'az-ca',
    );
  });

  it('transfer_pending names the addressee authority, not "undefined"', () => {
    const refusal = refusedBy('transfer_pending', () => s.event(ITEM, 'sealed', { seal: 'S-1' }, 'az-ca'));
    expect(refusal.message).to.not.include('undefined');
    expect(refusal.message).to.include(BFJ);
  });

  it('not_recipient on "received" names the addressee authority, not "undefined"', () => {
    const item = s.ledger.item(ITEM)!;
    const refusal = refusedBy('not_recipient', () =>
      s.event(ITEM, 'received', { digests: { sha256: item.digests.sha256 }, result: 'match' }, 'az-inv'),
    );
    expect(refusal.message).to.not.include('undefined');
  });
});

/**
 * docs/rules.md (Evidence and custody): "No one in this log receives a disclosure to an addressee
 * (`not_recipient`); it stays pending until the receipt of the other log's import closes it."
 * The custodian may nonetheless record `handover-cancelled` on it, at any time — including after
 * the other state's log imported it, which this log cannot know. The item then reads as never
 * having left, the receipt of the import is refused (`no_pending_transfer`), and the same item can
 * be disclosed again, so the two logs contradict each other for good.
 */
describe('review14: a pending disclosure to an addressee stays pending until its receipt', () => {
  it('refuses handover-cancelled on a pending disclosure addressed by designation', () => {
    const s = new MemoryStory();
    s.genesis();
    s.register('az-inv', ['investigator'], 'AZ', SSS);
    s.register('az-ca', ['central-authority'], 'AZ', SSS);
    s.openCase('az-inv~case', 'az-inv');
    s.submit(
      'case.access-granted',
      {
        case: 'az-inv~case',
        actor: 'az-ca',
        reason: 'MLA',
        prev: s.ledger.case('az-inv~case')!.head.leafHash,
      },
      'az-inv',
    );
    s.submit(
      'request.recorded',
      {
        id: 'az-ca~req',
        case: 'az-inv~case',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: BFJ,
        requestedAuthority: SSS,
        legalBasis: { instrument: 'ETS-185', article: '31' },
        reference: 'R-1',
        dated: s.at(),
        summary: 'hosting logs',
      },
      'az-ca',
    );
    s.registerItem(ITEM, 'az-inv~case', 'az-ca');
    const designation = s.submit(
      'authority.designated',
      {
        state: 'DE',
        authority: BFJ,
        roles: ['central-authority-mla'],
        instrument: 'ETS-185',
        reference: 'declaration notified on ratification',
        validFrom: s.at(-60),
      },
      'admin',
    ).entry.index;
    s.event(
      ITEM,
      'disclosed',
      {
        addressee: { state: 'DE', authority: BFJ, designation },
        request: 'az-ca~req',
        scope: 'the access logs',
      },
      'az-ca',
    );
    let refused: unknown;
    try {
      s.event(ITEM, 'handover-cancelled', { reason: 'changed our mind after sending' }, 'az-ca');
    } catch (e) {
      refused = e;
    }
    expect(refused, 'the cancellation was admitted').to.be.instanceOf(RuleViolation);
    expect(s.ledger.item(ITEM)!.pending).to.have.property('addressee');
  });
});
