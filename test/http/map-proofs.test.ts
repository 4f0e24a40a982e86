import { expect } from 'chai';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { mapKey } from '../../src/core/map/map-hash.ts';
import { checkpointMapRoot } from '../../src/core/map/map-line.ts';
import { type MapProofJson, verifyMapProof } from '../../src/core/map/map-proof.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

interface MapAnswer {
  treeSize: number;
  checkpoint: string;
  key: string;
  proof: MapProofJson;
}

describe('history map proofs over HTTP (GET /v1/proofs/map)', function () {
  this.timeout(120_000);
  let run: RunningService;
  let c: LedgerClient;
  let logKey: string;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    logKey = (await httpGet(run.base, '/log/key')).text.trim();
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  /** The map root a checkpoint commits to, after its signature is checked with the pinned key. */
  const rootOf = (note: string) =>
    checkpointMapRoot(openCheckpoint(note, noteVerifierFromKey(logKey)).checkpoint)!;
  const proofOf = async (query: string, as = 'admin') => {
    const res = await c.get(`/v1/proofs/map?${query}`, as);
    expect(res.status, res.text).to.equal(200);
    return res.json() as MapAnswer;
  };

  it("proves an item's head and history length against the checkpoint's signed map root", async () => {
    const answer = await proofOf(`kind=item&id=${STORY.phone}`, 'fr-inv');
    const value = verifyMapProof(rootOf(answer.checkpoint), mapKey('item', STORY.phone), answer.proof);
    const read = await c.get(`/v1/items/${STORY.phone}`, 'fr-inv');
    expect(read.status, read.text).to.equal(200);
    const { history } = read.json() as { history: { index: number }[] };
    expect(value?.count).to.equal(history.length);
    expect(value?.index).to.equal(history.at(-1)!.index);
    expect(answer.treeSize).to.equal(Number(answer.checkpoint.split('\n')[1]));
  });

  it('proves that an item had no entry as of a checkpoint; the same proof fails against a later checkpoint where it has one', async () => {
    const id = 'fr-inv~usb-late';
    const absent = await proofOf(`kind=item&id=${id}`);
    expect(verifyMapProof(rootOf(absent.checkpoint), mapKey('item', id), absent.proof)).to.equal(undefined);
    await c.ok(
      'evidence.registered',
      {
        id,
        case: STORY.case,
        description: 'USB stick found later',
        mediaType: 'application/octet-stream',
        size: 1024,
        digests: { sha256: 'ab'.repeat(32) },
        origin: { method: 'seizure' },
        collectedBy: 'fr-inv',
        collectedAt: now(),
      },
      'fr-inv',
    );
    const later = (await httpGet(run.base, '/log/checkpoint')).text;
    expect(() => verifyMapProof(rootOf(later), mapKey('item', id), absent.proof)).to.throw(/map root/);
    // Asked for the earlier checkpoint again, the log gives the same absence; at the later one, inclusion.
    const again = await proofOf(`kind=item&id=${id}&treeSize=${absent.treeSize}`);
    expect(again.proof).to.deep.equal(absent.proof);
    const now_ = await proofOf(`kind=item&id=${id}`);
    expect(verifyMapProof(rootOf(now_.checkpoint), mapKey('item', id), now_.proof)?.count).to.equal(1);
  });

  it('proves the items registered as derived from an item (kind derivatives) to its readers, and to no one else', async () => {
    const register = (id: string, origin: Record<string, unknown>) =>
      c.ok(
        'evidence.registered',
        {
          id,
          case: STORY.case,
          description: `item ${id}`,
          mediaType: 'application/octet-stream',
          size: 10,
          digests: { sha256: 'cd'.repeat(32) },
          origin,
          collectedBy: 'fr-inv',
          collectedAt: now(),
        },
        'fr-inv',
      );
    await register('fr-inv~laptop', { method: 'seizure' });
    const carved = await register('fr-inv~laptop-files', { method: 'derived', parent: 'fr-inv~laptop' });
    const key = mapKey('derivatives', 'fr-inv~laptop');
    for (const reader of ['admin', 'fr-inv']) {
      const answer = (
        await c.get('/v1/proofs/map?kind=derivatives&id=fr-inv~laptop', reader)
      ).json() as MapAnswer;
      const value = verifyMapProof(rootOf(answer.checkpoint), key, answer.proof);
      expect(value, reader).to.deep.include({ index: carved.index, count: 1 });
    }
    expect((await c.get('/v1/proofs/map?kind=derivatives&id=fr-inv~laptop', 'de-ca')).status).to.equal(403);
    // Nothing was registered from the derived item: an absence, for readers of everything.
    const none = (
      await c.get('/v1/proofs/map?kind=derivatives&id=fr-inv~laptop-files', 'admin')
    ).json() as MapAnswer;
    expect(
      verifyMapProof(rootOf(none.checkpoint), mapKey('derivatives', 'fr-inv~laptop-files'), none.proof),
    ).to.equal(undefined);
  });

  it('answers a reader the same refusal for a subject it may not read and for one that does not exist', async () => {
    const hidden = await c.get(`/v1/proofs/map?kind=item&id=${STORY.phone}`, 'de-ca');
    const missing = await c.get('/v1/proofs/map?kind=item&id=de-ca~nothing', 'de-ca');
    expect(hidden.status).to.equal(403);
    expect(missing.status).to.equal(403);
    expect(hidden.json()).to.deep.include({ code: 'forbidden' });
    const body = (r: typeof hidden) => ({
      ...(r.json() as object),
      instance: undefined,
      requestId: undefined,
    });
    expect(body(missing)).to.deep.equal(body(hidden));
    expect((await httpGet(run.base, `/v1/proofs/map?kind=item&id=${STORY.image}`)).status).to.equal(401);
    expect((await c.get('/v1/proofs/map?kind=thing&id=x', 'admin')).status).to.equal(400);
  });
});
