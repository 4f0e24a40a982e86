/**
 * Admits a draft in memory while holding the rules to what the server loads for them. The
 * server's rules see only the subjects `referencedSubjects` names and, to a fixed point, their
 * `dependentSubjects` (cases, originals of copies): anything else reads as unknown there, though a memory ledger
 * would answer. So every rule test doubles as a check that the server loads enough, and that
 * an admitted entry extends the chain of the subject `entrySubject` says it is about.
 */
import type { Admitted, TypedDraft } from '../../src/core/ledger/admit.ts';
import { admit } from '../../src/core/ledger/admit.ts';
import { entrySubject } from '../../src/core/ledger/entry-subject.ts';
import type { MemoryLedger } from '../../src/core/ledger/memory-ledger.ts';
import type { RulesEpochs } from '../../src/core/ledger/rules-version.ts';
import type { LedgerView, SubjectKind } from '../../src/core/ledger/state.ts';
import { dependentSubjects, referencedSubjects } from '../../src/ledger/subject-refs.ts';

export function admitWithinReferences(
  ledger: MemoryLedger,
  draft: TypedDraft,
  index: number,
  loggedAtMs: number,
  rules?: RulesEpochs,
): Admitted {
  const allowed = new Set<string>();
  const pending = referencedSubjects(draft);
  for (let ref = pending.pop(); ref; ref = pending.pop()) {
    const key = `${ref.kind}:${ref.id}`;
    if (allowed.has(key)) continue;
    allowed.add(key);
    pending.push(...dependentSubjects(ledger[ref.kind](ref.id)));
  }
  const read = <T>(kind: SubjectKind, id: string, get: (id: string) => T): T => {
    if (!allowed.has(`${kind}:${id}`))
      throw new Error(`the ${draft.kind} rules read ${kind} ${id}, which the server does not load for it`);
    return get(id);
  };
  const view: LedgerView = {
    actor: (id) => read('actor', id, (i) => ledger.actor(i)),
    case: (id) => read('case', id, (i) => ledger.case(i)),
    request: (id) => read('request', id, (i) => ledger.request(i)),
    item: (id) => read('item', id, (i) => ledger.item(i)),
    designations: (state) => read('designations', state, (s) => ledger.designations(s)),
    retention: (category) => read('retention', category, (c) => ledger.retention(c)),
    keyOwner: (pk) => ledger.keyOwner(pk),
    importedAs: (origin, index) => ledger.importedAs(origin, index),
  };
  const admitted = admit(view, draft, index, loggedAtMs, rules ? { rules } : {});
  const subject = entrySubject(draft);
  const extended = admitted.states.find((s) => s.kind === subject.kind && s.id === subject.id);
  if (extended?.head.index !== index)
    throw new Error(`a ${draft.kind} entry did not extend ${subject.kind} ${subject.id}, its subject`);
  ledger.store(admitted.states);
  return admitted;
}
