/**
 * A court bundle of one item with many custody events, made by a real service over HTTP, for
 * the verification benchmarks (CLI and browser page).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../src/config/environment.ts';
import { publicKeyFromSeed } from '../src/core/crypto/ed25519.ts';
import { toBase64 } from '../src/core/encoding.ts';
import { readPrivateKeyFile } from '../src/keyring/key-files.ts';
import { openService } from '../src/service.ts';
import { digestOf, LedgerClient, now } from '../test/support/ledger-client.ts';

export interface BenchBundle {
  /** bundle.json on disk. */
  readonly file: string;
  readonly text: string;
  /** The log's verifier key to pin. */
  readonly vkey: string;
  readonly entries: number;
}

/** An item registered and then annotated `events` times, exported as its court bundle. */
export async function makeBenchBundle(dir: string, events: number): Promise<BenchBundle> {
  const config = loadConfig(
    {},
    {
      dataDir: join(dir, 'data'),
      keysDir: join(dir, 'keys'),
      port: 0,
      logLevel: 'silent',
      startupAudit: 'off',
    },
  );
  const service = await openService(config);
  const c = new LedgerClient(await service.listen());
  try {
    const adminSeed = (await readPrivateKeyFile(join(config.keysDir, 'admin.key'))).seed;
    c.cast.members.set('admin', {
      id: 'admin',
      seed: adminSeed,
      publicKey: toBase64(publicKeyFromSeed(adminSeed)),
      roles: ['administrator'],
      state: 'FR',
      organisation: 'x',
    });
    await c.register('inv', ['investigator']);
    await c.ok(
      'case.opened',
      { id: 'inv~c', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: now() },
      'inv',
    );
    let prev = (
      await c.ok(
        'evidence.registered',
        {
          id: 'inv~disk',
          case: 'inv~c',
          description: 'disk',
          mediaType: 'application/octet-stream',
          size: 1,
          digests: { sha256: digestOf('disk') },
          origin: { method: 'seizure' },
          collectedBy: 'inv',
          collectedAt: now(),
        },
        'inv',
      )
    ).leafHash;
    for (let i = 0; i < events; i++)
      prev = (
        await c.ok(
          'custody.event',
          { item: 'inv~disk', type: 'annotated', text: `event ${i}`, prev, occurredAt: now() },
          'inv',
        )
      ).leafHash;
    const text = (await c.get('/v1/items/inv~disk/bundle', 'inv')).text;
    const file = join(dir, 'bundle.json');
    await writeFile(file, text);
    const vkey = (await readFile(join(config.keysDir, 'log.vkey'), 'utf8')).trim();
    return { file, text, vkey, entries: (JSON.parse(text) as { entries: unknown[] }).entries.length };
  } finally {
    await service.close();
  }
}
