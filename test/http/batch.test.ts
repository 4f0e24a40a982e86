import { request } from 'node:http';
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { MAX_BATCH_ENTRIES } from '../../src/http/append-lane.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

type Result = {
  index?: number;
  leafHash?: string;
  treeSize?: number;
  problem?: { status: number; code: string };
};

describe('POST /v1/entries/batch', function () {
  this.timeout(60_000);
  let run: RunningService;

  before(async () => {
    run = await startService({ rateLimit: 0, logLevel: 'error' });
  });
  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  // A connection per request: a pooled one the server closed while the test was signing
  // would be reset under the next request.
  const post = (body: unknown) =>
    new Promise<{ status: number; body: { results?: Result[]; code?: string } }>((resolve, reject) => {
      const req = request(`${run.base}/v1/entries/batch`, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json' },
      });
      req.once('response', (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.once('error', reject);
      req.end(JSON.stringify(body));
    });
  const admin = () => ({ actor: run.admin.id, seed: run.admin.seed });
  const actor = (id: string, seed = randomSeed()) => ({
    seed,
    draft: signDraft(
      'actor.registered',
      {
        id,
        name: id,
        organisation: 'Batch unit',
        state: 'FR',
        roles: ['investigator'],
        publicKey: toBase64(publicKeyFromSeed(seed)),
      },
      admin(),
    ),
  });
  const openCase = (id: string, by: { actor: string; seed: Uint8Array }) =>
    signDraft(
      'case.opened',
      { id, reference: id, title: id, offence: { description: 'batch' }, openedAt: new Date().toISOString() },
      by,
    );

  it('admits entries in their order, so one may depend on an earlier one of the same batch, and answers per entry', async () => {
    const alice = actor('batch-alice');
    const forged = actor('batch-forged');
    forged.draft.signer.signature = toBase64(new Uint8Array(64));
    const { status, body } = await post({
      entries: [
        alice.draft,
        openCase('batch-alice~case-1', { actor: 'batch-alice', seed: alice.seed }),
        forged.draft,
        { kind: 'not.a.kind', payload: {} },
        openCase('batch-forged~case-2', { actor: 'batch-forged', seed: randomSeed() }),
        openCase('batch-alice~case-3', { actor: 'batch-alice', seed: alice.seed }),
      ],
    });
    expect(status).to.equal(200);
    const r = body.results!;
    expect(r).to.have.length(6);
    expect(r[1]!.index).to.equal(r[0]!.index! + 1);
    expect(r[5]!.index).to.equal(r[1]!.index! + 1);
    expect(r[2]!.problem).to.include({ code: 'bad_signature' });
    expect(r[3]!.problem!.status).to.equal(400);
    // Its signer was never registered: the entry it depended on was refused.
    expect(r[4]!.problem!.status).to.be.within(400, 499);
    const shown = await fetch(`${run.base}/log/checkpoint`).then((x) => x.text());
    expect(shown).to.contain(`\n${r[5]!.treeSize}\n`);
  });

  it(`takes up to ${MAX_BATCH_ENTRIES} entries and refuses more, and an empty batch, writing nothing`, async () => {
    const before = run.service.ledger.log.head().checkpoint.size;
    const many = Array.from({ length: MAX_BATCH_ENTRIES }, (_, i) => actor(`batch-many-${i}`).draft);
    const full = await post({ entries: many });
    expect(full.status).to.equal(200);
    const indices = full.body.results!.map((x) => x.index);
    expect(indices).to.deep.equal(Array.from({ length: MAX_BATCH_ENTRIES }, (_, i) => before + i));
    const after = run.service.ledger.log.head().checkpoint.size;
    const tooMany = await post({ entries: [...many, actor('batch-one-more').draft] });
    expect(tooMany.status).to.equal(400);
    expect((await post({ entries: [] })).status).to.equal(400);
    expect(run.service.ledger.log.head().checkpoint.size).to.equal(after);
  });

  it('answers a replayed batch entry by entry: each copy is refused, none logged twice', async () => {
    const bob = actor('batch-bob');
    const first = await post({ entries: [bob.draft] });
    expect(first.body.results![0]!.index).to.be.a('number');
    const again = await post({ entries: [bob.draft, bob.draft] });
    expect(again.body.results!.map((x) => x.problem?.status)).to.deep.equal([409, 409]);
  });
});
