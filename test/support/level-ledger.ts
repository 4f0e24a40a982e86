/**
 * A ledger on LevelDB in a temporary directory, opened with the cast's `admin` as its genesis
 * administrator: the start every ledger test on a real store shares.
 */
import { Ledger } from '../../src/ledger/ledger.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import type { Cast } from './ledger-story.ts';
import { makeIdentity } from './log-fixture.ts';
import { tempDir } from './temp-dir.ts';

export async function openLevelLedger(cast: Cast, now: () => number, label = 'custos-ledger') {
  const dir = await tempDir(label);
  const store = await LevelLogStore.open(dir);
  const admin = cast.member('admin', ['administrator']);
  const ledger = await Ledger.open({
    store,
    identity: makeIdentity(),
    genesis: {
      actor: 'admin',
      publicKey: admin.publicKey,
      seed: admin.seed,
      name: 'Admin',
      organisation: 'Unit',
      state: 'FR',
    },
    now,
  });
  return { dir, store, ledger };
}
