import { join } from 'node:path';
import { expect } from 'chai';
import { CustosClient } from '../../src/client/custos-client.ts';
import { publicKeyFromSeed, randomSeed } from '../../src/core/ed25519.ts';
import { toBase64, toHex } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { hashLeaf } from '../../src/core/tlog/merkle.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('graceful shutdown', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('finishes the batch in flight on SIGTERM: every acknowledged event is on disk', async () => {
    const dir = await tempDir('custos-sigterm');
    const server = await startServerProcess(dir);
    const admin = { actor: 'admin', seed: (await readPrivateKeyFile(join(dir, 'keys', 'admin.key'))).seed };
    const setup = new CustosClient(server.url, admin);
    const writers = Array.from({ length: 16 }, (_, i) => ({
      id: `w${i}`,
      seed: randomSeed(),
      item: `item-${i}`,
    }));
    for (const w of writers)
      await setup.submit('actor.registered', {
        id: w.id,
        name: w.id,
        organisation: 'U',
        state: 'FR',
        roles: ['investigator'],
        publicKey: toBase64(publicKeyFromSeed(w.seed)),
      });
    await setup.submit(
      'case.opened',
      {
        id: 'c',
        reference: 'R',
        title: 'T',
        offence: { description: 'd' },
        openedAt: new Date().toISOString(),
      },
      { actor: 'w0', seed: writers[0]!.seed },
    );
    const acknowledged = new Map<number, string>();
    const loops = writers.map(async (w) => {
      const c = new CustosClient(server.url, { actor: w.id, seed: w.seed });
      let prev = (
        await c.submit('evidence.registered', {
          id: w.item,
          case: 'c',
          description: 'd',
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: toHex(new Uint8Array(32)) },
          origin: { method: 'seizure' },
          collectedBy: w.id,
          collectedAt: new Date().toISOString(),
        })
      ).leafHash;
      for (;;) {
        const draft = signDraft(
          'custody.event',
          { item: w.item, type: 'annotated', text: 'x', prev, occurredAt: new Date().toISOString() },
          { actor: w.id, seed: w.seed },
        );
        const res = await fetch(`${server.url}/v1/entries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(draft),
        }).catch(() => undefined);
        if (!res) return;
        const body = (await res.json().catch(() => ({}))) as { index?: number; leafHash?: string };
        if (res.status !== 201) return;
        acknowledged.set(body.index!, body.leafHash!);
        prev = body.leafHash!;
      }
    });
    await new Promise((r) => setTimeout(r, 800));
    server.child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => server.child.once('exit', r));
    await Promise.all(loops);
    expect(code).to.equal(0);
    expect(server.output()).to.match(/finishing appends in flight/);
    expect(acknowledged.size).to.be.greaterThan(20);
    const store = await LevelLogStore.open(join(dir, 'data'));
    let lost = 0;
    for (const [index, leafHash] of acknowledged) {
      const bytes = await store.readEntry(index);
      if (!bytes || toBase64(hashLeaf(bytes)) !== leafHash) lost++;
    }
    await store.close();
    expect(lost).to.equal(0);
  });
});
