/**
 * Builds the court bundle of one item (docs/bundle.md): the item's entries (and those of its
 * derivatives the exporter may read, if asked), each ancestor's whole history (or, once the item
 * is returned or destroyed, its prefix up to the derivation or that disposal), the
 * full histories of the cases and requests they name, and of every actor who signs or is named
 * — closed under "who registered that actor", back to the genesis entry — each with its
 * inclusion proof against one checkpoint.
 * @module
 */

import { fromUtf8, toBase64 } from '../core/encoding.ts';
import type { TypedDraft } from '../core/ledger/admit.ts';
import { BUNDLE_FORMAT, type Bundle, type TimeAnchor } from '../core/ledger/bundle.ts';
import { isDisposal } from '../core/ledger/bundle-completeness.ts';
import type { ParsedEntry } from '../core/ledger/entry.ts';
import type { TypedPayload } from '../core/ledger/kinds.ts';
import type { LogHead } from '../log/head.ts';
import type { LogReader } from '../log/log-reader.ts';
import type { MapIndex } from '../log/map-index.ts';
import type { LogStore } from '../storage/log-store.ts';
import { completenessProofs } from './bundle-completeness.ts';
import type { HistoryEntry, LedgerQueries } from './ledger-queries.ts';
import { referencedSubjects } from './subject-refs.ts';

export interface BundleRequest {
  readonly item: string;
  readonly derivatives: boolean;
  readonly exportedBy?: string;
  /**
   * Whether the exporter may read a derivative item: those it may not are left out, with
   * their histories and their own derivatives. (Ancestors, cases and requests stay in:
   * docs/bundle.md says why.)
   */
  readonly mayRead?: (item: string) => Promise<boolean>;
}

/** The checkpoint a bundle is proven against: the head, with the cosignatures it could get. */
export type CheckpointSource = () => Promise<{
  head: LogHead;
  note: Uint8Array;
  /** The witnesses the log asks, named in the bundle for information. */
  witnesses?: readonly { name: string; verifierKey: string }[];
}>;

/** Where the checkpoints that date entries come from: the store's cosignatures and RFC 3161 tokens. */
export type AttestationSource = Pick<
  LogStore,
  'firstAttested' | 'checkpointAt' | 'cosignatures' | 'timestamps'
>;

export class BundleBuilder {
  constructor(
    private readonly queries: LedgerQueries,
    private readonly reader: LogReader,
    private readonly checkpoint: CheckpointSource,
    private readonly verifierKey: string,
    private readonly now: () => number,
    private readonly attestations?: AttestationSource,
    /** The log's history map: bundles prove their histories complete with it (custos-bundle/v2). */
    private readonly map?: Pick<MapIndex, 'prove'>,
  ) {}

  async build(request: BundleRequest): Promise<Bundle> {
    const { head, note, witnesses } = await this.checkpoint();
    const size = head.checkpoint.size;
    const partial = new Set<string>();
    const raws = await this.record(request, size, partial);
    const indices = [...raws.keys()].sort((a, b) => a - b);
    const proofs = await Promise.all(indices.map((i) => this.reader.inclusionProof(i, size)));
    const anchors = await this.timeAnchors(indices, size);
    const completeness =
      this.map && (await completenessProofs(this.map, head, { ...request, partial }, indices, raws));
    return {
      format: BUNDLE_FORMAT,
      createdAt: new Date(this.now()).toISOString(),
      ...(request.exportedBy ? { exportedBy: request.exportedBy } : {}),
      subject: { item: request.item, derivatives: request.derivatives },
      log: { origin: head.checkpoint.origin, verifierKey: this.verifierKey },
      checkpoint: fromUtf8(note),
      witnesses: [...(witnesses ?? [])],
      entries: indices.map((index, k) => ({
        entry: raws.get(index)!,
        proof: proofs[k]!.proof.map(toBase64),
      })),
      ...(anchors.length > 0 ? { time: { anchors } } : {}),
      ...(completeness ? { completeness } : {}),
    };
  }

