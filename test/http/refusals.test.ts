import { expect } from 'chai';
import { randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { httpRequest } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

describe('refusals over HTTP: each is a 4xx problem naming the rule, and nothing is written', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  const size = () => run.service.ledger.log.head().checkpoint.size;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('inv', ['investigator']);
    await c.register('inv2', ['investigator']);
    await c.register('store', ['custodian']);
    await c.register('auditor', ['auditor']);
    await c.register('leaver', ['investigator']);
    await c.openCase('inv~c1', 'inv');
    for (const id of ['inv~item-a', 'inv~item-gone']) await c.seize(id, 'inv~c1', 'inv');
    await c.ok(
      'custody.event',
      {
        item: 'inv~item-gone',
        type: 'destroyed',
        method: 'wiped',
        authorisation: 'order 1',
        prev: await c.prev('inv~item-gone', 'inv'),
        occurredAt: now(),
      },
      'inv',
    );
    const leaver = c.cast.get('leaver');
    const actorPrev = (
      (await c.get('/v1/actors/leaver', 'admin')).json() as { actor: { head: { leafHash: string } } }
    ).actor.head.leafHash;
    await c.ok(
      'key.revoked',
      {
        actor: 'leaver',
        publicKey: leaver.publicKey,
        reason: 'left-organisation',
        effectiveAt: now(),
        prev: actorPrev,
      },
      'admin',
    );
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  async function expectRefused(
    status: number,
    code: string,
    send: () => Promise<{ status: number; text: string; headers: Headers }>,
  ) {
    const before = size();
    const res = await send();
    expect(res.status, res.text).to.equal(status);
    expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(JSON.parse(res.text).code, res.text).to.equal(code);
    expect(res.text).not.to.match(/\.ts:\d+|at [A-Za-z]+ \(/);
    expect(size()).to.equal(before);
    return JSON.parse(res.text) as Record<string, unknown>;
  }

  const seal = async (as: string, extra: Record<string, unknown> = {}) =>
    c.post(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'sealed',
        seal: 'S1',
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
        ...extra,
      },
      as,
    );

  it('refuses a signature that does not verify (422 bad_signature)', async () => {
    const m = c.cast.get('inv');
    const draft = signDraft(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'sealed',
        seal: 'S1',
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
      },
      { actor: m.id, seed: randomSeed() },
    );
    await expectRefused(422, 'bad_signature', () =>
      c.postJson('/v1/entries', { ...draft, signer: { ...draft.signer, publicKey: m.publicKey } }),
    );
  });

  it('refuses a valid signature by a key that is not the signer’s, as it refuses an unknown signer (403 unknown_signer)', async () => {
    const m = c.cast.get('inv');
    const draft = signDraft(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'sealed',
        seal: 'S1',
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
      },
      { actor: m.id, seed: c.cast.get('inv2').seed },
    );
    await expectRefused(403, 'unknown_signer', () => c.postJson('/v1/entries', draft));
    const ghost = signDraft(
      'case.opened',
      { id: 'ghost~c-9', reference: 'R', title: 'T', offence: { description: 'x' }, openedAt: now() },
      { actor: 'ghost', seed: c.cast.get('inv2').seed },
    );
    await expectRefused(403, 'unknown_signer', () => c.postJson('/v1/entries', ghost));
  });

  it('refuses an entry signed with a revoked key (403 key_revoked)', async () => {
    await expectRefused(403, 'key_revoked', () =>
      c.post(
        'case.opened',
        { id: 'leaver~c9', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: now() },
        'leaver',
      ),
    );
  });

  it('refuses a role that may not do this (403 role_not_allowed)', async () => {
    await expectRefused(403, 'role_not_allowed', () =>
      c.post(
        'case.opened',
        { id: 'store~c9', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: now() },
        'store',
      ),
    );
  });

  it('refuses an event by someone who is not the custodian (403 not_custodian)', async () => {
    await expectRefused(403, 'not_custodian', () => seal('inv2'));
  });

  it('refuses a receipt without a pending hand-over, and one by the wrong actor', async () => {
    const receive = async (as: string) =>
      c.post(
        'custody.event',
        {
          item: 'inv~item-a',
          type: 'received',
          digests: { sha256: digestOf('inv~item-a') },
          result: 'match',
          prev: await c.prev('inv~item-a', 'inv'),
          occurredAt: now(),
        },
        as,
      );
    await expectRefused(422, 'no_pending_transfer', () => receive('store'));
    await c.ok(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'handed-over',
        to: 'store',
        purpose: 'storage',
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
      },
      'inv',
    );
    await expectRefused(403, 'not_recipient', () => receive('inv2'));
    await c.ok(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'handover-cancelled',
        reason: 'test',
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
      },
      'inv',
    );
  });

  it('refuses a stale prev (409, with the current head) and a forged one', async () => {
    const stale = await c.prev('inv~item-a', 'inv');
    await c.ok(
      'custody.event',
      { item: 'inv~item-a', type: 'annotated', text: 'moves the head', prev: stale, occurredAt: now() },
      'inv',
    );
    const problem = await expectRefused(409, 'prev_mismatch', () => seal('inv', { prev: stale }));
    expect(problem.currentPrev).to.equal(await c.prev('inv~item-a', 'inv'));
    await expectRefused(409, 'prev_mismatch', () =>
      seal('inv', { prev: toBase64(new Uint8Array(32).fill(7)) }),
    );
  });

  it('refuses an event on a destroyed item (422 item_closed)', async () => {
    await expectRefused(422, 'item_closed', async () =>
      c.post(
        'custody.event',
        {
          item: 'inv~item-gone',
          type: 'sealed',
          seal: 'S1',
          prev: await c.prev('inv~item-gone', 'inv'),
          occurredAt: now(),
        },
        'inv',
      ),
    );
  });

  it('refuses malformed digests and unknown fields with the field path (400 schema)', async () => {
    const bad = await expectRefused(400, 'schema', async () =>
      c.post(
        'custody.event',
        {
          item: 'inv~item-a',
          type: 'verified',
          digests: { sha256: 'XYZ' },
          result: 'match',
          prev: await c.prev('inv~item-a', 'inv'),
          occurredAt: now(),
        },
        'inv',
      ),
    );
    expect(bad.errors).to.deep.include({
      path: ['payload', 'digests', 'sha256'],
      message: 'must be 64 lowercase hex digits',
    });
    await expectRefused(400, 'schema', async () => seal('inv', { colour: 'red' }));
    await expectRefused(400, 'schema', () =>
      c.postJson('/v1/entries', { kind: 'custody.event', payload: {}, signer: {}, extra: 1 }),
    );
    await expectRefused(400, 'schema', () =>
      c.postJson('/v1/entries', { kind: 'evidence.deleted', payload: {}, signer: {} }),
    );
  });

  it('refuses an oversized body (413), a body that is not JSON (400) and one that is not declared JSON (415)', async () => {
    await expectRefused(413, 'payload_too_large', () =>
      c.postJson('/v1/entries', { kind: 'custody.event', payload: { note: 'x'.repeat(200_000) } }),
    );
    await expectRefused(400, 'bad_json', () =>
      httpRequest(run.base, '/v1/entries', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"kind":',
      }),
    );
    await expectRefused(415, 'unsupported_media_type', () =>
      httpRequest(run.base, '/v1/entries', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      }),
    );
  });

  it('refuses a replay of an accepted entry (409)', async () => {
    const m = c.cast.get('inv');
    const draft = signDraft(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'annotated',
        text: 'once',
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
      },
      { actor: m.id, seed: m.seed },
    );
    expect((await c.postJson('/v1/entries', draft)).status).to.equal(201);
    await expectRefused(409, 'prev_mismatch', () => c.postJson('/v1/entries', draft));
  });

  it('refuses a registration replayed as-is (409 duplicate_id)', async () => {
    await expectRefused(409, 'duplicate_id', () =>
      c.post('actor.registered', c.cast.registration('inv'), 'admin'),
    );
  });
});
