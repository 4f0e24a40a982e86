/**
 * The bundle's entries, parsed for display. A report shows a derived item's ancestry, which the
 * verifier's summary leaves out, so it reads the entries itself; entries that do not parse are
 * skipped here because the verification section already reports them.
 * @module
 */

import { canonicalBytes } from '../core/canonical.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import { type ParsedEntry, parseEntry } from '../core/ledger/entry.ts';
import type { ActorNames } from '../core/verify/describe-event.ts';
import type { BundleVerification } from '../core/verify/result.ts';

export function parseBundleEntries(bundle: Bundle): ParsedEntry[] {
  return bundle.entries.flatMap(({ entry }) => {
    try {
      return [parseEntry(canonicalBytes(entry))];
    } catch {
      return [];
    }
  });
}

export function actorsOf(result: BundleVerification): ActorNames {
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  return (id) => byId.get(id);
}

/** `Officer Dupont (Police nationale, FR)`, or the bare ID of an actor the bundle does not register. */
export function personOf(result: BundleVerification, id: string): string {
  const a = actorsOf(result)(id);
  return a ? `${a.name} (${a.organisation}, ${a.state})` : id;
}
