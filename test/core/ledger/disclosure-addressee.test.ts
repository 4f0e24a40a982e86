/**
 * A disclosure to another state's own log names its addressee by designation (docs/rules.md,
 * Evidence and custody): the authority, its state, and the entry of this log that designates it,
 * in force at the disclosure's log time for a role that receives the request's type
 * (`not_designated`). No officer of the receiving state is registered in this log.
 */
import { expect } from 'chai';
import { ValidationError } from '../../../src/core/errors.ts';
import { MemoryLedger } from '../../../src/core/ledger/memory-ledger.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const SSS = 'State Security Service of the Republic of Azerbaijan';
const BFJ = 'Bundesamt für Justiz';
const ITEM = 'az-ca~logs';

describe('a disclosure addressed to another state by designation', () => {
  let s: MemoryStory;
  const disclose = (addressee: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    s.event(
      ITEM,
      'disclosed',
      { addressee, request: 'az-ca~req', scope: 'the access logs', ...extra },
      'az-ca',
    );

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.azerbaijanExecutesGermanRequest(SSS);
    s.registerItem(ITEM, 'az-inv~case', 'az-ca');
  });

  it('records the disclosure pending under its addressee, with no actor of the other state in this log', () => {
    const designation = s.designate('DE', BFJ, ['central-authority-mla']);
    disclose({ state: 'DE', authority: BFJ, designation });
    const item = s.ledger.item(ITEM)!;
    expect(item.pending).to.deep.include({
      addressee: { state: 'DE', authority: BFJ, designation },
      request: 'az-ca~req',
    });
    expect(item.pending).to.not.have.property('to');
    expect(item.holders).to.deep.equal(['az-ca']);
    // Nobody here can receive it: the addressee takes it in through its own log's import.
    refusedBy('not_recipient', () =>
      s.event(ITEM, 'received', { digests: { sha256: item.digests.sha256 }, result: 'match' }, 'az-inv'),
    );
  });

  it('refuses an authority its state did not designate, or a state with no designation here', () => {
    refusedBy('not_designated', () => disclose({ state: 'DE', authority: BFJ, designation: 0 }));
    const designation = s.designate('DE', BFJ, ['central-authority-mla']);
    const refusal = refusedBy('not_designated', () =>
      disclose({ state: 'DE', authority: 'Bundeskriminalamt', designation }),
    );
    expect(refusal.details).to.deep.equal({ designated: [{ authority: BFJ, entry: designation }] });
  });

  it('refuses a designation for another role than the request type needs', () => {
    const designation = s.designate('DE', BFJ, ['contact-point-24-7']);
    refusedBy('not_designated', () => disclose({ state: 'DE', authority: BFJ, designation }));
  });

  it('refuses a designation that ended, or has not begun, at the log time of the disclosure', () => {
    const first = s.designate('DE', BFJ, ['central-authority-mla']);
    const ended = s.designate('DE', BFJ, ['central-authority-mla'], { validUntil: s.at(1) });
    s.tick(10);
    refusedBy('not_designated', () => disclose({ state: 'DE', authority: BFJ, designation: ended }));
    refusedBy('not_designated', () => disclose({ state: 'DE', authority: BFJ, designation: first }));
    const later = s.designate('DE', BFJ, ['central-authority-mla'], { validFrom: s.at(120) });
    refusedBy('not_designated', () => disclose({ state: 'DE', authority: BFJ, designation: later }));
  });

  it('refuses an entry that is not the designation in force for that authority: a superseded one, or another state’s', () => {
    const first = s.designate('DE', BFJ, ['central-authority-mla']);
    const current = s.designate('DE', BFJ, ['central-authority-mla', 'contact-point-24-7']);
    const azEntry = s.designate('AZ', SSS, ['central-authority-mla']);
    const stale = refusedBy('not_designated', () =>
      disclose({ state: 'DE', authority: BFJ, designation: first }),
    );
    expect(stale.message).to.include(`entry ${current} is`);
    refusedBy('not_designated', () => disclose({ state: 'DE', authority: BFJ, designation: azEntry }));
    disclose({ state: 'DE', authority: BFJ, designation: current });
  });

  it('refuses an addressee of its own state (not_foreign) or of a state the request is not between (request_not_usable)', () => {
    const az = s.designate('AZ', SSS, ['central-authority-mla']);
    refusedBy('not_foreign', () => disclose({ state: 'AZ', authority: SSS, designation: az }));
    const fr = s.designate('FR', 'Ministère de la Justice – BEPI', ['central-authority-mla']);
    refusedBy('request_not_usable', () =>
      disclose({ state: 'FR', authority: 'Ministère de la Justice – BEPI', designation: fr }),
    );
  });

  it('takes a recipient actor or an addressee, never both nor neither', () => {
    const designation = s.designate('DE', BFJ, ['central-authority-mla']);
    s.register('de-ca', ['central-authority'], 'DE', BFJ);
    for (const fields of [{ to: 'de-ca', addressee: { state: 'DE', authority: BFJ, designation } }, {}]) {
      expect(() =>
        s.event(ITEM, 'disclosed', { request: 'az-ca~req', scope: 'logs', ...fields }, 'az-ca'),
      ).to.throw(ValidationError);
    }
  });

  it('binds conditions on use to the addressee authority', () => {
    const designation = s.designate('DE', BFJ, ['central-authority-mla']);
    disclose(
      { state: 'DE', authority: BFJ, designation },
      {
        conditionsOnUse: {
          purposes: ['the German proceedings'],
          onwardTransfer: 'consent-required',
          evidenceUse: 'permitted',
        },
      },
    );
    expect(s.ledger.item(ITEM)!.pending!.conditions).to.deep.include({
      providerState: 'AZ',
      recipientState: 'DE',
      recipientOrganisation: BFJ,
    });
  });

  it('keeps judging the disclosure by the designations as they stood: a later end does not void it on replay', () => {
    const designation = s.designate('DE', BFJ, ['central-authority-mla']);
    disclose({ state: 'DE', authority: BFJ, designation });
    s.designate('DE', BFJ, [], { validUntil: s.at(1) });
    s.tick(60);
    const replay = new MemoryLedger();
    for (const { draft, index, at } of s.admitted) replay.admit(draft, index, at);
    expect(replay.item(ITEM)!.pending!.addressee).to.deep.equal({ state: 'DE', authority: BFJ, designation });
  });

  describe('while it is pending', () => {
    const cancel = () =>
      s.event(ITEM, 'handover-cancelled', { reason: 'changed our mind after sending' }, 'az-ca');

    it('names the addressee authority in transfer_pending and not_recipient, never "undefined"', () => {
      disclose({
        state: 'DE',
        authority: BFJ,
        designation: s.designate('DE', BFJ, ['central-authority-mla']),
      });
      const pending = refusedBy('transfer_pending', () => s.event(ITEM, 'sealed', { seal: 'S-1' }, 'az-ca'));
      const item = s.ledger.item(ITEM)!;
      const notRecipient = refusedBy('not_recipient', () =>
        s.event(ITEM, 'received', { digests: { sha256: item.digests.sha256 }, result: 'match' }, 'az-inv'),
      );
      for (const { message } of [pending, notRecipient]) {
        expect(message).to.include(`${BFJ} of DE`);
        expect(message).to.not.include('undefined');
      }
    });

    it('refuses handover-cancelled (not_cancellable): only the receipt of the other log’s import closes it', () => {
      const designation = s.designate('DE', BFJ, ['central-authority-mla']);
      disclose({ state: 'DE', authority: BFJ, designation });
      const refusal = refusedBy('not_cancellable', cancel);
      expect(refusal.message).to.include(BFJ);
      expect(refusal.details).to.deep.include({ addressee: { state: 'DE', authority: BFJ, designation } });
      expect(s.ledger.item(ITEM)!.pending).to.deep.include({
        addressee: { state: 'DE', authority: BFJ, designation },
      });
      // Nor can the item be disclosed a second time meanwhile.
      refusedBy('transfer_pending', () => disclose({ state: 'DE', authority: BFJ, designation }));
    });

    it('judges a cancellation logged under a version older than 4 as that version did', () => {
      s.rules = [{ version: 3, from: 0 }];
      disclose({
        state: 'DE',
        authority: BFJ,
        designation: s.designate('DE', BFJ, ['central-authority-mla']),
      });
      cancel();
      expect(s.ledger.item(ITEM)!.pending).to.equal(null);
    });

    it('refuses it from the index at which the log announced version 4', () => {
      disclose({
        state: 'DE',
        authority: BFJ,
        designation: s.designate('DE', BFJ, ['central-authority-mla']),
      });
      s.rules = [
        { version: 3, from: 0 },
        { version: 4, from: s.index },
      ];
      refusedBy('not_cancellable', cancel);
    });
  });
});
