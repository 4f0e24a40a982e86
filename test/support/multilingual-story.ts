/**
 * An item whose custody is recorded in six scripts and languages, through a live service:
 * Azerbaijani, Russian, Arabic, Chinese, Greek and French names, organisations, places, seals
 * and findings. {@link MULTILINGUAL.strings} lists every such string, which a court report must
 * print exactly as logged. (The Arabic strings carry no digits and no vowel marks: poppler's
 * pdftotext, which the tests read the PDF with, reorders digits inside Arabic and extracts
 * marks above letters on a line of their own, and moves punctuation between Arabic words,
 * although all are drawn in place.)
 */
import type { Role } from '../../src/core/ledger/roles.ts';
import { digestOf, type LedgerClient, now } from './ledger-client.ts';

const PEOPLE = {
  'az-inv': {
    name: 'Əli Məmmədov',
    organisation: 'Daxili İşlər Nazirliyi',
    state: 'AZ',
    roles: ['investigator'],
  },
  'ru-lab': {
    name: 'Иван Петров',
    organisation: 'Экспертно-криминалистический центр МВД',
    state: 'AZ',
    roles: ['examiner', 'custodian'],
  },
  'ar-ca': { name: 'محمد عبد الله', organisation: 'وزارة العدل', state: 'AZ', roles: ['custodian'] },
  'zh-ca': { name: '王小明', organisation: '中华人民共和国司法部', state: 'AZ', roles: ['custodian'] },
  'gr-ca': {
    name: 'Γιώργος Παπαδόπουλος',
    organisation: 'Υπουργείο Δικαιοσύνης',
    state: 'AZ',
    roles: ['custodian'],
  },
  'fr-ca': {
    name: 'Élodie Lefèvre',
    organisation: 'Ministère de la Justice – Bureau de l’entraide pénale',
    state: 'AZ',
    roles: ['custodian'],
  },
} as const satisfies Record<string, { name: string; organisation: string; state: string; roles: Role[] }>;

export const MULTILINGUAL = {
  case: 'az-inv~2026-117',
  item: 'az-inv~phone-1',
  caseReference: 'DİN/KMİ/2026/117',
  caseTitle: 'Кибервымогательство против больницы в Гяндже',
  description: 'Téléphone Xiaomi 13 – œuvre d’un cœur brisé',
  location: 'Bakı, Nəsimi rayonu, Şəmsi Bədəlbəyli küçəsi',
  seal: 'AZ-ŞK-0042117',
  warrantIssuer: 'Bakı şəhəri Nəsimi Rayon Məhkəməsi',
  findings: '发现加密钱包的痕迹 и переписка с вымогателями; Ελληνικά: ίχνη πορτοφολιού',
  annotation: 'الختم سليم وفق محضر المحكمة',
  purpose: 'ekspertiza üçün',
  people: PEOPLE,
  get strings(): string[] {
    const people = Object.values(PEOPLE).flatMap((p) => [p.name, p.organisation]);
    return [
      ...people,
      this.caseReference,
      this.caseTitle,
      this.description,
      this.location,
      this.seal,
      this.warrantIssuer,
      this.findings,
      this.annotation,
      this.purpose,
    ];
  },
};

export async function recordMultilingualStory(c: LedgerClient): Promise<void> {
  for (const [id, p] of Object.entries(PEOPLE)) {
    c.cast.member(id, [...p.roles], p.state, p.organisation);
    await c.ok('actor.registered', { ...c.cast.registration(id), name: p.name }, 'admin');
  }
  const M = MULTILINGUAL;
  const ev = async (type: string, fields: Record<string, unknown>, as: string) =>
    c.ok(
      'custody.event',
      { item: M.item, type, prev: await c.prev(M.item, as), occurredAt: now(), ...fields },
      as,
    );
  await c.ok(
    'case.opened',
    {
      id: M.case,
      reference: M.caseReference,
      title: M.caseTitle,
      offence: { description: 'kibercinayət' },
      openedAt: now(),
    },
    'az-inv',
  );
  await c.ok(
    'evidence.registered',
    {
      id: M.item,
      case: M.case,
      description: M.description,
      mediaType: 'application/octet-stream',
      size: 256_000_000_000,
      digests: { sha256: digestOf(M.item) },
      exhibitNumber: 'Ə-117/7',
      origin: {
        method: 'seizure',
        location: M.location,
        authorisation: { type: 'axtarış qərarı', reference: 'Məhkəmə 2-117/2026', issuer: M.warrantIssuer },
      },
      collectedBy: 'az-inv',
      collectedAt: now(),
    },
    'az-inv',
  );
  await ev('sealed', { seal: M.seal, location: M.location }, 'az-inv');
  await ev('handed-over', { to: 'ru-lab', purpose: M.purpose }, 'az-inv');
  await ev(
    'received',
    { digests: { sha256: digestOf(M.item) }, result: 'match', condition: `${M.seal} bütöv` },
    'ru-lab',
  );
  await ev('unsealed', { seal: M.seal, reason: M.purpose }, 'ru-lab');
  await ev(
    'examined',
    {
      purpose: 'поиск переписки',
      tool: { name: 'Мобильный криминалист', version: '6.4' },
      findings: M.findings,
    },
    'ru-lab',
  );
  await ev('annotated', { text: M.annotation }, 'ru-lab');
  // The item then passes through every other custodian, so that each name is in its history.
  let holder = 'ru-lab';
  for (const next of ['ar-ca', 'zh-ca', 'gr-ca', 'fr-ca']) {
    await ev('handed-over', { to: next, purpose: M.purpose }, holder);
    await ev('received', { digests: { sha256: digestOf(M.item) }, result: 'match' }, next);
    holder = next;
  }
}
