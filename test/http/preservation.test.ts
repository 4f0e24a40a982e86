/**
 * Preservation with teeth through the real service and the offline verifier (issue 16): the
 * server refuses to destroy a copy of a preserved item and writes nothing; the API shows the
 * preservation in force; once released, the copy's destruction is logged and its bundle carries
 * the original's preservation, so the verifier replays the same verdict. A forged destruction
 * under the preservation, logged by a dishonest operator with the log's own key, fails the
 * verifier on that rule.
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

describe('preservation through the service and the verifier', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  let trust: TrustPolicy;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  const event = async (item: string, type: string, fields: Record<string, unknown>) =>
    c.post(
      'custody.event',
      { item, type, prev: await c.prev(item, 'fr-inv'), occurredAt: now(), ...fields },
      'fr-inv',
    );
  const copy = (from: string, id: string) =>
    event(from, 'copied', {
      derivative: {
        id,
        description: 'image',
        mediaType: 'application/octet-stream',
        size: 10,
        digests: { sha256: 'b'.repeat(64) },
      },
      tool: { name: 'dd', version: '9.4' },
      method: 'bit-for-bit image',
    });
  const destroy = (item: string) => event(item, 'destroyed', { method: 'wiped', authorisation: 'order D-1' });
  const preserve = (item: string) =>
    event(item, 'preserved', {
      order: 'PO-7',
      until: now(30 * 24 * 60),
      basis: { instrument: 'ETS-185', article: '16' },
    });

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    await c.register('fr-inv', ['investigator']);
    await c.openCase('fr-inv~c1', 'fr-inv');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('refuses to destroy a copy of a preserved item, writes nothing, and shows the preservation in force', async () => {
    await c.seize('fr-inv~phone', 'fr-inv~c1', 'fr-inv');
    expect((await preserve('fr-inv~phone')).status).to.equal(201);
    expect((await copy('fr-inv~phone', 'fr-inv~image')).status).to.equal(201);
    const before = size();
    const res = await destroy('fr-inv~image');
    expect(res.status, res.text).to.equal(422);
    expect((res.json() as { code: string }).code).to.equal('under_preservation');
    expect(size()).to.equal(before);
    const shown = (await c.get('/v1/items/fr-inv~phone', 'fr-inv')).json() as {
      item: { preservation: { status: string; order: string } };
    };
    expect(shown.item.preservation).to.include({ status: 'in-force', order: 'PO-7' });
  });

  it("lets the copy go once the preservation is released, and the copy's bundle replays it", async () => {
    expect((await event('fr-inv~phone', 'preservation-released', { reason: 'lifted' })).status).to.equal(201);
    expect((await destroy('fr-inv~image')).status).to.equal(201);
    const bundle = (await c.get('/v1/items/fr-inv~image/bundle', 'fr-inv')).json() as Bundle;
    const types = bundle.entries.map((e) => (e.entry.payload as { type?: string }).type);
    expect(types).to.include.members(['preserved', 'preservation-released', 'destroyed']);
    const result = verifyBundle(bundle, trust);
    expect(result.checks.filter((x) => x.status === 'fail')).to.deep.equal([]);
  });

  it('fails, in the verifier, a destruction of a copy that a dishonest log wrote under the preservation', async () => {
    await c.seize('fr-inv~disk', 'fr-inv~c1', 'fr-inv');
    await preserve('fr-inv~disk');
    await copy('fr-inv~disk', 'fr-inv~disk-image');
    const bundle = (await c.get('/v1/items/fr-inv~disk-image/bundle', 'fr-inv')).json() as Bundle;
    expect(verifyBundle(bundle, trust).verdict).to.equal('verified');
    const entries = bundle.entries.map((e) => e.entry);
    const last = entries.at(-1)!;
    const prev = await c.prev('fr-inv~disk-image', 'fr-inv');
    const inv = c.cast.get('fr-inv');
    const draft = signDraft(
      'custody.event',
      {
        item: 'fr-inv~disk-image',
        type: 'destroyed',
        method: 'wiped',
        authorisation: 'none',
        prev,
        occurredAt: now(),
      },
      { actor: inv.id, seed: inv.seed },
    );
    const forged = {
      ...draft,
      index: (last.index as number) + 1,
      loggedAt: new Date(Date.parse(last.loggedAt as string) + 1000).toISOString(),
    };
    const pair = parsePrivateKeyPem(await readFile(join(run.config.keysDir, 'log.key'), 'utf8'));
    const signer = ed25519NoteSigner(run.config.origin, pair.seed, pair.publicKey);
    const result = verifyBundle(relog(bundle, [...entries, forged], signer, run.config.origin), trust);
    expect(result.verdict).to.equal('failed');
    const failed = result.checks.filter((x) => x.status === 'fail' && x.entry !== undefined);
    expect(failed.map((x) => [x.entry, x.code])).to.deep.equal([[forged.index, 'under_preservation']]);
    expect(result.items.find((i) => i.id === 'fr-inv~disk')?.preservation).to.include({
      status: 'in-force',
      order: 'PO-7',
      basis: 'ETS-185 art. 16',
    });
  });
});
