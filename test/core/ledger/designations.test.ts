/**
 * Designated authorities: a state's designations are entries; a request or disclosure addressed
 * to another state must name the authority it designated for that kind of request, valid at the
 * time (`not_designated`); a designation can be changed or ended, and the history stays provable.
 * The request's own addressee rule (by entry, version 4) is tried in request-addressee.test.ts.
 */
import { expect } from 'chai';
import { RuleViolation } from '../../../src/core/errors.ts';
import { MemoryStory } from '../../support/ledger-story.ts';

function refusedBy(code: string, fn: () => unknown): RuleViolation {
  try {
    fn();
  } catch (e) {
    expect(e, `expected rule ${code}, got ${(e as Error).message}`).to.be.instanceOf(RuleViolation);
    expect((e as RuleViolation).code).to.equal(code);
    return e as RuleViolation;
  }
  throw new Error(`expected the rule ${code} to refuse this`);
}

const SSS = 'State Security Service of the Republic of Azerbaijan';
const MOJ = 'Ministry of Justice of the Republic of Azerbaijan';

describe('designated authorities', () => {
  let s: MemoryStory;
  const designate = (fields: Record<string, unknown>, as = 'admin') => {
    const known = s.ledger.designations(String(fields.state ?? 'AZ'));
    return s.submit(
      'authority.designated',
      {
        state: 'AZ',
        instrument: 'UNCC',
        reference: 'declaration notified on ratification',
        validFrom: s.at(-60),
        ...(known ? { prev: known.head.leafHash } : {}),
        ...fields,
      },
      as,
    );
  };
  /** A request from DE to AZ, naming the entry designating its addressee when this log has one. */
  const request = (requestedAuthority: string, type = 'mutual-legal-assistance') => {
    const designation = s.designationOf('AZ', requestedAuthority);
    return s.submit(
      'request.recorded',
      {
        id: `de-ca~req-${s.index}`,
        case: 'de-inv~case-1',
        type,
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: 'Bundesamt für Justiz',
        requestedAuthority,
        ...(designation !== undefined ? { requestedDesignation: designation } : {}),
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: `R-${s.index}`,
        dated: s.at(),
        summary: 'subscriber and traffic data',
      },
      'de-ca',
    );
  };

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('de-inv', ['investigator'], 'DE', 'BKA');
    s.register('de-ca', ['central-authority'], 'DE', 'Bundesamt für Justiz');
    s.openCase('de-inv~case-1', 'de-inv');
    s.grantCase('de-inv~case-1', 'de-ca', 'de-inv');
  });

  it("records a state's designations as entries, one per authority, the latest replacing the earlier", () => {
    designate({ authority: SSS, roles: ['central-authority-mla', 'contact-point-24-7'] });
    designate({ authority: MOJ, roles: ['extradition'] });
    const az = s.ledger.designations('AZ')!;
    expect(az.authorities.map((d) => [d.authority, d.roles])).to.deep.equal([
      [SSS, ['central-authority-mla', 'contact-point-24-7']],
      [MOJ, ['extradition']],
    ]);
    expect(az.head.count).to.equal(2);
  });

  it('refuses a request to a designating state that names an authority not designated for its type', () => {
    designate({ authority: SSS, roles: ['central-authority-mla', 'contact-point-24-7'] });
    designate({ authority: MOJ, roles: ['extradition'] });
    const refusal = refusedBy('not_designated', () => request(MOJ));
    expect(refusal.details.designated).to.deep.equal([
      { authority: SSS, entry: s.ledger.designations('AZ')!.authorities[0]!.index },
    ]);
    request(SSS);
    request(SSS, 'preservation-stored-data');
    refusedBy('not_designated', () => request('Prosecutor General of Azerbaijan', 'network-24-7'));
  });

  it('refuses a request to a state that has no designation recorded (rules version 4)', () => {
    refusedBy('not_designated', () => request('any authority at all'));
  });

  it('under rules version 3, does not check a request to a state that has no designation recorded', () => {
    s.rules = [{ version: 3, from: 0 }];
    request('any authority at all');
  });

  it('refuses the authority once its designation ended, and proves when it held it', () => {
    designate({ authority: SSS, roles: ['central-authority-mla'] });
    request(SSS);
    designate({ authority: SSS, roles: [], validUntil: s.at(-1) });
    refusedBy('not_designated', () => request(SSS));
    designate({ authority: MOJ, roles: ['central-authority-mla'], validFrom: s.at(-1) });
    request(MOJ);
  });

  it('lets only an administrator record designations, each naming the state’s latest as prev', () => {
    refusedBy('role_not_allowed', () =>
      designate({ authority: SSS, roles: ['central-authority-mla'] }, 'de-ca'),
    );
    designate({ authority: SSS, roles: ['central-authority-mla'] });
    refusedBy('prev_mismatch', () =>
      designate({ authority: MOJ, roles: ['extradition'], prev: `${'A'.repeat(43)}=` }),
    );
    refusedBy('prev_mismatch', () => {
      const draft = {
        state: 'AZ',
        authority: MOJ,
        roles: ['extradition'],
        instrument: 'UNCC',
        reference: 'x',
        validFrom: s.at(-60),
      };
      return s.submit('authority.designated', draft, 'admin');
    });
  });

  it('refuses a disclosure to a foreign officer whose authority is not designated for the request', () => {
    // The other way round: AZ discloses to DE, which designated the BfJ.
    s.register('az-ca', ['central-authority'], 'AZ', SSS);
    s.register('de-bka', ['investigator'], 'DE', 'BKA');
    s.openCase('az-ca~case-9', 'az-ca');
    s.submit(
      'request.recorded',
      {
        id: 'az-ca~req-9',
        case: 'az-ca~case-9',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: 'Bundesamt für Justiz',
        requestedAuthority: SSS,
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: 'R-9',
        dated: s.at(),
        summary: 'phone data',
      },
      'az-ca',
    );
    s.registerItem('az-ca~phone', 'az-ca~case-9', 'az-ca');
    designate({ state: 'DE', authority: 'Bundesamt für Justiz', roles: ['central-authority-mla'] });
    const disclose = (to: string) =>
      s.event('az-ca~phone', 'disclosed', { to, request: 'az-ca~req-9', scope: 'the phone image' }, 'az-ca');
    refusedBy('not_designated', () => disclose('de-bka'));
    disclose('de-ca');
  });
});
