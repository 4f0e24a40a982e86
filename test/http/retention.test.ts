/**
 * Retention through the real service and the offline verifier (issue 16): an administrator
 * records a category; an item filed under it cannot be destroyed before its period has run (the
 * server writes nothing); the API lists it due for review as of a later time and not before; its
 * bundle carries the category's chain, so the verifier states the retention as of the bundle's
 * latest entry; and a destruction a dishonest operator logged inside the period, with the log's
 * own key, fails the verifier on the same rule.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { ed25519NoteSigner } from '../../src/core/log/note.ts';
import { type TrustPolicy, verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { parsePrivateKeyPem } from '../../src/keyring/key-files.ts';
import { relog } from '../support/forge.ts';
import { httpGet } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const DAY_MS = 86_400_000;

describe('retention through the service and the verifier', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  let trust: TrustPolicy;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  const register = (id: string, retention?: string) =>
    c.ok(
      'evidence.registered',
      {
        id,
        case: 'fr-inv~c1',
        description: `item ${id}`,
        mediaType: 'application/octet-stream',
        size: 1,
        digests: { sha256: digestOf(id) },
        origin: { method: 'seizure' },
        collectedBy: 'fr-inv',
        collectedAt: now(),
        ...(retention ? { retention } : {}),
      },
      'fr-inv',
    );
  const destroy = async (item: string) =>
    c.post(
      'custody.event',
      {
        item,
        type: 'destroyed',
        method: 'wiped',
        authorisation: 'order D-1',
        prev: await c.prev(item, 'fr-inv'),
        occurredAt: now(),
      },
      'fr-inv',
    );
  const due = async (asOf: string) =>
    (await c.get(`/v1/retention/due?asOf=${encodeURIComponent(asOf)}`, 'fr-inv')).json() as {
      items: { item: string; reason: string; category?: string }[];
    };

  /** The bundle relogged with one more entry signed by fr-inv, as a dishonest operator could with the log's key. */
  const forge = async (bundle: Bundle, payload: Record<string, unknown>) => {
    const entries = bundle.entries.map((e) => e.entry);
    const last = entries.at(-1)!;
    const inv = c.cast.get('fr-inv');
    const draft = signDraft('custody.event', payload, { actor: inv.id, seed: inv.seed });
    const forged = {
      ...draft,
      index: (last.index as number) + 1,
      loggedAt: new Date(Date.parse(last.loggedAt as string) + 1000).toISOString(),
    };
    const pair = parsePrivateKeyPem(await readFile(join(run.config.keysDir, 'log.key'), 'utf8'));
    const signer = ed25519NoteSigner(run.config.origin, pair.seed, pair.publicKey);
    return relog(bundle, [...entries, forged], signer, run.config.origin);
  };

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    await c.register('fr-inv', ['investigator']);
    await c.openCase('fr-inv~c1', 'fr-inv');
    await c.ok(
      'retention.category-set',
      {
        category: 'criminal-30d',
        description: 'minor offences',
        retainDays: 30,
        basis: 'CPP art. 41-4',
        overrideRoles: ['court'],
      },
      'admin',
    );
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('serves the table to every reader, and refuses to file an item under a category it lacks', async () => {
    const shown = (await c.get('/v1/retention/categories/criminal-30d', 'fr-inv')).json() as Record<
      string,
      unknown
    >;
    expect(shown).to.include({ category: 'criminal-30d', retainDays: 30, basis: 'CPP art. 41-4' });
    expect((await c.get('/v1/retention/categories/none-such', 'fr-inv')).status).to.equal(404);
    const res = await c.post(
      'evidence.registered',
      {
        id: 'fr-inv~x',
        case: 'fr-inv~c1',
        description: 'x',
        mediaType: 'application/octet-stream',
        size: 1,
        digests: { sha256: digestOf('x') },
        origin: { method: 'seizure' },
        collectedBy: 'fr-inv',
        collectedAt: now(),
        retention: 'none-such',
      },
      'fr-inv',
    );
    expect(res.status, res.text).to.equal(422);
    expect((res.json() as { code: string }).code).to.equal('unknown_retention_category');
  });

  it('refuses a destruction inside the period and writes nothing; lists the item due only once the period has run', async () => {
    await register('fr-inv~phone', 'criminal-30d');
    const before = size();
    const res = await destroy('fr-inv~phone');
    expect(res.status, res.text).to.equal(422);
    expect((res.json() as { code: string; retainUntil: string }).code).to.equal('retention_period');
    expect(size()).to.equal(before);
    const shown = (await c.get('/v1/items/fr-inv~phone', 'fr-inv')).json() as {
      item: {
        retention: { category: string };
        retentionStatus: { category: string; due: boolean; retainUntil: string };
      };
    };
    expect(shown.item.retention).to.include({ category: 'criminal-30d' });
    expect(shown.item.retentionStatus).to.include({ category: 'criminal-30d', due: false });
    expect((await due(now(29 * 24 * 60))).items.map((i) => i.item)).to.not.include('fr-inv~phone');
    const listed = (await due(now(31 * 24 * 60))).items.find((i) => i.item === 'fr-inv~phone');
    expect(listed).to.include({ reason: 'retention-ended', category: 'criminal-30d' });
  });

  it('proves the retention in the bundle, and fails a destruction a dishonest log wrote inside the period', async () => {
    await register('fr-inv~disk', 'criminal-30d');
    const bundle = (await c.get('/v1/items/fr-inv~disk/bundle', 'fr-inv')).json() as Bundle;
    const kinds = bundle.entries.map((e) => e.entry.kind);
    expect(kinds).to.include('retention.category-set');
    expect(bundle.completeness?.subjects.map((s) => `${s.kind}:${s.id}`)).to.include(
      'retention:criminal-30d',
    );
    const honest = verifyBundle(bundle, trust);
    expect(honest.verdict).to.equal('verified');
    const retention = honest.items.find((i) => i.id === 'fr-inv~disk')?.retention;
    expect(retention).to.include({ category: 'criminal-30d', basis: 'CPP art. 41-4', due: false });
    const registeredMs = Date.parse(honest.items.find((i) => i.id === 'fr-inv~disk')!.registeredAt);
    expect(Date.parse(retention!.retainUntil!)).to.equal(registeredMs + 30 * DAY_MS);

    const forgedIndex = (bundle.entries.at(-1)!.entry.index as number) + 1;
    const result = verifyBundle(
      await forge(bundle, {
        item: 'fr-inv~disk',
        type: 'destroyed',
        method: 'wiped',
        authorisation: 'none',
        prev: await c.prev('fr-inv~disk', 'fr-inv'),
        occurredAt: now(),
      }),
      trust,
    );
    expect(result.verdict).to.equal('failed');
    const failed = result.checks.filter((x) => x.status === 'fail' && x.entry !== undefined);
    expect(failed.map((x) => [x.entry, x.code])).to.deep.equal([[forgedIndex, 'retention_period']]);
  });
  it('keeps the period an item was filed under when the table is shortened, refuses a shortening re-filing, and the verifier replays both', async () => {
    const setSerious = async (retainDays: number) => {
      const known = await c.get('/v1/retention/categories/serious-60d', 'fr-inv');
      const prev =
        known.status === 200 ? { prev: (known.json() as { head: { leafHash: string } }).head.leafHash } : {};
      await c.ok(
        'retention.category-set',
        {
          category: 'serious-60d',
          description: 'serious offences',
          retainDays,
          basis: 'CPP art. 41-4',
          overrideRoles: ['court'],
          ...prev,
        },
        'admin',
      );
    };
    await setSerious(60);
    await register('fr-inv~tablet', 'serious-60d');
    await setSerious(0);
    const res = await destroy('fr-inv~tablet');
    expect(res.status, res.text).to.equal(422);
    expect((res.json() as { code: string }).code).to.equal('retention_period');
    const refile = {
      item: 'fr-inv~tablet',
      type: 'retention-set',
      category: 'serious-60d',
      reason: 'the table says 0 days now',
      prev: await c.prev('fr-inv~tablet', 'fr-inv'),
      occurredAt: now(),
    };
    const before = size();
    const refused = await c.post('custody.event', refile, 'fr-inv');
    expect(refused.status, refused.text).to.equal(403);
    expect((refused.json() as { code: string }).code).to.equal('retention_shortening');
    expect(size()).to.equal(before);

    const bundle = (await c.get('/v1/items/fr-inv~tablet/bundle', 'fr-inv')).json() as Bundle;
    const honest = verifyBundle(bundle, trust);
    expect(honest.verdict).to.equal('verified');
    const tablet = honest.items.find((i) => i.id === 'fr-inv~tablet')!;
    expect(Date.parse(tablet.retention!.retainUntil!)).to.equal(
      Date.parse(tablet.registeredAt) + 60 * DAY_MS,
    );

    // A dishonest log that wrote either entry anyway fails the verifier on the server's rule.
    const forgedDestruction = {
      item: 'fr-inv~tablet',
      type: 'destroyed',
      method: 'wiped',
      authorisation: 'none',
      prev: refile.prev,
      occurredAt: now(),
    };
    for (const [payload, code] of [
      [refile, 'retention_shortening'],
      [forgedDestruction, 'retention_period'],
    ] as const) {
      const result = verifyBundle(await forge(bundle, payload), trust);
      expect(result.verdict).to.equal('failed');
      const failed = result.checks.filter((x) => x.status === 'fail' && x.entry !== undefined);
      expect(failed.map((x) => x.code)).to.deep.equal([code]);
    }
  });
});
