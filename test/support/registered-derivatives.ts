/**
 * Items registered as derived from others (`evidence.registered` with `origin.parent`, as `custos
 * evidence register-dir` registers the files of an extraction), and bundles of them from which a
 * forwarder dropped a derived registration whole, registration and completeness proof alike: each
 * must fail completeness, naming the parent whose derivatives are incomplete.
 */
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { LedgerClient } from './ledger-client.ts';
import { digestOf } from './ledger-story.ts';

export const DERIVED = {
  disk: 'fr-inv~disk',
  /** Registered from the disk, then `carved` from it, then `second` from the disk. */
  extract: 'fr-inv~extract',
  carved: 'fr-inv~carved',
  second: 'fr-inv~extract-2',
  /** An item nothing was derived from. */
  lone: 'fr-inv~lone',
};

export interface DerivedCut {
  readonly name: string;
  readonly bundle: Bundle;
  /** What the failure names. */
  readonly names: string;
}

export interface DerivedStory {
  /** The disk's bundle with derivatives, as exported. */
  readonly bundle: Bundle;
  readonly lone: Bundle;
  readonly cuts: DerivedCut[];
}

export function registerDerived(c: LedgerClient, id: string, parent: string) {
  return c.ok(
    'evidence.registered',
    {
      id,
      case: 'fr-inv~c1',
      description: `files carved from ${parent}`,
      mediaType: 'application/zip',
      size: 10,
      digests: { sha256: digestOf(id) },
      origin: { method: 'derived', parent },
      collectedBy: 'fr-inv',
      collectedAt: new Date().toISOString(),
    },
    'fr-inv',
  );
}

/** Leaves out the registrations of `ids` (each whole, with its item's completeness proof). */
export function withoutItems(bundle: Bundle, ...ids: string[]): Bundle {
  const cut = structuredClone(bundle);
  const dropped = (e: { entry: Record<string, unknown> }) =>
    ids.some((id) => JSON.stringify(e.entry.payload).includes(`"id":"${id}"`)) &&
    e.entry.kind === 'evidence.registered';
  cut.entries = cut.entries.filter((e) => !dropped(e));
  cut.completeness!.subjects = cut.completeness!.subjects.filter(
    (s) => !(s.kind === 'item' && ids.includes(s.id)),
  );
  return cut;
}

/** With `investigatorRegistered`, fr-inv is registered already (the cross-border story registers it). */
export async function recordDerivedStory(
  c: LedgerClient,
  options: { investigatorRegistered?: boolean } = {},
): Promise<DerivedStory> {
  if (!options.investigatorRegistered) await c.register('fr-inv', ['investigator']);
  await c.openCase('fr-inv~c1', 'fr-inv');
  await c.seize(DERIVED.disk, 'fr-inv~c1', 'fr-inv');
  await c.seize(DERIVED.lone, 'fr-inv~c1', 'fr-inv');
  await registerDerived(c, DERIVED.extract, DERIVED.disk);
  await registerDerived(c, DERIVED.carved, DERIVED.extract);
  await registerDerived(c, DERIVED.second, DERIVED.disk);
  const get = async (item: string) =>
    (await c.get(`/v1/items/${item}/bundle?derivatives=true`, 'fr-inv')).json() as Bundle;
  const bundle = await get(DERIVED.disk);
  const noProof = structuredClone(bundle);
  noProof.completeness!.subjects = noProof.completeness!.subjects.filter(
    (s) => !(s.kind === 'derivatives' && s.id === DERIVED.disk),
  );
  return {
    bundle,
    lone: await get(DERIVED.lone),
    cuts: [
      {
        name: 'the latest item registered from it left out whole',
        bundle: withoutItems(bundle, DERIVED.second),
        names: `a derivative of item ${DERIVED.disk} is missing`,
      },
      {
        name: 'an earlier item registered from it left out whole, with its own derivative',
        bundle: withoutItems(bundle, DERIVED.extract, DERIVED.carved),
        names: `derivatives of item ${DERIVED.disk} are missing`,
      },
      {
        name: 'an item registered from a derivative left out whole',
        bundle: withoutItems(bundle, DERIVED.carved),
        names: `a derivative of item ${DERIVED.extract} is missing`,
      },
      {
        name: 'the proof of what was registered from it left out',
        bundle: noProof,
        names: `the derivatives of item ${DERIVED.disk} are not shown complete`,
      },
    ],
  };
}
