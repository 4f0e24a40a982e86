/**
 * The log's history map at run time (docs/formats.md, History map): the map as of the published
 * head and of recent checkpoints (persistent trees share their nodes), loaded at start-up from
 * the map records, checked against the latest checkpoint's map line, and extended by the
 * sequencer batch by batch. A store that predates the map is migrated once at open: the map is
 * rebuilt from the entries, and its records are written with the next batch, atomically with the
 * first checkpoint that commits to it; no entry is touched.
 * @module
 */
import { equalBytes, toBase64 } from '../core/encoding.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { decodeMapValue, encodeMapValue } from '../core/map/map-hash.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import {
  compareKeys,
  type MapLeafNode,
  type MapRoot,
  mapFromSorted,
  mapGet,
  mapLeaf,
  mapRootHash,
  mapSet,
} from '../core/map/sparse-map.ts';
import type { LogStore, SideRecord } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';
import { IntegrityError } from './log-errors.ts';
import { decodeMapRecord, MAP_RECORD_PREFIX, mapRecord, mapRecordKey } from './map-records.ts';

/** The domain's answer to "whose history does this entry extend?": a map key, or none. */
export type MapKeyOf = (entry: Uint8Array) => Uint8Array | undefined;

/** Progress of a migration: entries read so far of `total`. */
export type MapProgress = (done: number, total: number) => void;

/** How many recent map versions are kept in memory for proofs; older ones are rebuilt on demand. */
const KEPT_VERSIONS = 256;
const MIGRATION_CHUNK = 4096;

/** A batch's changes to the map, made on a copy: published only once the batch is durable. */
export class MapDraft {
  readonly records: SideRecord[] = [];
  constructor(private root: MapRoot) {}

  /** Records that entry `index` (leaf hash `leafHash`) extends the history under `key`. */
  set(key: Uint8Array, index: number, leafHash: Uint8Array): SideRecord {
    const old = mapGet(this.root, key);
    const count = old ? decodeMapValue(old).count + 1 : 1;
    const value = encodeMapValue({ index, leafHash, count });
    this.root = mapSet(this.root, mapLeaf(key, value));
    const record = mapRecord(index, key, value);
    this.records.push(record);
    return record;
  }

  tree(): MapRoot {
    return this.root;
  }
}

export class MapIndex {
  private readonly versions = new Map<number, MapRoot>();
  private latestSize: number;
  private latest: MapRoot;
  /** Records of a migration, to be written with the next batch (then emptied). */
  private pending: SideRecord[];
  private rebuilt: { size: number; tree: MapRoot } | undefined;
  private catchingUp: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: LogStore,
    size: number,
    tree: MapRoot,
    pending: SideRecord[],
  ) {
    this.latestSize = size;
    this.latest = tree;
    this.pending = pending;
    this.versions.set(size, tree);
  }

  /**
   * Loads the map for `head`, or migrates a store whose head has no map line. Throws
   * IntegrityError when the records do not give the root the head's checkpoint signed.
   */
  static async open(
    store: LogStore,
    head: LogHead,
    keyOf: MapKeyOf,
    progress?: MapProgress,
  ): Promise<MapIndex> {
    const size = head.checkpoint.size;
    const signed = checkpointMapRoot(head.checkpoint);
    if (signed === undefined && size > 0) {
      const { tree, records } = await rebuildFromEntries(store, size, keyOf, progress);
      return new MapIndex(store, size, tree, records);
    }
    const tree = await loadRecords(store, size);
    const root = mapRootHash(tree);
    if (signed !== undefined && !equalBytes(root, signed)) {
      throw new IntegrityError(
        `the history map records give root ${toBase64(root)} at tree size ${size}, ` +
          `but the checkpoint signed ${toBase64(signed)}`,
      );
    }
    return new MapIndex(store, size, tree, []);
  }

  /** A draft on the map as of `size` (the head the batch extends), caught up from the store if needed. */
  async draft(size: number): Promise<MapDraft> {
    return new MapDraft(await this.at(size));
  }

  /** Records of a pending migration, once: the sequencer writes them with its next batch. */
  takePending(): SideRecord[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** Puts back migration records whose batch failed (the sequencer stops; a restart redoes it). */
  restorePending(records: SideRecord[]): void {
    if (this.pending.length === 0) this.pending = records;
  }

  publish(size: number, tree: MapRoot): void {
    this.versions.set(size, tree);
    if (size > this.latestSize) {
      this.latestSize = size;
      this.latest = tree;
    }
    for (const s of this.versions.keys()) {
      if (this.versions.size <= KEPT_VERSIONS) break;
      if (s !== this.latestSize) this.versions.delete(s);
    }
  }

  /**
   * The map as of checkpoint `size`: a kept version, the latest caught up with records another
   * process committed, or (for an old checkpoint) rebuilt from the records below it.
   */
  async at(size: number): Promise<MapRoot> {
    if (this.versions.has(size)) return this.versions.get(size);
    if (size > this.latestSize) {
      // One catch-up at a time: a second caller waits for the first and goes on from where it got.
      const run = this.catchingUp.then(() => this.catchUp(size));
      this.catchingUp = run.catch(() => undefined);
      await run;
      if (this.versions.has(size)) return this.versions.get(size);
    }
    if (this.rebuilt?.size !== size) this.rebuilt = { size, tree: await loadRecords(this.store, size) };
    return this.rebuilt.tree;
  }

  /** Follows heads another process commits, so that taking over has little to catch up on. */
  follow(size: number): void {
    this.at(size).catch(() => undefined);
  }

  private async catchUp(size: number): Promise<void> {
    if (size <= this.latestSize) return;
    let tree = this.latest;
    const from = mapRecordKey(this.latestSize);
    for await (const record of this.store.scanSide(MAP_RECORD_PREFIX, { from })) {
      const r = decodeMapRecord(record);
      if (r.index >= size) break;
      tree = mapSet(tree, mapLeaf(r.key.slice(), r.value.slice()));
    }
    this.publish(size, tree);
  }
}

