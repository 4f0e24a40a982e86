/**
 * `npm run demo:cross-border`: a foreign disclosure between two sovereign logs, each a running
 * Custos service with its own keys: Germany (log B, CUSTOS_URL_B, genesis administrator's keys in
 * CUSTOS_KEYS_DIR_B) asks Azerbaijan (log A, CUSTOS_URL_A, CUSTOS_KEYS_DIR_A) for a server's logs
 * under the Budapest Convention; A records designations, the request, a preservation and the
 * disclosure; A's log exports the transfer package (docs/formats.md, custos-transfer/v1), which
 * B's central authority imports (transfer.imported: B's service verifies it against the key it
 * pinned for A); B's tlog-proof of the import goes back to A, whose central authority records it
 * (transfer.receipt, verified against the key A pinned for B), closing the disclosure; custody
 * continues in B under B's rules (a hand-over to B's lab and an examination).
 *
 * Each service trusts the other's key through its trust store (CUSTOS_TRUST_STORE, by default
 * <keys dir>/trust.json): the demo plays both operators and pins each key in the other's store,
 * as they would after exchanging keys over another channel. No officer of one state is
 * registered in the other's log: A addresses the disclosure to B's central authority by the
 * entry of A's log that records Germany's designation of it, and B's service accepts the import
 * only from an officer of an authority B's own log says Germany designated. With DEMO_OUT set,
 * the package and the import's tlog-proof are written there.
 *
 * At the end B exports the court bundle of its item that spans both logs (custos-bundle/v3, B's
 * part and, as A's part, the package it imported) and verifies it offline: each part with the key
 * pinned for its log, one timeline across the border (docs/bundle.md). With DEMO_OUT it is written
 * there as bundle-<run>.json.
 *
 * Designations: the project's seed documents say Azerbaijan designated its State Security
 * Service as central authority for mutual legal assistance and as 24/7 point of contact, and
 * its Ministry of Justice for extradition; the instrument and notification are not checked here.
 * Legal bases cite only Budapest articles checked against an authentic text (docs/legal-bases.md).
 * Actors' keys are kept under <keys dir>/demo-cross-border/ (0600), so the demo can run again.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  buildTransferPackage,
  importPayload,
  multiLogBundle,
  receiptPayload,
} from '../src/cli/transfer-package.ts';
import { readTrustStore, writeTrustStore } from '../src/cli/trust-store-file.ts';
import { CustosClient, ServiceError, type Signer } from '../src/client/custos-client.ts';
import { canonicalBytes } from '../src/core/canonical.ts';
import { publicKeyFromSeed } from '../src/core/crypto/ed25519.ts';
import { toBase64, toHex } from '../src/core/encoding.ts';
import type { Bundle } from '../src/core/ledger/bundle.ts';
import { formatTlogProof, parseTlogProof } from '../src/core/log/tlog-proof.ts';
import { pinLog } from '../src/core/verify/trust-store.ts';
import { verifyBundle } from '../src/core/verify/verify-bundle.ts';
import { verifyTransfer } from '../src/core/verify/verify-transfer.ts';
import { loadOrCreateKey, readPrivateKeyFile } from '../src/keyring/key-files.ts';

const A = {
  url: process.env.CUSTOS_URL_A ?? 'http://127.0.0.1:8080',
  keys: process.env.CUSTOS_KEYS_DIR_A ?? './keys',
};
const B = {
  url: process.env.CUSTOS_URL_B ?? 'http://127.0.0.1:8081',
  keys: process.env.CUSTOS_KEYS_DIR_B ?? './keys-b',
};
const run = randomBytes(3).toString('hex');
const SSS = 'State Security Service of the Republic of Azerbaijan';
const MOJ = 'Ministry of Justice of the Republic of Azerbaijan';
const BFJ = 'Bundesamt für Justiz';
const BKA = 'Bundeskriminalamt';
const now = (days = 0) => new Date(Date.now() + days * 86_400_000).toISOString().replace('Z', '+00:00');
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Log {
  readonly url: string;
  readonly keys: string;
  readonly admin: CustosClient;
  /** A client signing as each actor this demo registered in the log. */
  readonly clients: Map<string, CustosClient>;
  readonly as: (id: string) => CustosClient;
}

async function openLog(where: { url: string; keys: string }): Promise<Log> {
  const adminId = (await readFile(join(where.keys, 'admin.id'), 'utf8')).trim();
  const admin: Signer = {
    actor: adminId,
    seed: (await readPrivateKeyFile(join(where.keys, 'admin.key'))).seed,
  };
  const clients = new Map<string, CustosClient>();
  const as = (id: string) => {
    const c = clients.get(id);
    if (!c) throw new Error(`${id} is not registered in ${where.url}`);
    return c;
  };
  return { ...where, admin: new CustosClient(where.url, admin), clients, as };
}

