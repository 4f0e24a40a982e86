/**
 * The log's history map at run time (docs/formats.md, History map): the map as of the published
 * head and of recent checkpoints (persistent trees share their nodes), opened from the shard
 * heads the store keeps (at most SHARD_COUNT reads, whatever the log's size), checked against the
 * latest checkpoint's map line, with each shard's keys read the first time a key in it is set or
 * proven, and checked against its head. The sequencer applies a batch's changes at once.
 * A store that predates this layout — no map at all, or the first version's per-index records —
 * is migrated once at open: the map is rebuilt from the entries with progress, and its records
 * are written with the next batch, atomically with the checkpoint that commits to it; no entry
 * is touched.
 * @module
 */
import { equalBytes, toBase64 } from '../core/encoding.ts';
import { parseCheckpoint } from '../core/log/checkpoint.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { EMPTY_SUBTREE, encodeMapValue } from '../core/map/map-hash.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import {
  decodeShardHead,
  encodeShardHead,
  mapFromShardHeads,
  SHARD_BITS,
  SHARD_COUNT,
  type ShardHead,
  shardHead,
  shardHeadOfKey,
  shardOf,
  shardPath,
} from '../core/map/map-shards.ts';
import {
  compareKeys,
  hashAt,
  type MapLeafNode,
  type MapRoot,
  type MapStubNode,
  mapFromSorted,
  mapGet,
  mapLeaf,
  mapProve,
  mapRootHash,
  mapSeal,
  mapSet,
  type RawMapProof,
  unloadedOnPath,
} from '../core/map/sparse-map.ts';
import { readU64 } from '../core/ordered-keys.ts';
import type { LogStore, SideRecord } from '../storage/log-store.ts';
import type { LogHead } from './head.ts';
import { IntegrityError } from './log-errors.ts';
import {
  decodeMapValueRecord,
  MAP_VALUE_PREFIX,
  mapValueRecord,
  shardHeadKey,
  shardHeadPrefix,
  shardValuesFrom,
} from './map-records.ts';

/**
 * The domain's answer to "which map keys does entry `index` update?": its subject's (the history it
 * extends), and any other key the domain's rules in force at that index say it updates; or none.
 */
export type MapKeysOf = (entry: Uint8Array, index: number) => readonly Uint8Array[];

/** Progress of a migration: entries read so far of `total`. */
export type MapProgress = (done: number, total: number) => void;

/** How many recent map versions are kept in memory; older ones are opened from their shard heads. */
const KEPT_VERSIONS = 64;
const MIGRATION_CHUNK = 4096;
/** Shard heads read at once when a map version is opened. */
const HEAD_READS = 64;

/** One key a batch updates: how many of its entries update it, and the value the last one gives. */
interface DraftKey {
  readonly key: Uint8Array;
  /** Another key of the draft whose first six bytes are the same (a chain, almost always empty). */
  readonly next: DraftKey | undefined;
  /** Entries of the batch that update the key so far. */
  updates: number;
  /** The key's history length before the batch, once `apply` read it. */
  before: number;
  value: Uint8Array | undefined;
}

/** The first six bytes of a key as a number: a Map key without a string per update. */
const keyId = (k: Uint8Array): number =>
  k[0]! * 2 ** 40 + k[1]! * 2 ** 32 + (((k[2]! << 24) | (k[3]! << 16) | (k[4]! << 8) | k[5]!) >>> 0);

/** A batch's changes in log order, recorded while it is sequenced and applied once (`MapIndex.apply`). */
export class MapDraft {
  /** Each update in log order, with its key and its rank among the batch's updates of that key. */
  readonly changes: {
    readonly of: DraftKey;
    readonly index: number;
    readonly leafHash: Uint8Array;
    readonly rank: number;
  }[] = [];
  /** The keys updated, each once, in the order of their first update. */
  readonly keys: DraftKey[] = [];
  private readonly byId = new Map<number, DraftKey>();
  constructor(
    /** The size of the map version the batch extends. */
    readonly size: number,
    readonly base: MapRoot,
  ) {}

  /** Records that entry `index` (leaf hash `leafHash`) updates the value under `key`. */
  set(key: Uint8Array, index: number, leafHash: Uint8Array): void {
    const id = keyId(key);
    let of = this.byId.get(id);
    while (of && !equalBytes(of.key, key)) of = of.next;
    if (!of) {
      of = { key, next: this.byId.get(id), updates: 0, before: 0, value: undefined };
      this.byId.set(id, of);
      this.keys.push(of);
    }
    of.updates++;
    this.changes.push({ of, index, leafHash, rank: of.updates });
  }
}

