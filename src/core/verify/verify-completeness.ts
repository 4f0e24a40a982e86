/**
 * Verifier step: the histories are complete (docs/bundle.md §4, completeness). For every
 * subject whose history the bundle must hold whole — derived from the entries, never from the
 * bundle's list of proofs — a history map proof against the map root the checkpoint commits to
 * must show that the log's latest entry of that subject is the bundle's last one of it, and that
 * the log holds exactly as many of its entries as the bundle does. A bundle cut at the end of a
 * history, or one that predates completeness proofs, fails here, naming the subject. Whether
 * the derivatives are claimed whole is the caller's `derivatives`: the entries' word, not only the
 * unsigned flag (`includesDerivatives`).
 * @module
 */
import { equalBytes, toBase64 } from '../encoding.ts';
import type { Message } from '../i18n/translator.ts';
import type { Bundle, CompletenessProof } from '../ledger/bundle.ts';
import { type CompleteSubject, subjectsClaimedComplete } from '../ledger/bundle-completeness.ts';
import { derivativesMappedFrom } from '../ledger/map-subjects.ts';
import { checkpointRulesEpochs, type RulesEpochs } from '../ledger/rules-version.ts';
import { hashLeaf } from '../log/merkle.ts';
import { type MapValue, mapKey } from '../map/map-hash.ts';
import { checkpointMapRoot } from '../map/map-line.ts';
import { verifyMapProof } from '../map/map-proof.ts';
import { type CheckDetailKey, checkLine, englishText, nested, reasonOf } from './check-line.ts';
import type { Check } from './result.ts';
import type { TrustedCheckpoint } from './verify-checkpoint.ts';
import type { Parsed } from './verify-entries.ts';

/** What the verdict says when every history is proven complete: "complete as of checkpoint …". */
export function completeAsOf(rootHashBase64: string, size: number): Message {
  return nested('detail.completeAsOf', { root: rootHashBase64.slice(0, 12), size: String(size) });
}

type Verdict = {
  readonly checks: readonly { id: string; status: string }[];
  readonly checkpoint?: { readonly rootHash: string; readonly size: number } | undefined;
};

/** {@link completenessMessage} in English (the CLI). */
export function completenessVerdict(r: Verdict): string | undefined {
  const m = completenessMessage(r);
  return m && englishText(m);
}

/** The verdict's addition when every history the bundle claims whole is proven so, else nothing. */
export function completenessMessage(r: Verdict): Message | undefined {
  const passed = r.checks.some((c) => c.id === 'completeness' && c.status === 'pass');
  // A withheld derivative (a warning) is not shown complete: the verdict does not say it is. A
  // note (what the checkpoint's map does not count) qualifies the claim without voiding it.
  const short = r.checks.some((c) => c.id === 'completeness' && (c.status === 'fail' || c.status === 'warn'));
  return passed && !short && r.checkpoint
    ? completeAsOf(r.checkpoint.rootHash, r.checkpoint.size)
    : undefined;
}

export function checkCompleteness(
  bundle: Bundle,
  cp: TrustedCheckpoint | undefined,
  parsed: readonly Parsed[],
  checks: Check[],
  derivatives: boolean,
): void {
  if (!cp || parsed.length === 0) return;
  const fail = (key: CheckDetailKey, values: Message['values'], code: string) =>
    checks.push(checkLine('completeness', 'fail', key, values, { code }));
  const item = bundle.subject.item;
  if (!bundle.completeness) {
    fail('detail.noCompleteness', { format: bundle.format, item }, 'incomplete_unproven');
    return;
  }
  let root: Uint8Array | undefined;
  try {
    root = checkpointMapRoot(cp);
  } catch (e) {
    fail('detail.mapLineMalformed', { reason: reasonOf(e) }, 'incomplete_unproven');
    return;
  }
  if (!root) {
    fail('detail.noMap', { size: String(cp.size), item }, 'incomplete_unproven');
    return;
  }
  const proofs = new Map(bundle.completeness.subjects.map((p) => [`${p.kind}:${p.id}`, p]));
  const epochs = rulesEpochsOf(cp);
  const subjects = subjectsClaimedComplete(
    item,
    parsed.map((p) => ({ index: p.entry.index, entry: p.entry })),
    derivatives,
    epochs,
  );
  const from = derivativesMappedFrom(epochs);
  if (derivatives && from !== undefined && from > 0)
    checks.push(checkLine('completeness', 'info', 'detail.derivativesCountedFrom', { from: String(from) }));
  const leafHashes = new Map(parsed.map((p) => [p.entry.index, p.bytes]));
  const before = checks.length;
  const proven: CompleteSubject[] = [];
  for (const s of subjects) {
    const proof = proofs.get(`${s.kind}:${s.id}`);
    if (proof && 'withheld' in proof && s.kind === 'derivatives') {
      checks.push(
        checkLine(
          'completeness',
          'warn',
          'detail.derivativesWithheld',
          { id: s.id },
          { code: 'derivative_withheld' },
        ),
      );
      continue;
    }
    if (proof && 'withheld' in proof) {
      if (s.indices.length > 0)
        fail(
          'detail.incompleteWithheld',
          { kind: nested(`subjectKind.${s.kind}`), id: s.id },
          'incomplete_history',
        );
      else
        checks.push(
          checkLine(
            'completeness',
            'warn',
            'detail.derivativeWithheld',
            { id: s.id },
            { code: 'derivative_withheld' },
          ),
        );
      continue;
    }
    const problem =
      s.kind === 'derivatives'
        ? derivativesProblem(root, s, proof, leafHashes, from ?? 0)
        : subjectProblem(root, s, proof, leafHashes);
    if (problem)
      fail(
        problem.key,
        { kind: nested(`subjectKind.${s.kind}`), id: s.id, ...problem.values },
        'incomplete_history',
      );
    else proven.push(s);
  }
  if (checks.some((c, k) => k >= before && c.status === 'fail')) return;
  const named = proven.map((s) => `${s.kind} ${s.id} (${s.indices.length})`);
  checks.push(
    checkLine('completeness', 'pass', 'detail.complete', {
      n: proven.length,
      complete: completeAsOf(toBase64(cp.rootHash), cp.size),
      named: named.slice(0, 12).join(', '),
      ...(named.length > 12 ? { hasMore: 'yes', more: named.length - 12 } : { hasMore: 'no' }),
    }),
  );
}

