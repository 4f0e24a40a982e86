/**
 * The server's knowledge of subjects: a bounded cache in front of the store, where a subject's
 * state is rebuilt on demand by folding its own entries through the core's transitions — the
 * ledger never stores a derived state it could get wrong, and start-up replays nothing.
 * @module
 */

import { fromBase64, toBase64 } from '../core/encoding.ts';
import { parseEntry } from '../core/ledger/entry.ts';
import {
  type ActorState,
  type CaseState,
  type DesignationsState,
  type ItemState,
  importLookupKey,
  type LedgerView,
  type RequestState,
  type RetentionCategoryState,
  type SubjectKind,
  type SubjectRef,
  type SubjectState,
} from '../core/ledger/state.ts';
import { applyEntry } from '../core/ledger/transitions.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { readU64 } from '../core/ordered-keys.ts';
import type { LogStore } from '../storage/log-store.ts';
import { importKey, keyOwnerKey, subjectEntryKey, subjectPrefix } from './ledger-keys.ts';

const refKey = (kind: SubjectKind, id: string) => `${kind}:${id}`;
const REBUILD_CHUNK = 512;

/** Subjects pinned for one use (a batch, a request); null means "known not to exist". */
export type Loaded = Map<string, SubjectState | null>;

export class LedgerStates {
  private readonly cache = new Map<string, SubjectState | null>();
  private readonly owners = new Map<string, string | null>();
  /**
   * Bumped by every durable batch. A key-owner read that raced a batch may have read the store
   * before the batch landed: it must not be cached.
   */
  private generation = 0;
  /**
   * Rebuilds under way, by subject. A batch that changes a subject marks its rebuilds stale:
   * they may have read the store before the batch landed, and caching what they read would
   * make the next batch's rules check against an old head.
   */
  private readonly rebuilding = new Map<string, Set<{ stale: boolean }>>();

  constructor(
    private readonly store: LogStore,
    private readonly limit = 200_000,
  ) {}

  /** Loads subjects (from cache or store) and returns them pinned, so eviction cannot race a batch. */
  async load(refs: readonly SubjectRef[], into: Loaded = new Map()): Promise<Loaded> {
    await this.loadAbsent(refs, into);
    for (const ref of refs) {
      const key = refKey(ref.kind, ref.id);
      if (into.has(key)) continue;
      const cached = this.cache.get(key);
      if (cached !== undefined) into.set(key, cached);
      else await this.loadOne(ref, into);
    }
    return into;
  }

  /**
   * The subjects among `refs` that neither the cache nor `into` knows and that have no entry in
   * the store, pinned as null after one read for all of them: a subject has an entry iff its
   * first subject entry record (seq 0) exists, since the records of a subject are written with
   * its entries, from seq 0 on, and never deleted. A batch registering 500 new items costs one
   * multi-key read instead of 500 range scans. The others are rebuilt by `loadOne` as before.
   */
  private async loadAbsent(refs: readonly SubjectRef[], into: Loaded): Promise<void> {
    const unknown = new Map<string, SubjectRef>();
    for (const ref of refs) {
      const key = refKey(ref.kind, ref.id);
      if (!into.has(key) && !this.cache.has(key)) unknown.set(key, ref);
    }
    if (unknown.size === 0) return;
    const token = { stale: false };
    for (const key of unknown.keys())
      this.rebuilding.set(key, (this.rebuilding.get(key) ?? new Set()).add(token));
    let firsts: (Uint8Array | undefined)[];
    try {
      firsts = await this.store.readSides([...unknown.values()].map((r) => subjectEntryKey(r.kind, r.id, 0)));
    } finally {
      for (const key of unknown.keys()) {
        const tokens = this.rebuilding.get(key)!;
        tokens.delete(token);
        if (tokens.size === 0) this.rebuilding.delete(key);
      }
    }
    let i = 0;
    for (const key of unknown.keys()) {
      if (firsts[i++] !== undefined || into.has(key)) continue;
      // A batch that created one of these while the read was under way marked the token stale:
      // then what was read is pinned for this use only, as a stale rebuild is (loadOne).
      if (!token.stale) this.put(key, null);
      into.set(key, null);
    }
  }

