/**
 * `npm run demo`: records a realistic multi-state story into the running service at CUSTOS_URL
 * (default http://127.0.0.1:8080), acting as the genesis administrator through the key in
 * CUSTOS_KEYS_DIR (default ./keys). Three states, nine agencies, evidence with full custody
 * histories, a cross-border disclosure under an MLA request with conditions on use (an onward
 * transfer refused, then consented to and made), preservations with the period of their basis,
 * legal holds, a retention category every item is filed under (a return before its period ends
 * refused, then allowed once the court orders it), and the disposals they stop. DEMO_ITEMS=N scales the number of seized items
 * (default 12).
 *
 * Demo actors' keys are kept in <keys dir>/demo/ (0600) so the demo can be re-run and its
 * actors used from the CLI.
 */

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CustosClient, ServiceError, type Signer } from '../src/client/custos-client.ts';
import { publicKeyFromSeed } from '../src/core/crypto/ed25519.ts';
import { toBase64, toHex } from '../src/core/encoding.ts';
import type { Role } from '../src/core/ledger/roles.ts';
import { loadOrCreateKey, readPrivateKeyFile } from '../src/keyring/key-files.ts';

const url = process.env.CUSTOS_URL ?? 'http://127.0.0.1:8080';
const keysDir = process.env.CUSTOS_KEYS_DIR ?? './keys';
const items = Number(process.env.DEMO_ITEMS ?? 12);
const parallel = Number(process.env.DEMO_PARALLEL ?? 16);

interface CastMember {
  id: string;
  name: string;
  organisation: string;
  state: string;
  roles: Role[];
}

const CAST: CastMember[] = [
  {
    id: 'fr-ofac-martin',
    name: 'Capt. Claire Martin',
    organisation: 'Police nationale – OFAC',
    state: 'FR',
    roles: ['investigator'],
  },
  {
    id: 'fr-ofac-247',
    name: 'OFAC 24/7 point of contact',
    organisation: 'Police nationale – OFAC',
    state: 'FR',
    roles: ['liaison'],
  },
  {
    id: 'fr-scelles-dubois',
    name: 'Marc Dubois',
    organisation: 'Police nationale – OFAC',
    state: 'FR',
    roles: ['custodian'],
  },
  {
    id: 'fr-lab-leroy',
    name: 'Dr. Inès Leroy',
    organisation: 'Police nationale – OFAC',
    state: 'FR',
    roles: ['examiner'],
  },
  {
    id: 'fr-bepi-moreau',
    name: 'Sophie Moreau',
    organisation: 'Ministère de la Justice – BEPI',
    state: 'FR',
    roles: ['central-authority'],
  },
  {
    id: 'fr-tj-paris',
    name: 'Tribunal judiciaire de Paris, greffe',
    organisation: 'Tribunal judiciaire de Paris',
    state: 'FR',
    roles: ['court'],
  },
  {
    id: 'fr-igj-roux',
    name: 'Paul Roux',
    organisation: 'Inspection générale de la justice',
    state: 'FR',
    roles: ['auditor'],
  },
  {
    id: 'de-bka-schmidt',
    name: 'KHK Jonas Schmidt',
    organisation: 'Bundeskriminalamt',
    state: 'DE',
    roles: ['investigator'],
  },
  {
    id: 'de-bfj-weber',
    name: 'Dr. Anna Weber',
    organisation: 'Bundesamt für Justiz',
    state: 'DE',
    roles: ['central-authority'],
  },
  {
    id: 'nl-thtc-devries',
    name: 'Rechercheur Daan de Vries',
    organisation: 'Politie – Team High Tech Crime',
    state: 'NL',
    roles: ['investigator'],
  },
  {
    id: 'nl-om-jansen',
    name: 'mr. Eva Jansen',
    organisation: 'Openbaar Ministerie – IRC',
    state: 'NL',
    roles: ['central-authority'],
  },
];

