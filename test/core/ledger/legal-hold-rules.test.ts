/**
 * Legal holds (issue 16): placed and lifted by entries over a case or an item; while one is in
 * force neither the item, nor any item of the held case, nor a copy of a held item may be
 * returned or destroyed. Only those who answer for the proceedings and may read the case or
 * item place or lift one; a custodian cannot lift a hold to dispose of an item.
 */
import { expect } from 'chai';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const CASE = 'fr-inv~case-1';
const PHONE = 'fr-inv~phone-1';

describe('legal hold rules', () => {
  let s: MemoryStory;
  const caseHold = (action: 'placed' | 'lifted', as = 'fr-inv', id = CASE) =>
    s.submit(
      'case.hold-changed',
      {
        case: id,
        action,
        reference: 'LH-2026-9',
        reason: 'litigation pending',
        at: s.at(),
        prev: s.ledger.case(id)!.head.leafHash,
      },
      as,
    );
  const itemHold = (type: 'hold-placed' | 'hold-lifted', as = 'fr-inv', id = PHONE) =>
    s.event(id, type, { reference: 'LH-7', reason: 'civil claim' }, as);
  const destroy = (id = PHONE, as = 'fr-inv') =>
    s.event(id, 'destroyed', { method: 'wiped', authorisation: 'order D-1' }, as);

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-store', ['custodian']);
    s.register('fr-auditor', ['auditor']);
    s.register('fr-customs', ['investigator'], 'FR', 'FR customs');
    s.openCase(CASE, 'fr-inv');
    s.registerItem(PHONE, CASE, 'fr-inv');
  });

  it('refuses to dispose of any item of a case under hold, and allows it once lifted', () => {
    s.registerItem('fr-inv~laptop', CASE, 'fr-inv');
    caseHold('placed');
    const refusal = refusedBy('under_hold', () => destroy('fr-inv~laptop'));
    expect(refusal.details).to.include({ heldBy: `case ${CASE}`, reference: 'LH-2026-9' });
    refusedBy('under_hold', () =>
      s.event(PHONE, 'returned', { to: 'owner', reason: 'no longer needed' }, 'fr-inv'),
    );
    caseHold('lifted');
    destroy('fr-inv~laptop');
  });

  it('refuses to dispose of an item under its own hold, or of a copy made from it', () => {
    s.event(
      PHONE,
      'copied',
      {
        derivative: {
          id: 'fr-inv~image',
          description: 'image',
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: 'c'.repeat(64) },
        },
        tool: { name: 'dd', version: '9.4' },
        method: 'image',
      },
      'fr-inv',
    );
    itemHold('hold-placed');
    refusedBy('under_hold', () => destroy());
    expect(refusedBy('under_hold', () => destroy('fr-inv~image')).details.heldBy).to.equal(`item ${PHONE}`);
    itemHold('hold-lifted');
    destroy('fr-inv~image');
  });

  it('refuses a second hold, and lifting one that is not there', () => {
    refusedBy('not_held', () => caseHold('lifted'));
    refusedBy('not_held', () => itemHold('hold-lifted'));
    caseHold('placed');
    refusedBy('already_held', () => caseHold('placed'));
    itemHold('hold-placed');
    refusedBy('already_held', () => itemHold('hold-placed'));
  });

  it('keeps holds out of the hands of a custodian, an auditor and an officer who may not read the case', () => {
    s.event(PHONE, 'handed-over', { to: 'fr-store', purpose: 'storage' }, 'fr-inv');
    s.event(
      PHONE,
      'received',
      { digests: { sha256: s.ledger.item(PHONE)!.digests.sha256 }, result: 'match' },
      'fr-store',
    );
    itemHold('hold-placed');
    // The custodian who would dispose of the item cannot lift the hold that stops it.
    refusedBy('role_not_allowed', () => itemHold('hold-lifted', 'fr-store'));
    refusedBy('under_hold', () => destroy(PHONE, 'fr-store'));
    refusedBy('role_not_allowed', () => caseHold('placed', 'fr-auditor'));
    refusedBy('no_access', () => caseHold('placed', 'fr-customs'));
    refusedBy('no_access', () => itemHold('hold-lifted', 'fr-customs'));
  });
});
