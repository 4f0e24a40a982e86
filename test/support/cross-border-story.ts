/**
 * The cross-border story of the custody issue, recorded through a live service: a phone seized
 * in France, stored, imaged in a lab, the image disclosed to Germany under an MLA request.
 */
import { digestOf, type LedgerClient, now } from './ledger-client.ts';

export const STORY = {
  case: 'fr-inv~2026-042',
  phone: 'fr-inv~phone-7',
  image: 'fr-lab~phone-7-ffs',
  request: 'fr-ca~de-mla-2026-311',
  phoneDigest: digestOf('phone'),
  imageDigest: digestOf('image'),
};

export async function recordCrossBorderStory(c: LedgerClient): Promise<void> {
  await c.register('fr-inv', ['investigator'], 'FR', 'Police nationale – OFAC');
  await c.register('fr-store', ['custodian'], 'FR', 'Police nationale – OFAC');
  await c.register('fr-lab', ['examiner'], 'FR', 'Police nationale – OFAC');
  await c.register('fr-ca', ['central-authority'], 'FR', 'Ministère de la Justice – BEPI');
  await c.register('de-ca', ['central-authority'], 'DE', 'Bundesamt für Justiz');
  const { phone, image } = STORY;
  const ev = async (item: string, type: string, fields: Record<string, unknown>, as: string) =>
    c.ok('custody.event', { item, type, prev: await c.prev(item, as), occurredAt: now(), ...fields }, as);

  await c.ok(
    'case.opened',
    {
      id: STORY.case,
      reference: 'PN/OFAC/2026/042',
      title: 'Ransomware against a hospital',
      offence: { description: 'extortion by ransomware', legalBasis: 'Code pénal art. 323-1' },
      openedAt: now(),
    },
    'fr-inv',
  );
  await c.ok(
    'evidence.registered',
    {
      id: phone,
      case: STORY.case,
      description: 'Samsung Galaxy S23, IMEI 356938035643809',
      mediaType: 'application/x-android-image',
      size: 128_000_000_000,
      digests: { sha256: STORY.phoneDigest },
      exhibitNumber: 'PN-042-07',
      origin: {
        method: 'seizure',
        location: 'Lyon, 12 rue X',
        authorisation: {
          type: 'search warrant',
          reference: 'JLD-2026-118',
          issuer: 'Juge des libertés, Lyon',
        },
      },
      collectedBy: 'fr-inv',
      collectedAt: now(),
    },
    'fr-inv',
  );
  await ev(phone, 'sealed', { seal: 'SC-0042117' }, 'fr-inv');
  await ev(phone, 'handed-over', { to: 'fr-store', purpose: 'secure storage' }, 'fr-inv');
  await ev(
    phone,
    'received',
    { digests: { sha256: STORY.phoneDigest }, result: 'match', condition: 'seal SC-0042117 intact' },
    'fr-store',
  );
  await ev(phone, 'handed-over', { to: 'fr-lab', purpose: 'forensic extraction' }, 'fr-store');
  await ev(phone, 'received', { digests: { sha256: STORY.phoneDigest }, result: 'match' }, 'fr-lab');
  await ev(phone, 'unsealed', { seal: 'SC-0042117', reason: 'extraction' }, 'fr-lab');
  await ev(
    phone,
    'copied',
    {
      derivative: {
        id: image,
        description: 'full file system extraction of phone-7',
        mediaType: 'application/zip',
        size: 61_000_000_000,
        digests: { sha256: STORY.imageDigest },
      },
      tool: { name: 'Cellebrite UFED', version: '7.70.0.12' },
      method: 'full file system',
    },
    'fr-lab',
  );
  await ev(
    image,
    'examined',
    {
      purpose: 'messages and wallet traces',
      tool: { name: 'Cellebrite Physical Analyzer', version: '7.70' },
    },
    'fr-lab',
  );
  const caseHead = (
    (await c.get(`/v1/cases/${STORY.case}`, 'fr-inv')).json() as { case: { head: { leafHash: string } } }
  ).case.head.leafHash;
  await c.ok(
    'case.access-granted',
    { case: STORY.case, actor: 'fr-ca', reason: 'execution of the German MLA request', prev: caseHead },
    'fr-inv',
  );
  await c.ok(
    'request.recorded',
    {
      id: STORY.request,
      case: STORY.case,
      type: 'mutual-legal-assistance',
      requestingState: 'DE',
      requestedState: 'FR',
      requestingAuthority: 'Bundesamt für Justiz',
      requestedAuthority: 'Ministère de la Justice – BEPI',
      legalBasis: { instrument: 'UNCC', article: '40' },
      reference: 'BfJ-IIIB-311/26',
      dated: now(),
      summary: 'extraction of the suspect phone',
    },
    'fr-ca',
  );
  await ev(image, 'handed-over', { to: 'fr-ca', purpose: 'execution of MLA' }, 'fr-lab');
  await ev(image, 'received', { digests: { sha256: STORY.imageDigest }, result: 'match' }, 'fr-ca');
  await ev(
    image,
    'disclosed',
    { to: 'de-ca', request: STORY.request, scope: 'full extraction, for the German proceedings only' },
    'fr-ca',
  );
  await ev(image, 'received', { digests: { sha256: STORY.imageDigest }, result: 'match' }, 'de-ca');
}
