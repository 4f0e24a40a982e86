/**
 * Conditions on use (speciality) and data protection (issue 16): a disclosure carries
 * structured conditions; once received, the receiving side's rules enforce them — onward
 * transfer to another authority, use as evidence before a court and use for a purpose not
 * permitted are refused until the providing state's central authority records its consent on
 * the item. The provider is never bound by its own conditions; nobody else may consent.
 */
import { expect } from 'chai';
import { ValidationError } from '../../../src/core/errors.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const PHONE = 'fr-inv~phone-1';
const PURPOSE = 'investigation of the fraud in case DE-1';
const CONDITIONS = {
  purposes: [PURPOSE],
  onwardTransfer: 'consent-required',
  evidenceUse: 'consent-required',
  retainUntil: '2027-06-30T00:00:00Z',
  dataProtection: 'personal data of third parties to be erased after analysis',
};

describe('conditions on use', () => {
  let s: MemoryStory;
  const item = (id = PHONE) => s.ledger.item(id)!;
  const handOver = (to: string, as: string, purpose = PURPOSE, id = PHONE) =>
    s.event(id, 'handed-over', { to, purpose }, as);
  const receive = (as: string, id = PHONE) =>
    s.event(id, 'received', { digests: { sha256: item(id).digests.sha256 }, result: 'match' }, as);
  const consent = (as: string, c: Record<string, unknown>) =>
    s.event(PHONE, 'use-consented', { consent: c, reason: 'agreed by letter 12/2026' }, as);

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-ca', ['central-authority'], 'FR', 'FR ministry of justice');
    s.register('fr-pol', ['investigator', 'liaison'], 'FR', 'FR police');
    s.register('de-ca', ['central-authority'], 'DE', 'DE federal office of justice');
    s.register('de-ca2', ['central-authority'], 'DE', 'DE federal office of justice');
    s.register('de-bka', ['investigator', 'examiner'], 'DE', 'DE federal police');
    s.register('de-court', ['court'], 'DE', 'DE regional court');
    s.register('be-ca', ['central-authority'], 'BE', 'BE federal prosecutor');
    s.openCase('fr-inv~case-1', 'fr-inv');
    s.registerItem(PHONE, 'fr-inv~case-1', 'fr-inv');
    s.grantCase('fr-inv~case-1', 'fr-ca', 'fr-inv');
    s.submit(
      'request.recorded',
      {
        id: 'fr-ca~mla-1',
        case: 'fr-inv~case-1',
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
    handOver('fr-ca', 'fr-inv', 'MLA execution');
    receive('fr-ca');
    s.event(
      PHONE,
      'disclosed',
      { to: 'de-ca', request: 'fr-ca~mla-1', scope: 'full image', conditionsOnUse: CONDITIONS },
      'fr-ca',
    );
    receive('de-ca');
  });

  it('binds the item once received, naming the provider and the receiving authority', () => {
    expect(item().conditions).to.have.length(1);
    expect(item().conditions[0]).to.include({
      providerState: 'FR',
      disclosedBy: 'fr-ca',
      recipientState: 'DE',
      recipientOrganisation: 'DE federal office of justice',
    });
  });

  it('refuses a transfer onward to another authority without the provider’s consent, then allows it with one', () => {
    const refusal = refusedBy('consent_required', () => handOver('de-bka', 'de-ca'));
    expect(refusal.details).to.include({ providerState: 'FR', scope: 'onward-transfer' });
    consent('fr-ca', { scope: 'onward-transfer', to: 'de-bka' });
    handOver('de-bka', 'de-ca');
    receive('de-bka');
    expect(item().custodian).to.equal('de-bka');
  });

  it('lets the receiving authority pass the item within itself for a permitted purpose', () => {
    handOver('de-ca2', 'de-ca');
    receive('de-ca2');
  });

  it('refuses a use for a purpose not permitted, until a consent names that purpose', () => {
    refusedBy('purpose_not_permitted', () => handOver('de-ca2', 'de-ca', 'tax audit'));
    consent('fr-ca', { scope: 'onward-transfer', to: 'de-bka' });
    handOver('de-bka', 'de-ca');
    receive('de-bka');
    const examine = (purpose: string) =>
      s.event(PHONE, 'examined', { purpose, tool: { name: 'xry', version: '10' } }, 'de-bka');
    refusedBy('purpose_not_permitted', () => examine('a second investigation'));
    examine(PURPOSE);
    consent('fr-ca', { scope: 'purpose', purpose: 'a second investigation' });
    examine('a second investigation');
  });

  it('refuses a hand-over to a court without consent to use the item as evidence', () => {
    consent('fr-ca', { scope: 'onward-transfer', to: 'de-court' });
    const refusal = refusedBy('consent_required', () => handOver('de-court', 'de-ca'));
    expect(refusal.details.scope).to.equal('evidence-use');
    consent('fr-ca', { scope: 'evidence-use' });
    handOver('de-court', 'de-ca');
  });

  it('lets only a central authority or 24/7 point of the providing state consent', () => {
    refusedBy('not_provider', () => consent('de-ca', { scope: 'onward-transfer', to: 'de-bka' }));
    refusedBy('no_access', () => consent('be-ca', { scope: 'onward-transfer', to: 'de-bka' }));
    refusedBy('role_not_allowed', () => consent('fr-inv', { scope: 'onward-transfer', to: 'de-bka' }));
    refusedBy('unknown_actor', () => consent('fr-ca', { scope: 'onward-transfer', to: 'nobody' }));
    // A consent for another recipient opens no door to this one.
    consent('fr-ca', { scope: 'onward-transfer', to: 'de-court' });
    refusedBy('consent_required', () => handOver('de-bka', 'de-ca'));
  });

  it("consents to an onward transfer to another state's authority by its designation, which opens the door to it alone", () => {
    const SSS = 'State Security Service of the Republic of Azerbaijan';
    const MOJ = 'Ministry of Justice of the Republic of Azerbaijan';
    const sss = s.designate('AZ', SSS, ['central-authority-mla']);
    const moj = s.designate('AZ', MOJ, ['extradition']);
    // The recipient discloses onward to the SSS, in Azerbaijan's own log: no actor of this log.
    const discloseOnward = () =>
      s.event(
        PHONE,
        'disclosed',
        { addressee: { state: 'AZ', authority: SSS, designation: sss }, request: 'fr-ca~mla-1', scope: 'x' },
        'de-ca',
      );
    const refusal = refusedBy('consent_required', discloseOnward);
    expect(refusal.details).to.include({ providerState: 'FR', scope: 'onward-transfer' });
    const onward = (addressee: Record<string, unknown>) =>
      consent('fr-ca', { scope: 'onward-transfer', addressee });
    refusedBy('not_designated', () =>
      onward({ state: 'AZ', authority: 'Prosecutor General', designation: sss }),
    );
    refusedBy('not_designated', () => onward({ state: 'AZ', authority: SSS, designation: moj }));
    expect(() =>
      consent('fr-ca', {
        scope: 'onward-transfer',
        to: 'de-bka',
        addressee: { state: 'AZ', authority: SSS, designation: sss },
      }),
    ).to.throw(ValidationError);
    // A consent for another authority of that state opens no door to this one.
    onward({ state: 'AZ', authority: MOJ, designation: moj });
    refusedBy('consent_required', discloseOnward);
    onward({ state: 'AZ', authority: SSS, designation: sss });
    expect(item().conditions[0]!.consents.at(-1)).to.deep.include({
      addressee: { state: 'AZ', authority: SSS, designation: sss },
    });
    // Past the conditions, the disclosure meets the next rule: this request is between France and Germany.
    refusedBy('request_not_usable', discloseOnward);
  });

  it('binds every copy the recipient makes, with the consents given before the copy', () => {
    consent('fr-ca', { scope: 'onward-transfer', to: 'de-bka' });
    handOver('de-bka', 'de-ca');
    receive('de-bka');
    s.event(
      PHONE,
      'copied',
      {
        derivative: {
          id: 'de-bka~image-1',
          description: 'image',
          mediaType: 'application/octet-stream',
          size: 10,
          digests: { sha256: 'b'.repeat(64) },
        },
        tool: { name: 'dd', version: '9.4' },
        method: 'image',
      },
      'de-bka',
    );
    expect(item('de-bka~image-1').conditions).to.deep.equal(item().conditions);
    refusedBy('consent_required', () => handOver('de-court', 'de-bka', PURPOSE, 'de-bka~image-1'));
  });
});
