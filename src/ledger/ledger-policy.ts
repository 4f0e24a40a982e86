/**
 * The custody ledger as the log's admission policy: before a batch, load every subject its
 * entries name; then, in log order, admit each entry with the core's rules against the batch's
 * view (which sees the earlier entries of the same batch), and emit its index records; once
 * the batch is durable, publish the new states to the cache.
 * @module
 */
import type { AdmitOptions, TypedDraft } from '../core/ledger/admit.ts';
import { admit } from '../core/ledger/admit.ts';
import type { Entry } from '../core/ledger/entry.ts';
import type { TypedPayload } from '../core/ledger/kinds.ts';
import {
  checkpointRulesEpochs,
  epochsFromNowOn,
  formatRulesLine,
  RULES_VERSION,
  type RulesEpochs,
} from '../core/ledger/rules-version.ts';
import type { Genesis } from '../core/ledger/signer-rules.ts';
import { importLookupKey, type LedgerView, type SubjectState } from '../core/ledger/state.ts';
import type { Checkpoint } from '../core/log/checkpoint.ts';
import { MAX_ENTRY_SIZE } from '../core/log/tiles.ts';
import { nodeHashLeaf } from '../crypto/node-sha256.ts';
import type { Leaf, LeafPolicy } from '../log/sequencer.ts';
import type { SideRecord } from '../storage/log-store.ts';
import { entryBytesMapKeys, entryMapKeys } from './ledger-map.ts';
import { type LedgerStates, type Loaded, refKey, viewOf } from './ledger-states.ts';
import { sideRecords } from './side-records.ts';
import { dependentSubjects, referencedImports, referencedKeys, referencedSubjects } from './subject-refs.ts';

export interface BatchContext {
  readonly loaded: Loaded;
  readonly owners: Map<string, string | null>;
  /** The view over `loaded` and `owners`, which reads through them: one for the whole batch. */
  readonly view: LedgerView;
  readonly changed: SubjectState[];
  /** Whether a leaf of this batch carries the records of a migration (carry). */
  carrying: boolean;
}

/** A new entry is admitted under this code's version (checkpointLines announces it from the batch on). */
const ADMITTED_UNDER: RulesEpochs = [{ version: RULES_VERSION, from: 0 }];

export class LedgerPolicy implements LeafPolicy<TypedDraft, BatchContext, Entry> {
  readonly mapKeysOf = entryBytesMapKeys;
  /** Index records a migration built at open, written with the next batch that commits. */
  private carried: SideRecord[] | undefined;

  /** Leaf hashes on OpenSSL: same bytes as the core's, a third of the CPU per entry. */
  private readonly admitOptions: AdmitOptions;

  constructor(
    private readonly states: LedgerStates,
    genesis?: Genesis,
  ) {
    this.admitOptions = { hashLeaf: nodeHashLeaf, ...(genesis ? { genesis } : {}) };
  }

  async prepare(drafts: readonly TypedDraft[]): Promise<BatchContext> {
    const loaded = await this.states.load(drafts.flatMap(referencedSubjects));
    // Access checks read the case of an item or a request, and preservation the items it was
    // copied from: load those, and theirs, until nothing new is named.
    for (let size = -1; size !== loaded.size; ) {
      size = loaded.size;
      await this.states.load([...loaded.values()].flatMap(dependentSubjects), loaded);
    }
    const owners = await this.states.keyOwners(drafts.flatMap(referencedKeys));
    await this.states.importers(drafts.flatMap(referencedImports), owners);
    return { loaded, owners, view: viewOf(loaded, owners), changed: [], carrying: false };
  }

  /** Index records of a one-time migration, to be written with the first leaf of the next batch. */
  carry(records: SideRecord[]): void {
    this.carried = records;
  }

  /**
   * Every checkpoint says from which index each version of the rules applies; a log that has
   * not said so yet (new, or written by an older version) applies this version from its size.
   */
  checkpointLines(previous: Checkpoint): readonly string[] {
    return [formatRulesLine(epochsFromNowOn(checkpointRulesEpochs(previous), previous.size))];
  }

  /** The entry the draft becomes, if the core's rules admit it at `index`. */
  leafFor(draft: TypedDraft, index: number, loggedAtMs: number, ctx: BatchContext): Leaf<Entry> {
    const admitted = admit(ctx.view, draft, index, loggedAtMs, this.admitOptions);
    const side = sideRecords(ctx.view, admitted);
    // Carried by a leaf the sequencer will keep (one it would refuse as too long would drop them).
    if (this.carried && !ctx.carrying && admitted.bytes.length <= MAX_ENTRY_SIZE) {
      side.push(...this.carried);
      ctx.carrying = true;
    }
    for (const s of admitted.states) {
      ctx.loaded.set(refKey(s.kind, s.id), s);
      if (s.kind === 'actor') for (const k of s.keys) ctx.owners.set(k.publicKey, s.id);
      if (s.kind === 'item' && s.imported)
        ctx.owners.set(importLookupKey(s.imported.origin, s.imported.index), s.id);
    }
    ctx.changed.push(...admitted.states);
    return {
      entry: admitted.bytes,
      leafHash: admitted.leafHash,
      side,
      mapKeys: entryMapKeys(admitted.entry as TypedPayload, index, ADMITTED_UNDER),
      result: admitted.entry,
    };
  }

  committed(ctx: BatchContext): void {
    if (ctx.carrying) this.carried = undefined;
    this.states.remember(ctx.changed);
  }
}