async function register(
  log: Log,
  id: string,
  name: string,
  organisation: string,
  state: string,
  roles: string[],
): Promise<void> {
  const { pair } = await loadOrCreateKey(join(log.keys, 'demo-cross-border', `${id}.key`));
  log.clients.set(id, new CustosClient(log.url, { actor: id, seed: pair.seed }));
  try {
    await log.admin.submit('actor.registered', {
      id,
      name,
      organisation,
      state,
      roles,
      publicKey: toBase64(publicKeyFromSeed(pair.seed)),
    });
  } catch (e) {
    if (!(e instanceof ServiceError && e.problem.code === 'duplicate_id')) throw e;
  }
}

async function designate(log: Log, state: string, authority: string, roles: string[]): Promise<void> {
  let prev: string | undefined;
  try {
    const found = await log.admin.get<{ head: { leafHash: string }; authorities: { authority: string }[] }>(
      `/v1/designations/${state}`,
    );
    if (found.authorities.some((a) => a.authority === authority)) return;
    prev = found.head.leafHash;
  } catch (e) {
    if (!(e instanceof ServiceError && e.problem.status === 404)) throw e;
  }
  await log.admin.submit('authority.designated', {
    state,
    authority,
    roles,
    instrument: 'ETS-185',
    reference: 'designation as stated in the project seed documents (not checked against the notification)',
    validFrom: '2026-01-01T00:00:00+00:00',
    ...(prev ? { prev } : {}),
  });
}

/** The entry, in the log `c` talks to, that designates `authority` of `state` (its latest). */
async function designationEntry(c: CustosClient, state: string, authority: string): Promise<number> {
  const found = await c.get<{ authorities: { authority: string; entry: number }[] }>(
    `/v1/designations/${state}`,
  );
  const entry = found.authorities.find((d) => d.authority === authority)?.entry;
  if (entry === undefined) throw new Error(`${authority} is not designated by ${state} in ${c.baseUrl}`);
  return entry;
}

/** One operator pins the other log's key in its service's trust store, as given over another channel. */
async function pinIn(keysDir: string, verifierKey: string, url: string): Promise<void> {
  const env = { CUSTOS_TRUST_STORE: join(keysDir, 'trust.json') };
  const store = await readTrustStore(env);
  if (store.logs[verifierKey.split('+')[0]!]?.verifierKey === verifierKey) return;
  await writeTrustStore(
    pinLog(store, verifierKey, { how: 'explicit', at: new Date().toISOString(), url }),
    env,
  );
}

async function head(c: CustosClient, item: string): Promise<string> {
  return (await c.get<{ head: { leafHash: string } }>(`/v1/items/${encodeURIComponent(item)}/head`)).head
    .leafHash;
}

async function event(c: CustosClient, item: string, type: string, fields: Record<string, unknown>) {
  return c.submit('custody.event', { item, type, prev: await head(c, item), occurredAt: now(), ...fields });
}

