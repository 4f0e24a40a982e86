import { expect } from 'chai';
import { canonicalBytes } from '../../src/core/canonical.ts';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { parseEntry } from '../../src/core/ledger/entry.ts';
import { openCheckpoint } from '../../src/core/tlog/checkpoint.ts';
import { hashLeaf } from '../../src/core/tlog/merkle.ts';
import { noteVerifierFromKey } from '../../src/core/tlog/note.ts';
import { verifyInclusion } from '../../src/core/tlog/proof-verify.ts';
import { httpGet } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
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
    c = new LedgerClient(run.base);
    c.cast.members.set('admin', run.admin);
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('records the whole story, and every entry proves its inclusion in the signed checkpoint', async () => {
    await c.register('fr-inv', ['investigator'], 'FR', 'Police nationale – OFAC');
    await c.register('fr-store', ['custodian'], 'FR', 'Police nationale – OFAC');
    await c.register('fr-lab', ['examiner'], 'FR', 'Police nationale – OFAC');
    await c.register('fr-ca', ['central-authority'], 'FR', 'Ministère de la Justice – BEPI');
    await c.register('de-ca', ['central-authority'], 'DE', 'Bundesamt für Justiz');

    // State A: an investigator seizes a phone and registers it.
    await c.ok(
      'case.opened',
      {
        id: 'fr-2026-042',
        reference: 'PN/OFAC/2026/042',
        title: 'Ransomware against a hospital',
        offence: { description: 'extortion by ransomware', legalBasis: 'Code pénal art. 323-1' },
        openedAt: now(),
      },
      'fr-inv',
    );
    const phoneDigest = digestOf('phone');
    await c.ok(
      'evidence.registered',
      {
        id: 'phone-7',
        case: 'fr-2026-042',
        description: 'Samsung Galaxy S23, IMEI 356938035643809',
        mediaType: 'application/x-android-image',
        size: 128_000_000_000,
        digests: { sha256: phoneDigest },
        exhibitNumber: 'PN-042-07',
        origin: {
          method: 'seizure',
          location: 'Lyon, 12 rue X',
          authorisation: {
            type: 'search warrant',
            reference: 'JLD-2026-118',
            issuer: 'Juge des libertés, Lyon',
          },
        },
        collectedBy: 'fr-inv',
        collectedAt: now(),
      },
      'fr-inv',
    );

    // Sealed and handed to the evidence store, which receives it with a matching digest.
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'sealed',
        seal: 'SC-0042117',
        prev: await c.prev('phone-7', 'fr-inv'),
        occurredAt: now(),
      },
      'fr-inv',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'handed-over',
        to: 'fr-store',
        purpose: 'secure storage',
        prev: await c.prev('phone-7', 'fr-inv'),
        occurredAt: now(),
      },
      'fr-inv',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'received',
        digests: { sha256: phoneDigest },
        result: 'match',
        condition: 'seal SC-0042117 intact',
        prev: await c.prev('phone-7', 'fr-store'),
        occurredAt: now(),
      },
      'fr-store',
    );

    // A lab copies and examines it.
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'handed-over',
        to: 'fr-lab',
        purpose: 'forensic extraction',
        prev: await c.prev('phone-7', 'fr-store'),
        occurredAt: now(),
      },
      'fr-store',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'received',
        digests: { sha256: phoneDigest },
        result: 'match',
        prev: await c.prev('phone-7', 'fr-lab'),
        occurredAt: now(),
      },
      'fr-lab',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'unsealed',
        seal: 'SC-0042117',
        reason: 'extraction',
        prev: await c.prev('phone-7', 'fr-lab'),
        occurredAt: now(),
      },
      'fr-lab',
    );
    const imageDigest = digestOf('image');
    await c.ok(
      'custody.event',
      {
        item: 'phone-7',
        type: 'copied',
        prev: await c.prev('phone-7', 'fr-lab'),
        occurredAt: now(),
        derivative: {
          id: 'phone-7-ffs',
          description: 'full file system extraction of phone-7',
          mediaType: 'application/zip',
          size: 61_000_000_000,
          digests: { sha256: imageDigest },
        },
        tool: { name: 'Cellebrite UFED', version: '7.70.0.12' },
        method: 'full file system',
      },
      'fr-lab',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7-ffs',
        type: 'examined',
        purpose: 'messages and wallet traces',
        tool: { name: 'Cellebrite Physical Analyzer', version: '7.70' },
        prev: await c.prev('phone-7-ffs', 'fr-lab'),
        occurredAt: now(),
      },
      'fr-lab',
    );

    // State B's central authority sends an MLA request; State A's records it.
    await c.ok(
      'case.access-granted',
      {
        case: 'fr-2026-042',
        actor: 'fr-ca',
        reason: 'execution of the German MLA request',
        prev: (
          (await c.get('/v1/cases/fr-2026-042', 'fr-inv')).json() as { case: { head: { leafHash: string } } }
        ).case.head.leafHash,
      },
      'fr-inv',
    );
    await c.ok(
      'request.recorded',
      {
        id: 'de-mla-2026-311',
        case: 'fr-2026-042',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'Bundesamt für Justiz',
        requestedAuthority: 'Ministère de la Justice – BEPI',
        legalBasis: { instrument: 'UNCC', article: '40' },
        reference: 'BfJ-IIIB-311/26',
        dated: now(),
        summary: 'extraction of the suspect phone',
      },
      'fr-ca',
    );

    // The lab passes the image to the central authority, which discloses it to State B.
    await c.ok(
      'custody.event',
      {
        item: 'phone-7-ffs',
        type: 'handed-over',
        to: 'fr-ca',
        purpose: 'execution of MLA',
        prev: await c.prev('phone-7-ffs', 'fr-lab'),
        occurredAt: now(),
      },
      'fr-lab',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7-ffs',
        type: 'received',
        digests: { sha256: imageDigest },
        result: 'match',
        prev: await c.prev('phone-7-ffs', 'fr-ca'),
        occurredAt: now(),
      },
      'fr-ca',
    );
    await c.ok(
      'custody.event',
      {
        item: 'phone-7-ffs',
        type: 'disclosed',
        to: 'de-ca',
        request: 'de-mla-2026-311',
        scope: 'full extraction, for the German proceedings only',
        prev: await c.prev('phone-7-ffs', 'fr-ca'),
        occurredAt: now(),
      },
      'fr-ca',
    );

    // State B receives it with a matching digest, and may now read its history — not the phone's.
    await c.ok(
      'custody.event',
      {
        item: 'phone-7-ffs',
        type: 'received',
        digests: { sha256: imageDigest },
        result: 'match',
        prev: await c.prev('phone-7-ffs', 'de-ca'),
        occurredAt: now(),
      },
      'de-ca',
    );
    const image = await c.item('phone-7-ffs', 'de-ca');
    expect(image.item.custodian).to.equal('de-ca');
    expect((await c.get('/v1/items/phone-7', 'de-ca')).status).to.equal(403);

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
      };
      // The leaf is the JCS of the entry: recomputing its hash from the served entry must agree.
      const leaf = canonicalBytes(body.entry);
      expect(toBase64(hashLeaf(leaf))).to.equal(body.leafHash);
      expect(parseEntry(leaf).index).to.equal(index);
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
