/**
 * The storage contract of the log. The sequencer and the readers depend on this interface
 * only; src/storage/level-store.ts implements it on LevelDB, and tests may wrap it to inject
 * faults.
 *
 * Contract (every implementation MUST keep it):
 * - `commit` MUST be atomic: after a crash either everything in the batch is stored or none
 *   of it is. It MUST NOT resolve before the batch is durable (synced to disk). It MUST refuse
 *   a batch that would overwrite an existing entry, hash or checkpoint.
 * - There is no operation that deletes or rewrites a record. Records are written once.
 * - Reads MUST return exactly the bytes that were committed, or report that the record is
 *   missing (`undefined`); they MUST NOT invent or repair data.
 * @module
 */
import { CustosError } from '../core/errors.ts';
import type { NodeId } from '../core/log/merkle.ts';

export interface StoredCheckpoint {
  readonly size: number;
  /** The log-signed checkpoint note, byte for byte as served. */
  readonly note: Uint8Array;
}

/** Records a domain layer keeps next to the log (indexes, projections); written once, like entries. */
export interface SideRecord {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

export interface CommitBatch {
  /** Consecutive entries, the first at the current tree size. */
  readonly entries: readonly { index: number; bytes: Uint8Array }[];
  readonly nodes: readonly { id: NodeId; hash: Uint8Array }[];
  readonly checkpoint: StoredCheckpoint;
  readonly side: readonly SideRecord[];
}

export interface LogStore {
  commit(batch: CommitBatch): Promise<void>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  checkpointAt(size: number): Promise<StoredCheckpoint | undefined>;
  /** Checkpoints with size in [fromSize, toSize), ascending. */
  checkpoints(fromSize: number, toSize: number): AsyncIterable<StoredCheckpoint>;
  /** Values in the order of `ids`; `undefined` where a hash is missing. */
  readNodes(ids: readonly NodeId[]): Promise<(Uint8Array | undefined)[]>;
  /** Hashes of one level with index in [from, to), ascending, stopping at the first gap. */
  readLevel(level: number, from: number, to: number): Promise<Uint8Array[]>;
  readEntry(index: number): Promise<Uint8Array | undefined>;
  /** Values in the order of `indices`; `undefined` where an entry is missing. */
  readEntriesAt(indices: readonly number[]): Promise<(Uint8Array | undefined)[]>;
  /** Entries with index in [from, to), ascending, stopping at the first gap. */
  readEntries(from: number, to: number): Promise<Uint8Array[]>;
  readSide(key: Uint8Array): Promise<Uint8Array | undefined>;
  /** Values in the order of `keys`; `undefined` where a side record is missing. One round trip. */
  readSides(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]>;
  /**
   * Side records whose key starts with `prefix`, ascending (or descending), at most `limit`;
   * ascending scans may start at `from` (a key within the prefix) instead of its beginning.
   */
  scanSide(
    prefix: Uint8Array,
    options?: { reverse?: boolean; limit?: number; from?: Uint8Array },
  ): AsyncIterable<SideRecord>;
  readMeta(name: string): Promise<Uint8Array | undefined>;
  /** Meta records (store format, log identity) are written once, when the store is created. */
  initMeta(values: Record<string, Uint8Array>): Promise<void>;
  /**
   * Witness cosignature lines for the checkpoint at `size`, keyed by the witness key ID. Each
   * is written once; a second line for the same witness and size is ignored, not rewritten.
   */
  addCosignatures(size: number, lines: readonly { keyId: number; line: Uint8Array }[]): Promise<void>;
  cosignatures(size: number): Promise<Uint8Array[]>;
  /**
   * RFC 3161 replies over the checkpoint note at `size`, keyed by the TSA's ID; written once
   * each, like cosignatures (a second reply from the same TSA for the same size is ignored).
   */
  addTimestamps(size: number, tokens: readonly { tsaId: number; token: Uint8Array }[]): Promise<void>;
  timestamps(size: number): Promise<{ tsaId: number; token: Uint8Array }[]>;
  /** The smallest checkpoint size ≥ `from` that has a cosignature (or a timestamp), if any. */
  firstAttested(family: 'cosignature' | 'timestamp', from: number): Promise<number | undefined>;
  /** Raw records with keys in [gte, lt), in key order: for audits and backups, which must see what is really stored. */
  rawRecords(gte?: Uint8Array, lt?: Uint8Array): AsyncIterable<[Uint8Array, Uint8Array]>;
  close(): Promise<void>;
}

/** A read-only view of a store at one moment: what a live audit or a backup reads. */
export interface AuditSnapshot extends Pick<LogStore, 'rawRecords' | 'readNodes'> {
  release(): Promise<void>;
}

/** A store as the service and the operator's commands open it: the contract, plus snapshots and restores. */
export interface MaintainedStore extends LogStore {
  /** The store as it is at this call, unaffected by later commits. */
  snapshot(): Promise<AuditSnapshot>;
  /** Writes a backup's records into an empty store; refuses (on `first`) a store that holds any. */
  restoreRecords(records: readonly [Uint8Array, Uint8Array][], first: boolean): Promise<void>;
}

/** A store fault: the underlying database failed or holds something it must not. */
export class StoreError extends CustosError {
  readonly code = 'store';
  constructor(message: string, options?: ErrorOptions) {
    super(message, [], {}, options);
  }
}