function subjectProblem(
  root: Uint8Array,
  s: CompleteSubject,
  proof: Extract<CompletenessProof, { proof: unknown }> | undefined,
  entryBytes: ReadonlyMap<number, Uint8Array>,
): { key: CheckDetailKey; values?: Message['values'] } | undefined {
  const none = s.indices.length === 0;
  if (!proof) return { key: none ? 'detail.incompleteNoneNoProof' : 'detail.incompleteNoProof' };
  let value: MapValue | undefined;
  try {
    value = verifyMapProof(root, mapKey(s.kind, s.id), proof.proof);
  } catch (e) {
    return { key: 'detail.incompleteBadProof', values: { reason: reasonOf(e) } };
  }
  if (none)
    return value
      ? {
          key: 'detail.incompleteNoneHeld',
          values: { count: String(value.count), latest: String(value.index) },
        }
      : undefined;
  const last = s.indices[s.indices.length - 1]!;
  if (!value) return { key: 'detail.incompleteNoHistory' };
  if (value.index !== last || value.count !== s.indices.length)
    return {
      key: 'detail.incompleteCount',
      values: {
        count: String(value.count),
        latest: String(value.index),
        held: String(s.indices.length),
        last: String(last),
      },
    };
  if (!equalBytes(value.leafHash, hashLeaf(entryBytes.get(last)!)))
    return { key: 'detail.incompleteLatest', values: { latest: String(value.index), last: String(last) } };
  return undefined;
}

/** The epochs the checkpoint announces; a malformed line fails the checkpoint step, and counts none here. */
function rulesEpochsOf(cp: TrustedCheckpoint): RulesEpochs {
  try {
    return checkpointRulesEpochs(cp);
  } catch {
    return [];
  }
}

/**
 * The derived registrations naming an item, from `from` on: the map's `derivatives` value must
 * show exactly the bundle's (their number, and the latest), or absence when it holds none.
 */
function derivativesProblem(
  root: Uint8Array,
  s: CompleteSubject,
  proof: Extract<CompletenessProof, { proof: unknown }> | undefined,
  entryBytes: ReadonlyMap<number, Uint8Array>,
  from: number,
): { key: CheckDetailKey; values?: Message['values'] } | undefined {
  if (!proof) return { key: 'detail.derivativesNoProof' };
  let value: MapValue | undefined;
  try {
    value = verifyMapProof(root, mapKey(s.kind, s.id), proof.proof);
  } catch (e) {
    return { key: 'detail.incompleteBadProof', values: { reason: reasonOf(e) } };
  }
  const held = s.indices.length;
  const last = s.indices[held - 1];
  if (!value && held === 0) return undefined;
  const counts = { count: String(value?.count ?? 0), held: String(held), from: String(from) };
  if (!value) return { key: 'detail.derivativesNoneInLog', values: counts };
  const latest = String(value.index);
  // The log's latest is one the bundle lacks; or an earlier one is missing; or the map says less
  // than the bundle proves included (a map that disagrees with its log).
  if (last === undefined || value.index > last)
    return { key: 'detail.derivativeMissing', values: { ...counts, latest } };
  if (value.index === last && value.count > held)
    return { key: 'detail.derivativesMissing', values: { ...counts, latest } };
  if (value.index !== last || value.count !== held)
    return { key: 'detail.incompleteCount', values: { ...counts, latest, last: String(last) } };
  if (!equalBytes(value.leafHash, hashLeaf(entryBytes.get(last)!)))
    return { key: 'detail.incompleteLatest', values: { latest: String(value.index), last: String(last) } };
  return undefined;
}
