/**
 * Issue 21, finding 4: an officer of another state gains sight of an item only through a
 * disclosure under a usable request, never by being named in a field. Through the real HTTP
 * service: a foreign collector or destruction witness is recorded and reads nothing; a case is
 * not opened to another state's officer (the refusal says how to do it lawfully, and writes
 * nothing); the lawful path still works.
 */
import { expect } from 'chai';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('cross-border read access (issue 21: no side doors)', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  const reads = async (path: string, as: string) => (await c.get(path, as)).status;
  const listed = async (as: string) =>
    ((await c.get('/v1/items', as)).json() as { items: { id: string }[] }).items.map((i) => i.id);
  const caseHead = async () =>
    ((await c.get('/v1/cases/fr-inv~c1', 'fr-inv')).json() as { case: { head: { leafHash: string } } }).case
      .head.leafHash;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator']);
    await c.register('fr-ca', ['central-authority']);
    await c.register('de-inv', ['investigator', 'witness'], 'DE');
    await c.register('de-ca', ['central-authority'], 'DE');
    await c.openCase('fr-inv~c1', 'fr-inv');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('records a foreign officer as the collector without letting them read the item, its bundle or its case', async () => {
    await c.ok(
      'evidence.registered',
      {
        id: 'fr-inv~laptop-1',
        case: 'fr-inv~c1',
        description: 'laptop seized in a joint operation',
        mediaType: 'application/octet-stream',
        size: 10,
        digests: { sha256: 'a'.repeat(64) },
        origin: { method: 'seizure' },
        collectedBy: 'de-inv',
        collectedAt: now(),
      },
      'fr-inv',
    );
    expect(await reads('/v1/items/fr-inv~laptop-1', 'de-inv')).to.equal(403);
    expect(await reads('/v1/items/fr-inv~laptop-1/bundle', 'de-inv')).to.equal(403);
    expect(await reads('/v1/cases/fr-inv~c1', 'de-inv')).to.equal(403);
    expect(await listed('de-inv')).to.not.include('fr-inv~laptop-1');
    // The fact is recorded, for the item's readers.
    const item = (await c.get('/v1/items/fr-inv~laptop-1', 'fr-inv')).json() as {
      history: { payload: unknown }[];
    };
    expect(JSON.stringify(item.history[0]!.payload)).to.include('"collectedBy":"de-inv"');
  });

  it('records a foreign destruction witness without letting them read the item', async () => {
    await c.seize('fr-inv~disk-2', 'fr-inv~c1', 'fr-inv');
    await c.ok(
      'custody.event',
      {
        item: 'fr-inv~disk-2',
        type: 'destroyed',
        method: 'shredded',
        authorisation: 'order 12/2026',
        witness: 'de-inv',
        prev: await c.prev('fr-inv~disk-2', 'fr-inv'),
        occurredAt: now(),
      },
      'fr-inv',
    );
    expect(await reads('/v1/items/fr-inv~disk-2', 'de-inv')).to.equal(403);
    expect(await reads('/v1/items/fr-inv~disk-2/bundle', 'de-inv')).to.equal(403);
    expect(await listed('de-inv')).to.not.include('fr-inv~disk-2');
  });

  it("refuses to open a case to another state's officer, saying how to share lawfully, and writes nothing", async () => {
    const before = size();
    const res = await c.post(
      'case.access-granted',
      { case: 'fr-inv~c1', actor: 'de-inv', reason: 'joint work', prev: await caseHead() },
      'fr-inv',
    );
    expect(res.status, res.text).to.equal(422);
    const problem = res.json() as { code: string; detail: string };
    expect(problem.code).to.equal('cross_border');
    expect(problem.detail).to.match(/disclosed to it under a recorded request/);
    expect(size()).to.equal(before);
    expect(await reads('/v1/cases/fr-inv~c1', 'de-inv')).to.equal(403);
  });

  it('still lets the item cross the border by a disclosure under a recorded request', async () => {
    await c.ok(
      'case.access-granted',
      { case: 'fr-inv~c1', actor: 'fr-ca', reason: 'MLA execution', prev: await caseHead() },
      'fr-inv',
    );
    await c.ok(
      'request.recorded',
      {
        id: 'fr-ca~mla-1',
        case: 'fr-inv~c1',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'BfJ',
        requestedAuthority: 'BEPI',
        legalBasis: { instrument: 'UNCC', article: '40' },
        reference: 'DE-1',
        dated: now(),
        summary: 'the laptop',
      },
      'fr-ca',
    );
    const ev = async (type: string, fields: Record<string, unknown>, as: string, reader = as) =>
      c.ok(
        'custody.event',
        {
          item: 'fr-inv~laptop-1',
          type,
          prev: await c.prev('fr-inv~laptop-1', reader),
          occurredAt: now(),
          ...fields,
        },
        as,
      );
    await ev('handed-over', { to: 'fr-ca', purpose: 'MLA execution' }, 'fr-inv');
    await ev('received', { digests: { sha256: 'a'.repeat(64) }, result: 'match' }, 'fr-ca');
    await ev('disclosed', { to: 'de-ca', request: 'fr-ca~mla-1', scope: 'full image' }, 'fr-ca');
    expect(await reads('/v1/items/fr-inv~laptop-1', 'de-ca')).to.equal(200);
    expect(await reads('/v1/items/fr-inv~laptop-1', 'de-inv')).to.equal(403);
  });
});
