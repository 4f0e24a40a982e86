/**
 * The timeline line of a disclosure (reports, `custos show`, `custos verify`, /verify): to an
 * actor of the log, by name; to another state's authority, by its designation and the entry that
 * records it, in every language of the catalogue with no English phrase left over.
 */
import { expect } from 'chai';
import { CATALOGUES } from '../../../src/core/i18n/catalogues.ts';
import type { Language } from '../../../src/core/i18n/languages.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import type { ParsedEntry } from '../../../src/core/ledger/entry.ts';
import { describeEvent } from '../../../src/core/verify/describe-event.ts';
import { englishLeaks } from '../../support/english-leaks.ts';

const disclosure = (to: Record<string, unknown>) =>
  ({
    kind: 'custody.event',
    index: 13,
    loggedAt: '2026-12-03T19:01:45.000Z',
    signer: { actor: 'az-ca', publicKey: '', signature: '' },
    payload: {
      item: 'az-ca~logs',
      type: 'disclosed',
      prev: 'x',
      occurredAt: '2026-12-03T19:01:45.000Z',
      request: 'az-ca~req',
      scope: 'the access logs',
      conditionsOnUse: {
        purposes: ['the German proceedings'],
        onwardTransfer: 'consent-required',
        evidenceUse: 'permitted',
      },
      ...to,
    },
  }) as unknown as ParsedEntry;

const actors = (id: string) =>
  id === 'de-ca' ? { name: 'Dr. Anna Weber', organisation: 'Bundesamt für Justiz', state: 'DE' } : undefined;

describe('the timeline line of a disclosure', () => {
  it('names an addressee authority, its state and the entry designating it', () => {
    const line = describeEvent(
      disclosure({ addressee: { state: 'DE', authority: 'Bundesamt für Justiz', designation: 5 } }),
      'az-ca~logs',
      actors,
    )!;
    expect(line.summary).to.match(
      /^disclosed to Bundesamt für Justiz \(DE, designated by entry 5\) under request az-ca~req: the access logs/,
    );
    expect(line.message!.key).to.equal('event.disclosedToAuthority');
  });

  it('names a recipient of this log as before', () => {
    const line = describeEvent(disclosure({ to: 'de-ca' }), 'az-ca~logs', actors)!;
    expect(line.summary).to.match(/^disclosed to Dr\. Anna Weber \(Bundesamt für Justiz, DE\) under request/);
  });

  for (const language of Object.keys(CATALOGUES).filter((l) => l !== 'en') as Language[])
    it(`says it in ${CATALOGUES[language].name} with no English phrase of the catalogue`, () => {
      const { message } = describeEvent(
        disclosure({ addressee: { state: 'DE', authority: 'Bundesamt für Justiz', designation: 5 } }),
        'az-ca~logs',
        actors,
      )!;
      const text = translator([language]).t(message!.key, message!.values);
      expect(text).to.include('Bundesamt für Justiz').and.to.include('5').and.to.include('DE');
      expect(englishLeaks(text, language), text).to.deep.equal([]);
    });
});

describe('the timeline line of a consent to transfer onward to an authority by designation', () => {
  const consent = {
    ...disclosure({}),
    payload: {
      item: 'az-ca~logs',
      type: 'use-consented',
      prev: 'x',
      occurredAt: '2026-12-03T19:01:45.000Z',
      consent: {
        scope: 'onward-transfer',
        addressee: { state: 'FR', authority: 'Ministère de la Justice – BEPI', designation: 9 },
      },
      reason: 'agreed by letter 12/2026',
    },
  } as unknown as ParsedEntry;

  it('names the authority, its state and the entry designating it', () => {
    const line = describeEvent(consent, 'az-ca~logs', actors)!;
    expect(line.summary).to.equal(
      'consent by the providing state to transfer onward to Ministère de la Justice – BEPI (FR, designated by entry 9): agreed by letter 12/2026',
    );
  });

  for (const language of Object.keys(CATALOGUES).filter((l) => l !== 'en') as Language[])
    it(`says it in ${CATALOGUES[language].name} with no English phrase of the catalogue`, () => {
      const { message } = describeEvent(consent, 'az-ca~logs', actors)!;
      const text = translator([language]).t(message!.key, message!.values);
      expect(text).to.include('BEPI').and.to.include('9').and.to.include('FR');
      expect(englishLeaks(text, language), text).to.deep.equal([]);
    });
});