const now = () => new Date().toISOString();
const digest = () => toHex(randomBytes(32));
const run = toHex(randomBytes(2));

async function signerFor(id: string): Promise<Signer> {
  const { pair } = await loadOrCreateKey(join(keysDir, 'demo', `${id}.key`));
  return { actor: id, seed: pair.seed };
}

async function main(): Promise<void> {
  const adminId = (await readFile(join(keysDir, 'admin.id'), 'utf8')).trim();
  const admin: Signer = { actor: adminId, seed: (await readPrivateKeyFile(join(keysDir, 'admin.key'))).seed };
  const client = new CustosClient(url, admin);
  const signers = new Map<string, Signer>();
  await registerCast(client, signers);
  await recordRetentionCategory(client);
  const as = (id: string) => signers.get(id)!;

  const cases = await openCases(client, as);
  const requests = await recordRequests(client, as, cases);
  let done = 0;
  const started = Date.now();
  const queue = Array.from({ length: items }, (_, i) => i);
  await Promise.all(
    Array.from({ length: Math.min(parallel, items) }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        await itemStory(client, as, cases, requests, i);
        done++;
        if (done % 100 === 0) process.stderr.write(`  ${done}/${items} items\n`);
      }
    }),
  );
  const size = (await client.text('/log/checkpoint')).split('\n')[1];
  process.stdout.write(
    `demo: ${CAST.length} actors in 3 states, 3 cases, 3 requests, ${items} seized items with their derivatives ` +
      `recorded in ${((Date.now() - started) / 1000).toFixed(1)} s; the log now has ${size} entries.\n` +
      `Refused as the rules require: ${[...refusals].map(([code, n]) => `${n} × ${code}`).join(', ') || 'none'}.\n` +
      `Demo actors' keys are in ${join(keysDir, 'demo')}; try: curl ${url}/log/checkpoint\n`,
  );
}

async function registerCast(client: CustosClient, signers: Map<string, Signer>): Promise<void> {
  const existing = new Set((await client.list<{ id: string }>('/v1/actors', 'actors')).map((a) => a.id));
  for (const m of CAST) {
    const signer = await signerFor(m.id);
    signers.set(m.id, signer);
    if (existing.has(m.id)) continue;
    const publicKey = toBase64(publicKeyFromSeed(signer.seed));
    await client.submit('actor.registered', {
      id: m.id,
      name: m.name,
      organisation: m.organisation,
      state: m.state,
      roles: m.roles,
      publicKey,
    });
  }
}

const RETENTION = 'fr-criminal-10y';

/** The retention category the items are filed under, recorded once per log by the administrator. */
async function recordRetentionCategory(client: CustosClient): Promise<void> {
  try {
    await client.get(`/v1/retention/categories/${RETENTION}`);
    return;
  } catch (e) {
    if (!(e instanceof ServiceError && e.problem.status === 404)) throw e;
  }
  await client.submit('retention.category-set', {
    category: RETENTION,
    description: 'evidence of offences punishable by ten years or more',
    retainDays: 3653,
    basis: 'Code de procédure pénale, art. 41-4 and 99 (ministry retention schedule)',
    overrideRoles: ['court'],
  });
}

interface Cases {
  fr: string;
  nl: string;
  de: string;
}

