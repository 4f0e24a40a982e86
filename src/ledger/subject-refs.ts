/**
 * Which subjects (and keys) an entry's rules may look at, so they can be loaded before the
 * synchronous rules run. Over-approximates: loading a subject that turns out not to be needed
 * costs a read; missing one would make a rule see "unknown", so every field that names a
 * subject is listed here.
 * @module
 */
import type { TypedDraft } from '../core/ledger/admit.ts';
import { entrySubject } from '../core/ledger/entry-subject.ts';
import type { SubjectRef, SubjectState } from '../core/ledger/state.ts';

export function referencedSubjects(draft: TypedDraft): SubjectRef[] {
  // `add` rather than closures over `refs`: this runs twice for every entry appended.
  const refs: SubjectRef[] = [{ kind: 'actor', id: draft.signer.actor }, entrySubject(draft)];
  // Beyond the entry's own subject: every other subject a field names.
  switch (draft.kind) {
    case 'case.access-granted':
      add(refs, 'actor', draft.payload.actor);
      break;
    case 'request.recorded':
      add(refs, 'case', draft.payload.case);
      // Both states: a disclosure under this request in the same batch reads the requesting one's.
      refs.push({ kind: 'designations', id: draft.payload.requestedState });
      refs.push({ kind: 'designations', id: draft.payload.requestingState });
      break;
    case 'evidence.registered': {
      const p = draft.payload;
      add(refs, 'case', p.case);
      add(refs, 'actor', p.collectedBy);
      add(refs, 'request', p.origin.request);
      add(refs, 'item', p.origin.parent);
      add(refs, 'retention', p.retention);
      break;
    }
    case 'transfer.imported':
      add(refs, 'case', draft.payload.case);
      // Its request loads the designations of the requesting state, the importer's own.
      add(refs, 'request', draft.payload.request);
      break;
    case 'custody.event': {
      const e = draft.payload;
      if ('to' in e && typeof e.to === 'string' && e.type !== 'returned') add(refs, 'actor', e.to);
      if (e.type === 'disclosed' || e.type === 'preserved') add(refs, 'request', e.request);
      if (e.type === 'destroyed') add(refs, 'actor', e.witness);
      if (e.type === 'copied') add(refs, 'item', e.derivative.id);
      if (e.type === 'copied') add(refs, 'retention', e.derivative.retention);
      if (e.type === 'retention-set') add(refs, 'retention', e.category);
      if (e.type === 'use-consented') add(refs, 'actor', e.consent.to);
      // A consent to another state's authority is checked against that state's designations.
      if (e.type === 'use-consented') add(refs, 'designations', e.consent.addressee?.state);
      break;
    }
  }
  return refs;
}

function add(refs: SubjectRef[], kind: SubjectRef['kind'], id: string | undefined): void {
  if (id !== undefined) refs.push({ kind, id });
}

/** Public keys whose owner the rules check (new keys must be unused). */
export function referencedKeys(draft: TypedDraft): string[] {
  if (draft.kind === 'actor.registered' || draft.kind === 'key.rotated') return [draft.payload.publicKey];
  return [];
}

/** Other logs' entries whose import the rules check (a disclosure is imported once). */
export function referencedImports(draft: TypedDraft): { origin: string; index: number }[] {
  return draft.kind === 'transfer.imported' ? [draft.payload.disclosure] : [];
}

/**
 * The subjects a loaded subject makes the rules read in turn: the case an item or request is
 * filed under (access checks, holds), the item an item was copied from (a preservation
 * over the original binds its copies), the actors who recorded a hold or preservation
 * (who may end it), and an item's retention category. Loaded to a fixed point: an item's whole line.
 */
export function dependentSubjects(state: SubjectState | null | undefined): SubjectRef[] {
  // A disclosure under a request is checked against the designations of the request's states.
  if (state?.kind === 'request')
    return [
      { kind: 'case', id: state.case },
      { kind: 'designations', id: state.requestingState },
      { kind: 'designations', id: state.requestedState },
    ];
  // Whoever recorded a hold or preservation: only they, or an authority of their state, may end it.
  if (state?.kind === 'case') return state.hold ? [{ kind: 'actor', id: state.hold.by }] : [];
  if (state?.kind !== 'item') return [];
  const refs: SubjectRef[] = [{ kind: 'case', id: state.case }];
  if (state.parent !== undefined) refs.push({ kind: 'item', id: state.parent });
  if (state.hold) refs.push({ kind: 'actor', id: state.hold.by });
  if (state.preservation) refs.push({ kind: 'actor', id: state.preservation.by });
  // Its retention category: disposal waits for the period the table gives it.
  if (state.retention) refs.push({ kind: 'retention', id: state.retention.category });
  return refs;
}
