/**
 * Which version of the rules an entry was admitted under (docs/rules.md, Versions of the rules).
 * Rules only ever get stricter, and a log never rewrites an entry, so an entry admitted under
 * older rules must be replayed under them: otherwise every bundle a court already holds, and
 * every store an operator upgrades, would stop verifying the day a rule is added.
 *
 * The log says from which index each version applies, in a checkpoint extension line it signs
 * and witnesses cosign with the rest of the note:
 *
 * ```text
 * custos-rules/v1 2:0          a log that has applied version 2 since its first entry
 * custos-rules/v1 2:83         a log upgraded at size 83: entries 0–82 keep version 1
 * custos-rules/v1 2:0 3:120    a log upgraded to version 3 at size 120
 * ```
 *
 * A checkpoint without the line comes from a log that never announced a version: every entry
 * it covers is replayed under version 1.
 * @module
 */

import type { RuleCode } from '../error-codes.ts';
import { ValidationError } from '../errors.ts';
import type { Checkpoint } from '../log/checkpoint.ts';

/**
 * The version of the rules this code admits new entries under. Version 3 adds no refusal: from
 * its index on, a derived registration also updates its parent's `derivatives` key in the history
 * map (map-subjects.ts), which changes the map root, so it too applies only from an index the log
 * announces. Version 4 refuses an import of a disclosure not addressed, by designation, to the
 * importer's own authority, the cancellation of a pending disclosure so addressed
 * (`not_cancellable`), and a request to another state that does not name, by designation, an
 * authority that state designated for the request's type (`RULE_ADDED_IN`).
 */
export const RULES_VERSION = 4;

/**
 * Refusals that version 1 (Custos 0.1.0) did not make on kinds that existed then. Under an
 * older version in force these rules do not apply; every other rule applies under every version.
 * Codes of rules that only judge kinds or fields an older version could not log need no entry.
 */
export const RULE_INTRODUCED_IN: Readonly<Partial<Record<RuleCode, number>>> = {
  id_namespace: 2,
  backdated_revocation: 2,
  note_required: 2,
  under_preservation: 2,
  not_orderer: 2,
  not_cancellable: 4,
};

/**
 * Refusals a version added under a code that older versions already gave for other rules, by the
 * rule's name: such a rule asks `ruleInForce` itself, since its code alone cannot say.
 * `import-addressee` (transfer-rules.ts): an import names a disclosure addressed to the importing
 * state's designated authority (`not_designated`), of which the importer is an officer
 * (`not_recipient`). `request-addressee` (case-rules.ts): a request recorded by the requesting
 * state names the entry designating its addressee, in force at the log's time, even when the
 * requested state has no designation recorded (`not_designated`); before, an addressee was
 * checked only against a state with designations, at the request's date.
 */
export const RULE_ADDED_IN = { 'import-addressee': 4, 'request-addressee': 4 } as const;
export type AddedRule = keyof typeof RULE_ADDED_IN;

const REFUSALS_VERSIONS: readonly number[] = [
  ...new Set([...Object.values(RULE_INTRODUCED_IN), ...Object.values(RULE_ADDED_IN)]),
].sort((a, b) => a - b);

/** The latest version that added a refusal: entries under an older one were judged by other rules. */
export const LATEST_REFUSALS_VERSION: number = REFUSALS_VERSIONS.at(-1)!;

/**
 * The version a verifier measures "judged by an older version" against, for a log that announced
 * `epochs`: the latest that added a refusal among the versions that log announced (none
 * announced: the latest of all). A log that announced 3 was judged by every refusal its code
 * knew, and what a verifier says of its entries must not change when a later version adds
 * refusals: a court's report prints those checks, and its pages must re-render byte for byte.
 */
export function refusalsVersionFor(epochs: RulesEpochs): number {
  const announced = epochs.at(-1)?.version;
  if (announced === undefined) return LATEST_REFUSALS_VERSION;
  return REFUSALS_VERSIONS.filter((v) => v <= announced).at(-1) ?? 1;
}

