/**
 * A log pinned on first use (`custos checkpoint` against a new log) is not
 * one the reader confirmed: `custos verify` refuses it and tells the reader to "pin it with
 * `custos trust add <key>`", and the other logs' parts of a multi-log bundle are checked only
 * against explicit pins. Running that command with the very key pinned must confirm the pin.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { formatVerifierKey, SIG_TYPE_ED25519 } from '../../src/core/log/note.ts';
import { runCli } from '../support/cli-runner.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('custos trust add confirms a key pinned on first use', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('turns the first-use pin of that same key into an explicit one', async () => {
    const dir = await tempDir('custos-trust-confirm');
    const origin = 'custos.justice.gov.az/log';
    const key = formatVerifierKey(origin, SIG_TYPE_ED25519, publicKeyFromSeed(randomSeed()));
    const store = {
      format: 'custos-trust/v1',
      logs: {
        [origin]: {
          verifierKey: key,
          pinned: 'first-use',
          pinnedAt: '2026-12-03T08:00:00.000Z',
          url: 'https://custos.justice.gov.az',
        },
      },
    };
    await writeFile(join(dir, 'trust.json'), JSON.stringify(store), { mode: 0o600 });
    const env = { CUSTOS_CONFIG: join(dir, 'config.json') };
    const added = await runCli(['trust', 'add', key], env);
    expect(added.code, added.stderr).to.equal(0);
    const shown = await runCli(['--json', 'trust', 'show', origin], env);
    expect(shown.code, shown.stderr).to.equal(0);
    expect(shown.json<{ pinned: string }>().pinned).to.equal('explicit');
  });
});
