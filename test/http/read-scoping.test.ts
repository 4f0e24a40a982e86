import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { completenessVerdict } from '../../src/core/verify/verify-completeness.ts';
import { httpGet } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

/**
 * What a former holder of an item may read of it (docs/model.md, Who may read what): the item, but not a copy made
 * after it left them, nor the copy's findings, nor whether other items exist.
 */
describe('reads scoped to what the reader may see', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator'], 'FR', 'FR police');
    await c.register('fr-cust', ['custodian'], 'FR', 'FR evidence store');
    await c.openCase('fr-inv~c1', 'fr-inv');
    await c.seize('fr-inv~x', 'fr-inv~c1', 'fr-inv');
    const ev = async (item: string, type: string, fields: Record<string, unknown>, as: string) =>
      c.ok('custody.event', { item, type, prev: await c.prev(item, as), occurredAt: now(), ...fields }, as);
    // x visits the evidence store and comes back: fr-cust may read x from then on.
    await ev('fr-inv~x', 'handed-over', { to: 'fr-cust', purpose: 'storage' }, 'fr-inv');
    await ev(
      'fr-inv~x',
      'received',
      { digests: { sha256: digestOf('fr-inv~x') }, result: 'match' },
      'fr-cust',
    );
    await ev('fr-inv~x', 'handed-over', { to: 'fr-inv', purpose: 'examination' }, 'fr-cust');
    await ev(
      'fr-inv~x',
      'received',
      { digests: { sha256: digestOf('fr-inv~x') }, result: 'match' },
      'fr-inv',
    );
    const copy = {
      id: 'fr-inv~x-copy',
      description: 'image of x',
      mediaType: 'application/octet-stream',
      size: 1,
      digests: { sha256: digestOf('fr-inv~x-copy') },
    };
    await ev(
      'fr-inv~x',
      'copied',
      { derivative: copy, tool: { name: 'dd', version: '9.4' }, method: 'dd' },
      'fr-inv',
    );
    await ev(
      'fr-inv~x-copy',
      'examined',
      { purpose: 'triage', tool: { name: 'xry', version: '10' }, findings: 'SECRET FINDINGS' },
      'fr-inv',
    );
    // A copy of the copy goes to the evidence store: it must not bring x-copy's findings along.
    await ev(
      'fr-inv~x-copy',
      'copied',
      { derivative: { ...copy, id: 'fr-inv~x-copy-2' }, tool: { name: 'dd', version: '9.4' }, method: 'dd' },
      'fr-inv',
    );
    await ev('fr-inv~x-copy-2', 'handed-over', { to: 'fr-cust', purpose: 'storage' }, 'fr-inv');
    await c.seize('fr-inv~y', 'fr-inv~c1', 'fr-inv');
    await c.openCase('fr-inv~c2', 'fr-inv');
    await c.openCase('fr-inv~c3', 'fr-inv');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('leaves out of a court bundle the derivatives its exporter may not read, and theirs', async () => {
    expect((await c.get('/v1/items/fr-inv~x-copy', 'fr-cust')).status).to.equal(403);
    const forStore = await c.get('/v1/items/fr-inv~x/bundle?derivatives=true', 'fr-cust');
    expect(forStore.status).to.equal(200);
    expect(forStore.text).to.not.include('SECRET FINDINGS');
    expect(forStore.text).to.not.include('"item":"fr-inv~x-copy"');
    expect(forStore.text).to.not.include('"item":"fr-inv~x-copy-2"');
    const forInvestigator = await c.get('/v1/items/fr-inv~x/bundle?derivatives=true', 'fr-inv');
    expect(forInvestigator.text).to.include('SECRET FINDINGS');
  });

  it('names in the verdict a derivative left out of a bundle because its exporter may not read it, without proving anything about it', async () => {
    const logKey = (await httpGet(run.base, '/log/key')).text.trim();
    const forStore = (await c.get('/v1/items/fr-inv~x/bundle?derivatives=true', 'fr-cust')).json() as Bundle;
    const declared = forStore.completeness!.subjects.find((s) => s.id === 'fr-inv~x-copy');
    expect(declared).to.deep.equal({ kind: 'item', id: 'fr-inv~x-copy', withheld: true });
    // How many items were registered from fr-inv~x would tell of the one it may not read: withheld too.
    expect(forStore.completeness!.subjects).to.deep.include({
      kind: 'derivatives',
      id: 'fr-inv~x',
      withheld: true,
    });
    const result = verifyBundle(forStore, { logKey });
    expect(result.checks.filter((k) => k.status === 'fail')).to.deep.equal([]);
    const withheld = result.checks.filter((k) => k.id === 'completeness' && k.status === 'warn');
    expect(withheld.map((k) => k.detail).join('\n')).to.include(
      'derivative item fr-inv~x-copy is not in this bundle',
    );
    expect(completenessVerdict(result), 'a withheld derivative is not shown complete').to.equal(undefined);
    // Declaring withheld a derivative whose entries the bundle holds fails.
    const forInvestigator = (
      await c.get('/v1/items/fr-inv~x/bundle?derivatives=true', 'fr-inv')
    ).json() as Bundle;
    expect(completenessVerdict(verifyBundle(forInvestigator, { logKey }))).to.match(
      /^complete as of checkpoint/,
    );
    const forged = structuredClone(forInvestigator);
    forged.completeness!.subjects = forged.completeness!.subjects.map((s) =>
      s.id === 'fr-inv~x-copy' ? { kind: 'item' as const, id: s.id, withheld: true as const } : s,
    );
    const failed = verifyBundle(forged, { logKey }).checks.filter((k) => k.status === 'fail');
    expect(failed.map((k) => k.detail).join('\n')).to.include('item fr-inv~x-copy is not shown complete');
  });

  it('lists only the derivatives the reader may read', async () => {
    const forStore = (await c.get('/v1/items/fr-inv~x', 'fr-cust')).json() as { derivatives: string[] };
    expect(forStore.derivatives).to.deep.equal([]);
    const forInvestigator = (await c.get('/v1/items/fr-inv~x', 'fr-inv')).json() as { derivatives: string[] };
    expect(forInvestigator.derivatives).to.deep.equal(['fr-inv~x-copy']);
  });

  it('answers a paging cursor it may not read exactly as one that does not exist', async () => {
    const unreadable = await c.get('/v1/items?after=fr-inv~y', 'fr-cust');
    const missing = await c.get('/v1/items?after=fr-inv~nothing', 'fr-cust');
    expect(unreadable.status).to.equal(400);
    expect(missing.status).to.equal(400);
    const strip = (text: string) => {
      const { requestId: _, instance: __, ...rest } = JSON.parse(text) as Record<string, unknown>;
      return rest;
    };
    expect(strip(unreadable.text)).to.deep.equal(strip(missing.text));
    const page = (await c.get('/v1/items?limit=1', 'fr-inv')).json() as { next: string };
    expect((await c.get(`/v1/items?after=${page.next}`, 'fr-inv')).status).to.equal(200);
  });

  it('pages the directory lists in creation order, following next to the end', async () => {
    const first = (await c.get('/v1/cases?limit=2', 'fr-inv')).json() as {
      cases: { id: string }[];
      next: string | null;
    };
    expect(first.cases.map((k) => k.id)).to.deep.equal(['fr-inv~c1', 'fr-inv~c2']);
    expect(first.next).to.equal('fr-inv~c2');
    const second = (await c.get(`/v1/cases?limit=2&after=${first.next}`, 'fr-inv')).json() as {
      cases: { id: string }[];
      next: string | null;
    };
    expect(second.cases.map((k) => k.id)).to.deep.equal(['fr-inv~c3']);
    expect(second.next).to.equal(null);
    const actors = (await c.get('/v1/actors?limit=1', 'fr-cust')).json() as {
      actors: { id: string }[];
      next: string;
    };
    expect(actors.actors.map((a) => a.id)).to.deep.equal(['admin']);
    expect(actors.next).to.equal('admin');
  });

  it('lists no case to an actor outside it, and refuses its id as a cursor exactly as a missing one', async () => {
    const none = (await c.get('/v1/cases', 'fr-cust')).json() as { cases: unknown[]; next: null };
    expect(none).to.deep.equal({ cases: [], next: null });
    const unreadable = await c.get('/v1/cases?after=fr-inv~c1', 'fr-cust');
    const missing = await c.get('/v1/cases?after=fr-inv~c9', 'fr-cust');
    expect([unreadable.status, missing.status]).to.deep.equal([400, 400]);
    expect(JSON.parse(unreadable.text).detail).to.equal(JSON.parse(missing.text).detail);
  });

  it('pages through every item it may read, in creation order, one at a time', async () => {
    const seen: string[] = [];
    let after = '';
    for (let pages = 0; pages < 10; pages++) {
      const page = (await c.get(`/v1/items?limit=1${after}`, 'fr-inv')).json() as {
        items: { id: string }[];
        next: string | null;
      };
      seen.push(...page.items.map((i) => i.id));
      if (page.next === null) break;
      after = `&after=${page.next}`;
    }
    expect(seen).to.deep.equal(['fr-inv~x', 'fr-inv~x-copy', 'fr-inv~x-copy-2', 'fr-inv~y']);
    const forStore = (await c.get('/v1/items', 'fr-cust')).json() as { items: { id: string }[] };
    expect(forStore.items.map((i) => i.id)).to.deep.equal(['fr-inv~x', 'fr-inv~x-copy-2']);
  });
});
