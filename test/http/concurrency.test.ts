import { expect } from 'chai';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('concurrent writers', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('inv', ['investigator']);
    for (let i = 0; i < 5; i++) await c.register(`store-${i}`, ['custodian']);
    await c.openCase('inv~c1', 'inv');
    await c.seize('inv~disk', 'inv~c1', 'inv');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('accepts exactly one of 200 concurrent hand-overs with the same prev; the rest are 409 and the chain does not fork', async () => {
    const prev = await c.prev('inv~disk', 'inv');
    const m = c.cast.get('inv');
    const drafts = Array.from({ length: 200 }, (_, i) =>
      signDraft(
        'custody.event',
        {
          item: 'inv~disk',
          type: 'handed-over',
          to: `store-${i % 5}`,
          purpose: `attempt ${i}`,
          prev,
          occurredAt: now(),
        },
        { actor: m.id, seed: m.seed },
      ),
    );
    const results = await Promise.all(drafts.map((d) => c.postJson('/v1/entries', d)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).to.have.length(1);
    expect(statuses.filter((s) => s === 409)).to.have.length(199);
    const { history } = await c.item('inv~disk', 'inv');
    const handOvers = (history as { payload: { type?: string; prev?: string } }[]).filter(
      (h) => h.payload.type === 'handed-over',
    );
    expect(handOvers).to.have.length(1);
    expect(handOvers[0]!.payload.prev).to.equal(prev);
  });
});
