import { join } from 'node:path';
import { expect } from 'chai';
import { toBase64 } from '../../src/core/encoding.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { nextAnnotation, setUpWriters } from '../support/load-writers.ts';
import { startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('graceful shutdown', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('finishes the batch in flight on SIGTERM: every acknowledged event is on disk', async () => {
    const dir = await tempDir('custos-sigterm');
    const server = await startServerProcess(dir);
    const writers = await setUpWriters(server.url, dir, 16, 'w');
    const acknowledged = new Map<number, string>();
    const loops = writers.map(async (w) => {
      for (;;) {
        const res = await fetch(`${server.url}/v1/entries`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: nextAnnotation(w, 'x'),
        }).catch(() => undefined);
        if (!res) return;
        const body = (await res.json().catch(() => ({}))) as { index?: number; leafHash?: string };
        if (res.status !== 201) return;
        acknowledged.set(body.index!, body.leafHash!);
        w.head = body.leafHash!;
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