/** The map as of tree size `size`, from the stored records below it. */
async function loadRecords(store: LogStore, size: number): Promise<MapRoot> {
  // The latest value per key first, so that only the final leaves are hashed.
  const latest = new Map<string, { key: Uint8Array; value: Uint8Array }>();
  for await (const record of store.scanSide(MAP_RECORD_PREFIX)) {
    const r = decodeMapRecord(record);
    if (r.index >= size) break;
    latest.set(Buffer.from(r.key).toString('latin1'), { key: r.key, value: r.value });
  }
  const leaves: MapLeafNode[] = [];
  for (const { key, value } of latest.values()) leaves.push(mapLeaf(key.slice(), value.slice()));
  return mapFromSorted(leaves.sort((a, b) => compareKeys(a.key, b.key)));
}

/**
 * The map and its records from the entries alone (a migration, an audit, a monitor): each
 * entry's key from the domain, its leaf hash computed here.
 */
export async function rebuildFromEntries(
  store: Pick<LogStore, 'readEntries'>,
  size: number,
  keyOf: MapKeyOf,
  progress?: MapProgress,
): Promise<{ tree: MapRoot; records: SideRecord[] }> {
  const builder = new MapBuilder();
  for (let from = 0; from < size; from += MIGRATION_CHUNK) {
    const to = Math.min(size, from + MIGRATION_CHUNK);
    const entries = await store.readEntries(from, to);
    if (entries.length !== to - from) throw new IntegrityError(`entry ${from + entries.length} is missing`);
    for (const [k, bytes] of entries.entries()) builder.add(from + k, bytes, keyOf);
    progress?.(to, size);
  }
  return builder.finish();
}

/** Accumulates subject heads in log order; builds the tree once, in bulk, at the end. */
export class MapBuilder {
  private readonly heads = new Map<
    string,
    { key: Uint8Array; index: number; leafHash: Uint8Array; count: number }
  >();
  private readonly records: SideRecord[] = [];

  add(index: number, entry: Uint8Array, keyOf: MapKeyOf): void {
    const key = keyOf(entry);
    if (!key) return;
    const id = Buffer.from(key).toString('latin1');
    const head = this.heads.get(id);
    const next = { key, index, leafHash: hashLeaf(entry), count: (head?.count ?? 0) + 1 };
    this.heads.set(id, next);
    this.records.push(mapRecord(index, key, encodeMapValue(next)));
  }

  finish(): { tree: MapRoot; records: SideRecord[] } {
    const leaves = [...this.heads.values()].map((h) => mapLeaf(h.key, encodeMapValue(h)));
    return { tree: mapFromSorted(leaves.sort((a, b) => compareKeys(a.key, b.key))), records: this.records };
  }
}