async function main(): Promise<void> {
  const a = await openLog(A);
  const b = await openLog(B);
  const aKey = (await a.admin.text('/log/key')).trim();
  const bKey = (await b.admin.text('/log/key')).trim();
  say(`log A (Azerbaijan): ${A.url}  ${aKey}`);
  say(`log B (Germany):    ${B.url}  ${bKey}`);

  // Each operator pins the other's log key in its own service's trust store.
  await pinIn(A.keys, bKey, B.url);
  await pinIn(B.keys, aKey, A.url);

  // Each log registers its own state's officers only.
  await register(a, 'az-sss-aliyev', 'Maj. Rashad Aliyev', SSS, 'AZ', ['central-authority', 'liaison']);
  await register(a, 'az-sss-huseynova', 'Capt. Leyla Huseynova', SSS, 'AZ', ['investigator']);
  await register(b, 'de-bfj-weber', 'Dr. Anna Weber', BFJ, 'DE', ['central-authority']);
  await register(b, 'de-bka-schmidt', 'KHK Jonas Schmidt', BKA, 'DE', ['investigator']);
  await register(b, 'de-bka-lab-koch', 'Dr. Petra Koch', BKA, 'DE', ['examiner']);

  // Designations, in both logs: each records its own and its partner's.
  for (const log of [a, b]) {
    await designate(log, 'AZ', SSS, ['central-authority-mla', 'contact-point-24-7']);
    await designate(log, 'AZ', MOJ, ['extradition']);
    await designate(log, 'DE', BFJ, ['central-authority-mla']);
  }
  say('designations recorded in both logs: AZ (State Security Service; Ministry of Justice), DE (BfJ)');

  // B: the German case and its request to Azerbaijan, under Budapest Art 31.
  const request = {
    type: 'mutual-legal-assistance',
    requestingState: 'DE',
    requestedState: 'AZ',
    requestingAuthority: BFJ,
    requestedAuthority: SSS,
    legalBasis: { instrument: 'ETS-185', article: '31' },
    reference: `BfJ-RHI-${run}`,
    dated: now(),
    summary:
      'stored access logs of a server hosted in Baku, used in a ransomware attack on a German hospital',
  };
  const deCase = `de-bka-schmidt~ransomware-${run}`;
  await b.as('de-bka-schmidt').submit('case.opened', {
    id: deCase,
    reference: `BKA-SO-${run}`,
    title: 'Ransomware against a hospital',
    offence: { description: 'computer sabotage and extortion' },
    openedAt: now(),
  });
  const caseHead = (
    await b.as('de-bka-schmidt').get<{ case: { head: { leafHash: string } } }>(`/v1/cases/${deCase}`)
  ).case.head.leafHash;
  await b.as('de-bka-schmidt').submit('case.access-granted', {
    case: deCase,
    actor: 'de-bfj-weber',
    reason: 'MLA request to Azerbaijan',
    prev: caseHead,
  });
  const deRequest = `de-bfj-weber~az-${run}`;
  // Addressed to the SSS by the entry of B's own log that records Azerbaijan's designation of it.
  const deRequestDesignation = await designationEntry(b.as('de-bfj-weber'), 'AZ', SSS);
  await b.as('de-bfj-weber').submit('request.recorded', {
    id: deRequest,
    case: deCase,
    ...request,
    requestedDesignation: deRequestDesignation,
  });
  say(
    `B: case ${deCase}, request ${deRequest} to the ${SSS} (designated by B's entry ${deRequestDesignation})`,
  );

  // A: the request as received, the data preserved (Budapest Art 29) and disclosed.
  const azCase = `az-sss-huseynova~de-mla-${run}`;
  const inv = a.as('az-sss-huseynova');
  await inv.submit('case.opened', {
    id: azCase,
    reference: `SSS-${run}`,
    title: 'German MLA request: hosting logs',
    offence: { description: 'computer sabotage and extortion (requesting state)' },
    openedAt: now(),
  });
  const azCaseHead = (await inv.get<{ case: { head: { leafHash: string } } }>(`/v1/cases/${azCase}`)).case
    .head.leafHash;
  await inv.submit('case.access-granted', {
    case: azCase,
    actor: 'az-sss-aliyev',
    reason: 'execution of the German request',
    prev: azCaseHead,
  });
  const azRequest = `az-sss-aliyev~de-${run}`;
  await a.as('az-sss-aliyev').submit('request.recorded', {
    id: azRequest,
    case: azCase,
    ...request,
    requestedDesignation: await designationEntry(a.as('az-sss-aliyev'), 'AZ', SSS),
  });
  const logs = randomBytes(4096);
  const digest = toHex(sha256(logs));
  const item = `az-sss-huseynova~hosting-logs-${run}`;
  await inv.submit('evidence.registered', {
    id: item,
    case: azCase,
    description: 'access logs of the hosting server, 1 to 30 November 2026',
    mediaType: 'application/gzip',
    size: logs.length,
    digests: { sha256: digest },
    origin: { method: 'production-order', location: 'Baku', request: azRequest },
    collectedBy: 'az-sss-huseynova',
    collectedAt: now(),
  });
  await event(inv, item, 'preserved', {
    order: `SSS-PRES-${run}`,
    until: now(90),
    request: azRequest,
    basis: { instrument: 'ETS-185', article: '29' },
  });
  await event(inv, item, 'handed-over', { to: 'az-sss-aliyev', purpose: 'execution of the German request' });
  await event(a.as('az-sss-aliyev'), item, 'received', { digests: { sha256: digest }, result: 'match' });
  // Addressed to the BfJ by the entry of A's log that records Germany's designation of it.
  const designation = await designationEntry(a.as('az-sss-aliyev'), 'DE', BFJ);
  const disclosed = await event(a.as('az-sss-aliyev'), item, 'disclosed', {
    addressee: { state: 'DE', authority: BFJ, designation },
    request: azRequest,
    scope: 'the access logs, for the German proceedings only',
  });
  say(
    `A: item ${item} preserved and disclosed to the BfJ (designated by A's entry ${designation}) as entry ${disclosed.index}`,
  );

  // A's log exports the transfer package; B verifies it against A's key before anything else.
  const pkg = await buildTransferPackage(a.as('az-sss-aliyev'), aKey, item, disclosed.index);
  const proven = verifyTransfer(pkg, { logKey: aKey });
  say(
    `B verified the transfer package against A's key: entry ${proven.index} of ${proven.origin} (leaf ${proven.leafHash}) at tree size ${proven.treeSize}`,
  );

  // B imports it: B's service checks it against the key it pinned for A, B's rules the rest.
  const deItem = `de-bfj-weber~az-logs-${run}`;
  const bfj = b.as('de-bfj-weber');
  const imported = await bfj.importTransfer(
    pkg,
    importPayload(pkg, proven, { id: deItem, case: deCase, request: deRequest, receivedAt: now() }),
  );
  say(`B: imported as ${deItem}, entry ${imported.index} of B's log`);

  // The receipt goes back to A as B's tlog-proof of the import; A's central authority records it.
  const proof = parseTlogProof(await b.admin.text(`/v1/entries/${imported.index}/tlog-proof`));
  const receiptProof = formatTlogProof({ ...proof, extra: canonicalBytes(imported.entry) });
  const aliyev = a.as('az-sss-aliyev');
  const receipt = await aliyev.recordReceipt(await receiptPayload(receiptProof, (id) => head(aliyev, id)));
  say(
    `A: receipt recorded as entry ${receipt.index}: disclosure ${disclosed.index} closed by B's entry ${imported.index}`,
  );
  if (process.env.DEMO_OUT) {
    await writeFile(join(process.env.DEMO_OUT, `transfer-${run}.json`), JSON.stringify(pkg));
    await writeFile(join(process.env.DEMO_OUT, `import-${run}.tlog-proof`), receiptProof);
    say(
      `files: ${join(process.env.DEMO_OUT, `transfer-${run}.json`)} ${join(process.env.DEMO_OUT, `import-${run}.tlog-proof`)}`,
    );
  }

  // B: custody continues under B's rules and actors.
  await event(bfj, deItem, 'handed-over', { to: 'de-bka-lab-koch', purpose: 'analysis of the access logs' });
  const lab = b.as('de-bka-lab-koch');
  await event(lab, deItem, 'received', { digests: { sha256: digest }, result: 'match' });
  await event(lab, deItem, 'examined', {
    purpose: 'connections to the hospital network',
    tool: { name: 'Timesketch', version: '20250708' },
  });
  say(`B: ${deItem} handed to the BKA lab, received with a matching digest, examined`);

  // B's court bundle across the border: B's part, and A's as the package B imported.
  const spanning = multiLogBundle(await lab.get<Bundle>(`/v1/items/${encodeURIComponent(deItem)}/bundle`), [
    pkg,
  ]);
  const checked = verifyBundle(spanning, {
    logKey: bKey,
    otherLogs: (origin) => (origin === aKey.split('+')[0] ? { logKey: aKey } : undefined),
  });
  const failed = checked.checks.filter((c) => c.status === 'fail');
  if (checked.verdict !== 'verified' || !checked.parts?.length)
    throw new Error(
      `the bundle across the border does not verify: ${failed.map((c) => c.detail).join('; ')}`,
    );
  say(`B: court bundle across both logs (${spanning.format}) verified offline with A's and B's keys:`);
  for (const c of checked.checks.filter((c) => c.id === 'parts')) say(`  ${c.detail}`);
  for (const e of checked.timeline)
    say(`  ${e.log ? 'A' : 'B'} #${e.index}  ${e.actor}: ${e.summary}${e.border ? '   <-- the border' : ''}`);
  if (process.env.DEMO_OUT)
    await writeFile(join(process.env.DEMO_OUT, `bundle-${run}.json`), JSON.stringify(spanning));
  say(
    'done. Try: npx custos trust add <A key> && npx custos trust add <B key> && npx custos verify <bundle across both logs>',
  );
  say(
    JSON.stringify({
      run,
      item,
      deItem,
      deCase,
      deRequest,
      disclosure: disclosed.index,
      designation,
      import: imported.index,
      receipt: receipt.index,
    }),
  );
}

main().catch((e) => {
  process.stderr.write(
    `demo:cross-border: ${e instanceof ServiceError ? `${e.problem.code}: ${e.problem.detail}` : e}\n`,
  );
  process.exit(1);
});
