/**
 * Names and organisations beside text of the other direction (UAX #9): the custody table's
 * "Who" cell and "name (organisation, state)" in report fields.
 */
import { expect } from 'chai';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { personOf, whoOf } from '../../src/report/bundle-entries.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('the custody table’s “Who” cell', () => {
  it('puts the state of a right-to-left organisation on its own line in a left-to-right report', () => {
    expect(whoOf('محمد عبد الله', 'وزارة العدل', 'AZ', 'ltr')).to.equal('محمد عبد الله\nوزارة العدل\nAZ');
  });

  it('keeps “organisation, state” on one line when the organisation runs in the report’s direction', () => {
    expect(whoOf('Иван Петров', 'Экспертный центр', 'AZ', 'ltr')).to.equal(
      'Иван Петров\nЭкспертный центр, AZ',
    );
    expect(whoOf('محمد عبد الله', 'وزارة العدل', 'AZ', 'rtl')).to.equal('محمد عبد الله\nوزارة العدل, AZ');
  });

  it('keeps a left-to-right organisation and its state one run in a right-to-left report', () => {
    expect(whoOf('Γιώργος', 'Υπουργείο Δικαιοσύνης', 'AZ', 'rtl')).to.equal(
      'Γιώργος\nΥπουργείο Δικαιοσύνης, AZ',
    );
  });
});

describe('a person in a report field', () => {
  const result = {
    actors: [{ id: 'ar-ca', name: 'محمد عبد الله', organisation: 'وزارة العدل', state: 'AZ', roles: [] }],
  } as unknown as BundleVerification;

  it('isolates the name, the organisation and the whole, so that the parenthesis and the state stay in place', () => {
    expect(personOf(result, 'ar-ca')).to.equal(
      `${FSI}${FSI}محمد عبد الله${PDI} (${FSI}وزارة العدل${PDI}, AZ)${PDI}`,
    );
  });

  it('leaves a name and organisation of left-to-right scripts as they are', () => {
    const latin = {
      actors: [{ id: 'fr-ca', name: 'Élodie Lefèvre', organisation: 'Ministère', state: 'FR', roles: [] }],
    } as unknown as BundleVerification;
    expect(personOf(latin, 'fr-ca')).to.equal('Élodie Lefèvre (Ministère, FR)');
  });

  it('prints an actor the bundle does not register by its ID', () => {
    expect(personOf(result, 'xx-unknown')).to.equal('xx-unknown');
  });
});