export class MapIndex {
  private readonly versions = new Map<number, MapRoot>();
  private latestSize: number;
  /** A migration's value records, written with the next batch with every shard's head, then dropped. */
  private migration: SideRecord[] | undefined;
  private opened: { size: number; tree: MapRoot } | undefined;
  private catchingUp: Promise<void> = Promise.resolve();
  private readonly loading = new WeakMap<MapStubNode, Promise<void>>();

  private constructor(
    private readonly store: LogStore,
    size: number,
    tree: MapRoot,
    migration: SideRecord[] | undefined,
  ) {
    this.latestSize = size;
    this.migration = migration;
    this.versions.set(size, tree);
  }

  /**
   * Opens the map for `head` from its shard heads, or migrates a store that has none. Throws
   * IntegrityError when the heads (or a migrated store's entries) do not give the root the head's
   * checkpoint signed.
   */
  static async open(
    store: LogStore,
    head: LogHead,
    keysOf: MapKeysOf,
    progress?: MapProgress,
  ): Promise<MapIndex> {
    const size = head.checkpoint.size;
    const signed = checkpointMapRoot(head.checkpoint);
    const heads = size > 0 && signed !== undefined ? await readShardHeads(store, size) : [];
    const legacy =
      signed !== undefined && heads.every((h) => h === undefined) && !equalBytes(signed, EMPTY_SUBTREE);
    if (size > 0 && (signed === undefined || legacy)) {
      const { tree, records } = await rebuildFromEntries(store, size, keysOf, progress);
      if (signed !== undefined) checkRoot(tree, signed, size, 'entries');
      return new MapIndex(store, size, tree, records);
    }
    const tree = mapFromShardHeads(heads);
    if (signed !== undefined) checkRoot(tree, signed, size, 'shard heads');
    return new MapIndex(store, size, tree, undefined);
  }

  /** A draft on the map as of `size` (the head the batch extends), caught up from the store if needed. */
  async draft(size: number): Promise<MapDraft> {
    return new MapDraft(size, await this.at(size));
  }

  /** Value records of a pending migration (written with the next batch), or 0. */
  pendingMigration(): number {
    return this.migration?.length ?? 0;
  }

  /**
   * The map `draft` gives at `size` (the batch's checkpoint), and the records to commit with the
   * batch: a value record per key each entry updates, the head of every shard the batch changed (of every shard,
   * with a pending migration's records, for the first batch after a migration). Each subject's
   * leaf is set once per batch, and the batch's new nodes are created and hashed once.
   */
  async apply(draft: MapDraft, size: number): Promise<{ tree: MapRoot; records: SideRecord[] }> {
    // Most keys' shards are loaded already: check that synchronously, and await only for the rest.
    for (const k of draft.keys)
      if (unloadedOnPath(draft.base, k.key)) await this.loadPath(draft.base, k.key, draft.size);
    const records: SideRecord[] = this.migration ? [...this.migration] : [];
    for (const k of draft.keys) {
      const before = mapGet(draft.base, k.key);
      k.before = before ? readU64(before, 40) : 0;
    }
    for (const c of draft.changes) {
      const value = encodeMapValue({ index: c.index, leafHash: c.leafHash, count: c.of.before + c.rank });
      records.push(mapValueRecord(c.of.key, c.index, value));
      if (c.rank === c.of.updates) c.of.value = value;
    }
    const owner = {};
    let tree = draft.base;
    for (const k of draft.keys) tree = mapSet(tree, mapLeaf(k.key, k.value!), owner);
    mapSeal(tree, owner);
    if (this.migration) {
      for (let s = 0; s < SHARD_COUNT; s++) {
        const head = shardHead(tree, s);
        if (head) records.push({ key: shardHeadKey(s, size), value: encodeShardHead(head) });
      }
      return { tree, records };
    }
    const done = new Uint8Array(SHARD_COUNT);
    for (const k of draft.keys) {
      const s = shardOf(k.key);
      if (done[s]) continue;
      done[s] = 1;
      records.push({ key: shardHeadKey(s, size), value: encodeShardHead(shardHeadOfKey(tree, k.key)!) });
    }
    return { tree, records };
  }