async function openCases(client: CustosClient, as: (id: string) => Signer): Promise<Cases> {
  // Ids live under their creator's actor id (docs/rules.md).
  const ids = {
    fr: `fr-ofac-martin~ransom-${run}`,
    nl: `nl-thtc-devries~phish-${run}`,
    de: `de-bka-schmidt~botnet-${run}`,
  };
  await client.submit(
    'case.opened',
    {
      id: ids.fr,
      reference: `OFAC/2026/${run}`,
      title: 'Ransomware attack on the Hôpital Saint-Roch',
      offence: {
        description: 'extortion; unauthorised access to an automated data processing system',
        legalBasis: 'Code pénal, art. 323-1 and 312-1',
      },
      openedAt: now(),
    },
    as('fr-ofac-martin'),
  );
  await client.submit(
    'case.opened',
    {
      id: ids.nl,
      reference: `THTC-${run}`,
      title: 'Phishing kit targeting Dutch bank customers',
      offence: { description: 'computer fraud', legalBasis: 'Wetboek van Strafrecht, art. 326' },
      openedAt: now(),
    },
    as('nl-thtc-devries'),
  );
  await client.submit(
    'case.opened',
    {
      id: ids.de,
      reference: `BKA-SO42-${run}`,
      title: 'Botnet command servers',
      offence: { description: 'computer sabotage', legalBasis: 'StGB § 303b' },
      openedAt: now(),
    },
    as('de-bka-schmidt'),
  );
  const grant = async (caseId: string, actor: string, by: string, reason: string) => {
    const head = (await client.get<{ case: { head: { leafHash: string } } }>(`/v1/cases/${caseId}`)).case.head
      .leafHash;
    await client.submit('case.access-granted', { case: caseId, actor, reason, prev: head }, as(by));
  };
  await grant(ids.fr, 'fr-bepi-moreau', 'fr-ofac-martin', 'execution of incoming MLA requests');
  await grant(ids.fr, 'fr-tj-paris', 'fr-ofac-martin', 'trial court');
  return ids;
}

interface Requests {
  mla: string;
  preservation: string;
}

async function recordRequests(
  client: CustosClient,
  as: (id: string) => Signer,
  cases: Cases,
): Promise<Requests> {
  const mla = `fr-bepi-moreau~de-mla-${run}`;
  const preservation = `fr-ofac-247~nl-pres-${run}`;
  await client.submit(
    'request.recorded',
    {
      id: mla,
      case: cases.fr,
      type: 'mutual-legal-assistance',
      requestingState: 'DE',
      requestedState: 'FR',
      requestingAuthority: 'Bundesamt für Justiz',
      requestedAuthority: 'Ministère de la Justice – BEPI',
      legalBasis: { instrument: 'UNCC', article: '40', note: 'the same servers serve the German botnet' },
      reference: `BfJ-IIIB-${run}/26`,
      dated: now(),
      summary: 'copies of the extractions of the seized devices',
    },
    as('fr-bepi-moreau'),
  );
  const requestHead = async (id: string) =>
    (await client.get<{ request: { head: { leafHash: string } } }>(`/v1/requests/${id}`)).request.head
      .leafHash;
  for (const status of ['received', 'accepted']) {
    await client.submit(
      'request.status-changed',
      { request: mla, status, at: now(), prev: await requestHead(mla) },
      as('fr-bepi-moreau'),
    );
  }
  await client.submit(
    'request.recorded',
    {
      id: preservation,
      case: cases.fr,
      type: 'preservation-stored-data',
      requestingState: 'NL',
      requestedState: 'FR',
      requestingAuthority: 'Openbaar Ministerie – IRC',
      requestedAuthority: 'Police nationale – OFAC (24/7)',
      legalBasis: { instrument: 'ETS-185', article: '29' },
      reference: `IRC-${run}`,
      dated: now(),
      summary: 'preserve the hosting account of the phishing kit',
    },
    as('fr-ofac-247'),
  );
  return { mla, preservation };
}

const DEVICES = [
  ['Samsung Galaxy S23, IMEI 3569380356438', 'application/x-android-image', 128e9],
  ['Seagate 2 TB external drive, S/N ZFL1', 'application/octet-stream', 2e12],
  ['Lenovo ThinkPad T14 internal SSD', 'application/x-raw-disk-image', 512e9],
  ['USB key Kingston 64 GB', 'application/octet-stream', 64e9],
  ['Mail export of the suspect account', 'application/mbox', 3.4e9],
] as const;

