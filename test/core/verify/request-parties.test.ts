/**
 * Who asked whom, as the report and /verify print a request: the two authorities and their
 * states, and the entry designating the requested authority when the request names it, in every
 * language of the catalogue with no English phrase left over.
 */
import { expect } from 'chai';
import { CATALOGUES } from '../../../src/core/i18n/catalogues.ts';
import type { Language } from '../../../src/core/i18n/languages.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import { requestParties } from '../../../src/core/verify/request-parties.ts';
import { englishLeaks } from '../../support/english-leaks.ts';

const SSS = 'State Security Service of the Republic of Azerbaijan';
const request = (extra: Record<string, unknown> = {}) => ({
  id: 'de-ca~req',
  type: 'mutual-legal-assistance',
  reference: 'R-1',
  requestingState: 'DE',
  requestedState: 'AZ',
  status: 'received',
  requestingAuthority: 'Bundesamt für Justiz',
  requestedAuthority: SSS,
  ...extra,
});

describe('the parties of a request, as a court reads them', () => {
  it('names the entry designating the requested authority', () => {
    expect(requestParties(translator(['en']), request({ requestedDesignation: 7 }))).to.equal(
      `Bundesamt für Justiz (DE) → ${SSS} (AZ, designated by entry 7)`,
    );
  });

  it('names no entry for a request that names none, as before', () => {
    expect(requestParties(translator(['en']), request())).to.equal(`Bundesamt für Justiz (DE) → ${SSS} (AZ)`);
    const bare = { ...request(), requestingAuthority: undefined, requestedAuthority: undefined };
    expect(requestParties(translator(['en']), bare)).to.equal('DE → AZ');
  });

  for (const language of Object.keys(CATALOGUES).filter((l) => l !== 'en') as Language[])
    it(`says it in ${CATALOGUES[language].name} with no English phrase of the catalogue`, () => {
      const text = requestParties(translator([language]), request({ requestedDesignation: 7 }));
      expect(text).to.include(SSS).and.to.include('7').and.to.include('AZ').and.to.include('Bundesamt');
      expect(englishLeaks(text, language), text).to.deep.equal([]);
      expect(text).to.not.include('designated by entry');
      // Without an entry, the line reads as it always did, in every language: reports stay byte for byte.
      expect(requestParties(translator([language]), request())).to.equal(
        `Bundesamt für Justiz (DE) → ${SSS} (AZ)`,
      );
    });
});
