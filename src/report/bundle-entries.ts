/**
 * The bundle's entries, parsed for display. A report shows a derived item's ancestry, which the
 * verifier's summary leaves out, so it reads the entries itself; entries that do not parse are
 * skipped here because the verification section already reports them.
 * @module
 */

import { hasRightToLeft, part } from '../core/i18n/translator.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import { type ParsedEntry, parseEntryValue } from '../core/ledger/entry.ts';
import type { ActorNames } from '../core/verify/describe-event.ts';
import type { BundleVerification } from '../core/verify/result.ts';

/**
 * Parsed as the verifier parses them (parseEntryValue: the checks of parseEntry on the entry's
 * JCS bytes, canonicalising only the payload), not through a full canonicalisation and parse of
 * every entry, which took more time than verifying a 10,000-entry bundle.
 */
export function parseBundleEntries(bundle: Bundle): ParsedEntry[] {
  return bundle.entries.flatMap(({ entry }) => {
    try {
      return [parseEntryValue(entry).entry];
    } catch {
      return [];
    }
  });
}

export function actorsOf(result: BundleVerification): ActorNames {
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  return (id) => byId.get(id);
}

/**
 * `Officer Dupont (Police nationale, FR)`, or the bare ID of an actor the bundle does not
 * register. A name or organisation written right to left is isolated, each part and the whole
 * (translator.ts `part`), as in event lines: inside a line of the other direction it keeps the
 * parenthesis, the comma and the state code where they belong.
 */
export function personOf(result: BundleVerification, id: string): string {
  const a = actorsOf(result)(id);
  if (!a) return id;
  // Isolates only where a direction changes: plain Latin, Cyrillic or Chinese text stays plain.
  if (!hasRightToLeft(a.name + a.organisation)) return `${a.name} (${a.organisation}, ${a.state})`;
  // The whole is isolated too: it takes its direction from its own letters, not the line's.
  return part(`${part(a.name)} (${part(a.organisation)}, ${a.state})`);
}

/**
 * The custody table's "Who": the name, then the organisation and the state. An organisation
 * written right to left in a left-to-right report puts its state on a line of its own: UAX #9
 * draws ", AZ" against the right edge of the Arabic run, which is where the organisation's name
 * begins, so the comma read as if it came first. Isolating the organisation would not help (the
 * comma is already outside its run), and in a right-to-left report it would turn a Latin, Greek
 * or Chinese "organisation, AZ" into "AZ ,organisation": there the line stays as it is, one run
 * in its own direction (an Arabic organisation's comma then falls where Arabic puts it).
 */
export function whoOf(
  name: string,
  organisation: string | undefined,
  state: string | undefined,
  direction: 'ltr' | 'rtl',
): string {
  const org = organisation ?? '';
  const apart = direction === 'ltr' && hasRightToLeft(org);
  return `${name}\n${org}${apart ? '\n' : ', '}${state ?? ''}`;
}
