/**
 * The ledger the search-of-events bench queries: 100 cases of 10 items each, cases owned by two
 * organisations (so that half of what an investigator searches is not theirs to read), every
 * item with a long history of seals, unseals and notes. Built through the ledger (signatures
 * checked, rules applied, index records written in each batch), with drafts signed by OpenSSL
 * and two halves of the items submitted concurrently, so that one half's drafts are signed
 * while the other's batch is written. `BENCH_EVENTS_STORE=<dir>` keeps the built ledger there
 * and reuses it on the next run when it holds at least the size asked for.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicKeyFromSeed, randomSeed } from '../src/core/crypto/ed25519.ts';
import { toBase64 } from '../src/core/encoding.ts';
import { type EntryDraft, signDraftWith } from '../src/core/ledger/entry.ts';
import type { Kind } from '../src/core/ledger/kinds.ts';
import { nodeSigner } from '../src/crypto/node-ed25519.ts';
import { Ledger } from '../src/ledger/ledger.ts';
import { LevelLogStore } from '../src/storage/level-store.ts';
import { digestOf } from '../test/support/ledger-story.ts';
import { makeIdentity } from '../test/support/log-fixture.ts';
import { log } from './measure.ts';

export const CASES = 100;
const ITEMS_PER_CASE = 10;
export const ORGANISATIONS = ['FR police', 'FR gendarmerie'];
export const INVESTIGATORS = Array.from({ length: 10 }, (_, k) => `inv${k}`);
/** inv0–inv4 are of the first organisation, inv5–inv9 of the second. */
export const organisationOf = (actor: string) => ORGANISATIONS[Number(actor.slice(3)) < 5 ? 0 : 1]!;
/** Case c is opened by investigator c mod 10. */
export const caseOf = (c: number) => {
  const by = INVESTIGATORS[c % INVESTIGATORS.length]!;
  return { kase: `${by}~case-${c}`, by };
};

export const itemOf = (c: number, i: number) => `${caseOf(c).by}~item-${c}-${i}`;
export const ITEMS = Array.from({ length: CASES * ITEMS_PER_CASE }, (_, n) =>
  itemOf(Math.floor(n / ITEMS_PER_CASE), n % ITEMS_PER_CASE),
);

export interface BuiltLog {
  readonly store: LevelLogStore;
  readonly size: number;
  /** The logged time of the first and of the last entry, in ms. */
  readonly startMs: number;
  readonly endMs: number;
}

interface Signer {
  readonly publicKey: Uint8Array;
  readonly sign: (m: Uint8Array) => Uint8Array;
  readonly seed: Uint8Array;
}

export async function openOrBuildLog(dir: string, size: number): Promise<BuiltLog> {
  const done = join(dir, 'built.json');
  if (existsSync(done)) {
    const built = JSON.parse(await readFile(done, 'utf8')) as {
      size: number;
      startMs: number;
      endMs: number;
    };
    if (built.size >= size) {
      log(`  event search: reusing the ${built.size.toLocaleString('en')}-entry ledger in ${dir}`);
      return { store: await LevelLogStore.open(join(dir, 'data')), ...built };
    }
    throw new Error(`${dir} holds a ${built.size}-entry ledger: remove it to build ${size} entries`);
  }
  const built = await build(join(dir, 'data'), size);
  await writeFile(done, JSON.stringify({ size: built.size, startMs: built.startMs, endMs: built.endMs }));
  return built;
}

async function build(data: string, size: number): Promise<BuiltLog> {
  const store = await LevelLogStore.open(data);
  const signers = new Map<string, Signer>();
  const member = (id: string) => {
    const seed = randomSeed();
    const pk = publicKeyFromSeed(seed);
    signers.set(id, { publicKey: pk, sign: nodeSigner(seed, pk), seed });
    return signers.get(id)!;
  };
  const admin = member('admin');
  const startMs = Date.UTC(2026, 0, 1);
  let clock = startMs;
  const ledger = await Ledger.open({
    store,
    identity: makeIdentity(),
    genesis: {
      actor: 'admin',
      publicKey: toBase64(admin.publicKey),
      seed: admin.seed,
      name: 'Admin',
      organisation: 'Unit',
      state: 'FR',
    },
    now: () => (clock += 50),
  });
  await ledger.bootstrap();
  const sign = (kind: Kind, payload: Record<string, unknown>, as: string) => {
    const s = signers.get(as)!;
    return signDraftWith(kind, payload, { actor: as, publicKey: s.publicKey, sign: s.sign });
  };
  const submit = async (drafts: EntryDraft[]) => {
    const done = await ledger.submitMany(drafts);
    return done.map((d) => {
      if (d.status === 'rejected') throw d.reason;
      return d.value.leafHash;
    });
  };
  for (const id of INVESTIGATORS) {
    const m = member(id);
    const registration = {
      id,
      name: `Officer ${id}`,
      organisation: organisationOf(id),
      state: 'FR',
      roles: ['investigator'],
      publicKey: toBase64(m.publicKey),
    };
    await submit([sign('actor.registered', registration, 'admin')]);
  }
  const at = () => new Date(clock).toISOString();
  const items: { id: string; by: string; head: string }[] = [];
  for (let c = 0; c < CASES; c++) {
    const { kase, by } = caseOf(c);
    const opened = {
      id: kase,
      reference: `R-${c}`,
      title: 'T',
      offence: { description: 'd' },
      openedAt: at(),
    };
    await submit([sign('case.opened', opened, by)]);
    const ids = Array.from({ length: ITEMS_PER_CASE }, (_, i) => itemOf(c, i));
    const heads = await submit(
      ids.map((id) =>
        sign(
          'evidence.registered',
          {
            id,
            case: kase,
            description: id,
            mediaType: 'application/octet-stream',
            size: 1,
            digests: { sha256: digestOf(id) },
            origin: { method: 'seizure' },
            collectedBy: by,
            collectedAt: at(),
          },
          by,
        ),
      ),
    );
    for (const [i, id] of ids.entries()) items.push({ id, by, head: heads[i]! });
  }
  const began = Date.now();
  const half = Math.ceil(items.length / 2);
  const rounds = async (group: typeof items) => {
    for (let round = 0; ledger.log.head().checkpoint.size < size; round++) {
      const type = ['sealed', 'unsealed', 'annotated'][round % 3]!;
      const fields =
        type === 'sealed'
          ? { seal: `S-${round}` }
          : type === 'unsealed'
            ? { seal: `S-${round - 1}`, reason: 'exam' }
            : { text: `note ${round}` };
      const room = size - ledger.log.head().checkpoint.size;
      const now = group.slice(0, Math.max(0, room));
      const heads = await submit(
        now.map(({ id, by, head }) =>
          sign('custody.event', { item: id, type, prev: head, occurredAt: at(), ...fields }, by),
        ),
      );
      heads.forEach((h, i) => {
        now[i]!.head = h;
      });
      if (group[0] === items[0] && round % 20 === 0)
        log(
          `  event search: ${ledger.log.head().checkpoint.size.toLocaleString('en')} entries (${((Date.now() - began) / 1000).toFixed(0)} s)`,
        );
    }
  };
  await Promise.all([rounds(items.slice(0, half)), rounds(items.slice(half))]);
  const total = ledger.log.head().checkpoint.size;
  const endMs = clock;
  await ledger.close();
  return { store: await LevelLogStore.open(data), size: total, startMs, endMs };
}
