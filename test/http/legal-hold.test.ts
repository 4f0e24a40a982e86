/**
 * Legal holds through the real service and the offline verifier (issue 16): the server refuses
 * to destroy an item of a held case and writes nothing; the bundle proves the hold in force at
 * its checkpoint; a destruction a dishonest log wrote under the hold fails the verifier on that
 * rule; once the hold is lifted, the destruction is logged.
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
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const CASE = 'fr-inv~c1';
const DISK = 'fr-inv~disk';

describe('legal holds through the service and the verifier', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  let trust: TrustPolicy;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  const caseHead = async () =>
    ((await c.get(`/v1/cases/${CASE}`, 'fr-inv')).json() as { case: { head: { leafHash: string } } }).case
      .head.leafHash;
  const hold = async (action: 'placed' | 'lifted') =>
    c.ok(
      'case.hold-changed',
      { case: CASE, action, reference: 'PR-12', reason: 'appeal pending', at: now(), prev: await caseHead() },
      'fr-inv',
    );
  const destroyPayload = async () => ({
    item: DISK,
    type: 'destroyed',
    method: 'wiped',
    authorisation: 'order D-1',
    prev: await c.prev(DISK, 'fr-inv'),
    occurredAt: now(),
  });

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    await c.register('fr-inv', ['investigator']);
    await c.openCase(CASE, 'fr-inv');
    await c.seize(DISK, CASE, 'fr-inv');
    await hold('placed');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('refuses to destroy an item of a held case and writes nothing', async () => {
    const before = size();
    const res = await c.post('custody.event', await destroyPayload(), 'fr-inv');
    expect(res.status, res.text).to.equal(422);
    expect((res.json() as { code: string }).code).to.equal('under_hold');
    expect(size()).to.equal(before);
    const shown = (await c.get(`/v1/cases/${CASE}`, 'fr-inv')).json() as {
      case: { hold: { reference: string } };
    };
    expect(shown.case.hold.reference).to.equal('PR-12');
  });

  it('proves the hold at the checkpoint, and fails a destruction a dishonest log wrote under it', async () => {
    const bundle = (await c.get(`/v1/items/${DISK}/bundle`, 'fr-inv')).json() as Bundle;
    const honest = verifyBundle(bundle, trust);
    expect(honest.verdict).to.equal('verified');
    expect(honest.items.find((i) => i.id === DISK)?.legalHold).to.deep.equal({
      on: `case ${CASE}`,
      reference: 'PR-12',
      onKind: 'case',
      onId: CASE,
    });
    const entries = bundle.entries.map((e) => e.entry);
    const last = entries.at(-1)!;
    const inv = c.cast.get('fr-inv');
    const forged = {
      ...signDraft('custody.event', await destroyPayload(), { actor: inv.id, seed: inv.seed }),
      index: (last.index as number) + 1,
      loggedAt: new Date(Date.parse(last.loggedAt as string) + 1000).toISOString(),
    };
    const pair = parsePrivateKeyPem(await readFile(join(run.config.keysDir, 'log.key'), 'utf8'));
    const signer = ed25519NoteSigner(run.config.origin, pair.seed, pair.publicKey);
    const result = verifyBundle(relog(bundle, [...entries, forged], signer, run.config.origin), trust);
    const failed = result.checks.filter((x) => x.status === 'fail' && x.entry !== undefined);
    expect(failed.map((x) => [x.entry, x.code])).to.deep.equal([[forged.index, 'under_hold']]);
  });

  it('logs the destruction once the hold is lifted', async () => {
    await hold('lifted');
    await c.ok('custody.event', await destroyPayload(), 'fr-inv');
    const bundle = (await c.get(`/v1/items/${DISK}/bundle`, 'fr-inv')).json() as Bundle;
    const result = verifyBundle(bundle, trust);
    expect(result.verdict).to.equal('verified');
    expect(result.items.find((i) => i.id === DISK)).to.not.have.property('legalHold');
  });
});
