/**
 * The cooperation tools Custos records, and the articles of each instrument that usually
 * found them. This is reference data for forms, reports and documentation: no rule depends on
 * an article number, because several of them could not be checked against an official text
 * (docs/legal-bases.md says which, and how each was checked).
 * @module
 */

export const INSTRUMENTS = {
  UNCC: 'United Nations Convention against Cybercrime (A/RES/79/243, 2024)',
  'ETS-185': 'Council of Europe Convention on Cybercrime (Budapest, ETS No. 185, 2001)',
  'CETS-224': 'Second Additional Protocol to the Convention on Cybercrime (CETS No. 224, 2022)',
  'EU-2023/1543': 'Regulation (EU) 2023/1543 on European Production and Preservation Orders',
  bilateral: 'Bilateral mutual legal assistance treaty',
  domestic: 'Domestic law',
} as const;

export type Instrument = keyof typeof INSTRUMENTS;

export const REQUEST_TYPES = [
  'mutual-legal-assistance',
  'preservation-stored-data',
  'preservation-traffic-data',
  'production',
  'network-24-7',
  'spontaneous-information',
] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];

/** How an article reference was checked (see docs/legal-bases.md). */
export type CheckStatus = 'verified' | 'secondary' | 'unverified';

export interface ArticleRef {
  readonly instrument: Instrument;
  readonly article: string;
  /** What the article is about, in our words. */
  readonly subject: string;
  /** The official heading, verbatim, only where it was read in a copy of the text. */
  readonly heading?: string;
  readonly status: CheckStatus;
}

/**
 * Usual bases per request type. No English text of the UN Convention was available to check
 * against: its article numbers are those commonly cited and are marked unverified.
 */
export const USUAL_BASES: Record<RequestType, readonly ArticleRef[]> = {
  'mutual-legal-assistance': [
    { instrument: 'UNCC', article: '40', subject: 'mutual legal assistance', status: 'unverified' },
    {
      instrument: 'ETS-185',
      article: '25',
      subject: 'General principles relating to mutual assistance',
      heading: 'General principles relating to mutual assistance',
      status: 'verified',
    },
    {
      instrument: 'ETS-185',
      article: '27',
      subject:
        'Procedures pertaining to mutual assistance requests in the absence of applicable international agreements',
      heading:
        'Procedures pertaining to mutual assistance requests in the absence of applicable international agreements',
      status: 'verified',
    },
  ],
  'preservation-stored-data': [
    {
      instrument: 'UNCC',
      article: '42',
      subject: 'international cooperation: expedited preservation of stored electronic data',
      status: 'unverified',
    },
    {
      instrument: 'ETS-185',
      article: '29',
      subject: 'Expedited preservation of stored computer data',
      heading: 'Expedited preservation of stored computer data',
      status: 'verified',
    },
  ],
  'preservation-traffic-data': [
    {
      instrument: 'UNCC',
      article: '43',
      subject: 'international cooperation: expedited disclosure of preserved traffic data',
      status: 'unverified',
    },
    {
      instrument: 'ETS-185',
      article: '30',
      subject: 'Expedited disclosure of preserved traffic data',
      heading: 'Expedited disclosure of preserved traffic data',
      status: 'verified',
    },
  ],
  production: [
    { instrument: 'UNCC', article: '27', subject: 'production order', status: 'unverified' },
    {
      instrument: 'ETS-185',
      article: '18',
      subject: 'Production order',
      heading: 'Production order',
      status: 'verified',
    },
    {
      instrument: 'CETS-224',
      article: '7',
      subject: 'disclosure of subscriber information',
      status: 'secondary',
    },
  ],
  'network-24-7': [
    { instrument: 'UNCC', article: '41', subject: '24/7 network', status: 'unverified' },
    {
      instrument: 'ETS-185',
      article: '35',
      subject: '24/7 Network',
      heading: '24/7 Network',
      status: 'verified',
    },
  ],
  'spontaneous-information': [
    {
      instrument: 'UNCC',
      article: '40',
      subject: 'spontaneous information (within the article on mutual legal assistance)',
      status: 'unverified',
    },
    {
      instrument: 'ETS-185',
      article: '26',
      subject: 'Spontaneous information',
      heading: 'Spontaneous information',
      status: 'verified',
    },
  ],
};

/** The status of a cited article, if the table knows it. */
export function articleStatus(instrument: Instrument, article: string): CheckStatus | undefined {
  const base = article.split('(')[0]!.trim();
  for (const refs of Object.values(USUAL_BASES)) {
    const hit = refs.find((r) => r.instrument === instrument && r.article === base);
    if (hit) return hit.status;
  }
  return undefined;
}

/**
 * Preservation periods the instruments set, as data the preservation rules read
 * (docs/legal-bases.md, Preservation periods). A preservation that names one of these bases
 * must respect its bounds; a basis not in this table sets none. Only provisions whose text was
 * read (`verified`) are listed: an unchecked number never constrains a rule.
 */
export interface PreservationPeriod {
  readonly instrument: Instrument;
  readonly article: string;
  readonly subject: string;
  /** The longest one preservation (or one renewal) may last, in days. */
  readonly maxDays?: number;
  /** The shortest a preservation may last, in days. */
  readonly minDays?: number;
  readonly status: CheckStatus;
}

export const PRESERVATION_PERIODS: readonly PreservationPeriod[] = [
  {
    instrument: 'ETS-185',
    article: '16',
    subject: 'domestic expedited preservation: 16(2), up to a maximum of ninety days, renewable',
    maxDays: 90,
    status: 'verified',
  },
  {
    instrument: 'ETS-185',
    article: '29',
    subject: 'preservation on request of another Party: 29(7), not less than sixty days',
    minDays: 60,
    status: 'verified',
  },
];

/** The period a cited basis sets (matched on the article's number, paragraphs aside), if any. */
export function preservationPeriodOf(basis: {
  readonly instrument: Instrument;
  readonly article: string;
}): PreservationPeriod | undefined {
  const article = basis.article.split('(')[0]!.trim();
  return PRESERVATION_PERIODS.find(
    (p) => p.instrument === basis.instrument && p.article === article && p.status === 'verified',
  );
}
