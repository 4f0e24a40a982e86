/**
 * A ledger held in memory: the {@link LedgerView} the offline verifier replays a bundle into,
 * and that rule tests run against. The server's view (src/ledger) adds storage behind the
 * same interface.
 * @module
 */
import { type AdmitOptions, type Admitted, admit, type TypedDraft } from './admit.ts';
import type {
  ActorState,
  CaseState,
  DesignationsState,
  ItemState,
  LedgerView,
  RequestState,
  RetentionCategoryState,
  SubjectState,
} from './state.ts';
import { importLookupKey } from './state.ts';

export class MemoryLedger implements LedgerView {
  private readonly subjects = new Map<string, SubjectState>();
  private readonly keys = new Map<string, string>();
  private readonly imports = new Map<string, string>();

  actor(id: string): ActorState | undefined {
    return this.get('actor', id) as ActorState | undefined;
  }
  case(id: string): CaseState | undefined {
    return this.get('case', id) as CaseState | undefined;
  }
  request(id: string): RequestState | undefined {
    return this.get('request', id) as RequestState | undefined;
  }
  item(id: string): ItemState | undefined {
    return this.get('item', id) as ItemState | undefined;
  }
  designations(state: string): DesignationsState | undefined {
    return this.get('designations', state) as DesignationsState | undefined;
  }
  retention(category: string): RetentionCategoryState | undefined {
    return this.get('retention', category) as RetentionCategoryState | undefined;
  }
  keyOwner(publicKey: string): string | undefined {
    return this.keys.get(publicKey);
  }

  importedAs(origin: string, index: number): string | undefined {
    return this.imports.get(importLookupKey(origin, index));
  }

  all(): SubjectState[] {
    return [...this.subjects.values()];
  }

  /** Stores new states (from `admit` or `applyEntry`). */
  store(states: readonly SubjectState[]): void {
    for (const s of states) {
      this.subjects.set(`${s.kind}:${s.id}`, s);
      if (s.kind === 'actor') for (const k of s.keys) this.keys.set(k.publicKey, s.id);
      if (s.kind === 'item' && s.imported)
        this.imports.set(importLookupKey(s.imported.origin, s.imported.index), s.id);
    }
  }

  /** Admits a draft at the next index and keeps the result. */
  admit(draft: TypedDraft, index: number, loggedAtMs: number, options?: AdmitOptions): Admitted {
    const admitted = admit(this, draft, index, loggedAtMs, options);
    this.store(admitted.states);
    return admitted;
  }

  private get(kind: SubjectState['kind'], id: string): SubjectState | undefined {
    return this.subjects.get(`${kind}:${id}`);
  }
}
