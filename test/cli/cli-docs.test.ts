/**
 * docs/cli.md's session, run as written: the shell block is extracted and executed by bash in
 * an empty folder against a real server, with `npx custos` being this repository's CLI (what
 * `npx custos` resolves to inside the repository). Only the service URL is replaced, by the
 * test server's. If the docs drift from the CLI, this fails on the line that drifted.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { CUSTOS_BIN } from '../support/cli-runner.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);
const DOC = new URL('../../docs/cli.md', import.meta.url);

/** The fenced sh block that follows a heading of docs/cli.md. */
async function shellBlockAfter(heading: string): Promise<string> {
  const text = await readFile(DOC, 'utf8');
  const at = text.indexOf(`\n${heading}\n`);
  expect(at, `docs/cli.md has no heading ${heading}`).to.be.greaterThan(-1);
  const block = /```sh\n([\s\S]*?)\n```/.exec(text.slice(at));
  expect(block, `no sh block after ${heading}`).to.not.equal(null);
  return block![1]!;
}

describe('docs/cli.md, run as written', function () {
  this.timeout(300_000);
  let svc: RunningService;
  let dir: string;

  before(async () => {
    svc = await startService();
    dir = await tempDir('custos-docs');
  });

  after(async () => {
    await svc.service.close();
    await removeTempDirs();
  });

  it('plays the full investigator session, down to the court verifying the copy', async () => {
    const work = join(dir, 'work');
    const home = join(dir, 'home');
    await mkdir(join(work, 'keys'), { recursive: true });
    await mkdir(join(work, 'lab'), { recursive: true });
    await mkdir(home, { recursive: true });
    // What the operator hands over, and the evidence on the investigator's disk.
    await copyFile(join(svc.config.keysDir, 'admin.key'), join(work, 'keys', 'admin.key'));
    await copyFile(join(svc.config.keysDir, 'log.vkey'), join(work, 'log.vkey'));
    const phone = Buffer.from('a phone extraction, '.repeat(5000));
    await writeFile(join(work, 'phone.bin'), phone);
    await writeFile(join(work, 'lab', 'phone.bin'), phone);
    await writeFile(join(work, 'image.E01'), Buffer.from('the forensic image, '.repeat(4000)));

    const session = (await shellBlockAfter('## A full investigator session')).replaceAll(
      'https://custos.example.gouv.fr',
      svc.base,
    );
    expect(session).to.include(svc.base);
    const script = [
      'set -euo pipefail',
      `npx() { if [ "$1" = custos ]; then shift; node ${JSON.stringify(CUSTOS_BIN)} "$@"; else command npx "$@"; fi; }`,
      'set -x',
      session,
    ].join('\n');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
    };
    const out = await run('bash', ['-c', script], { cwd: work, env, maxBuffer: 16 * 2 ** 20 }).catch(
      (e: { stdout: string; stderr: string; code: number }) => {
        throw new Error(
          `the session stopped (exit ${e.code}):\n${e.stderr.slice(-3000)}\n${e.stdout.slice(-2000)}`,
        );
      },
    );
    expect(out.stdout).to.match(/VERIFIED: the history of fr-ofac-martin~phone-7 checks out/);
    expect(out.stdout).to.match(
      /FILE: image\.E01 has the registered SHA-256 of item fr-lab-roux~phone-7-img/,
    );
    expect(out.stdout).to.match(/entry 4 is included in /);
    // The correction names entry 4 by its leaf hash, which the CLI looked up from the number.
    expect(out.stdout).to.match(/annotated recorded on fr-ofac-martin~phone-7/);
    expect(out.stdout).to.match(
      /fr-criminal-10y: .*items filed after entry \d+ are kept 3653 days from registration; an item filed earlier keeps any longer period the category had since/,
    );
    // Ten years on, the phone's retention has run; its copy, made before it was filed, has none.
    expect(out.stdout).to.match(/1 item due for review as of 2037-01-01T00:00:00\.000Z/);
    // The CASE/UCO export: the custody actions of the phone and its copy, as JSON-LD.
    const exported = JSON.parse(await readFile(join(work, 'case', 'phone-7', 'case.jsonld'), 'utf8')) as {
      '@graph': { '@type': string; 'uco-core:name'?: string }[];
    };
    const actions = exported['@graph'].filter((n) => n['@type'] === 'case-investigation:InvestigativeAction');
    expect(actions.map((a) => a['uco-core:name'])).to.include.members([
      'seized',
      'sealed',
      'acquired',
      'retention-set',
    ]);
  });
});
