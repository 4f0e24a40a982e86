import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { derivedItemId } from '../../src/cli/register-dir.ts';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64, toHex } from '../../src/core/encoding.ts';
import { parseEntry, signDraft } from '../../src/core/ledger/entry.ts';
import { writePrivateKeyFile } from '../../src/keyring/key-files.ts';
import { CUSTOS_BIN, runCli } from '../support/cli-runner.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const FILES = 10_000;
const GIB2 = 2 * 1024 ** 3;

describe('custos evidence register-dir: a whole extraction, in batches, resumable', function () {
  this.timeout(600_000);
  let run: RunningService;
  let dir: string;
  let env: Record<string, string>;

  before(async () => {
    run = await startService({ rateLimit: 0 });
    dir = await tempDir('custos-extraction');
    const seed = randomSeed();
    const keyFile = join(dir, 'lab.key');
    await writePrivateKeyFile(keyFile, { seed, publicKey: publicKeyFromSeed(seed) });
    const submit = async (
      kind: Parameters<typeof signDraft>[0],
      payload: Record<string, unknown>,
      as: { actor: string; seed: Uint8Array },
    ) => {
      const res = await fetch(`${run.base}/v1/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(signDraft(kind, payload, as)),
      });
      expect(res.status, await res.clone().text()).to.equal(201);
    };
    const lab = { actor: 'lab-1', seed };
    await submit(
      'actor.registered',
      {
        id: 'lab-1',
        name: 'Lab one',
        organisation: 'Forensic lab',
        state: 'FR',
        roles: ['investigator'],
        publicKey: toBase64(publicKeyFromSeed(seed)),
      },
      { actor: run.admin.id, seed: run.admin.seed },
    );
    const now = new Date().toISOString();
    await submit(
      'case.opened',
      {
        id: 'lab-1~lab-case',
        reference: 'LAB-1',
        title: 'Extraction',
        offence: { description: 'test' },
        openedAt: now,
      },
      lab,
    );
    for (const id of ['lab-1~phone-x', 'lab-1~disk-y'])
      await submit(
        'evidence.registered',
        {
          id,
          case: 'lab-1~lab-case',
          description: `${id} extraction`,
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: toHex(new Uint8Array(32)) },
          origin: { method: 'seizure' },
          collectedBy: 'lab-1',
          collectedAt: now,
        },
        lab,
      );
    env = {
      CUSTOS_URL: run.base,
      CUSTOS_ACTOR: 'lab-1',
      CUSTOS_KEY: keyFile,
      CUSTOS_CONFIG: join(dir, 'config.json'),
    };
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  /** Every evidence.registered entry in the log deriving from `parent`, by item id. */
  async function registeredFrom(
    parent: string,
  ): Promise<Map<string, { count: number; sha256: string; sha512: string; size: number; path: string }>> {
    const store = run.service.ledger.log.store;
    const size = run.service.ledger.log.head().checkpoint.size;
    const out = new Map<
      string,
      { count: number; sha256: string; sha512: string; size: number; path: string }
    >();
    for (let i = 0; i < size; i += 5000) {
      for (const bytes of await store.readEntries(i, Math.min(size, i + 5000))) {
        const e = parseEntry(bytes);
        if (e.kind !== 'evidence.registered' || e.payload.origin.parent !== parent) continue;
        const seen = out.get(e.payload.id);
        out.set(e.payload.id, {
          count: (seen?.count ?? 0) + 1,
          sha256: e.payload.digests.sha256!,
          sha512: e.payload.digests.sha512!,
          size: e.payload.size,
          path: e.payload.description,
        });
      }
    }
    return out;
  }

  it(`registers ${FILES.toLocaleString('en')} small files with their digests, and resumes after a SIGKILL without registering any twice`, async () => {
    const tree = join(dir, 'phone-x');
    const expected = new Map<string, { sha256: string; sha512: string; size: number }>();
    for (let d = 0; d < 100; d++) {
      await mkdir(join(tree, `d${d}`), { recursive: true });
      await Promise.all(
        Array.from({ length: FILES / 100 }, async (_, f) => {
          const name = join(`d${d}`, `f${f}.bin`);
          const bytes = Buffer.from(`file ${d}/${f} ${'x'.repeat((d * 7 + f) % 300)}`);
          await writeFile(join(tree, name), bytes);
          expected.set(name, {
            sha256: createHash('sha256').update(bytes).digest('hex'),
            sha512: createHash('sha512').update(bytes).digest('hex'),
            size: bytes.length,
          });
        }),
      );
    }
    const journal = join(dir, 'phone-x.journal');
    const args = [
      '--json',
      'evidence',
      'register-dir',
      tree,
      '--case',
      'lab-1~lab-case',
      '--parent',
      'lab-1~phone-x',
      '--journal',
      journal,
    ];

    // First run: killed once part of it is registered.
    const child: ChildProcess = spawn(process.execPath, [CUSTOS_BIN, ...args], {
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.once('exit', r));
    for (;;) {
      const registered =
        (await readFile(journal, 'utf8').catch(() => '')).split('"t":"registered"').length - 1;
      if (registered >= 2000) break;
      if (child.exitCode !== null) throw new Error('the first run ended before it could be interrupted');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = await registeredFrom('lab-1~phone-x');
    expect(partial.size).to.be.within(2000, FILES - 1);

    const resumed = await runCli(args, env);
    expect(resumed.code, resumed.stderr).to.equal(0);
    const summary = resumed.json<{ files: number; hashed: number; registered: number; failed: unknown[] }>();
    expect(summary).to.deep.include({ files: FILES, failed: [] });
    expect(summary.hashed).to.be.below(FILES);
    expect(summary.registered).to.be.below(FILES);

    const logged = await registeredFrom('lab-1~phone-x');
    expect(logged.size).to.equal(FILES);
    for (const [name, want] of expected) {
      const got = logged.get(derivedItemId('lab-1', 'lab-1~phone-x', name));
      expect(got, name).to.deep.equal({ count: 1, ...want, path: name });
    }
    // Run again: nothing left to do, nothing sent twice.
    const again = await runCli(args, env);
    expect(again.json<{ hashed: number; registered: number }>()).to.deep.include({
      hashed: 0,
      registered: 0,
    });
  });

  it('streams a 2 GiB file (sparse) and registers it with the digests of its content', async () => {
    const tree = join(dir, 'disk-y');
    await mkdir(tree);
    const file = await open(join(tree, 'image.raw'), 'w');
    await file.truncate(GIB2);
    await file.close();
    const want256 = createHash('sha256');
    const want512 = createHash('sha512');
    const zeros = Buffer.alloc(16 * 1024 ** 2);
    for (let n = 0; n < GIB2; n += zeros.length) {
      want256.update(zeros);
      want512.update(zeros);
    }
    const cli = await runCli(
      ['--json', 'evidence', 'register-dir', tree, '--case', 'lab-1~lab-case', '--parent', 'lab-1~disk-y'],
      env,
    );
    expect(cli.code, cli.stderr).to.equal(0);
    const [item] = [...(await registeredFrom('lab-1~disk-y')).values()];
    expect(item).to.deep.equal({
      count: 1,
      size: GIB2,
      sha256: want256.digest('hex'),
      sha512: want512.digest('hex'),
      path: 'image.raw',
    });
  });
});
