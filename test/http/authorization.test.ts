import { expect } from 'chai';
import { authMessage } from '../../src/auth/challenges.ts';
import { sign } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { httpRequest } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('who may read what (docs/model.md, Who may read what)', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  let clock = Date.parse('2026-11-23T10:00:00Z');
  const at = () => new Date(clock).toISOString();

  before(async () => {
    run = await startService({}, { now: () => clock });
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator'], 'FR', 'FR police');
    await c.register('fr-other', ['investigator'], 'FR', 'FR customs');
    await c.register('fr-auditor', ['auditor'], 'FR', 'FR inspection');
    await c.openCase('fr-inv~c1', 'fr-inv', at());
    await c.seize('fr-inv~secret', 'fr-inv~c1', 'fr-inv', at());
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  const expectProblem = (res: { status: number; headers: Headers }, status: number) => {
    expect(res.status).to.equal(status);
    expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
  };

  it('refuses unauthenticated reads of items, entries and entry bundles with 401', async () => {
    for (const path of [
      '/v1/items/fr-inv~secret',
      '/v1/items',
      '/v1/entries/1',
      '/log/tile/entries/000.p/1',
      '/v1/cases/fr-inv~c1',
      '/v1/actors',
    ]) {
      const res = await httpRequest(run.base, path);
      expectProblem(res, 401);
      expect(res.headers.get('www-authenticate')).to.match(/^Bearer/);
    }
    expectProblem(
      await httpRequest(run.base, '/v1/items/fr-inv~secret', {
        headers: { authorization: 'Bearer not-a-token' },
      }),
      401,
    );
  });

  it('refuses out-of-case reads with 403, the same answer as for something that does not exist', async () => {
    const forbidden = await c.get('/v1/items/fr-inv~secret', 'fr-other');
    const missing = await c.get('/v1/items/fr-inv~nothing-here', 'fr-other');
    expectProblem(forbidden, 403);
    expectProblem(missing, 403);
    expect(JSON.parse(forbidden.text).detail).to.equal(JSON.parse(missing.text).detail);
    expectProblem(await c.get('/v1/entries/4', 'fr-other'), 403);
    expectProblem(await c.get('/v1/cases/fr-inv~c1', 'fr-other'), 403);
    expect((await c.get('/v1/items', 'fr-other')).json()).to.deep.equal({ items: [], next: null });
  });

  it('lets the case organisation and auditors read, and keeps entry bundles to auditors and administrators', async () => {
    expect((await c.get('/v1/items/fr-inv~secret', 'fr-inv')).status).to.equal(200);
    expect((await c.get('/v1/items/fr-inv~secret', 'fr-auditor')).status).to.equal(200);
    expectProblem(await c.get('/log/tile/entries/000.p/1', 'fr-inv'), 403);
    expect((await c.get('/log/tile/entries/000.p/1', 'fr-auditor')).status).to.equal(200);
  });

  it('refuses a challenge used twice', async () => {
    const m = c.cast.get('fr-inv');
    const { challenge } = (await c.postJson('/v1/auth/challenge', { actor: m.id })).json() as {
      challenge: string;
    };
    const signature = toBase64(sign(authMessage(fromBase64(challenge)), m.seed));
    expect((await c.postJson('/v1/auth/token', { actor: m.id, challenge, signature })).status).to.equal(200);
    expectProblem(await c.postJson('/v1/auth/token', { actor: m.id, challenge, signature }), 401);
  });

  it('refuses an expired challenge', async () => {
    const m = c.cast.get('fr-inv');
    const { challenge } = (await c.postJson('/v1/auth/challenge', { actor: m.id })).json() as {
      challenge: string;
    };
    clock += 3 * 60_000;
    const signature = toBase64(sign(authMessage(fromBase64(challenge)), m.seed));
    expectProblem(await c.postJson('/v1/auth/token', { actor: m.id, challenge, signature }), 401);
  });

  it('refuses a challenge signed by another key, or issued to another actor', async () => {
    const m = c.cast.get('fr-inv');
    const other = c.cast.get('fr-other');
    const { challenge } = (await c.postJson('/v1/auth/challenge', { actor: m.id })).json() as {
      challenge: string;
    };
    const bad = toBase64(sign(authMessage(fromBase64(challenge)), other.seed));
    expectProblem(await c.postJson('/v1/auth/token', { actor: m.id, challenge, signature: bad }), 401);
    const { challenge: c2 } = (await c.postJson('/v1/auth/challenge', { actor: m.id })).json() as {
      challenge: string;
    };
    const theirs = toBase64(sign(authMessage(fromBase64(c2)), other.seed));
    expectProblem(
      await c.postJson('/v1/auth/token', { actor: other.id, challenge: c2, signature: theirs }),
      401,
    );
  });

  it('expires tokens', async () => {
    const token = await c.login('fr-inv');
    clock += 16 * 60_000;
    expectProblem(
      await httpRequest(run.base, '/v1/items/fr-inv~secret', {
        headers: { authorization: `Bearer ${token}` },
      }),
      401,
    );
  });
});
