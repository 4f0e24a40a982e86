/**
 * Registered derivatives in the history map across versions of the rules (docs/rules.md, Versions
 * of the rules; docs/formats.md, History map). A store written under version 2 has no
 * `derivatives` keys: its bundles keep their verdict (a registered derivative dropped whole went
 * unnoticed then, and the verifier now says so in a note). Opened by this version, it announces
 * `<this version>:<size>` without changing a root it signed; from there on a derived registration counts under
 * its parent's key, and a bundle that drops one fails naming the parent.
 */
import { expect } from 'chai';
import type { TypedDraft } from '../../src/core/ledger/admit.ts';
import { admit } from '../../src/core/ledger/admit.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { TypedPayload } from '../../src/core/ledger/kinds.ts';
import { MemoryLedger } from '../../src/core/ledger/memory-ledger.ts';
import { formatRulesLine } from '../../src/core/ledger/rules-version.ts';
import { checkpointMapRoot } from '../../src/core/map/map-line.ts';
import { mapRootHash } from '../../src/core/map/sparse-map.ts';
import type { Check } from '../../src/core/verify/result.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { BundleBuilder } from '../../src/ledger/bundle-builder.ts';
import { Ledger } from '../../src/ledger/ledger.ts';
import { entryBytesMapKeys, entryMapKeys } from '../../src/ledger/ledger-map.ts';
import { LedgerQueries } from '../../src/ledger/ledger-queries.ts';
import { LedgerStates } from '../../src/ledger/ledger-states.ts';
import { sideRecords } from '../../src/ledger/side-records.ts';
import { VerifiableLog } from '../../src/log/log.ts';
import { auditMap } from '../../src/log/map-audit.ts';
import { rebuildFromEntries } from '../../src/log/map-index.ts';
import type { Leaf, LeafPolicy } from '../../src/log/sequencer.ts';
import { LevelLogStore } from '../../src/storage/level-store.ts';
import type { LogStore } from '../../src/storage/log-store.ts';
import { Cast, digestOf } from '../support/ledger-story.ts';
import { makeIdentity } from '../support/log-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const T0 = Date.UTC(2026, 0, 1, 9);
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();
const V2 = [{ version: 2, from: 0 }] as const;

function registration(id: string, parent?: string) {
  return {
    id,
    case: 'inv~c1',
    description: `item ${id}`,
    mediaType: 'application/octet-stream',
    size: 4,
    digests: { sha256: digestOf(id) },
    origin: parent ? { method: 'derived', parent } : { method: 'seizure' },
    collectedBy: 'inv',
    collectedAt: at(1),
  };
}

/** A bundle of `item` with its derivatives, from the store as of its latest checkpoint. */
function bundleOf(
  store: LogStore,
  states: LedgerStates,
  log: Pick<VerifiableLog<never>, 'reader' | 'head' | 'map'>,
  identity: ReturnType<typeof makeIdentity>,
  item: string,
): Promise<Bundle> {
  const builder = new BundleBuilder(
    new LedgerQueries(store, states),
    log.reader,
    async () => ({ head: log.head(), note: log.head().note }),
    identity.verifierKey,
    () => T0 + 7_200_000,
    undefined,
    log.map,
  );
  return builder.build({ item, derivatives: true });
}

/** Leaves `id`'s registration (and its completeness subject) out of the bundle, as a forwarder could. */
function withoutRegistration(bundle: Bundle, id: string): Bundle {
  const cut = structuredClone(bundle);
  cut.entries = cut.entries.filter(
    (e) => !(e.entry.kind === 'evidence.registered' && (e.entry.payload as { id: string }).id === id),
  );
  cut.completeness!.subjects = cut.completeness!.subjects.filter((s) => s.id !== id);
  return cut;
}

const completeness = (checks: readonly Check[]) => checks.filter((c) => c.id === 'completeness');