  /** The batch that extends the map to `size` is durable: its version is served from now on. */
  publish(size: number, tree: MapRoot): void {
    this.migration = undefined;
    this.versions.set(size, tree);
    if (size > this.latestSize) this.latestSize = size;
    for (const s of this.versions.keys()) {
      if (this.versions.size <= KEPT_VERSIONS) break;
      if (s !== this.latestSize) this.versions.delete(s);
    }
  }

  /**
   * The map as of checkpoint `size`: a kept version, the latest as another process committed it,
   * or an older one opened from its shard heads. Its shards may not be loaded: `prove` loads them.
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
    if (this.opened?.size !== size) this.opened = { size, tree: await this.openVersion(size) };
    return this.opened.tree;
  }

  /**
   * Reads every shard of the latest version, one at a time, until `stop()` says otherwise: run in
   * the background after start-up so that proofs do not wait for a shard's first read (a thousand
   * records per shard at 1M entries). Proofs and appends meanwhile load what they need first; a
   * shard that fails its check throws here as it would for the proof that reads it.
   */
  async warm(stop: () => boolean): Promise<number> {
    let loaded = 0;
    for (let shard = 0; shard < SHARD_COUNT && !stop(); shard++) {
      const size = this.latestSize;
      const tree = this.versions.get(size);
      if (tree === undefined) break;
      if (unloadedOnPath(tree, shardPath(shard))) loaded++;
      await this.loadPath(tree, shardPath(shard), size);
    }
    return loaded;
  }

  /** The proof for `key` in the map as of checkpoint `size`. */
  async prove(size: number, key: Uint8Array): Promise<RawMapProof> {
    const tree = await this.at(size);
    await this.loadPath(tree, key, size);
    return mapProve(tree, key);
  }

  /**
   * A process standing by adopts heads another process commits: its map is opened from their
   * shard heads when it needs them (`at`), which takes at most SHARD_COUNT reads.
   */
  follow(_size: number): void {}

  private async catchUp(size: number): Promise<void> {
    if (size <= this.latestSize) return;
    this.publish(size, await this.openVersion(size));
  }

  /**
   * Map version `size` from its shard heads, checked against the checkpoint's map line; a version
   * older than the heads (before a migration) is rebuilt from the value records below it.
   */
  private async openVersion(size: number): Promise<MapRoot> {
    const stored = await this.store.checkpointAt(size);
    if (!stored) throw new RangeError(`the log signed no checkpoint of size ${size}`);
    const text = new TextDecoder().decode(stored.note);
    const signed = checkpointMapRoot(parseCheckpoint(text.slice(0, text.indexOf('\n\n') + 1)));
    const fromHeads = mapFromShardHeads(await readShardHeads(this.store, size));
    if (signed === undefined || equalBytes(mapRootHash(fromHeads), signed)) return fromHeads;
    const tree = await loadAllValues(this.store, size);
    checkRoot(tree, signed, size, 'value records');
    return tree;
  }

  /** Loads every shard on `key`'s path in `tree` (a version of size `size`) that is not loaded yet. */
  private async loadPath(tree: MapRoot, key: Uint8Array, size: number): Promise<void> {
    for (let stub = unloadedOnPath(tree, key); stub; stub = unloadedOnPath(tree, key)) {
      let loading = this.loading.get(stub);
      if (!loading) {
        loading = this.loadShard(stub, size);
        this.loading.set(stub, loading);
      }
      try {
        await loading;
      } finally {
        this.loading.delete(stub);
      }
    }
  }

  /**
   * Reads a shard's keys as of `size` (a stub holds the same keys in every version that shares
   * it) and checks them against the head it was opened from.
   */
  private async loadShard(stub: MapStubNode, size: number): Promise<void> {
    const shard = shardOf(stub.someKey);
    const leaves: MapLeafNode[] = [];
    let last: { key: Uint8Array; value: Uint8Array } | undefined;
    const flush = () => last && leaves.push(mapLeaf(last.key.slice(), last.value.slice()));
    for await (const record of this.store.scanSide(MAP_VALUE_PREFIX, { from: shardValuesFrom(shard) })) {
      const r = decodeMapValueRecord(record);
      if (shardOf(r.key) !== shard) break;
      if (r.index >= size) continue;
      if (last && !equalBytes(last.key, r.key)) flush();
      last = r;
    }
    flush();
    const tree = mapFromSorted(leaves);
    if (!tree || !equalBytes(hashAt(tree, SHARD_BITS), stub.hash)) {
      throw new IntegrityError(
        `the history map values of shard ${shard} give another subtree than its head at tree size ${size}`,
      );
    }
    stub.loaded = tree;
  }
}