  /**
   * The entries a bundle of the item holds, below tree size `size`, by index: the item's own
   * (and its readable derivatives', if asked), its ancestors' whole (up to its creation, or its
   * return or destruction, once it is disposed of), and the
   * full histories of every case, request and actor they name, closed under "who registered
   * that actor". The reads of single entries use the same set (docs/model.md, Who may read
   * what), so what a bundle holds and what its exporter may read are one rule. Items with a
   * derivative the exporter may not read are added to `partial`.
   */
  async record(
    request: BundleRequest,
    size: number,
    partial = new Set<string>(),
  ): Promise<Map<number, Record<string, unknown>>> {
    const entries = new Map<number, ParsedEntry>();
    const raws = new Map<number, Record<string, unknown>>();
    const done = new Set<string>();
    const add = (h: HistoryEntry) => {
      if (h.index >= size) return;
      entries.set(h.index, h.entry as ParsedEntry);
      raws.set(h.index, h.raw);
    };

    // A hold or preservation placed on an ancestor after the copy binds the copy until it is
    // disposed of: the verifier must see the ancestors as they stand (docs/bundle.md).
    const own = await this.queries.history('item', request.item);
    const whole = !own.some((h) => h.index < size && isDisposal(h.entry as unknown as TypedPayload));
    const items = [request.item];
    if (request.derivatives) await this.collectDerivatives(request.item, items, request.mayRead, partial);
    for (const id of items) {
      for (const h of await this.queries.history('item', id)) add(h);
      done.add(`item:${id}`);
      await this.collectAncestors(id, add, done, whole);
    }
    // Close over everything the entries name: cases, requests, actors, and who registered them.
    for (let grew = true; grew; ) {
      grew = false;
      for (const entry of [...entries.values()]) {
        for (const ref of referencedSubjects(entry as unknown as TypedDraft)) {
          if (ref.kind === 'item' || done.has(`${ref.kind}:${ref.id}`)) continue;
          done.add(`${ref.kind}:${ref.id}`);
          for (const h of await this.queries.history(ref.kind, ref.id)) add(h);
          grew = true;
        }
        if (entry.kind === 'request.recorded' && !done.has(`case:${entry.payload.case}`)) {
          done.add(`case:${entry.payload.case}`);
          for (const h of await this.queries.history('case', entry.payload.case)) add(h);
          grew = true;
        }
      }
    }
    return raws;
  }

  /**
   * For each entry, the first checkpoint at or after it with a TSA token and the first with a
   * witness cosignature (the tightest bounds the store has), each with its consistency proof to
   * the bundle's checkpoint. A later checkpoint than the bundle's may serve: the proof then runs
   * from the bundle's size to it.
   */
  private async timeAnchors(indices: readonly number[], size: number): Promise<TimeAnchor[]> {
    const store = this.attestations;
    if (!store) return [];
    const sizes = new Set<number>();
    for (const i of indices) {
      for (const family of ['timestamp', 'cosignature'] as const) {
        const s = await store.firstAttested(family, i + 1);
        if (s !== undefined) sizes.add(s);
      }
    }
    const latest = this.reader.treeSize();
    const anchors: TimeAnchor[] = [];
    for (const s of [...sizes].sort((a, b) => a - b)) {
      const cp = s <= latest ? await store.checkpointAt(s) : undefined;
      if (!cp) continue;
      const [from, to] = s <= size ? [s, size] : [size, s];
      const proof = from === to || from === 0 ? [] : (await this.reader.consistencyProof(from, to)).proof;
      anchors.push({
        checkpoint: fromUtf8(cp.note),
        cosignatures: (await store.cosignatures(s)).map((l) => fromUtf8(l)),
        consistency: proof.map(toBase64),
        timestamps: (await store.timestamps(s)).map((t) => toBase64(t.token)),
      });
    }
    return anchors;
  }

  /**
   * The derivatives of `id`, and theirs, that the exporter may read. An unreadable one is left
   * out with its own derivatives: a readable grandchild would bring its history back in as an
   * ancestor. (The grandchild's own bundle carries it, as any derivative's bundle does.) An item
   * one of whose derivatives is left out is added to `partial`.
   */
  private async collectDerivatives(
    id: string,
    into: string[],
    mayRead: BundleRequest['mayRead'],
    partial: Set<string>,
  ): Promise<void> {
    for (const child of await this.queries.derivatives(id)) {
      if (into.includes(child)) continue;
      if (mayRead && !(await mayRead(child))) {
        partial.add(id);
        continue;
      }
      into.push(child);
      await this.collectDerivatives(child, into, mayRead, partial);
    }
  }

  /**
   * The parent's history, and so on up the line: whole (`whole`: the bundle's item is not disposed
   * of, and the holds and preservations over its ancestors bind it as they stand now); otherwise up
   * to the entry that created the child, or, for a copy that was returned or destroyed, up to that
   * event: the verifier needs the original's holds and preservations as they stood then.
   */
  private async collectAncestors(
    id: string,
    add: (h: HistoryEntry) => void,
    done: Set<string>,
    whole: boolean,
    closedFloor = -1,
  ): Promise<void> {
    const item = await this.queries.subject('item', id);
    if (item?.kind !== 'item' || item.parent === undefined) return;
    const history = await this.queries.history('item', id);
    const closed = history.find((h) => isDisposal(h.entry as unknown as TypedPayload))?.index ?? -1;
    const floor = Math.max(closedFloor, closed);
    const last = whole ? Number.POSITIVE_INFINITY : Math.max(history[0]?.index ?? 0, floor);
    for (const h of await this.queries.history('item', item.parent)) if (h.index <= last) add(h);
    if (!done.has(`item:${item.parent}`)) await this.collectAncestors(item.parent, add, done, whole, floor);
  }
}