describe('registered derivatives in the history map, across versions of the rules', function () {
  this.timeout(120_000);
  after(removeTempDirs);

  /**
   * A store as a version-2 Custos wrote it: entries admitted under version 2, a history map without
   * `derivatives` keys, checkpoints announcing `2:0`; one derived registration, of inv~old-extract.
   */
  async function storeWrittenUnderVersion2() {
    const cast = new Cast();
    const admin = cast.member('admin', ['administrator']);
    cast.member('inv', ['investigator']);
    const identity = makeIdentity();
    const location = await tempDir('custos-v2-store');
    const store = await LevelLogStore.open(location);
    const v2: LeafPolicy<Leaf<undefined>, undefined, undefined> = {
      prepare: async () => undefined,
      leafFor: (leaf) => leaf,
      mapKeysOf: entryBytesMapKeys,
      checkpointLines: () => [formatRulesLine(V2)],
    };
    const log = await VerifiableLog.open({ store, identity, policy: v2, now: () => T0 });
    const view = new MemoryLedger();
    const drafts: TypedDraft[] = [
      cast.sign('actor.registered', cast.registration('admin'), 'admin'),
      cast.sign('actor.registered', cast.registration('inv'), 'admin'),
      cast.sign(
        'case.opened',
        { id: 'inv~c1', reference: 'R', title: 'T', offence: { description: 'd' }, openedAt: at(0) },
        'inv',
      ),
      cast.sign('evidence.registered', registration('inv~disk'), 'inv'),
      cast.sign('evidence.registered', registration('inv~old-extract', 'inv~disk'), 'inv'),
    ];
    for (const [index, d] of drafts.entries()) {
      const admitted = admit(view, d, index, T0, { rules: V2 });
      const side = sideRecords(view, admitted);
      view.store(admitted.states);
      const mapKeys = entryMapKeys(admitted.entry as TypedPayload, index, V2);
      await log.append({ entry: admitted.bytes, side, mapKeys, result: undefined });
    }
    const genesis = { actor: 'admin', publicKey: admin.publicKey, name: 'A', organisation: 'O', state: 'FR' };
    return { cast, identity, location, store, log, genesis };
  }

  it('a bundle at a version-2 checkpoint keeps its verdict and its checks, line for line', async () => {
    const old = await storeWrittenUnderVersion2();
    try {
      expect(old.log.head().checkpoint.extensions).to.include('custos-rules/v1 2:0');
      const bundle = await bundleOf(
        old.store,
        new LedgerStates(old.store),
        old.log,
        old.identity,
        'inv~disk',
      );
      expect(bundle.completeness!.subjects.some((s) => s.kind === 'derivatives')).to.equal(false);
      // What version 2 proved and did not: a derived registration dropped whole went unnoticed.
      // A report a court holds re-renders its checks table from these lines: none may be added.
      for (const b of [bundle, withoutRegistration(bundle, 'inv~old-extract')]) {
        const result = verifyBundle(b, { logKey: old.identity.verifierKey });
        expect(result.verdict, JSON.stringify(result.checks.filter((c) => c.status === 'fail'))).to.equal(
          'verified',
        );
        expect(completeness(result.checks).map((c) => c.status)).to.deep.equal(['pass']);
        expect(completeness(result.checks)[0]!.detail).to.not.include('derivatives');
      }
    } finally {
      await old.log.close();
    }
  });

  it('opened by this version, announces 4:<size> keeping every root it signed; bundles after that catch a dropped derived registration, and say what they do not cover', async () => {
    const old = await storeWrittenUnderVersion2();
    const signedBefore = checkpointMapRoot(old.log.head().checkpoint)!;
    await old.log.close();
    const store = await LevelLogStore.open(old.location);
    const ledger = await Ledger.open({
      store,
      identity: old.identity,
      genesis: old.genesis,
      now: () => T0 + 3_600_000,
    });
    try {
      // Opening changes nothing it signed: the map opens from the version-2 records as they are.
      expect(checkpointMapRoot(ledger.log.head().checkpoint)).to.deep.equal(signedBefore);
      const added = await ledger.submit(
        old.cast.sign('evidence.registered', registration('inv~new-extract', 'inv~disk'), 'inv'),
      );
      expect(added.index).to.equal(5);
      const head = ledger.log.head().checkpoint;
      expect(head.extensions).to.include('custos-rules/v1 2:0 4:5');

      // The audit and a rebuild from the entries (a migration, a monitor) give the signed map.
      const rebuilt = await rebuildFromEntries(store, head.size, entryBytesMapKeys(head));
      expect(mapRootHash(rebuilt.tree)).to.deep.equal(checkpointMapRoot(head));
      const audit = await auditMap(store, head.size, entryBytesMapKeys);
      expect(audit.findings).to.deep.equal([]);
      expect(audit.ok).to.equal(true);

      const bundle = await bundleOf(store, ledger.states, ledger.log, old.identity, 'inv~disk');
      const trust = { logKey: old.identity.verifierKey };
      const honest = verifyBundle(bundle, trust);
      expect(honest.verdict).to.equal('verified');
      expect(
        completeness(honest.checks)
          .filter((c) => c.status === 'info')
          .map((c) => c.detail),
      ).to.deep.equal([
        'the log counts the items registered as derived from an item from entry 5 on (version 3 of the rules): one registered before entry 5 and left out of this bundle whole would not be noticed',
      ]);

      const dropped = verifyBundle(withoutRegistration(bundle, 'inv~new-extract'), trust);
      expect(dropped.verdict).to.equal('failed');
      expect(
        completeness(dropped.checks)
          .filter((c) => c.status === 'fail')
          .map((c) => c.detail),
      ).to.deep.equal([
        'a derivative of item inv~disk is missing: the log registered an item derived from it at entry 5, which the bundle does not hold (the log holds 1 such registrations since entry 5, the bundle 0)',
      ]);

      // Before version 3's index the map counted nothing: the window the note names.
      expect(verifyBundle(withoutRegistration(bundle, 'inv~old-extract'), trust).verdict).to.equal(
        'verified',
      );
    } finally {
      await ledger.log.close();
    }
  });
});
