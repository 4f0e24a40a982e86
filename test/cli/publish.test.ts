import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { equalBytes, fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { hashLeaf } from '../../src/core/log/merkle.ts';
import { noteVerifierFromKey } from '../../src/core/log/note.ts';
import { verifyConsistency, verifyInclusion } from '../../src/core/log/proof-verify.ts';
import { TileHashes } from '../../src/core/log/tile-proofs.ts';
import { decodeEntryBundle, formatTilePath } from '../../src/core/log/tiles.ts';
import { CUSTOS_BIN, runCli } from '../support/cli-runner.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { serveDirectory } from '../support/static-files.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('custos publish: tiles as plain files for mirrors and caches', function () {
  this.timeout(120_000);
  let run: RunningService;
  let dir: string;
  const leafHashes = new Map<number, string>();

  before(async () => {
    run = await startService({ rateLimit: 0 });
    dir = await tempDir('custos-publish');
  });
  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  const env = () => ({
    CUSTOS_URL: run.base,
    CUSTOS_ACTOR: 'admin',
    CUSTOS_KEY: join(run.config.keysDir, 'admin.key'),
    CUSTOS_CONFIG: join(dir, 'config.json'),
  });

  async function register(count: number, prefix: string): Promise<void> {
    const entries = Array.from({ length: count }, (_, i) =>
      signDraft(
        'actor.registered',
        {
          id: `${prefix}-${i}`,
          name: `${prefix} ${i}`,
          organisation: 'Mirror unit',
          state: 'FR',
          roles: ['investigator'],
          publicKey: toBase64(publicKeyFromSeed(randomSeed())),
        },
        { actor: run.admin.id, seed: run.admin.seed },
      ),
    );
    const res = await fetch(`${run.base}/v1/entries/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ entries }),
    });
    const { results } = (await res.json()) as { results: { index: number; leafHash: string }[] };
    for (const r of results) leafHashes.set(r.index, r.leafHash);
  }

  /** Everything a mirror's reader needs: its checkpoint, verified, and proofs from its tiles. */
  async function readMirror(base: string) {
    const vkey = (await readFile(join(run.config.keysDir, 'log.vkey'), 'utf8')).trim();
    const note = await fetch(`${base}/checkpoint`).then((r) => r.text());
    const { checkpoint } = openCheckpoint(note, noteVerifierFromKey(vkey));
    const tiles = new TileHashes(checkpoint.size, async (t) => {
      const res = await fetch(`${base}/tile/${formatTilePath(t)}`);
      if (res.status !== 200) throw new Error(`tile ${formatTilePath(t)}: ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    });
    return { checkpoint, tiles };
  }

  it('publishes checkpoint and hash tiles (no entries unless asked); a static server serves them and proofs verify from them alone', async () => {
    await register(300, 'mirror-a');
    const out = join(dir, 'site');
    const cli = await runCli(['--json', 'publish', '--to', out], env());
    expect(cli.code, cli.stderr).to.equal(0);
    expect(existsSync(join(out, 'tile', 'entries'))).to.equal(false);
    const site = await serveDirectory(out);
    try {
      const { checkpoint, tiles } = await readMirror(site.base);
      expect(checkpoint.size).to.equal(cli.json<{ treeSize: number }>().treeSize);
      expect(equalBytes(await tiles.root(), checkpoint.rootHash)).to.equal(true);
      for (const index of [1, 255, 256, 299, checkpoint.size - 1]) {
        const leaf = fromBase64(leafHashes.get(index)!);
        verifyInclusion(leaf, index, checkpoint.size, await tiles.inclusionProof(index), checkpoint.rootHash);
      }
      // A hash altered on the mirror makes every proof through it fail.
      const path = join(out, 'tile', '0', '000');
      const original = await readFile(path);
      const altered = Buffer.from(original);
      altered[5]! ^= 1; // leaf 0's hash: the first hash of leaf 1's proof
      await writeFile(path, altered);
      const tampered = await readMirror(site.base);
      const proof = await tampered.tiles.inclusionProof(1);
      expect(() =>
        verifyInclusion(fromBase64(leafHashes.get(1)!), 1, checkpoint.size, proof, checkpoint.rootHash),
      ).to.throw();
      await writeFile(path, original);
    } finally {
      await site.close();
    }
  });

  it('keeps a mirror current with --follow: consistency from the old checkpoint verifies from tiles, and entry bundles come only with --entries', async () => {
    const out = join(dir, 'site');
    const site = await serveDirectory(out);
    const before = await readMirror(site.base);
    const follower = spawn(
      process.execPath,
      [CUSTOS_BIN, 'publish', '--to', out, '--follow', '--interval', '0.2', '--entries'],
      { env: { ...process.env, NODE_OPTIONS: '', ...env() }, stdio: 'ignore' },
    );
    try {
      await register(300, 'mirror-b');
      const target = run.service.ledger.log.head().checkpoint.size;
      for (let waited = 0; ; waited += 100) {
        const note = await fetch(`${site.base}/checkpoint`).then((r) => r.text());
        if (note.includes(`\n${target}\n`)) break;
        if (waited > 30_000) throw new Error('the mirror did not follow the log');
        await new Promise((r) => setTimeout(r, 100));
      }
      const after = await readMirror(site.base);
      verifyConsistency(
        before.checkpoint.size,
        after.checkpoint.size,
        await after.tiles.consistencyProof(before.checkpoint.size),
        before.checkpoint.rootHash,
        after.checkpoint.rootHash,
      );
      const bundle = await fetch(`${site.base}/tile/entries/002.p/${target - 512}`);
      expect(bundle.status).to.equal(200);
      const entries = decodeEntryBundle(new Uint8Array(await bundle.arrayBuffer()));
      entries.forEach((entry, k) => {
        expect(toBase64(hashLeaf(entry))).to.equal(leafHashes.get(512 + k));
      });
    } finally {
      follower.kill('SIGTERM');
      await site.close();
    }
  });
});
