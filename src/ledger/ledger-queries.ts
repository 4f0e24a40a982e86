/**
 * Reads over the ledger: a subject's state and history, and lists of items by case, by
 * holder, or overall. Authorisation is the caller's job (src/http), with core/ledger/access.ts.
 * @module
 */

import { toBase64 } from '../core/encoding.ts';
import { type Entry, parseEntry } from '../core/ledger/entry.ts';
import type { ActorState, LedgerView, SubjectKind, SubjectRef, SubjectState } from '../core/ledger/state.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { readU64 } from '../core/ordered-keys.ts';
import type { LogStore } from '../storage/log-store.ts';
import {
  caseItemsPrefix,
  derivativesPrefix,
  holderItemsPrefix,
  idAfter,
  idFromListKey,
  listKey,
  listPrefix,
  subjectPrefix,
} from './ledger-keys.ts';
import { type LedgerStates, viewOf } from './ledger-states.ts';

export interface HistoryEntry {
  readonly index: number;
  readonly leafHash: string;
  readonly entry: Entry;
  /** The entry exactly as logged (JSON of the leaf bytes), for exports that must hash the same. */
  readonly raw: Record<string, unknown>;
}

export class LedgerQueries {
  constructor(
    private readonly store: LogStore,
    private readonly states: LedgerStates,
  ) {}

  /** The subjects, loaded, as a synchronous view (plus the cases of the items and requests among them). */
  async view(refs: readonly SubjectRef[]): Promise<LedgerView> {
    const loaded = await this.states.load(refs);
    const cases = [...loaded.values()].flatMap((s) =>
      s?.kind === 'item' || s?.kind === 'request' ? [{ kind: 'case' as const, id: s.case }] : [],
    );
    await this.states.load(cases, loaded);
    return viewOf(loaded, new Map());
  }

  async subject(kind: SubjectKind, id: string): Promise<SubjectState | undefined> {
    const view = await this.view([{ kind, id }]);
    return view[kind](id);
  }

  async actor(id: string): Promise<ActorState | undefined> {
    return (await this.subject('actor', id)) as ActorState | undefined;
  }

  /** Every entry about a subject, oldest first. */
  async history(kind: SubjectKind, id: string): Promise<HistoryEntry[]> {
    const out: HistoryEntry[] = [];
    for await (const record of this.store.scanSide(subjectPrefix(kind, id))) {
      const index = readU64(record.value);
      out.push(await this.entryAt(index));
    }
    return out;
  }

  async entryAt(index: number): Promise<HistoryEntry> {
    const bytes = await this.store.readEntry(index);
    if (!bytes) throw new Error(`entry ${index} is missing from the store`);
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    return { index, leafHash: toBase64(hashLeaf(bytes)), entry: parseEntry(bytes), raw };
  }

  /** Ids of a kind in creation order, from the one created after log index `after` on. */
  async *idsAfter(kind: SubjectKind, after = -1): AsyncIterable<string> {
    // Seek straight to the position: a page deep in a long list costs no more than the first.
    const from = listKey(kind, after + 1, '');
    for await (const record of this.store.scanSide(listPrefix(kind), { from }))
      yield idFromListKey(record.key);
  }

  /** The log index of the entry that created a subject, if it exists. */
  async createdAt(kind: SubjectKind, id: string): Promise<number | undefined> {
    for await (const record of this.store.scanSide(subjectPrefix(kind, id), { limit: 1 }))
      return readU64(record.value);
    return undefined;
  }

  async caseItems(caseId: string): Promise<string[]> {
    return this.pairs(caseItemsPrefix(caseId));
  }

  async heldBy(actor: string): Promise<string[]> {
    return this.pairs(holderItemsPrefix(actor));
  }

  async derivatives(parent: string): Promise<string[]> {
    return this.pairs(derivativesPrefix(parent));
  }

  private async pairs(prefix: Uint8Array): Promise<string[]> {
    const out: string[] = [];
    for await (const record of this.store.scanSide(prefix)) out.push(idAfter(prefix, record.key));
    return out;
  }
}