function checkRoot(tree: MapRoot, signed: Uint8Array, size: number, what: string): void {
  const root = mapRootHash(tree);
  if (!equalBytes(root, signed))
    throw new IntegrityError(
      `the history map records (${what}) give root ${toBase64(root)} at tree size ${size}, ` +
        `but the checkpoint signed ${toBase64(signed)}`,
    );
}

/** Each shard's head as of `size` (its latest head record at or below it), by shard. */
async function readShardHeads(store: LogStore, size: number): Promise<(ShardHead | undefined)[]> {
  const heads: (ShardHead | undefined)[] = new Array(SHARD_COUNT).fill(undefined);
  const read = async (shard: number) => {
    const from = shardHeadKey(shard, size);
    for await (const r of store.scanSide(shardHeadPrefix(shard), { from, limit: 1 })) {
      try {
        heads[shard] = decodeShardHead(r.value);
      } catch (e) {
        throw new IntegrityError(`the head record of history map shard ${shard} is malformed`, { cause: e });
      }
    }
  };
  for (let s = 0; s < SHARD_COUNT; s += HEAD_READS)
    await Promise.all(Array.from({ length: Math.min(HEAD_READS, SHARD_COUNT - s) }, (_, k) => read(s + k)));
  return heads;
}

/** The map as of tree size `size` from every value record below it (a version older than the heads). */
async function loadAllValues(store: LogStore, size: number): Promise<MapRoot> {
  const leaves: MapLeafNode[] = [];
  let last: { key: Uint8Array; value: Uint8Array } | undefined;
  const flush = () => last && leaves.push(mapLeaf(last.key.slice(), last.value.slice()));
  for await (const record of store.scanSide(MAP_VALUE_PREFIX)) {
    const r = decodeMapValueRecord(record);
    if (r.index >= size) continue;
    if (last && !equalBytes(last.key, r.key)) flush();
    last = r;
  }
  flush();
  return mapFromSorted(leaves);
}

/**
 * The map and its value records from the entries alone (a migration, an audit, a monitor): each
 * entry's key from the domain, its leaf hash computed here.
 */
export async function rebuildFromEntries(
  store: Pick<LogStore, 'readEntries'>,
  size: number,
  keysOf: MapKeysOf,
  progress?: MapProgress,
): Promise<{ tree: MapRoot; records: SideRecord[] }> {
  const builder = new MapBuilder();
  for (let from = 0; from < size; from += MIGRATION_CHUNK) {
    const to = Math.min(size, from + MIGRATION_CHUNK);
    const entries = await store.readEntries(from, to);
    if (entries.length !== to - from) throw new IntegrityError(`entry ${from + entries.length} is missing`);
    for (const [k, bytes] of entries.entries()) builder.add(from + k, bytes, keysOf);
    progress?.(to, size);
  }
  return builder.finish();
}

/** Accumulates the heads of map keys in log order; builds the tree once, in bulk, at the end. */
export class MapBuilder {
  private readonly heads = new Map<
    string,
    { key: Uint8Array; index: number; leafHash: Uint8Array; count: number }
  >();
  private readonly records: SideRecord[] = [];

  add(index: number, entry: Uint8Array, keysOf: MapKeysOf): void {
    const keys = keysOf(entry, index);
    if (keys.length === 0) return;
    const leafHash = hashLeaf(entry);
    for (const key of keys) {
      const id = Buffer.from(key.buffer, key.byteOffset, key.length).toString('latin1');
      const head = this.heads.get(id);
      const next = { key, index, leafHash, count: (head?.count ?? 0) + 1 };
      this.heads.set(id, next);
      this.records.push(mapValueRecord(key, index, encodeMapValue(next)));
    }
  }

  finish(): { tree: MapRoot; records: SideRecord[] } {
    const leaves = [...this.heads.values()].map((h) => mapLeaf(h.key, encodeMapValue(h)));
    return {
      tree: mapFromSorted(leaves.sort((a, b) => compareKeys(a.key, b.key))),
      records: this.records,
    };
  }
}
