import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { sumLine } from '../../src/cli/file-digests.ts';
import { CUSTOS_BIN, runCli } from '../support/cli-runner.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('custos hash', function () {
  this.timeout(120_000);
  let dir: string;
  const files: Record<string, string> = {};

  before(async () => {
    dir = await tempDir('custos-hash');
    files.empty = join(dir, 'empty.bin');
    files.one = join(dir, 'one byte.bin');
    files.mib = join(dir, 'one-mib.bin');
    files.sparse = join(dir, 'sparse-2gib.img');
    await writeFile(files.empty, new Uint8Array(0));
    await writeFile(files.one, Uint8Array.of(0x61));
    await writeFile(files.mib, randomBytes(2 ** 20));
    await writeFile(files.sparse, '');
    await truncate(files.sparse, 2 * 2 ** 30);
  });

  after(removeTempDirs);

  it('prints exactly what sha256sum prints, for 0 B, 1 B, 1 MiB and a sparse 2 GiB file', async () => {
    const paths = [files.empty!, files.one!, files.mib!, files.sparse!];
    const ours = await runCli(['hash', ...paths]);
    expect(ours.code, ours.stderr).to.equal(0);
    const theirs = execFileSync('sha256sum', paths, { encoding: 'utf8' });
    expect(ours.stdout).to.equal(theirs);
  });

  it('prints what sha512sum prints with --sha512', async () => {
    const ours = await runCli(['hash', '--sha512', files.one!, files.mib!]);
    expect(ours.stdout).to.equal(execFileSync('sha512sum', [files.one!, files.mib!], { encoding: 'utf8' }));
  });

  it('walks directories in sorted order and prints JSON objects with an id on --json', async () => {
    const res = await runCli(['--json', 'hash', dir]);
    const rows = res.json<{ id: string; sha256: string; size: number }[]>();
    expect(rows.map((r) => r.id)).to.deep.equal([files.empty, files.one, files.mib, files.sparse].sort());
    expect(rows.find((r) => r.id === files.one)?.size).to.equal(1);
  });

  it('escapes names as sha256sum does', () => {
    expect(sumLine('ab', 'a\\b\nc')).to.equal('\\ab  a\\\\b\\nc');
  });

  it('draws a progress bar under a terminal and none when piped', async () => {
    const piped = await runCli(['hash', files.sparse!]);
    expect(piped.stderr).to.equal('');
    // `script` gives the command a pseudo-terminal, as an interactive shell would.
    const tty = execFileSync(
      'script',
      ['-qec', `${process.execPath} ${CUSTOS_BIN} hash '${files.sparse}'`, '/dev/null'],
      { encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } },
    );
    expect(tty).to.match(/MiB\/s/);
    expect(tty).to.match(/ETA/);
  });

  it('fails with exit code 6 and one line on an unreadable file', async () => {
    const res = await runCli(['hash', join(dir, 'does-not-exist')]);
    expect(res.code).to.equal(6);
    expect(res.stderr.trim().split('\n')).to.have.length(1);
    expect(res.stdout).to.equal('');
  });
});
