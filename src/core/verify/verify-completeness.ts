/**
 * Verifier step: the histories are complete (docs/bundle.md §4, completeness). For every
 * subject whose history the bundle must hold whole — derived from the entries, never from the
 * bundle's list of proofs — a history map proof against the map root the checkpoint commits to
 * must show that the log's latest entry of that subject is the bundle's last one of it, and that
 * the log holds exactly as many of its entries as the bundle does. A bundle cut at the end of a
 * history, or one that predates completeness proofs, fails here, naming the subject.
 * @module
 */
import { equalBytes, toBase64 } from '../encoding.ts';
import type { Bundle, CompletenessProof } from '../ledger/bundle.ts';
import { type CompleteSubject, subjectsClaimedComplete } from '../ledger/bundle-completeness.ts';
import { hashLeaf } from '../log/merkle.ts';
import { type MapValue, mapKey } from '../map/map-hash.ts';
import { checkpointMapRoot } from '../map/map-line.ts';
import { verifyMapProof } from '../map/map-proof.ts';
import type { Check } from './result.ts';
import type { TrustedCheckpoint } from './verify-checkpoint.ts';
import type { Parsed } from './verify-entries.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What the verdict says when every history is proven complete: "complete as of checkpoint …". */
export function completeAsOf(rootHashBase64: string, size: number): string {
  return `complete as of checkpoint ${rootHashBase64.slice(0, 12)}… (size ${size})`;
}

/** The verdict's addition when every history the bundle claims whole is proven so, else nothing. */
export function completenessVerdict(r: {
  readonly checks: readonly { id: string; status: string }[];
  readonly checkpoint?: { readonly rootHash: string; readonly size: number } | undefined;
}): string | undefined {
  const passed = r.checks.some((c) => c.id === 'completeness' && c.status === 'pass');
  // A withheld derivative (a warning) is not shown complete: the verdict does not say it is.
  const short = r.checks.some((c) => c.id === 'completeness' && c.status !== 'pass');
  return passed && !short && r.checkpoint
    ? completeAsOf(r.checkpoint.rootHash, r.checkpoint.size)
    : undefined;
}

export function checkCompleteness(
  bundle: Bundle,
  cp: TrustedCheckpoint | undefined,
  parsed: readonly Parsed[],
  checks: Check[],
): void {
  if (!cp || parsed.length === 0) return;
  const fail = (detail: string, code: string) =>
    checks.push({ id: 'completeness', status: 'fail', detail, code });
  const item = bundle.subject.item;
  if (!bundle.completeness) {
    fail(
      `this ${bundle.format} bundle carries no completeness proof: it shows that its entries are in the log, not that the history of item ${item} is complete (ask for a new export)`,
      'incomplete_unproven',
    );
    return;
  }
  let root: Uint8Array | undefined;
  try {
    root = checkpointMapRoot(cp);
  } catch (e) {
    fail(`the checkpoint's history map line is malformed: ${message(e)}`, 'incomplete_unproven');
    return;
  }
  if (!root) {
    fail(
      `the checkpoint (size ${cp.size}) commits to no history map, so the history of item ${item} cannot be shown complete`,
      'incomplete_unproven',
    );
    return;
  }
  const proofs = new Map(bundle.completeness.subjects.map((p) => [`${p.kind}:${p.id}`, p]));
  const subjects = subjectsClaimedComplete(
    item,
    parsed.map((p) => ({ index: p.entry.index, entry: p.entry })),
    bundle.subject.derivatives,
  );
  const leafHashes = new Map(parsed.map((p) => [p.entry.index, p.bytes]));
  const before = checks.length;
  const proven: CompleteSubject[] = [];
  for (const s of subjects) {
    const proof = proofs.get(`${s.kind}:${s.id}`);
    if (proof && 'withheld' in proof) {
      if (s.indices.length > 0)
        fail(
          `the history of ${s.kind} ${s.id} is not shown complete: the bundle holds entries of it but declares it withheld`,
          'incomplete_history',
        );
      else
        checks.push({
          id: 'completeness',
          status: 'warn',
          detail: `the history of derivative item ${s.id} is not in this bundle and not shown complete: its exporter may not read it (ask its holder for its own bundle)`,
          code: 'derivative_withheld',
        });
      continue;
    }
    const problem = subjectProblem(root, s, proof, leafHashes);
    if (problem)
      fail(`the history of ${s.kind} ${s.id} is not shown complete: ${problem}`, 'incomplete_history');
    else proven.push(s);
  }
  if (checks.some((c, k) => k >= before && c.status === 'fail')) return;
  const named = proven.map((s) => `${s.kind} ${s.id} (${s.indices.length})`);
  checks.push({
    id: 'completeness',
    status: 'pass',
    detail: `the histories of ${proven.length} subjects are ${completeAsOf(toBase64(cp.rootHash), cp.size)}: the log's map holds the bundle's last entry of each, and as many entries: ${named.slice(0, 12).join(', ')}${named.length > 12 ? `, and ${named.length - 12} more` : ''}`,
  });
}

function subjectProblem(
  root: Uint8Array,
  s: CompleteSubject,
  proof: Extract<CompletenessProof, { proof: unknown }> | undefined,
  entryBytes: ReadonlyMap<number, Uint8Array>,
): string | undefined {
  const none = s.indices.length === 0;
  if (!proof)
    return none
      ? 'it is a derivative the bundle holds none of, and the bundle has no completeness proof for it'
      : 'the bundle has no completeness proof for it';
  let value: MapValue | undefined;
  try {
    value = verifyMapProof(root, mapKey(s.kind, s.id), proof.proof);
  } catch (e) {
    return `its history map proof does not match the checkpoint (${message(e)})`;
  }
  if (none)
    return value
      ? `it is a derivative the bundle holds none of; the log holds ${value.count}, the latest #${value.index}`
      : undefined;
  const last = s.indices[s.indices.length - 1]!;
  if (!value) return 'the log proves it has no history at all as of the checkpoint';
  const held = `the bundle has ${s.indices.length} entries, the last #${last}`;
  const logged = `the log holds ${value.count}, the latest #${value.index}`;
  if (value.index !== last || value.count !== s.indices.length) return `${logged}; ${held}`;
  if (!equalBytes(value.leafHash, hashLeaf(entryBytes.get(last)!)))
    return `the log's latest entry #${value.index} is not the bundle's entry #${last}`;
  return undefined;
}
