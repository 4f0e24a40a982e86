/**
 * An item whose history exercises what a court reads beyond hand-overs, recorded through a live
 * service: examination findings, a copy (a derivative), a preservation order under a legal
 * basis, a legal hold, and a disclosure under a mutual legal assistance request with conditions
 * on use. Logged texts are French and German, so that English in a translated report can only
 * come from Custos itself.
 */
import { digestOf, type LedgerClient, now } from './ledger-client.ts';

export const LAW = {
  case: 'fr-inv~c1',
  item: 'fr-inv~telephone',
  copy: 'fr-inv~image',
  request: 'fr-ca~entraide-1',
};

export async function recordLawStory(c: LedgerClient): Promise<void> {
  await c.register('fr-inv', ['investigator', 'examiner'], 'FR', 'Police nationale – OFAC');
  await c.register('fr-ca', ['central-authority'], 'FR', 'Ministère de la Justice – BEPI');
  await c.register('de-ca', ['central-authority'], 'DE', 'Bundesamt für Justiz');
  await c.openCase(LAW.case, 'fr-inv');
  const head = (await c.get(`/v1/cases/${LAW.case}`, 'fr-inv')).json() as {
    case: { head: { leafHash: string } };
  };
  await c.ok(
    'case.access-granted',
    { case: LAW.case, actor: 'fr-ca', reason: 'entraide', prev: head.case.head.leafHash },
    'fr-inv',
  );
  await c.ok(
    'request.recorded',
    {
      id: LAW.request,
      case: LAW.case,
      type: 'mutual-legal-assistance',
      requestingState: 'DE',
      requestedState: 'FR',
      requestingAuthority: 'Bundesamt für Justiz',
      requestedAuthority: 'Ministère de la Justice – BEPI',
      legalBasis: { instrument: 'ETS-185', article: '25' },
      reference: 'BfJ-311/26',
      dated: now(),
      summary: 'Auswertung des Mobiltelefons',
    },
    'fr-ca',
  );
  await c.seize(LAW.item, LAW.case, 'fr-inv');
  const ev = async (type: string, fields: Record<string, unknown>, as: string) =>
    c.ok(
      'custody.event',
      { item: LAW.item, type, prev: await c.prev(LAW.item, as), occurredAt: now(), ...fields },
      as,
    );
  await ev(
    'examined',
    {
      purpose: 'analyse des messageries',
      tool: { name: 'Physical Analyzer', version: '7.70' },
      findings: 'traces d’un portefeuille de cryptomonnaie',
    },
    'fr-inv',
  );
  await ev(
    'copied',
    {
      derivative: {
        id: LAW.copy,
        description: 'extraction du système de fichiers',
        mediaType: 'application/zip',
        size: 61_000_000,
        digests: { sha256: digestOf(LAW.copy) },
      },
      tool: { name: 'UFED', version: '7.70.0.12' },
      method: 'extraction complète',
    },
    'fr-inv',
  );
  await ev(
    'preserved',
    { order: 'OC-2026-7', until: now(30 * 24 * 60), basis: { instrument: 'ETS-185', article: '16' } },
    'fr-inv',
  );
  await ev('hold-placed', { reference: 'GEL-2026-3', reason: 'procès en appel' }, 'fr-inv');
  await ev('handed-over', { to: 'fr-ca', purpose: 'exécution de la demande d’entraide' }, 'fr-inv');
  await ev('received', { digests: { sha256: digestOf(LAW.item) }, result: 'match' }, 'fr-ca');
  await ev(
    'disclosed',
    {
      to: 'de-ca',
      request: LAW.request,
      scope: 'image complète',
      conditionsOnUse: {
        purposes: ['Strafverfahren 2027/114'],
        onwardTransfer: 'consent-required',
        evidenceUse: 'permitted',
        retainUntil: '2028-01-01T00:00:00Z',
        dataProtection: 'RGPD art. 46',
      },
    },
    'fr-ca',
  );
  await ev('received', { digests: { sha256: digestOf(LAW.item) }, result: 'match' }, 'de-ca');
}
