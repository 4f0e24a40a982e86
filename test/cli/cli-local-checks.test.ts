/**
 * Command-line values are checked by the CLI with the server's own schemas before anything is
 * sent: the service URL here is a closed port, so a value that reached the network would exit
 * 5, not 2. And the messages tell a person what to fix.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { runCli } from '../support/cli-runner.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('the CLI checks its command line before sending anything', function () {
  this.timeout(120_000);
  let dir: string;
  let env: Record<string, string>;
  let publicKey: string;

  before(async () => {
    dir = await tempDir('custos-local');
    env = {
      CUSTOS_URL: 'http://127.0.0.1:9',
      CUSTOS_ACTOR: 'fr-inv',
      CUSTOS_KEY: join(dir, 'fr-inv.key'),
      CUSTOS_CONFIG: join(dir, 'config.json'),
    };
    const made = await runCli(['--json', 'keygen', '--id', 'fr-inv', '--out', join(dir, 'fr-inv.key')], env);
    expect(made.code, made.stderr).to.equal(0);
    publicKey = made.json<{ publicKey: string }>().publicKey;
  });

  after(removeTempDirs);

  const refused = async (args: string[], option: RegExp) => {
    const r = await runCli(args, env);
    expect(r.code, r.stderr).to.equal(EXIT.usage);
    expect(r.stderr).to.match(option);
    expect(r.stderr).to.match(/nothing was sent/);
    expect(r.stderr.trim().split('\n')).to.have.length(1);
    return r.stderr;
  };

  it('refuses a time without offset, naming --occurred-at and the expected form', async () => {
    const msg = await refused(
      ['seal', 'fr-inv~phone', '--seal', 'S-1', '--occurred-at', '2026-12-01 15:00'],
      /--occurred-at "2026-12-01 15:00": must be an RFC 3339 date-time with offset/,
    );
    expect(msg).to.include('2026-11-23T14:05:00+01:00');
  });

  it('refuses a country code that is not ISO 3166-1 alpha-2, naming --state', async () => {
    await refused(
      [
        'actor',
        'add',
        'az-x',
        '--name',
        'N',
        '--organisation',
        'O',
        '--state',
        'AZE',
        '--role',
        'investigator',
        '--public-key',
        publicKey,
      ],
      /--state "AZE": must be an ISO 3166-1 alpha-2 code/,
    );
  });

  it('refuses a misspelt role, naming --role', async () => {
    await refused(
      [
        'actor',
        'add',
        'az-x',
        '--name',
        'N',
        '--organisation',
        'O',
        '--state',
        'AZ',
        '--role',
        'investigater',
        '--public-key',
        publicKey,
      ],
      /--role .*investigater/,
    );
  });

  it('keygen applies the id rule of registration, and says the letters must be ASCII', async () => {
    const out = join(dir, 'mammadov.key');
    const r = await runCli(['keygen', '--id', 'az-kmi-məmmədov', '--out', out], env);
    expect(r.code).to.equal(EXIT.usage);
    expect(r.stderr).to.match(
      /--id "az-kmi-məmmədov": must be 1–64 ASCII characters: letters A–Z or a–z \(no accents\)/,
    );
    const exists = await access(out).then(
      () => true,
      () => false,
    );
    expect(exists, 'no key is written for an id that registration would refuse').to.equal(false);
  });

  describe('login', () => {
    let svc: RunningService;
    before(async () => {
      svc = await startService();
    });
    after(async () => svc.service.close());

    it('tells a person with a mistyped actor id what to check', async () => {
      const r = await runCli(['login'], {
        CUSTOS_URL: svc.base,
        CUSTOS_ACTOR: 'admn',
        CUSTOS_KEY: join(svc.config.keysDir, 'admin.key'),
        CUSTOS_CONFIG: join(dir, 'login.json'),
      });
      expect(r.code).to.equal(EXIT.refused);
      expect(r.stderr).to.match(/login refused for actor "admn"/);
      expect(r.stderr).to.match(
        /exactly the id the administrator registered for you \(case matters; it comes from CUSTOS_ACTOR\)/,
      );
      expect(r.stderr).to.match(/admin\.key \(from CUSTOS_KEY\) is the private key/);
    });
  });
});
