/**
 * A request to another state names its addressee by designation (docs/rules.md, Designated
 * authorities; rules version 4): the authority, and the entry of this log that designates it,
 * in force at the request's log time for a role that receives the request's type
 * (`not_designated`), even when that state has no designation recorded here. An incoming
 * request, and every request under version 3, is judged as before.
 */
import { expect } from 'chai';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

const SSS = 'State Security Service of the Republic of Azerbaijan';
const MOJ = 'Ministry of Justice of the Republic of Azerbaijan';
const BFJ = 'Bundesamt für Justiz';

describe('a request to another state addressed by designation', () => {
  let s: MemoryStory;
  /** DE's central authority records a request to AZ's `authority`, naming `designation` if given. */
  const request = (
    authority: string,
    designation: number | undefined,
    extra: Record<string, unknown> = {},
    as = 'de-ca',
  ) =>
    s.submit(
      'request.recorded',
      {
        id: `${as}~req-${s.index}`,
        case: as === 'de-ca' ? 'de-inv~case' : 'az-ca~case',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: BFJ,
        requestedAuthority: authority,
        ...(designation !== undefined ? { requestedDesignation: designation } : {}),
        legalBasis: { instrument: 'ETS-185', article: '31' },
        reference: `R-${s.index}`,
        dated: s.at(),
        summary: 'hosting logs',
        ...extra,
      },
      as,
    );

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('de-inv', ['investigator'], 'DE', 'Bundeskriminalamt');
    s.register('de-ca', ['central-authority'], 'DE', BFJ);
    s.openCase('de-inv~case', 'de-inv');
    s.grantCase('de-inv~case', 'de-ca', 'de-inv');
  });

  it('records a request naming the entry in force that designates its addressee for the type', () => {
    const entry = s.designate('AZ', SSS, ['central-authority-mla']);
    const admitted = request(SSS, entry);
    expect(admitted.entry.payload).to.include({ requestedAuthority: SSS, requestedDesignation: entry });
  });

  it('refuses a request to a state with no designation recorded here', () => {
    const refusal = refusedBy('not_designated', () => request(SSS, undefined));
    expect(refusal.details.designated).to.deep.equal([]);
  });

  it('refuses a request that names no entry, and says which one is in force', () => {
    const entry = s.designate('AZ', SSS, ['central-authority-mla']);
    const refusal = refusedBy('not_designated', () => request(SSS, undefined));
    expect(refusal.message).to.include(`entry ${entry} is in force`);
  });

  it('refuses an authority designated for another role than the request type needs', () => {
    const entry = s.designate('AZ', MOJ, ['extradition']);
    s.designate('AZ', SSS, ['contact-point-24-7']);
    refusedBy('not_designated', () => request(MOJ, entry));
    refusedBy('not_designated', () => request(SSS, s.designationOf('AZ', SSS)));
    request(SSS, s.designationOf('AZ', SSS), { type: 'network-24-7' });
  });

  it('refuses a designation that ended or has not begun at the log time, though valid at the request date', () => {
    const ended = s.designate('AZ', SSS, ['central-authority-mla'], { validUntil: s.at(-10) });
    refusedBy('not_designated', () => request(SSS, ended, { dated: s.at(-30) }));
    const later = s.designate('AZ', MOJ, ['central-authority-mla'], { validFrom: s.at(60) });
    refusedBy('not_designated', () => request(MOJ, later));
  });

  it('refuses an entry that a later designation of the same authority superseded', () => {
    const first = s.designate('AZ', SSS, ['central-authority-mla']);
    const second = s.designate('AZ', SSS, ['central-authority-mla', 'contact-point-24-7']);
    const refusal = refusedBy('not_designated', () => request(SSS, first));
    expect(refusal.message).to.include(`entry ${second} is`);
    request(SSS, second);
  });

  it("refuses another state's entry, or another authority's, for the addressee", () => {
    const bfj = s.designate('DE', BFJ, ['central-authority-mla']);
    const moj = s.designate('AZ', MOJ, ['central-authority-mla']);
    s.designate('AZ', SSS, ['central-authority-mla']);
    refusedBy('not_designated', () => request(SSS, bfj));
    refusedBy('not_designated', () => request(SSS, moj));
    refusedBy('not_designated', () => request(SSS, 0));
  });

  it('judges an incoming request as before: checked only against a state with designations, at its date', () => {
    s.register('az-ca', ['central-authority'], 'AZ', SSS);
    s.openCase('az-ca~case', 'az-ca');
    request('any authority of Azerbaijan', undefined, {}, 'az-ca');
    const ended = s.designate('AZ', SSS, ['central-authority-mla'], { validUntil: s.at(-10) });
    request(SSS, undefined, { dated: s.at(-30) }, 'az-ca');
    // Naming an entry asks for the one in force at the log's time, whoever records the request.
    refusedBy('not_designated', () => request(SSS, ended, { dated: s.at(-30) }, 'az-ca'));
  });

  it('judges requests logged under version 3 of the rules as before, and from version 4 on by entry', () => {
    s.rules = [{ version: 3, from: 0 }];
    request('any authority at all', undefined);
    s.designate('AZ', SSS, ['central-authority-mla'], { validUntil: s.at(-10) });
    request(SSS, undefined, { dated: s.at(-30) });
    refusedBy('not_designated', () => request(MOJ, undefined));
    s.rules = [
      { version: 3, from: 0 },
      { version: 4, from: s.index },
    ];
    refusedBy('not_designated', () => request('any authority at all', undefined));
    refusedBy('not_designated', () => request(SSS, undefined, { dated: s.at(-30) }));
  });
});
