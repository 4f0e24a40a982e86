import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { mldsaVerifierFromKey, SIG_TYPE_MLDSA44 } from '../../src/core/log/mldsa-note.ts';
import { parseNote, parseVerifierKey } from '../../src/core/log/note.ts';
import { entryBytes, makeIdentity, openRawLog } from '../support/log-fixture.ts';
import { startService } from '../support/service-fixture.ts';

describe('post-quantum checkpoint signatures (ML-DSA-44 beside Ed25519)', () => {
  it('signs every checkpoint with both keys, and Ed25519-only readers still open them', async () => {
    const identity = makeIdentity(undefined, undefined, { mldsa44: true });
    const { log, store } = await openRawLog(undefined, identity);
    await Promise.all([0, 1, 2].map((i) => log.append(entryBytes(i))));
    await log.append(entryBytes(3));
    const pq = mldsaVerifierFromKey(identity.pqVerifierKey!);
    let seen = 0;
    for await (const cp of store.checkpoints(0, 100)) {
      const opened = openCheckpoint(cp.note, identity.verifier, [pq]);
      expect(opened.note.verifiedBy).to.have.length(2);
      expect(openCheckpoint(cp.note, identity.verifier).checkpoint.size).to.equal(cp.size);
      seen++;
    }
    expect(seen).to.be.greaterThan(2);
    await log.close();
  });

  it('makes its key on first start (0600) and serves its verifier key and signature line', async () => {
    const svc = await startService({ logMldsa44: 'on' });
    try {
      const keyFile = join(svc.config.keysDir, 'log-mldsa44.key');
      expect((await stat(keyFile)).mode & 0o777).to.equal(0o600);
      const vkey = (await (await fetch(`${svc.base}/log/key/mldsa44`)).text()).trim();
      expect(parseVerifierKey(vkey).type).to.equal(SIG_TYPE_MLDSA44);
      const note = await (await fetch(`${svc.base}/log/checkpoint`)).text();
      expect(parseNote(note).signatures).to.have.length(2);
      expect(
        openCheckpoint(note, svc.service.identity.verifier, [mldsaVerifierFromKey(vkey)]).note.verifiedBy,
      ).to.have.length(2);
    } finally {
      await svc.service.close();
    }
    const again = await startService({ logMldsa44: 'off' });
    try {
      expect((await fetch(`${again.base}/log/key/mldsa44`)).status).to.equal(404);
    } finally {
      await again.service.close();
    }
  });
});
