/**
 * Which history map keys an entry updates (docs/formats.md, History map), under the version of
 * the rules in force for its index (docs/rules.md, Versions of the rules). The sequencer, the
 * map's migration at open, `custos audit`, `custos monitor`, the exporter and the verifier all
 * take the answer from here, so the map is built by one rule wherever it is built or checked.
 *
 * Every entry updates its subject's key (entry-subject.ts). From version 3 on, a derived
 * registration (`evidence.registered` with `origin.parent`) also updates its parent's
 * `derivatives` key: the registration starts the child's history and adds nothing to the
 * parent's, so without that key nothing the log signs says the child exists, and a bundle could
 * drop it whole.
 * @module
 */
import { entrySubject } from './entry-subject.ts';
import type { TypedPayload } from './kinds.ts';
import { type RulesEpochs, rulesVersionAt } from './rules-version.ts';
import type { SubjectKind } from './state.ts';

/** The version of the rules from which derived registrations update their parent's `derivatives` key. */
export const DERIVATIVES_MAPPED_IN = 3;

/** A map subject: one whose history the map commits to, or the derived registrations naming an item. */
export type MapSubjectKind = SubjectKind | 'derivatives';

export interface MapSubject {
  readonly kind: MapSubjectKind;
  readonly id: string;
}

/** The parent a derived registration names, or `undefined` for any other entry. */
export function derivedRegistrationParent(entry: TypedPayload): string | undefined {
  return entry.kind === 'evidence.registered' ? entry.payload.origin.parent : undefined;
}

/** The map subjects entry `index` updates, its own subject first, under the epochs a checkpoint announces. */
export function mapSubjects(entry: TypedPayload, index: number, epochs: RulesEpochs): MapSubject[] {
  const subject = entrySubject(entry);
  const parent = derivedRegistrationParent(entry);
  if (parent === undefined || rulesVersionAt(epochs, index) < DERIVATIVES_MAPPED_IN) return [subject];
  return [subject, { kind: 'derivatives', id: parent }];
}

/**
 * The first index whose derived registrations the map counts under their parent's `derivatives`
 * key, or `undefined` when the epochs never apply version 3 (no derivatives key exists).
 */
export function derivativesMappedFrom(epochs: RulesEpochs): number | undefined {
  return epochs.find((e) => e.version >= DERIVATIVES_MAPPED_IN)?.from;
}
