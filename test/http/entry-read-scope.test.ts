/**
 * Issue 12, leftover: reads of single entries and bundle exports follow one access rule. A
 * foreign authority an item was disclosed to may export its bundle, which carries the case,
 * the request and the actors the verifier needs; it may then read each of those entries alone
 * (`GET /v1/entries/<n>`, what `custos proof <n>` asks), and nothing of the case beyond them.
 */
import { expect } from 'chai';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('reads of single entries and bundles (one access rule)', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  const status = async (index: number, as: string) => (await c.get(`/v1/entries/${index}`, as)).status;
  let caseOpened: number;
  let otherRequest: number;
  let otherItem: number;
  let otherCase: number;

  const mla = (id: string, reference: string, requestingState = 'DE') => ({
    id,
    case: 'fr-inv~c1',
    type: 'mutual-legal-assistance',
    requestingState,
    requestedState: 'FR',
    requestingAuthority: 'BfJ',
    requestedAuthority: 'BEPI',
    legalBasis: { instrument: 'ETS-185', article: '25' },
    reference,
    dated: now(),
    summary: 'the phone',
  });

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator']);
    await c.register('fr-ca', ['central-authority'], 'FR', 'FR police');
    await c.register('de-ca', ['central-authority'], 'DE');
    caseOpened = (await c.openCase('fr-inv~c1', 'fr-inv')).index;
    otherCase = (await c.openCase('fr-inv~c2', 'fr-inv')).index;
    await c.seize('fr-inv~phone', 'fr-inv~c1', 'fr-inv');
    otherItem = (await c.seize('fr-inv~tablet', 'fr-inv~c1', 'fr-inv')).index;
    await c.ok('request.recorded', mla('fr-ca~mla-1', 'DE-1'), 'fr-ca');
    otherRequest = (await c.ok('request.recorded', mla('fr-ca~mla-2', 'BE-2', 'BE'), 'fr-ca')).index;
    const ev = async (type: string, fields: Record<string, unknown>, as: string) =>
      c.ok(
        'custody.event',
        { item: 'fr-inv~phone', type, prev: await c.prev('fr-inv~phone', as), occurredAt: now(), ...fields },
        as,
      );
    await ev('handed-over', { to: 'fr-ca', purpose: 'MLA execution' }, 'fr-inv');
    await ev('received', { digests: { sha256: digestOf('fr-inv~phone') }, result: 'match' }, 'fr-ca');
    await ev('disclosed', { to: 'de-ca', request: 'fr-ca~mla-1', scope: 'full image' }, 'fr-ca');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('lets the recipient of a disclosure read, one by one, every entry of the bundle it may export', async () => {
    const res = await c.get('/v1/items/fr-inv~phone/bundle', 'de-ca');
    expect(res.status).to.equal(200);
    const indices = (res.json() as { entries: { entry: { index: number } }[] }).entries.map(
      (e) => e.entry.index,
    );
    expect(indices).to.include(caseOpened);
    for (const index of indices) expect(await status(index, 'de-ca'), `entry ${index}`).to.equal(200);
  });

  it('still refuses the recipient the entries of the case that its bundle does not carry', async () => {
    expect(await status(otherItem, 'de-ca'), 'an item of the case not disclosed').to.equal(403);
    expect(
      await status(otherRequest, 'de-ca'),
      'a request of the case, with another state, that no event names',
    ).to.equal(403);
    expect(await status(otherCase, 'de-ca'), 'another case').to.equal(403);
  });

  it('gives an officer of the same state named in nothing no read of the case', async () => {
    await c.register('fr-other', ['investigator'], 'FR', 'FR customs');
    expect(await status(caseOpened, 'fr-other')).to.equal(403);
  });
});