async function itemStory(
  client: CustosClient,
  as: (id: string) => Signer,
  cases: Cases,
  requests: Requests,
  i: number,
): Promise<void> {
  const [description, mediaType, size] = DEVICES[i % DEVICES.length]!;
  const inv = 'fr-ofac-martin';
  const id = `${inv}~ex-${run}-${String(i).padStart(4, '0')}`;
  const sha256 = digest();
  // Each answer gives the new head of the item: the next event's `prev`, without a round trip.
  const heads = new Map<string, string>();
  const registered = await client.submit(
    'evidence.registered',
    {
      id,
      case: cases.fr,
      description,
      mediaType,
      size,
      digests: { sha256 },
      exhibitNumber: `OFAC-${run}-${i}`,
      origin: {
        method: 'seizure',
        location: 'Lyon, search of the suspect’s home',
        authorisation: {
          type: 'search warrant',
          reference: `JLD-${run}-${i}`,
          issuer: 'Juge des libertés et de la détention, Lyon',
        },
      },
      collectedBy: inv,
      collectedAt: now(),
      retention: RETENTION,
    },
    as(inv),
  );
  heads.set(id, registered.leafHash);
  const event = async (item: string, by: string, type: string, fields: Record<string, unknown>) => {
    const done = await client.submit(
      'custody.event',
      { item, type, prev: heads.get(item), occurredAt: now(), location: 'Nanterre', ...fields },
      as(by),
    );
    heads.set(item, done.leafHash);
    if (type === 'copied') heads.set((fields.derivative as { id: string }).id, done.leafHash);
  };
  const seal = `SC-${run}-${i}`;
  await event(id, inv, 'sealed', { seal });
  await event(id, inv, 'handed-over', {
    to: 'fr-scelles-dubois',
    purpose: 'storage in the sealed-evidence room',
  });
  await event(id, 'fr-scelles-dubois', 'received', {
    digests: { sha256 },
    result: 'match',
    condition: `seal ${seal} intact`,
  });
  await event(id, 'fr-scelles-dubois', 'handed-over', {
    to: 'fr-lab-leroy',
    purpose: 'forensic acquisition',
  });
  await event(id, 'fr-lab-leroy', 'received', { digests: { sha256 }, result: 'match' });
  await event(id, 'fr-lab-leroy', 'unsealed', { seal, reason: 'acquisition' });
  const image = `fr-lab-leroy~ex-${run}-${String(i).padStart(4, '0')}-img`;
  const imageDigest = digest();
  await event(id, 'fr-lab-leroy', 'copied', {
    derivative: {
      id: image,
      description: `forensic image of ${description}`,
      mediaType: 'application/x-ewf',
      size: Math.round(size * 0.6),
      digests: { sha256: imageDigest },
    },
    tool: { name: 'Guymager', version: '0.8.13' },
    method: 'write-blocked physical acquisition',
  });
  await event(image, 'fr-lab-leroy', 'verified', { digests: { sha256: imageDigest }, result: 'match' });
  await event(image, 'fr-lab-leroy', 'examined', {
    purpose: 'ransom notes, wallet addresses, C2 contacts',
    tool: { name: 'Autopsy', version: '4.22.1' },
  });
  await event(id, 'fr-lab-leroy', 'sealed', { seal: `${seal}-R` });
  await event(id, 'fr-lab-leroy', 'handed-over', { to: 'fr-scelles-dubois', purpose: 'return to storage' });
  await event(id, 'fr-scelles-dubois', 'received', {
    digests: { sha256 },
    result: 'match',
    condition: `seal ${seal}-R intact`,
  });
  if (i % 3 === 0) {
    // The image goes to Germany under the MLA request, through the French central authority.
    await event(image, 'fr-lab-leroy', 'handed-over', {
      to: 'fr-bepi-moreau',
      purpose: `execution of ${requests.mla}`,
    });
    await event(image, 'fr-bepi-moreau', 'received', { digests: { sha256: imageDigest }, result: 'match' });
    const purpose = 'the German botnet proceedings';
    await event(image, 'fr-bepi-moreau', 'disclosed', {
      to: 'de-bfj-weber',
      request: requests.mla,
      scope: 'forensic image, for use in the German botnet proceedings only',
      conditions: 'no onward transfer without the consent of France',
      conditionsOnUse: {
        purposes: [purpose],
        onwardTransfer: 'consent-required',
        evidenceUse: 'permitted',
        retainUntil: new Date(Date.now() + 730 * 86400e3).toISOString(),
        dataProtection: 'personal data of third parties to be erased once the analysis is complete',
      },
    });
    await event(image, 'de-bfj-weber', 'received', {
      digests: { sha256: imageDigest },
      result: 'match',
      condition: 'received by secure file transfer',
    });
    // The BfJ passes the image on to the BKA, another authority: refused until France consents.
    const onward = { to: 'de-bka-schmidt', purpose };
    await refusedWith('consent_required', () => event(image, 'de-bfj-weber', 'handed-over', onward));
    await event(image, 'fr-bepi-moreau', 'use-consented', {
      consent: { scope: 'onward-transfer', to: 'de-bka-schmidt' },
      reason: `BEPI letter ${run}/${i}: the BKA investigates the same botnet`,
    });
    await event(image, 'de-bfj-weber', 'handed-over', onward);
    await event(image, 'de-bka-schmidt', 'received', { digests: { sha256: imageDigest }, result: 'match' });
  }
  const preserved = i % 5 === 1;
  if (preserved) {
    // On the Netherlands' request under Budapest art. 29, whose 29(7) sets at least sixty days.
    await event(id, 'fr-scelles-dubois', 'preserved', {
      order: `PO-${run}-${i}`,
      until: new Date(Date.now() + 90 * 86400e3).toISOString(),
      request: requests.preservation,
      basis: { instrument: 'ETS-185', article: '29' },
    });
    await refusedWith('under_preservation', () =>
      event(id, 'fr-scelles-dubois', 'destroyed', { method: 'degaussing', authorisation: 'none' }),
    );
  }
  if (i % 5 === 3) {
    await event(id, inv, 'hold-placed', {
      reference: `TJ Lyon ${run}/${i}`,
      reason: 'civil claim by the victim pending',
    });
    await refusedWith('under_hold', () =>
      event(id, 'fr-scelles-dubois', 'returned', { to: 'the owner', reason: 'asked for it back' }),
    );
  }
  if (i % 7 === 2 && !preserved && i % 5 !== 3) {
    const giveBack = () =>
      event(id, 'fr-scelles-dubois', 'returned', {
        to: 'the owner, on the order of the investigating judge',
        reason: 'no longer needed for the proceedings',
      });
    // Ten years of retention have not run: the court orders the return first.
    await refusedWith('retention_period', giveBack);
    await event(id, 'fr-tj-paris', 'retention-overridden', {
      reference: `TJ Paris ordonnance ${run}/${i}`,
      reason: 'restitution ordered: the device is not needed as evidence',
    });
    await giveBack();
  }
  if (i % 11 === 4)
    await event(image, 'fr-lab-leroy', 'annotated', {
      text: 'Acquisition log attached to report OFAC-LAB-2026-118.',
    });
}

/** Refusals the demo provokes on purpose, by rule code: each must be refused, and nothing else. */
const refusals = new Map<string, number>();

async function refusedWith(code: string, attempt: () => Promise<unknown>): Promise<void> {
  try {
    await attempt();
  } catch (e) {
    if (e instanceof ServiceError && e.problem.code === code) {
      refusals.set(code, (refusals.get(code) ?? 0) + 1);
      return;
    }
    throw e;
  }
  throw new Error(`the log accepted what the rule ${code} should have refused`);
}

main().catch((e: unknown) => {
  const why = e instanceof ServiceError ? `${e.message}` : (e as Error).message;
  process.stderr.write(`demo: ${why}\n`);
  process.exit(1);
});
