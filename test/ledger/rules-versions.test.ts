import { expect } from 'chai';
import type { TypedDraft } from '../../src/core/ledger/admit.ts';
import { admit } from '../../src/core/ledger/admit.ts';
import { MemoryLedger } from '../../src/core/ledger/memory-ledger.ts';
import { checkpointRulesEpochs } from '../../src/core/ledger/rules-version.ts';
import { Ledger } from '../../src/ledger/ledger.ts';
import { sideRecords } from '../../src/ledger/side-records.ts';
import { VerifiableLog } from '../../src/log/log.ts';
import type { Leaf, LeafPolicy } from '../../src/log/sequencer.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import { Cast, digestOf } from '../support/ledger-story.ts';
import { makeIdentity } from '../support/log-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const T0 = Date.UTC(2026, 0, 1, 9);
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();

/**
 * A store as Custos 0.1.0 left it: ids without "~" (version 1 had no namespaces), its index
 * records, and checkpoints without a rules line or a map line. Entries are admitted under
 * version 1 (no announced epochs), as the old sequencer admitted them.
 */
async function storeWrittenBeforeVersions(cast: Cast) {
  const identity = makeIdentity();
  const location = await tempDir('custos-v1-store');
  const store = await LevelLogStore.open(location);
  const oldPolicy: LeafPolicy<Leaf<undefined>, undefined, undefined> = {
    prepare: async () => undefined,
    leafFor: (leaf) => leaf,
  };
  const log = await VerifiableLog.open({ store, identity, policy: oldPolicy, now: () => T0 });
  const view = new MemoryLedger();
  const drafts: TypedDraft[] = [
    cast.sign('actor.registered', cast.registration('admin'), 'admin'),
    cast.sign('actor.registered', cast.registration('inv'), 'admin'),
    cast.sign(
      'case.opened',
      { id: 'c1', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: at(0) },
      'inv',
    ),
    cast.sign('evidence.registered', registration('disk', 'c1'), 'inv'),
  ];
  const leafHashes: Uint8Array[] = [];
  for (const [index, d] of drafts.entries()) {
    const admitted = admit(view, d, index, T0, { rules: [] });
    const side = sideRecords(view, admitted);
    view.store(admitted.states);
    leafHashes.push((await log.append({ entry: admitted.bytes, side, result: undefined })).leafHash);
  }
  await log.close();
  return { identity, location, leafHashes };
}

function registration(id: string, kase: string) {
  return {
    id,
    case: kase,
    description: `item ${id}`,
    mediaType: 'application/octet-stream',
    size: 4,
    digests: { sha256: digestOf(id) },
    origin: { method: 'seizure' },
    collectedBy: 'inv',
    collectedAt: at(1),
  };
}

describe('versions of the rules: a store written before they were announced', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  async function openUpgraded() {
    const cast = new Cast();
    const admin = cast.member('admin', ['administrator']);
    cast.member('inv', ['investigator']);
    const old = await storeWrittenBeforeVersions(cast);
    expect(old.leafHashes).to.have.length(4);
    const open = async () =>
      Ledger.open({
        store: await LevelLogStore.open(old.location),
        identity: old.identity,
        genesis: { actor: 'admin', publicKey: admin.publicKey, name: 'A', organisation: 'O', state: 'FR' },
        now: () => T0 + 3_600_000,
      });
    return { cast, old, open, ledger: await open() };
  }

  it('opens, keeps every entry, and announces this version (4) from its size with its first new checkpoint', async () => {
    const { cast, ledger, old } = await openUpgraded();
    expect(checkpointRulesEpochs(ledger.log.head().checkpoint)).to.deep.equal([]);
    const annotated = await ledger.submit(
      cast.sign(
        'custody.event',
        {
          item: 'disk',
          type: 'annotated',
          text: 'still ours',
          prev: Buffer.from(old.leafHashes[3]!).toString('base64'),
          occurredAt: at(30),
        },
        'inv',
      ),
    );
    expect(annotated.index).to.equal(4);
    expect(ledger.log.head().checkpoint.extensions).to.include('custos-rules/v1 4:4');
    await ledger.log.close();
  });

  it('refuses a new id without "~" (id_namespace) but takes a namespaced one filed in an old case', async () => {
    const { cast, ledger } = await openUpgraded();
    let refused: unknown;
    await ledger
      .submit(cast.sign('evidence.registered', registration('disk2', 'c1'), 'inv'))
      .catch((e: unknown) => {
        refused = e;
      });
    expect(refused).to.have.property('code', 'id_namespace');
    const ok = await ledger.submit(cast.sign('evidence.registered', registration('inv~disk2', 'c1'), 'inv'));
    expect(ok.index).to.equal(4);
    expect(ledger.log.head().checkpoint.extensions).to.include('custos-rules/v1 4:4');
    await ledger.log.close();
  });

  it('carries the announcement forward unchanged after a restart', async () => {
    const { cast, ledger, open } = await openUpgraded();
    await ledger.submit(cast.sign('evidence.registered', registration('inv~a', 'c1'), 'inv'));
    await ledger.log.close();
    const reopened = await open();
    await reopened.submit(cast.sign('evidence.registered', registration('inv~b', 'c1'), 'inv'));
    expect(checkpointRulesEpochs(reopened.log.head().checkpoint)).to.deep.equal([{ version: 4, from: 4 }]);
    await reopened.log.close();
  });

  it('a new log announces this version (4) from its first entry', async () => {
    const cast = new Cast();
    const admin = cast.member('admin', ['administrator']);
    const ledger = await Ledger.open({
      store: await LevelLogStore.open(await tempDir('custos-rules')),
      identity: makeIdentity(),
      genesis: {
        actor: 'admin',
        publicKey: admin.publicKey,
        seed: admin.seed,
        name: 'A',
        organisation: 'O',
        state: 'FR',
      },
      now: () => T0,
    });
    await ledger.bootstrap();
    expect(ledger.log.head().checkpoint.extensions).to.include('custos-rules/v1 4:0');
    await ledger.log.close();
  });
});
