import { expect } from 'chai';
import { openService, type Service } from '../../src/service.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { entryKey } from '../../src/storage/store-keys.ts';
import { httpGet, httpRequest } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('after the background audit finds the store altered', function () {
  this.timeout(60_000);
  let service: Service;
  let base: string;

  before(async () => {
    const run = await startService();
    const c = LedgerClient.asAdminOf(run);
    for (const id of ['inv-1', 'inv-2', 'inv-3']) await c.register(id, ['investigator']);
    await run.service.close();
    // An old entry edited in place: the start-up check of the head cannot see it, the audit can.
    const store = await LevelLogStore.open(run.config.dataDir);
    const bytes = (await store.readEntry(1))!;
    await store.db.put(
      entryKey(1),
      bytes.map((b, i) => (i === 20 ? b ^ 1 : b)),
    );
    await store.close();
    service = await openService(run.config);
    base = await service.listen();
    expect(await service.integrityCheck()).to.equal('failed');
  });

  after(async () => {
    await service.close();
    await removeTempDirs();
  });

  it('refuses appends and data reads with a 500 integrity problem, and writes nothing', async () => {
    const size = service.ledger.log.head().checkpoint.size;
    const append = await httpRequest(base, '/v1/entries', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const read = await httpGet(base, '/log/checkpoint');
    for (const res of [append, read]) {
      expect(res.status).to.equal(500);
      expect(res.headers.get('content-type')).to.equal('application/problem+json; charset=utf-8');
      expect((res.json() as { code: string }).code).to.equal('integrity');
    }
    expect(service.ledger.log.head().checkpoint.size).to.equal(size);
  });

  it('still answers health (failing, with the reason) and metrics, for the operator', async () => {
    const health = await httpGet(base, '/healthz');
    expect(health.status).to.equal(503);
    expect(health.json()).to.deep.include({ status: 'failing', integrity: 'failed' });
    const metrics = await httpGet(base, '/metrics');
    expect(metrics.status).to.equal(200);
    expect(metrics.text).to.match(/custos_integrity_ok 0/);
  });
});
