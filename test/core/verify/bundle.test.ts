import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { canonicalBytes } from '../../../src/core/canonical.ts';
import { publicKeyFromSeed, randomSeed } from '../../../src/core/crypto/ed25519.ts';
import { toBase64 } from '../../../src/core/encoding.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { signDraft } from '../../../src/core/ledger/entry.ts';
import { hashLeaf } from '../../../src/core/log/merkle.ts';
import { ed25519NoteSigner } from '../../../src/core/log/note.ts';
import { type TrustPolicy, verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { parsePrivateKeyPem } from '../../../src/keyring/key-files.ts';
import { recordCrossBorderStory, STORY } from '../../support/cross-border-story.ts';
import { relog } from '../../support/forge.ts';
import { httpGet } from '../../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../../support/ledger-client.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs } from '../../support/temp-dir.ts';

describe('court bundles and the offline verifier', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  let trust: TrustPolicy;
  let bundle: Bundle;
  let logSigner: ReturnType<typeof ed25519NoteSigner>;
  const clone = (): Bundle => structuredClone(bundle);
  const failures = (b: unknown, t = trust) => verifyBundle(b, t).checks.filter((x) => x.status === 'fail');

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await recordCrossBorderStory(c);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    const res = await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca');
    expect(res.status).to.equal(200);
    bundle = res.json() as Bundle;
    const pair = parsePrivateKeyPem(await readFile(join(run.config.keysDir, 'log.key'), 'utf8'));
    logSigner = ed25519NoteSigner(run.config.origin, pair.seed, pair.publicKey);
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('exports a bundle the verifier accepts, with every check passing', () => {
    const result = verifyBundle(bundle, trust);
    expect(result.checks.filter((x) => x.status === 'fail')).to.deep.equal([]);
    expect(result.verdict).to.equal('verified');
    expect(result.timeline.map((t) => t.type)).to.deep.equal([
      'created',
      'examined',
      'handed-over',
      'received',
      'disclosed',
      'received',
    ]);
    expect(result.items.find((i) => i.id === STORY.image)).to.include({
      custodian: 'de-ca',
      parent: STORY.phone,
    });
    expect(result.requests[0]).to.include({
      id: STORY.request,
      requestingState: 'DE',
      legalBasis: 'UNCC art. 40',
    });
  });

  it('gives a foreign recipient the parent’s history only up to the copy', () => {
    const phoneTypes = bundle.entries
      .map((e) => e.entry)
      .filter((e) => (e.payload as { item?: string }).item === STORY.phone);
    expect(phoneTypes.at(-1)!.payload).to.include({ type: 'copied' });
  });

  it('exports an item with its derivatives for a reader of the case', async () => {
    const res = await c.get(`/v1/items/${STORY.phone}/bundle?derivatives=true`, 'fr-inv');
    const result = verifyBundle(res.json(), trust);
    expect(result.verdict).to.equal('verified');
    expect(result.timeline.some((t) => t.item === STORY.image && t.type === 'disclosed')).to.equal(true);
    expect(result.items.map((i) => i.id).sort()).to.deep.equal([STORY.phone, STORY.image].sort());
  });

  it('refuses the bundle of an item the reader may not see, like one that does not exist', async () => {
    expect((await c.get(`/v1/items/${STORY.phone}/bundle`, 'de-ca')).status).to.equal(403);
    expect((await c.get('/v1/items/nothing/bundle', 'de-ca')).status).to.equal(403);
  });

  describe('tampering, each detected with the right reason', () => {
    it('detects an altered field in any entry', () => {
      for (let k = 0; k < bundle.entries.length; k++) {
        const b = clone();
        const entry = b.entries[k]!.entry as { loggedAt: string; payload: Record<string, unknown> };
        // Always another millisecond: an entry logged at .999 must not stay unaltered.
        const altered = entry.loggedAt.endsWith('.999Z') ? '.998Z' : '.999Z';
        entry.loggedAt = entry.loggedAt.replace(/\.\d{3}Z$/, altered);
        const f = failures(b);
        expect(
          f.some((x) => x.id === 'inclusion' && x.entry === (entry as unknown as { index: number }).index),
          `entry #${k}`,
        ).to.equal(true);
      }
      const b = clone();
      const last = b.entries.at(-1)!.entry as { payload: { digests: { sha256: string } } };
      last.payload.digests.sha256 = digestOf('tampered');
      const f = failures(b);
      expect(f.map((x) => x.id)).to.include.members(['inclusion', 'signatures']);
    });

    it('detects a dropped event as a gap in the chain', () => {
      const b = clone();
      const i = b.entries.findIndex((e) => (e.entry.payload as { type?: string }).type === 'examined');
      b.entries.splice(i, 1);
      const f = failures(b);
      expect(f.find((x) => x.id === 'chain' && x.code === 'prev_mismatch')).to.not.equal(undefined);
    });

    it('detects reordered events', () => {
      const b = clone();
      const n = b.entries.length;
      [b.entries[n - 1], b.entries[n - 2]] = [b.entries[n - 2]!, b.entries[n - 1]!];
      expect(failures(b).some((x) => x.code === 'out_of_order')).to.equal(true);
    });

    it('detects a swapped inclusion proof', () => {
      const b = clone();
      const n = b.entries.length;
      [b.entries[n - 1]!.proof, b.entries[n - 3]!.proof] = [b.entries[n - 3]!.proof, b.entries[n - 1]!.proof];
      const f = failures(b).filter((x) => x.code === 'not_included');
      expect(f.map((x) => x.entry)).to.have.length(2);
    });

    it('detects a checkpoint signed by another key', () => {
      const seed = randomSeed();
      const b = relog(
        clone(),
        clone().entries.map((e) => e.entry),
        ed25519NoteSigner(run.config.origin, seed, publicKeyFromSeed(seed)),
        run.config.origin,
      );
      expect(failures(b).find((x) => x.id === 'checkpoint')?.code).to.equal('unknown_key');
    });

    describe('a checkpoint the reader saw before', () => {
      const rollback = (b: unknown, t: TrustPolicy) =>
        verifyBundle(b, t).checks.find((x) => x.id === 'rollback');
      let latest: string;
      let proof: string[];

      before(async () => {
        await c.ok(
          'custody.event',
          {
            item: STORY.image,
            type: 'annotated',
            text: 'moves the log on',
            prev: await c.prev(STORY.image, 'de-ca'),
            occurredAt: now(),
          },
          'de-ca',
        );
        latest = (await httpGet(run.base, '/log/checkpoint')).text;
        const from = Number(bundle.checkpoint.split('\n')[1]);
        const to = Number(latest.split('\n')[1]);
        proof = (
          (await httpGet(run.base, `/v1/proofs/consistency?from=${from}&to=${to}`)).json() as {
            proof: string[];
          }
        ).proof;
      });

      it('raises no alarm, offline, when the known checkpoint is newer: it says nothing is proven', () => {
        expect(failures(bundle, { ...trust, knownCheckpoint: latest })).to.deep.equal([]);
        const r = rollback(bundle, { ...trust, knownCheckpoint: latest });
        expect(r).to.include({ status: 'info', code: 'consistency_unproven' });
        expect(r?.detail).to.match(/proves nothing.*--online/);
      });

      it('passes when the log proves the two checkpoints are one history', () => {
        const t = { ...trust, knownCheckpoint: latest, consistencyProof: proof };
        expect(failures(bundle, t)).to.deep.equal([]);
        expect(rollback(bundle, t)?.status).to.equal('pass');
      });

      it('fails on a consistency proof that does not lead to both roots', () => {
        const bad = [...proof];
        bad[0] = toBase64(new Uint8Array(32).fill(7));
        const t = { ...trust, knownCheckpoint: latest, consistencyProof: bad };
        expect(rollback(bundle, t)).to.include({ status: 'fail', code: 'forked' });
      });

      it('fails on another root for the same tree size, signed by the log: a fork', () => {
        // The same entries but one, whose leaf the log swapped: same size, another root.
        const forked = relog(
          clone(),
          clone()
            .entries.map((e) => e.entry)
            .filter((e) => e.index !== 1),
          logSigner,
          run.config.origin,
        );
        const same = Number(forked.checkpoint.split('\n')[1]);
        const genuine = relog(
          clone(),
          clone().entries.map((e) => e.entry),
          logSigner,
          run.config.origin,
        );
        expect(Number(genuine.checkpoint.split('\n')[1])).to.equal(same);
        expect(rollback(forked, { ...trust, knownCheckpoint: genuine.checkpoint })).to.include({
          status: 'fail',
          code: 'forked',
        });
      });

      it('passes on the very checkpoint of the bundle', () => {
        expect(rollback(bundle, { ...trust, knownCheckpoint: bundle.checkpoint })?.status).to.equal('pass');
      });

      it('fails on a known checkpoint that is not signed by the log', () => {
        const b = clone();
        const tampered = latest.replace(/^(.*\n)(\d+)/, (_m, o) => `${o}3`);
        expect(rollback(b, { ...trust, knownCheckpoint: tampered })?.status).to.equal('fail');
      });
    });

    /** The bundle's entries with a revocation of fr-lab's key by `by`, and `after` entries, appended and re-logged. */
    const withRevocation = (payload: Record<string, unknown>, by = 'admin') => {
      const entries = clone().entries.map((e) => e.entry);
      const labHead = entries
        .filter(
          (e) =>
            JSON.stringify(e).includes('"fr-lab"') &&
            (e.kind === 'actor.registered' || e.kind === 'key.rotated'),
        )
        .at(-1)!;
      const last = entries.at(-1)!;
      const seed = by === 'admin' ? run.admin.seed : c.cast.get(by).seed;
      const revoke = signDraft(
        'key.revoked',
        { actor: 'fr-lab', publicKey: c.cast.get('fr-lab').publicKey, prev: leafOf(labHead), ...payload },
        { actor: by === 'admin' ? 'admin' : c.cast.get(by).id, seed },
      );
      return [
        ...entries,
        {
          ...revoke,
          index: (last.index as number) + 1,
          loggedAt: new Date(Date.parse(last.loggedAt as string) + 1000).toISOString(),
        },
      ];
    };
    const examinedEntry = () =>
      clone()
        .entries.map((e) => e.entry)
        .find((e) => (e.payload as { type?: string }).type === 'examined')!;

    it('keeps an entry logged before a backdated revocation verifying, and says it was signed with a key later declared compromised', () => {
      const examined = examinedEntry();
      const forged = withRevocation({
        reason: 'compromised',
        effectiveAt: new Date(Date.parse(examined.loggedAt as string) - 1000).toISOString(),
        note: 'the lab workstation was found compromised',
      });
      const result = verifyBundle(relog(clone(), forged, logSigner, run.config.origin), trust);
      expect(result.checks.filter((x) => x.status === 'fail')).to.deep.equal([]);
      expect(result.verdict).to.equal('verified');
      const note = result.keyNotes.find((n) => n.entry === examined.index)!;
      expect(note).to.include({
        kind: 'compromised-later',
        actor: 'fr-lab',
        declaredBy: 'admin',
        reason: 'compromised',
      });
      expect(note.text).to.match(/later declared compromised as of .* declared by admin on /);
      const warning = result.checks.find(
        (x) => x.code === 'key_compromised_later' && x.entry === examined.index,
      );
      expect(warning?.status).to.equal('warn');
    });

    it('fails an entry signed with a key after its revocation was recorded', () => {
      const forged = withRevocation({ reason: 'compromised', effectiveAt: new Date().toISOString() });
      const last = forged.at(-1)!;
      const lab = c.cast.get('fr-lab');
      const itemHead = forged.filter((e) => (e.payload as { item?: string }).item === STORY.image).at(-1)!;
      const late = signDraft(
        'custody.event',
        {
          item: STORY.image,
          type: 'annotated',
          text: 'after my key was revoked',
          prev: leafOf(itemHead),
          occurredAt: now(),
        },
        { actor: lab.id, seed: lab.seed },
      );
      forged.push({
        ...late,
        index: (last.index as number) + 1,
        loggedAt: new Date(Date.parse(last.loggedAt as string) + 1000).toISOString(),
      });
      const f = failures(relog(clone(), forged, logSigner, run.config.origin));
      expect(f.find((x) => x.entry === (last.index as number) + 1)?.code).to.equal('key_revoked');
    });

    it('detects an event by a non-custodian forged with a valid key', () => {
      const entries = clone().entries.map((e) => e.entry);
      const last = entries.at(-1)!;
      const lab = c.cast.get('fr-lab');
      const draft = signDraft(
        'custody.event',
        {
          item: STORY.image,
          type: 'destroyed',
          method: 'wiped',
          authorisation: 'none',
          prev: leafOf(last),
          occurredAt: new Date(Date.parse(last.loggedAt as string) + 500).toISOString(),
        },
        { actor: lab.id, seed: lab.seed },
      );
      const forged = [
        ...entries,
        {
          ...draft,
          index: (last.index as number) + 1,
          loggedAt: new Date(Date.parse(last.loggedAt as string) + 1000).toISOString(),
        },
      ];
      const f = failures(relog(clone(), forged, logSigner, run.config.origin));
      expect(f.map((x) => [x.id, x.code])).to.deep.equal([
        ['rules', 'not_custodian'],
        ['rules', undefined],
      ]);
    });

    it('detects a digest mismatch hidden in a derivative', () => {
      const entries = clone().entries.map((e) => e.entry);
      const k = entries.findLastIndex((e) => (e.payload as { type?: string }).type === 'received');
      const received = entries[k]!;
      const de = c.cast.get('de-ca');
      const payload = {
        ...(received.payload as Record<string, unknown>),
        digests: { sha256: digestOf('other bytes') },
        result: 'match',
      };
      entries[k] = {
        ...signDraft('custody.event', payload, { actor: de.id, seed: de.seed }),
        index: received.index,
        loggedAt: received.loggedAt,
      };
      const f = failures(relog(clone(), entries, logSigner, run.config.origin));
      expect(f.find((x) => x.id === 'rules')?.code).to.equal('digest_result_false');
    });
  });
});

function leafOf(entry: Record<string, unknown>): string {
  return toBase64(hashLeaf(canonicalBytes(entry)));
}
