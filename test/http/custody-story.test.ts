import { expect } from 'chai';
import { canonicalBytes } from '../../src/core/canonical.ts';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { parseEntry } from '../../src/core/ledger/entry.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { verifyInclusion } from '../../src/core/log/proof-verify.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

/**
 * The cross-border story of the custody issue, over real HTTP on a real LevelDB: a phone seized
 * in France, stored, imaged in a lab, and an image disclosed to Germany under an MLA request.
 */
describe('a cross-border custody story over HTTP', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('records the whole story, and every entry, as served and through the proof API, proves its inclusion in the signed checkpoint', async () => {
    await recordCrossBorderStory(c);
    // State B received the image, and may now read its history — not the phone's.
    const image = await c.item(STORY.image, 'de-ca');
    expect(image.item.custodian).to.equal('de-ca');
    expect((await c.get(`/v1/items/${STORY.phone}`, 'de-ca')).status).to.equal(403);

    // Every entry's inclusion proof verifies against the published checkpoint.
    const verifier = noteVerifierFromKey((await httpGet(run.base, '/log/key')).text);
    const { checkpoint } = openCheckpoint((await httpGet(run.base, '/log/checkpoint')).text, verifier);
    expect(checkpoint.size).to.be.greaterThan(20);
    for (let index = 0; index < checkpoint.size; index++) {
      const res = await c.get(`/v1/entries/${index}`, 'admin');
      expect(res.status, `entry ${index}`).to.equal(200);
      const body = res.json() as {
        entry: unknown;
        leafHash: string;
        inclusion: { treeSize: number; proof: string[] };
        checkpoint: string;
      };
      // The leaf is the JCS of the entry: recomputing its hash from the served entry must agree.
      const leaf = canonicalBytes(body.entry);
      expect(toBase64(hashLeaf(leaf))).to.equal(body.leafHash);
      expect(parseEntry(leaf).index).to.equal(index);
      // The entry comes with its own proof and the signed checkpoint it leads to: enough alone.
      const served = openCheckpoint(body.checkpoint, verifier).checkpoint;
      expect(body.inclusion.treeSize).to.equal(served.size);
      verifyInclusion(
        hashLeaf(leaf),
        index,
        served.size,
        body.inclusion.proof.map((x) => fromBase64(x)),
        served.rootHash,
      );
      const proof = await httpGet(
        run.base,
        `/v1/proofs/inclusion?index=${index}&treeSize=${checkpoint.size}`,
      );
      const p = proof.json() as { leafHash: string; proof: string[] };
      expect(p.leafHash).to.equal(body.leafHash);
      verifyInclusion(
        fromBase64(p.leafHash),
        index,
        checkpoint.size,
        p.proof.map((x) => fromBase64(x)),
        checkpoint.rootHash,
      );
    }
  });
});