/** From which index each version applies, ascending in both; empty: version 1 throughout. */
export type RulesEpochs = readonly { readonly version: number; readonly from: number }[];

export const RULES_LINE_PREFIX = 'custos-rules/v1 ';

export function formatRulesLine(epochs: RulesEpochs): string {
  return `${RULES_LINE_PREFIX}${epochs.map((e) => `${e.version}:${e.from}`).join(' ')}`;
}

/** The epochs a checkpoint announces; `[]` when it has no rules line. Throws on a malformed line. */
export function checkpointRulesEpochs(cp: Pick<Checkpoint, 'extensions'>): RulesEpochs {
  const lines = cp.extensions.filter((l) => l.startsWith(RULES_LINE_PREFIX));
  if (lines.length === 0) return [];
  if (lines.length > 1) throw malformed('a checkpoint has more than one rules line');
  return parseEpochs(lines[0]!.slice(RULES_LINE_PREFIX.length));
}

function parseEpochs(text: string): RulesEpochs {
  const epochs = text.split(' ').map((part) => {
    const m = /^([2-9]|[1-9][0-9]{1,3}):(0|[1-9][0-9]{0,15})$/.exec(part);
    if (!m) throw malformed(`"${part}" is not <version>:<index>`);
    return { version: Number(m[1]), from: Number(m[2]) };
  });
  for (let i = 1; i < epochs.length; i++)
    if (epochs[i]!.version <= epochs[i - 1]!.version || epochs[i]!.from < epochs[i - 1]!.from)
      throw malformed('versions and indexes must ascend');
  if (epochs.some((e) => !Number.isSafeInteger(e.from))) throw malformed('an index is too large');
  return epochs;
}

const malformed = (why: string) => new ValidationError('bad_format', `checkpoint rules line: ${why}`);

/** The version in force for the entry at `index`. */
export function rulesVersionAt(epochs: RulesEpochs, index: number): number {
  let version = 1;
  for (const e of epochs) if (index >= e.from) version = e.version;
  return version;
}

/** Whether the rule that refuses with `code` applies under `version`. */
export function ruleApplies(code: RuleCode, version: number): boolean {
  return version >= (RULE_INTRODUCED_IN[code] ?? 1);
}

/**
 * The epochs a log announces from now on, given those its latest checkpoint announced and its
 * size: a log that has not announced this code's version announces it from its current size,
 * so every entry already logged keeps the version it was admitted under.
 */
export function epochsFromNowOn(announced: RulesEpochs, size: number): RulesEpochs {
  const latest = announced.at(-1)?.version ?? 1;
  return latest >= RULES_VERSION ? announced : [...announced, { version: RULES_VERSION, from: size }];
}

/**
 * Why two checkpoints of one log disagree on the versions of the rules, or `undefined` when
 * they agree: an announcement, once made, is carried forward unchanged, and a new one applies
 * only from an index the older checkpoint did not cover. A log that moves or drops one would
 * judge entries a reader already saw under other rules.
 */
export function rulesDisagreement(
  older: Pick<Checkpoint, 'extensions' | 'size'>,
  newer: Pick<Checkpoint, 'extensions' | 'size'>,
): string | undefined {
  const before = checkpointRulesEpochs(older);
  const after = checkpointRulesEpochs(newer);
  const kept = before.every((e, i) => after[i]?.version === e.version && after[i]?.from === e.from);
  const added = after.slice(before.length);
  if (kept && added.every((e) => e.from >= older.size)) return undefined;
  return `the checkpoint of size ${older.size} has ${lineOf(before)}, the one of size ${newer.size} ${lineOf(after)}: a log never moves or drops an announcement of the rules it applies`;
}

const lineOf = (epochs: RulesEpochs) => (epochs.length ? `"${formatRulesLine(epochs)}"` : 'no rules line');