  /** Rebuilds into the cache whichever of these subjects it lacks. */
  async warm(refs: readonly SubjectRef[]): Promise<void> {
    const cold = refs.filter((r) => !this.cache.has(refKey(r.kind, r.id)));
    if (cold.length > 0) await this.load(cold);
  }

  async keyOwners(publicKeys: readonly string[]): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    for (const pk of publicKeys) {
      let owner = this.owners.get(pk);
      if (owner === undefined) {
        const generation = this.generation;
        const stored = await this.store.readSide(keyOwnerKey(fromBase64(pk)));
        owner = stored ? new TextDecoder().decode(stored) : null;
        if (generation === this.generation) this.owners.set(pk, owner);
      }
      out.set(pk, owner);
    }
    return out;
  }

  /**
   * Which item imported each of these other logs' entries, added to `into` under
   * `importLookupKey` (null: none). Read from the store each time: imports are rare, and an
   * answer cached across batches would need the same care as key owners.
   */
  async importers(
    refs: readonly { origin: string; index: number }[],
    into: Map<string, string | null>,
  ): Promise<void> {
    for (const r of refs) {
      const stored = await this.store.readSide(importKey(r.origin, r.index));
      into.set(importLookupKey(r.origin, r.index), stored ? new TextDecoder().decode(stored) : null);
    }
  }

  /** Takes the states of a durable batch. */
  remember(states: Iterable<SubjectState>): void {
    this.generation++;
    for (const s of states) {
      const key = refKey(s.kind, s.id);
      for (const rebuild of this.rebuilding.get(key) ?? []) rebuild.stale = true;
      this.put(key, s);
      if (s.kind === 'actor') for (const k of s.keys) this.owners.set(k.publicKey, s.id);
    }
  }

  /**
   * Drops what another process's commits changed (a process that follows the sequencer): the
   * next read rebuilds these subjects from the store, and a rebuild already under way is not
   * cached, since it may have read the store before those commits.
   */
  forget(refs: readonly SubjectRef[], publicKeys: readonly string[] = []): void {
    this.generation++;
    for (const ref of refs) {
      const key = refKey(ref.kind, ref.id);
      for (const rebuild of this.rebuilding.get(key) ?? []) rebuild.stale = true;
      this.cache.delete(key);
    }
    for (const pk of publicKeys) this.owners.delete(pk);
  }

  /** Drops every cached state (a process about to sequence, whose cache may lag the store). */
  forgetAll(): void {
    this.generation++;
    for (const tokens of this.rebuilding.values()) for (const rebuild of tokens) rebuild.stale = true;
    this.cache.clear();
    this.owners.clear();
  }

  private async loadOne(ref: SubjectRef, into: Loaded): Promise<SubjectState | null> {
    const key = refKey(ref.kind, ref.id);
    if (into.has(key)) return into.get(key)!;
    let state = this.cache.get(key);
    if (state === undefined) {
      const token = { stale: false };
      const tokens = this.rebuilding.get(key) ?? new Set();
      this.rebuilding.set(key, tokens.add(token));
      try {
        state = await this.rebuild(ref, into);
      } finally {
        tokens.delete(token);
        if (tokens.size === 0) this.rebuilding.delete(key);
      }
      if (!token.stale) this.put(key, state);
    }
    into.set(key, state);
    return state;
  }

  /** Folds the subject's entries, loading first the few other subjects a transition reads. */
  private async rebuild(
    ref: SubjectRef,
    into: Loaded,
    before = Number.POSITIVE_INFINITY,
  ): Promise<SubjectState | null> {
    const indices: number[] = [];
    for await (const record of this.store.scanSide(subjectPrefix(ref.kind, ref.id))) {
      const index = readU64(record.value);
      if (index < before) indices.push(index);
    }
    if (indices.length === 0) return null;
    let state: SubjectState | null = null;
    for await (const [index, bytes] of this.entries(indices, ref)) {
      const entry = parseEntry(bytes);
      let pinned = into;
      if (entry.kind === 'case.opened') await this.loadOne({ kind: 'actor', id: entry.signer.actor }, into);
      if (entry.kind === 'custody.event' && entry.payload.item !== ref.id) {
        // A copy starts from its original as it stood at the copy (its conditions on use then),
        // not as it stands now.
        const original = await this.rebuild({ kind: 'item', id: entry.payload.item }, into, index);
        pinned = new Map(into).set(refKey('item', entry.payload.item), original);
      }
      // A derived registration takes its parent's retention as it stood then, not as it stands now.
      if (entry.kind === 'evidence.registered' && entry.payload.origin.parent !== undefined) {
        const parent = entry.payload.origin.parent;
        pinned = new Map(into).set(
          refKey('item', parent),
          await this.rebuild({ kind: 'item', id: parent }, into, index),
        );
      }
      // Conditions on use record the states of the provider and the recipient, and a consent
      // the state of who gave it: actors' states never change.
      if (
        entry.kind === 'custody.event' &&
        entry.payload.type === 'disclosed' &&
        entry.payload.conditionsOnUse
      ) {
        await this.loadOne({ kind: 'actor', id: entry.signer.actor }, into);
        if (entry.payload.to !== undefined) await this.loadOne({ kind: 'actor', id: entry.payload.to }, into);
      }
      if (entry.kind === 'custody.event' && entry.payload.type === 'use-consented')
        await this.loadOne({ kind: 'actor', id: entry.signer.actor }, into);
      const view = viewOf(pinned, new Map(), state);
      const next = applyEntry(view, entry, toBase64(hashLeaf(bytes))).find(
        (s) => s.kind === ref.kind && s.id === ref.id,
      );
      if (!next) throw new Error(`entry ${index} does not concern ${ref.kind} ${ref.id}`);
      state = next;
    }
    return state;
  }

  /** The subject's entries in order, read in chunks: one store round trip per chunk, not per entry. */
  private async *entries(indices: readonly number[], ref: SubjectRef): AsyncIterable<[number, Uint8Array]> {
    for (let i = 0; i < indices.length; i += REBUILD_CHUNK) {
      const chunk = indices.slice(i, i + REBUILD_CHUNK);
      const values = await this.store.readEntriesAt(chunk);
      for (const [k, bytes] of values.entries()) {
        if (!bytes) throw new Error(`entry ${chunk[k]} of ${ref.kind} ${ref.id} is missing from the store`);
        yield [chunk[k]!, bytes];
      }
    }
  }

  private put(key: string, state: SubjectState | null): void {
    this.cache.delete(key);
    if (this.cache.size >= this.limit) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, state);
  }
}

/**
 * A synchronous view over pinned subjects and keys (`owners` also holds the imports, under
 * `importLookupKey`), with `current` (a subject being rebuilt)
 * taking precedence. What is not pinned reads as unknown, so loading must come first.
 */
export function viewOf(
  loaded: Loaded,
  owners: Map<string, string | null>,
  current: SubjectState | null = null,
): LedgerView {
  const get = (kind: SubjectKind, id: string) => {
    if (current && current.kind === kind && current.id === id) return current;
    return loaded.get(refKey(kind, id)) ?? undefined;
  };
  return {
    actor: (id) => get('actor', id) as ActorState | undefined,
    case: (id) => get('case', id) as CaseState | undefined,
    request: (id) => get('request', id) as RequestState | undefined,
    item: (id) => get('item', id) as ItemState | undefined,
    designations: (state) => get('designations', state) as DesignationsState | undefined,
    retention: (category) => get('retention', category) as RetentionCategoryState | undefined,
    keyOwner: (pk) => owners.get(pk) ?? undefined,
    importedAs: (origin, index) => owners.get(importLookupKey(origin, index)) ?? undefined,
  };
}

export { refKey };
