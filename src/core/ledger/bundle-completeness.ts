/**
 * Which subjects' histories a court bundle must hold whole (docs/bundle.md §5): every subject
 * with an entry in the bundle — the item, its derivatives when included, the cases and requests,
 * every actor — and, while the subject item is not returned or destroyed, its ancestors too (the
 * holds and preservations over them bind it now). Once it is disposed of, its ancestors' histories
 * stop by design at its disposal, and they are exempt. The exporter proves each of them complete with a history map proof; the verifier
 * derives the same list from the entries, never from the bundle's own list of proofs, so leaving
 * a proof out cannot hide a history.
 * @module
 */
import { entrySubject } from './entry-subject.ts';
import type { TypedPayload } from './kinds.ts';
import { derivativesMappedFrom, type MapSubjectKind, mapSubjects } from './map-subjects.ts';
import type { RulesEpochs } from './rules-version.ts';

export interface CompleteSubject {
  readonly kind: MapSubjectKind;
  readonly id: string;
  /** Indices of the bundle's entries of this subject (for `derivatives`: that update its key), ascending. */
  readonly indices: number[];
}

/**
 * `entries` in log order, each with its index. With `derivatives` (the bundle includes them:
 * {@link includesDerivatives}), every item created from the subject item, or from one of those, by a derivation among
 * the entries is a subject too, even if the bundle holds none of its entries: a derivative left
 * out whole must be proven to have no history, or be named (docs/bundle.md §4, step 10). Where
 * the checkpoint's `epochs` apply version 3, the `derivatives` key of the subject item and of each
 * of those is a subject too: the derived registrations naming it, from version 3's index on, must
 * all be in the bundle (a derivative registered with `origin.parent` and dropped whole).
 */
export function subjectsClaimedComplete(
  item: string,
  entries: readonly { index: number; entry: TypedPayload }[],
  derivatives = false,
  epochs: RulesEpochs = [],
): CompleteSubject[] {
  const parents = new Map<string, string>();
  let disposed = false;
  const subjects = new Map<string, CompleteSubject>();
  for (const { index, entry } of entries) {
    const derived = derivation(entry);
    if (derived) parents.set(derived.child, derived.parent);
    const s = entrySubject(entry);
    if (s.kind === 'item' && s.id === item && isDisposal(entry)) disposed = true;
    const key = `${s.kind}:${s.id}`;
    const found = subjects.get(key) ?? { kind: s.kind, id: s.id, indices: [] };
    found.indices.push(index);
    subjects.set(key, found);
  }
  if (derivatives) {
    const line = descendants(item, parents);
    for (const id of line)
      if (!subjects.has(`item:${id}`)) subjects.set(`item:${id}`, { kind: 'item', id, indices: [] });
    for (const s of derivativesSubjects([item, ...line], entries, epochs))
      subjects.set(`derivatives:${s.id}`, s);
  }
  const ancestors = new Set<string>();
  if (!disposed) return [...subjects.values()];
  for (let p = parents.get(item); p !== undefined && !ancestors.has(p); p = parents.get(p)) ancestors.add(p);
  return [...subjects.values()].filter((s) => !(s.kind === 'item' && ancestors.has(s.id)));
}

/**
 * For each of `parents`, the entries that update its `derivatives` key under `epochs` (none
 * when they never apply version 3: then no such key exists, and no subject is claimed).
 */
function derivativesSubjects(
  parents: readonly string[],
  entries: readonly { index: number; entry: TypedPayload }[],
  epochs: RulesEpochs,
): CompleteSubject[] {
  if (derivativesMappedFrom(epochs) === undefined) return [];
  const byParent = new Map(parents.map((id) => [id, [] as number[]]));
  for (const { index, entry } of entries)
    for (const s of mapSubjects(entry, index, epochs))
      if (s.kind === 'derivatives') byParent.get(s.id)?.push(index);
  return [...byParent].map(([id, indices]) => ({ kind: 'derivatives', id, indices }));
}

/**
 * Whether a bundle includes the derivatives of its subject `item`: it says so (the unsigned
 * `subject.derivatives` flag), or its signed entries show it — one of them is of an item derived
 * from `item`, or from one of those, by a derivation among the entries (a derived registration, or
 * an entry of a copy's derivative). A forwarder who clears the flag cannot so turn a bundle that
 * holds derivatives into one that does not claim them whole (docs/bundle.md §4, step 10).
 */
export function includesDerivatives(
  item: string,
  entries: readonly { entry: TypedPayload }[],
  flag = false,
): boolean {
  if (flag) return true;
  const parents = new Map<string, string>();
  for (const { entry } of entries) {
    const derived = derivation(entry);
    if (derived) parents.set(derived.child, derived.parent);
  }
  const line = new Set(descendants(item, parents));
  return entries.some(({ entry }) => {
    const s = entrySubject(entry);
    return s.kind === 'item' && line.has(s.id);
  });
}

/** The items derived from `item`, and from those, in the order of `parents` (child → parent). */
function descendants(item: string, parents: ReadonlyMap<string, string>): string[] {
  const found = new Set([item]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parents)
      if (found.has(parent) && !found.has(child)) {
        found.add(child);
        grew = true;
      }
  }
  found.delete(item);
  return [...found];
}

/** A return or destruction ends an item's custody: its ancestors' later entries no longer bind it. */
export function isDisposal(entry: TypedPayload): boolean {
  return (
    entry.kind === 'custody.event' &&
    (entry.payload.type === 'returned' || entry.payload.type === 'destroyed')
  );
}

/** The item an entry creates from another: a derived registration, or a copy event's derivative. */
function derivation(entry: TypedPayload): { child: string; parent: string } | undefined {
  if (entry.kind === 'evidence.registered' && entry.payload.origin.parent !== undefined)
    return { child: entry.payload.id, parent: entry.payload.origin.parent };
  if (entry.kind === 'custody.event' && 'derivative' in entry.payload && entry.payload.derivative)
    return { child: entry.payload.derivative.id, parent: entry.payload.item };
  return undefined;
}
