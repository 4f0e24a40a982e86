import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import { submit } from '../../src/cli/events.ts';
import { CliError, EXIT } from '../../src/cli/exit-codes.ts';
import { exitCodeFor } from '../../src/cli/main.ts';
import { CustosClient, ServiceError } from '../../src/client/custos-client.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';
import { openService } from '../../src/service.ts';
import { runCli } from '../support/cli-runner.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('the custos CLI against a live server', function () {
  this.timeout(180_000);
  let run: RunningService;
  let dir: string;
  const env = (actor: string): Record<string, string> => ({
    CUSTOS_URL: run.base,
    CUSTOS_ACTOR: actor,
    CUSTOS_KEY: actor === 'admin' ? join(run.config.keysDir, 'admin.key') : join(dir, `${actor}.key`),
    CUSTOS_CONFIG: join(dir, 'config', `${actor}.json`),
  });
  const as = async (actor: string, ...args: string[]) => {
    const res = await runCli(['--json', ...args], env(actor));
    return res;
  };
  const ok = async (actor: string, ...args: string[]) => {
    const res = await as(actor, ...args);
    expect(res.code, `custos ${args.join(' ')}: ${res.stderr}`).to.equal(0);
    return res;
  };
  const size = () => run.service.ledger.log.head().checkpoint.size;

  before(async () => {
    // The test drives the built CLI, as a user would after `npm run build`.
    execFileSync(
      process.execPath,
      [
        new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname,
        '-p',
        'tsconfig.build.json',
      ],
      {
        cwd: new URL('../..', import.meta.url).pathname,
      },
    );
    run = await startService();
    dir = await tempDir('custos-cli');
    await writeFile(join(dir, 'phone.bin'), randomBytes(300_000));
    await writeFile(join(dir, 'image.bin'), randomBytes(200_000));
    await writeFile(join(dir, 'corrupted-copy.bin'), randomBytes(300_000));
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('plays a custody story from the terminal: keys, actors, evidence, hand-overs, copy, export and verify', async () => {
    // Two agencies: the investigating police and a forensic laboratory.
    for (const [actor, org, role] of [
      ['fr-inv', 'Police nationale – OFAC', 'investigator'],
      ['fr-lab', 'IRCGN', 'examiner'],
    ] as const) {
      const key = await runCli(['--json', 'keygen', '--id', actor, '--out', join(dir, `${actor}.key`)]);
      expect(key.code).to.equal(0);
      const made = key.json<{ id: string; publicKey: string; keyFile: string }>();
      expect(made).to.include({ id: actor, keyFile: join(dir, `${actor}.key`) });
      const added = await ok(
        'admin',
        'actor',
        'add',
        actor,
        '--name',
        actor,
        '--organisation',
        org,
        '--state',
        'FR',
        '--role',
        role,
        '--public-key',
        join(dir, `${actor}.pub`),
      );
      expect(added.json<{ index: number }>().index).to.be.a('number');
    }
    await ok(
      'fr-inv',
      'case',
      'open',
      'c-42',
      '--reference',
      'OFAC/42',
      '--title',
      'Ransomware',
      '--offence',
      'extortion',
    );
    await ok('fr-inv', 'case', 'grant', 'fr-inv~c-42', 'fr-lab', '--reason', 'forensic examination');

    const registered = await ok(
      'fr-inv',
      'evidence',
      'register',
      join(dir, 'phone.bin'),
      '--id',
      'phone-1',
      '--case',
      'fr-inv~c-42',
      '--description',
      'seized phone',
      '--exhibit',
      'PN-1',
    );
    const sums = execFileSync('sha256sum', [join(dir, 'phone.bin')], { encoding: 'utf8' }).split(' ')[0];
    expect(
      registered.json<{ entry: { payload: { digests: { sha256: string } } } }>().entry.payload.digests.sha256,
    ).to.equal(sums);

    await ok('fr-inv', 'seal', 'fr-inv~phone-1', '--seal', 'S-1');
    await ok('fr-inv', 'handover', 'fr-inv~phone-1', '--to', 'fr-lab', '--purpose', 'extraction');
    const matching = await ok('fr-lab', 'receive', 'fr-inv~phone-1', '--file', join(dir, 'phone.bin'));
    expect(matching.json<{ entry: { payload: { result: string } } }>().entry.payload.result).to.equal(
      'match',
    );
    await ok('fr-lab', 'unseal', 'fr-inv~phone-1', '--seal', 'S-1', '--reason', 'extraction');
    await ok(
      'fr-lab',
      'examine',
      'fr-inv~phone-1',
      '--purpose',
      'messages',
      '--tool',
      'Autopsy',
      '--tool-version',
      '4.22.1',
      '--findings',
      'Käufer-Chat',
    );
    await ok(
      'fr-lab',
      'copy',
      'fr-inv~phone-1',
      '--file',
      join(dir, 'image.bin'),
      '--id',
      'phone-1-img',
      '--description',
      'image',
      '--tool',
      'dd',
      '--tool-version',
      '9.4',
      '--method',
      'physical',
    );
    await ok(
      'fr-lab',
      'handover',
      'fr-inv~phone-1',
      '--to',
      'fr-inv',
      '--purpose',
      'return after extraction',
    );
    const mismatching = await ok(
      'fr-inv',
      'receive',
      'fr-inv~phone-1',
      '--file',
      join(dir, 'corrupted-copy.bin'),
    );
    expect(mismatching.json<{ entry: { payload: { result: string } } }>().entry.payload.result).to.equal(
      'mismatch',
    );
    expect(mismatching.stderr).to.match(/does NOT match/);

    const history = await ok('fr-inv', 'history', 'fr-inv~phone-1');
    const entries = history.json<{ id: string; kind: string; payload: { type?: string } }[]>();
    expect(entries.every((e) => typeof e.id === 'string')).to.equal(true);
    expect(entries.map((e) => e.payload.type ?? e.kind)).to.deep.equal([
      'evidence.registered',
      'sealed',
      'handed-over',
      'received',
      'unsealed',
      'examined',
      'copied',
      'handed-over',
      'received',
    ]);
    const found = await ok('fr-inv', 'search', '--case', 'fr-inv~c-42');
    expect(
      found
        .json<{ id: string }[]>()
        .map((i) => i.id)
        .sort(),
    ).to.deep.equal(['fr-inv~phone-1', 'fr-lab~phone-1-img']);

    const out = join(dir, 'court');
    const exported = await ok('fr-inv', 'export', 'fr-inv~phone-1', '--derivatives', '--out', out);
    expect(exported.json<{ verdict: string }>().verdict).to.equal('verified');
    const logKey = (await readFileText(join(run.config.keysDir, 'log.vkey'))).trim();
    for (const file of ['bundle.json', 'report.pdf']) {
      const verified = await runCli([
        '--json',
        'verify',
        join(out, file),
        '--log-key',
        logKey,
        '--file',
        join(dir, 'phone.bin'),
      ]);
      expect(verified.code, verified.stdout + verified.stderr).to.equal(0);
      expect(verified.json<{ verdict: string }>().verdict).to.equal('verified');
    }
    const human = await runCli([
      'verify',
      join(out, 'bundle.json'),
      '--log-key',
      join(run.config.keysDir, 'log.vkey'),
    ]);
    expect(human.code).to.equal(0);
    expect(human.stdout).to.match(/^VERIFIED/);
    expect(human.stdout).to.include('The bundle includes the item’s derivatives');
    const copy = await runCli([
      'verify',
      join(out, 'report.pdf'),
      '--log-key',
      logKey,
      '--file',
      join(dir, 'image.bin'),
    ]);
    expect(copy.code, copy.stdout + copy.stderr).to.equal(0);
    expect(copy.stdout)
      .to.match(/^VERIFIED/)
      .and.match(/FILE: .*image\.bin has the registered SHA-256 of item fr-lab~phone-1-img/);
    const wrongFile = await runCli([
      'verify',
      join(out, 'bundle.json'),
      '--log-key',
      logKey,
      '--file',
      join(dir, 'corrupted-copy.bin'),
    ]);
    expect(wrongFile.code).to.equal(EXIT.notVerified);
    // The history still stands: only the file check fails, and says which items it tried.
    expect(wrongFile.stdout).to.match(/^VERIFIED: the history of fr-inv~phone-1/);
    expect(wrongFile.stdout).to.match(
      /FILE DOES NOT MATCH: .*none of the 2 items in the bundle \(fr-inv~phone-1, fr-lab~phone-1-img\)/,
    );
    expect(wrongFile.stderr).to.match(/corrupted-copy\.bin is none of its items/);
  });

  it('exports reports in the languages --lang names, recorded in the PDF, which still verifies', async () => {
    const out = join(dir, 'court-az');
    const exported = await ok('fr-inv', 'export', 'fr-inv~phone-1', '--lang', 'AZ,en', '--out', out);
    expect(exported.json<{ languages: string[] }>().languages).to.deep.equal(['az', 'en']);
    const html = await readFileText(join(out, 'report.html'));
    expect(html).to.include('<html lang="az" dir="ltr">').and.include('Saxlanma tarixçəsi / Custody history');
    const pdf = await readFileText(join(out, 'report.pdf'));
    expect(pdf).to.include('<custos:languages>az,en</custos:languages>');
    const logKey = join(run.config.keysDir, 'log.vkey');
    const verified = await runCli(['verify', join(out, 'report.pdf'), '--log-key', logKey]);
    expect(verified.code, verified.stdout + verified.stderr).to.equal(0);
  });

  it('shows findings as logged, and times in UTC with the offset the actor recorded', async () => {
    const res = await runCli(['show', 'fr-inv~phone-1'], env('fr-inv'));
    expect(res.code, res.stderr).to.equal(0);
    expect(res.stdout).to.include('findings: Käufer-Chat');
    expect(res.stdout).to.match(/\d{2}:\d{2}:\d{2} UTC/);
    expect(res.stdout).to.not.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?!\.\d*Z)/);
  });

  it('refuses an unknown --lang with exit 2, naming the option, and writes nothing', async () => {
    const res = await as(
      'fr-inv',
      'export',
      'fr-inv~phone-1',
      '--lang',
      'az,xx',
      '--out',
      join(dir, 'never'),
    );
    expect(res.code).to.equal(EXIT.usage);
    expect(res.stderr).to.include('--lang').and.include('"xx"');
    expect(existsSync(join(dir, 'never'))).to.equal(false);
  });

  it('verifies an older report against a newer known checkpoint: no alarm offline, proven --online', async () => {
    const report = join(dir, 'court', 'report.pdf');
    const logKey = join(run.config.keysDir, 'log.vkey');
    await ok('fr-inv', 'annotate', 'fr-inv~phone-1', '--text', 'moves the log past the report');
    const seen = join(dir, 'seen.checkpoint');
    await writeFile(seen, (await ok('fr-inv', 'checkpoint')).json<{ note: string }>().note);
    const offline = await runCli(['verify', report, '--log-key', logKey, '--known-checkpoint', seen]);
    expect(offline.code, offline.stdout + offline.stderr).to.equal(0);
    expect(offline.stdout).to.match(/\[info\] rollback: .*proves nothing either way: verify with --online/);
    const online = await runCli(
      ['verify', report, '--log-key', logKey, '--known-checkpoint', seen, '--online'],
      { CUSTOS_URL: run.base },
    );
    expect(online.code, online.stdout + online.stderr).to.equal(0);
    expect(online.stdout).to.match(/\[ok {2}\] rollback: proven consistent with the checkpoint you saw/);
    const latest = await runCli(['verify', report, '--log-key', logKey, '--online'], {
      CUSTOS_URL: run.base,
    });
    expect(latest.stdout).to.match(/\[ok {2}\] rollback: proven consistent/);
    // A known checkpoint that the log did not sign is refused, not trusted.
    const bundleText = await readFileText(join(dir, 'court', 'bundle.json'));
    const cp = (JSON.parse(bundleText) as { checkpoint: string }).checkpoint;
    const forked = cp.replace(/^(.*\n\d+\n)(.)/, (_m, head, c) => `${head}${c === 'A' ? 'B' : 'A'}`);
    await writeFile(seen, forked);
    const bad = await runCli(['verify', report, '--log-key', logKey, '--known-checkpoint', seen]);
    expect(bad.code).to.equal(EXIT.notVerified);
    expect(bad.stdout).to.match(/\[FAIL\] rollback: the checkpoint you saw before does not verify/);
  });

  it('refuses a bundle that names a member twice, and summarises a flood of failures', async () => {
    const logKey = join(run.config.keysDir, 'log.vkey');
    const text = await readFileText(join(dir, 'court', 'bundle.json'));
    // JSON.parse keeps the last "origin" (the genuine one); another reader would show the first.
    const twice = join(dir, 'twice.json');
    await writeFile(twice, text.replace('"log":{', '"log":{"origin":"forged.example/log",'));
    const refused = await runCli(['verify', twice, '--log-key', logKey]);
    expect(refused.code, refused.stdout + refused.stderr).to.equal(EXIT.notVerified);
    expect(refused.stdout).to.match(/^FAILED/);
    expect(refused.stdout).to.match(
      /\[FAIL\] format: .*twice\.json is refused: member "origin" appears twice in log/,
    );
    const bundle = JSON.parse(text) as { entries: unknown[] };
    const flood = join(dir, 'flood.json');
    bundle.entries.push(...Array(3_000).fill(bundle.entries.at(-1)));
    await writeFile(flood, JSON.stringify(bundle));
    const flooded = await runCli(['verify', flood, '--log-key', logKey]);
    expect(flooded.code).to.equal(EXIT.notVerified);
    const fails = flooded.stdout.split('\n').filter((l) => l.includes('[FAIL]'));
    expect(fails.length).to.be.below(40);
    expect(flooded.stdout).to.match(/\[FAIL\] entries: and 2,990 more failures of this check, not listed/);
  });

  it('logs in again by itself when a server restart forgot its cached token', async () => {
    await ok('fr-inv', 'login');
    const port = Number(new URL(run.base).port);
    await run.service.close();
    const service = await openService({ ...run.config, port });
    await service.listen();
    run = { ...run, service };
    const shown = await ok('fr-inv', 'show', 'fr-inv~phone-1');
    expect(shown.json<{ item: { id: string } }>().item.id).to.equal('fr-inv~phone-1');
  });

  describe('failures are one clear line, a documented exit code, and nothing written', () => {
    it('refuses a command signed with the wrong key (exit 3)', async () => {
      const before = size();
      const res = await runCli(['annotate', 'fr-inv~phone-1', '--text', 'x'], {
        ...env('fr-inv'),
        CUSTOS_KEY: join(dir, 'fr-lab.key'),
      });
      expect(res.code).to.equal(EXIT.refused);
      expect(res.stderr).to.match(/unknown_signer/);
      expect(size()).to.equal(before);
    });

    it('explains a stale prev as a conflict (exit 4)', async () => {
      const key = await readPrivateKeyFile(join(dir, 'fr-inv.key'));
      const client = new CustosClient(run.base, { actor: 'fr-inv', seed: key.seed });
      const { head } = await client.get<{ head: { leafHash: string } }>('/v1/items/fr-inv~phone-1/head');
      await submit(client, 'custody.event', {
        item: 'fr-inv~phone-1',
        type: 'annotated',
        text: 'first',
        prev: head.leafHash,
        occurredAt: new Date().toISOString(),
      });
      const before = size();
      const error = await submit(client, 'custody.event', {
        item: 'fr-inv~phone-1',
        type: 'annotated',
        text: 'second',
        prev: head.leafHash,
        occurredAt: new Date().toISOString(),
      }).catch((e) => e);
      expect(error).to.be.instanceOf(CliError);
      expect(error.exitCode).to.equal(EXIT.conflict);
      expect(error.message).to.match(/another entry was logged first/);
      expect(size()).to.equal(before);
      expect(exitCodeFor(new ServiceError({ status: 409, code: 'duplicate_id', detail: 'x' })).code).to.equal(
        EXIT.conflict,
      );
    });

    it('says when the server is down (exit 5)', async () => {
      const res = await runCli(['show', 'fr-inv~phone-1'], {
        ...env('fr-inv'),
        CUSTOS_URL: 'http://127.0.0.1:9',
      });
      expect(res.code).to.equal(EXIT.unreachable);
      expect(res.stderr).to.match(/cannot reach http:\/\/127\.0\.0\.1:9/);
      expect(res.stderr.trim().split('\n')).to.have.length(1);
    });

    it('refuses a server whose certificate is not valid (exit 5)', async () => {
      const tls = join(dir, 'tls');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ed25519',
          '-nodes',
          '-keyout',
          `${tls}.key`,
          '-out',
          `${tls}.crt`,
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
        ],
        { stdio: 'ignore' },
      );
      const server = createServer(
        { key: await readFileText(`${tls}.key`), cert: await readFileText(`${tls}.crt`) },
        (_q, r) => r.end('{}'),
      );
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      const { port } = server.address() as AddressInfo;
      const res = await runCli(['show', 'fr-inv~phone-1'], {
        ...env('fr-inv'),
        CUSTOS_URL: `https://127.0.0.1:${port}`,
      });
      server.close();
      expect(res.code).to.equal(EXIT.unreachable);
      expect(res.stderr).to.match(/SELF_SIGNED|CERT|certificate/i);
    });

    it('rejects a malformed URL (exit 2)', async () => {
      const res = await runCli(['show', 'fr-inv~phone-1'], { ...env('fr-inv'), CUSTOS_URL: 'not a url' });
      expect(res.code).to.equal(EXIT.usage);
    });

    it('refuses an unreadable evidence file (exit 6) and writes nothing', async () => {
      const before = size();
      const res = await runCli(
        ['evidence', 'register', join(dir, 'missing.bin'), '--case', 'fr-inv~c-42', '--description', 'x'],
        env('fr-inv'),
      );
      expect(res.code).to.equal(EXIT.local);
      expect(res.stderr).to.match(/cannot read .*missing\.bin: ENOENT/);
      expect(size()).to.equal(before);
    });

    it('answers --help with examples, and a usage error with exit 2', async () => {
      const help = await runCli(['evidence', 'register', '--help']);
      expect(help.code).to.equal(0);
      expect(help.stdout).to.match(/Example/);
      expect((await runCli(['seal'])).code).to.equal(EXIT.usage);
    });
  });
});

async function readFileText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
