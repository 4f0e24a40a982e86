/**
 * {@link LogStore} on PostgreSQL (node-postgres). The records are those of the LevelDB store,
 * under the same keys (store-keys.ts), in one `bytea` key/value table (postgres-schema.ts): the
 * audit, backups and restores are the same code for both stores, and a backup of one restores
 * into the other.
 *
 * Reads go through a pool, from any process. Writes to the log go through the write lease: one
 * session that holds a PostgreSQL advisory lock and runs every commit, so that the lease and
 * the right to commit end together when that session ends. A commit is one call of the
 * `custos_commit` function: one transaction, durable when COMMIT returns (synchronous_commit,
 * and a synchronous standby if the server has one), refused unless it extends the stored head.
 * @module
 */

import pg from 'pg';
import { equalBytes } from '../core/encoding.ts';
import type { NodeId } from '../core/log/merkle.ts';
import { prefixEnd, readU32, readU64, u64 } from '../core/ordered-keys.ts';
import type {
  AuditSnapshot,
  CommitBatch,
  MaintainedStore,
  SideRecord,
  StoredCheckpoint,
} from './log-store.ts';
import { StoreError } from './log-store.ts';
import { HEAD_CHANNEL, LEASE_LOCK, SCHEMA_SQL } from './postgres-schema.ts';
import {
  checkpointKey,
  cosignatureKey,
  cosignaturePrefix,
  entryKey,
  hashKey,
  metaKey,
  PREFIX,
  predecessorKey,
  sideKey,
  timestampKey,
  timestampPrefix,
} from './store-keys.ts';
import { shownLocation } from './store-location.ts';

type Row = { key: Buffer; value: Buffer };
const PAGE = 2000;
const family = (prefix: number) => Uint8Array.of(prefix);
const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

export class PostgresLogStore implements MaintainedStore {
  /** The session holding the write lease, while this process holds it. */
  private writer: pg.Client | undefined;
  /** The session that asks for the lease, while this process does not hold it. */
  private candidate: pg.Client | undefined;

  private constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  /** Connects, and creates the schema if the database has none yet. */
  static async open(url: string, options: { poolSize?: number } = {}): Promise<PostgresLogStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 8, keepAlive: true });
    // An idle pooled connection the server dropped must not crash the process.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LEASE_LOCK[0]]);
        await client.query(SCHEMA_SQL);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new StoreError(`cannot open the store at ${shownLocation(url)}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    return new PostgresLogStore(pool, url);
  }

  /**
   * Tries to take the write lease; resolves true if this process now holds it. The lease lasts
   * as long as its session: `onLost` is called if that session ends (the server restarted, the
   * network failed), after which every commit is refused.
   */
  async acquireWriteLease(onLost: (why: Error) => void = () => undefined): Promise<boolean> {
    if (this.writer) return true;
    // One session asks again and again (a follower polls): no new connection per attempt.
    const client = this.candidate ?? (await this.connectCandidate());
    let ok: boolean | undefined;
    try {
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
        ...LEASE_LOCK,
      ]);
      ok = rows[0]?.ok;
    } catch (e) {
      this.dropCandidate(client);
      throw new StoreError(`cannot ask for the write lease: ${(e as Error).message}`, { cause: e });
    }
    if (!ok) return false;
    this.candidate = undefined;
    this.writer = client;
    const lost = (e?: Error) => {
      if (this.writer !== client) return;
      this.writer = undefined;
      client.end().catch(() => undefined);
      onLost(e ?? new Error('the session holding the write lease ended'));
    };
    client.removeAllListeners('error');
    client.on('error', lost);
    client.on('end', () => lost());
    return true;
  }

  private async connectCandidate(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('error', () => this.dropCandidate(client));
    await client.connect();
    this.candidate = client;
    return client;
  }

  private dropCandidate(client: pg.Client): void {
    if (this.candidate === client) this.candidate = undefined;
    client.end().catch(() => undefined);
  }

  /** Gives the write lease up: its session ends, and another process may take it at once. */
  async releaseWriteLease(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    await writer?.end().catch(() => undefined);
  }

  /** Records where the lease holder takes writes, for the other processes to forward to. */
  async advertiseLeader(url: string): Promise<void> {
    await this.writerClient().query(
      `INSERT INTO custos_leader (id, url, since) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET url = excluded.url, since = excluded.since`,
      [url],
    );
  }

  /** The write-lease holder's advertised URL, if one is holding it now. */
  async leaderUrl(): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ url: string; held: boolean }>(
      `SELECT url, EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
         AND classid = $1 AND objid = $2 AND objsubid = 2
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS held
       FROM custos_leader WHERE id = 1`,
      [...LEASE_LOCK],
    );
    return rows[0]?.held ? rows[0].url : undefined;
  }

  holdsWriteLease(): boolean {
    return this.writer !== undefined;
  }

  /** Calls `listener` with the tree size of every commit, by any process, from now on. */
  async onRemoteCommit(
    listener: (size: number) => void,
    onLost: (e: Error) => void,
  ): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    await client.connect();
    client.on('notification', (n) => {
      if (n.channel === HEAD_CHANNEL) listener(Number(n.payload));
    });
    client.on('error', onLost);
    await client.query(`LISTEN ${HEAD_CHANNEL}`);
    return () => client.end();
  }

  private writerClient(): pg.Client {
    if (!this.writer) throw new StoreError('this process does not hold the write lease of the store');
    return this.writer;
  }

  async commit(batch: CommitBatch): Promise<void> {
    const first = batch.entries[0];
    const size = batch.checkpoint.size;
    const contiguous =
      size === (first?.index ?? size) + batch.entries.length &&
      batch.entries.every((e, k) => e.index === first!.index + k);
    if (!contiguous) {
      throw new StoreError(
        `refusing a batch whose entries and checkpoint (tree size ${size}) are not contiguous: it would leave a gap`,
      );
    }
    const keys: Uint8Array[] = [];
    const values: Uint8Array[] = [];
    const put = (k: Uint8Array, v: Uint8Array) => {
      keys.push(k);
      values.push(v);
    };
    for (const e of batch.entries) put(entryKey(e.index), e.bytes);
    for (const n of batch.nodes) put(hashKey(n.id), n.hash);
    put(checkpointKey(size), batch.checkpoint.note);
    if (first) put(predecessorKey(size), u64(first.index));
    const writer = this.writerClient();
    try {
      await writer.query('SELECT custos_commit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
        keys,
        values,
        batch.side.map((s) => sideKey(s.key)),
        batch.side.map((s) => s.value),
        first ? checkpointKey(first.index) : null,
        first ? entryKey(first.index) : null,
        prefixEnd(family(PREFIX.entry)),
        checkpointKey(size),
        prefixEnd(family(PREFIX.checkpoint)),
        size,
      ]);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'CU001' || code === 'CU002' || code === 'CU003' || code === '23505')
        throw new StoreError((e as Error).message.replace(/^custos: /, ''), { cause: e });
      throw new StoreError(`durable write of ${keys.length + batch.side.length} records failed`, {
        cause: e,
      });
    }
  }

  private async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    const { rows } = await this.pool.query<Row>('SELECT key, value FROM custos_records WHERE key = $1', [
      key,
    ]);
    return rows[0] ? view(rows[0].value) : undefined;
  }

  private async getMany(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    if (keys.length === 0) return [];
    const { rows } = await this.pool.query<Row>(
      'SELECT key, value FROM custos_records WHERE key = ANY($1::bytea[])',
      [keys],
    );
    const found = new Map(rows.map((r) => [r.key.toString('hex'), view(r.value)]));
    return keys.map((k) => found.get(hex(k)));
  }

  /** Rows with keys in [gte, lt), ascending or descending, at most `limit`. */
  private async range(
    gte: Uint8Array,
    lt: Uint8Array | null,
    limit: number,
    reverse = false,
  ): Promise<Row[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT key, value FROM custos_records WHERE key >= $1 AND ($2::bytea IS NULL OR key < $2)
       ORDER BY key ${reverse ? 'DESC' : 'ASC'} LIMIT $3`,
      [gte, lt, limit],
    );
    return rows;
  }

  /** Every row in [gte, lt), page by page (keyset paging: each page starts past the last key). */
  private async *pages(
    gte: Uint8Array,
    lt: Uint8Array | null,
    reverse = false,
    limit = Infinity,
  ): AsyncIterable<Row> {
    let low = gte;
    let high = lt;
    let left = limit;
    while (left > 0) {
      const rows = await this.range(low, high, Math.min(PAGE, left), reverse);
      yield* rows;
      left -= rows.length;
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1]!.key;
      if (reverse) high = view(last);
      else low = Buffer.concat([last, Buffer.of(0)]);
    }
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    const cp = family(PREFIX.checkpoint);
    const [row] = await this.range(cp, prefixEnd(cp), 1, true);
    return row ? checkpointOf(row) : undefined;
  }

  async checkpointAt(size: number): Promise<StoredCheckpoint | undefined> {
    const note = await this.get(checkpointKey(size));
    return note === undefined ? undefined : { size, note };
  }

  async *checkpoints(fromSize: number, toSize: number): AsyncIterable<StoredCheckpoint> {
    if (toSize <= fromSize) return;
    for await (const row of this.pages(checkpointKey(fromSize), checkpointKey(toSize)))
      yield checkpointOf(row);
  }

  readNodes(ids: readonly NodeId[]): Promise<(Uint8Array | undefined)[]> {
    return this.getMany(ids.map(hashKey));
  }

  readLevel(level: number, from: number, to: number): Promise<Uint8Array[]> {
    return this.readRun((i) => hashKey({ level, index: i }), from, to, 2);
  }

  readEntry(index: number): Promise<Uint8Array | undefined> {
    return this.get(entryKey(index));
  }

  readEntriesAt(indices: readonly number[]): Promise<(Uint8Array | undefined)[]> {
    return this.getMany(indices.map(entryKey));
  }

  readEntries(from: number, to: number): Promise<Uint8Array[]> {
    return this.readRun(entryKey, from, to, 1);
  }

  /** Values of consecutive keys [from, to), stopping at the first missing one. */
  private async readRun(
    keyOf: (i: number) => Uint8Array,
    from: number,
    to: number,
    indexAt: number,
  ): Promise<Uint8Array[]> {
    const out: Uint8Array[] = [];
    if (to <= from) return out;
    for await (const row of this.pages(keyOf(from), keyOf(to))) {
      if (readU64(row.key, indexAt) !== from + out.length) break;
      out.push(view(row.value));
    }
    return out;
  }

  /** Records written once each, by any process: a second write of a key is ignored, not applied. */
  private async insertOnce(keys: readonly Uint8Array[], values: readonly Uint8Array[]): Promise<void> {
    if (keys.length === 0) return;
    await this.pool.query(
      `INSERT INTO custos_records (key, value) SELECT * FROM unnest($1::bytea[], $2::bytea[])
       ON CONFLICT (key) DO NOTHING`,
      [keys, values],
    );
  }

  addCosignatures(size: number, lines: readonly { keyId: number; line: Uint8Array }[]): Promise<void> {
    return this.insertOnce(
      lines.map((l) => cosignatureKey(size, l.keyId)),
      lines.map((l) => l.line),
    );
  }

  addTimestamps(size: number, tokens: readonly { tsaId: number; token: Uint8Array }[]): Promise<void> {
    return this.insertOnce(
      tokens.map((t) => timestampKey(size, t.tsaId)),
      tokens.map((t) => t.token),
    );
  }

  async timestamps(size: number): Promise<{ tsaId: number; token: Uint8Array }[]> {
    const prefix = timestampPrefix(size);
    const rows = await this.range(prefix, prefixEnd(prefix), 1_000);
    return rows
      .filter((r) => r.key.length === 13)
      .map((r) => ({ tsaId: readU32(r.key, 9), token: view(r.value) }));
  }

  async firstAttested(which: 'cosignature' | 'timestamp', from: number): Promise<number | undefined> {
    const start = which === 'timestamp' ? timestampPrefix(from) : cosignaturePrefix(from);
    const [row] = await this.range(start, prefixEnd(family(start[0]!)), 1);
    return row ? readU64(row.key, 1) : undefined;
  }

  async cosignatures(size: number): Promise<Uint8Array[]> {
    const prefix = cosignaturePrefix(size);
    const rows = await this.range(prefix, prefixEnd(prefix), 1_000);
    return rows.map((r) => view(r.value));
  }

  readSides(keys: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    return this.getMany(keys.map(sideKey));
  }

  readSide(key: Uint8Array): Promise<Uint8Array | undefined> {
    return this.get(sideKey(key));
  }

  async *scanSide(
    prefix: Uint8Array,
    options: { reverse?: boolean; limit?: number; from?: Uint8Array } = {},
  ): AsyncIterable<SideRecord> {
    const full = sideKey(prefix);
    const gte = options.from ? sideKey(options.from) : full;
    const rows = this.pages(gte, prefixEnd(full), options.reverse ?? false, options.limit ?? Infinity);
    for await (const row of rows) yield { key: view(row.key).subarray(1), value: view(row.value) };
  }

  readMeta(name: string): Promise<Uint8Array | undefined> {
    return this.get(metaKey(name));
  }

  /** Writes the missing meta records; any process may, and the first one's values stand. */
  async initMeta(values: Record<string, Uint8Array>): Promise<void> {
    const names = Object.keys(values);
    await this.insertOnce(
      names.map(metaKey),
      names.map((n) => values[n]!),
    );
    const stored = await this.getMany(names.map(metaKey));
    names.forEach((name, i) => {
      if (!equalBytes(stored[i]!, values[name]!))
        throw new StoreError(`store already has a different "${name}"`);
    });
  }

  /**
   * Every record in [gte, lt), in key order, page by page without holding a connection between
   * pages (an audit may leave a walk unfinished). For one consistent copy of a live store, read
   * a {@link snapshot}.
   */
  async *rawRecords(gte?: Uint8Array, lt?: Uint8Array): AsyncIterable<[Uint8Array, Uint8Array]> {
    for await (const row of this.pages(gte ?? new Uint8Array(0), lt ?? null))
      yield [view(row.key), view(row.value)];
  }

  /**
   * A read-only view of the store as it is now: a REPEATABLE READ transaction on a connection
   * of its own, read through cursors, so later commits are not seen.
   */
  async snapshot(): Promise<AuditSnapshot> {
    const client = await this.pool.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The snapshot is taken by the transaction's first query: take it now, at the call.
    await client.query('SELECT 1');
    let cursors = 0;
    let busy: Promise<unknown> = Promise.resolve();
    // One connection runs one query at a time: the audit's readers take turns.
    const query = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
      const next = busy.then(() => client.query<R>(text, values));
      busy = next.catch(() => undefined);
      return next;
    };
    return {
      async *rawRecords(gte?: Uint8Array, lt?: Uint8Array) {
        const name = `records_${++cursors}`;
        await query(
          `DECLARE ${name} NO SCROLL CURSOR FOR SELECT key, value FROM custos_records
           WHERE ($1::bytea IS NULL OR key >= $1) AND ($2::bytea IS NULL OR key < $2) ORDER BY key`,
          [gte ?? null, lt ?? null],
        );
        try {
          for (;;) {
            const { rows } = await query<Row>(`FETCH ${PAGE} FROM ${name}`);
            for (const r of rows) yield [view(r.key), view(r.value)] as [Uint8Array, Uint8Array];
            if (rows.length < PAGE) return;
          }
        } finally {
          await query(`CLOSE ${name}`).catch(() => undefined);
        }
      },
      readNodes: async (ids) => {
        const keys = ids.map(hashKey);
        const { rows } = await query<Row>(
          'SELECT key, value FROM custos_records WHERE key = ANY($1::bytea[])',
          [keys],
        );
        const found = new Map(rows.map((r) => [r.key.toString('hex'), view(r.value)]));
        return keys.map((k) => found.get(hex(k)));
      },
      release: async () => {
        await query('COMMIT').catch(() => undefined);
        client.release();
      },
    };
  }

  /** Writes restored records into this empty store (a restore); refuses a store that holds any. */
  async restoreRecords(records: readonly [Uint8Array, Uint8Array][], first: boolean): Promise<void> {
    if (first) {
      const { rows } = await this.pool.query('SELECT 1 FROM custos_records LIMIT 1');
      if (rows.length > 0) throw new StoreError('refusing to restore into a store that is not empty');
    }
    await this.pool.query(
      'INSERT INTO custos_records (key, value) SELECT * FROM unnest($1::bytea[], $2::bytea[])',
      [records.map((r) => r[0]), records.map((r) => r[1])],
    );
  }

  async close(): Promise<void> {
    await this.releaseWriteLease();
    if (this.candidate) this.dropCandidate(this.candidate);
    await this.pool.end();
  }
}

function checkpointOf(row: Row): StoredCheckpoint {
  if (row.key.length !== 9) throw new StoreError('malformed checkpoint key in the store');
  return { size: readU64(row.key, 1), note: view(row.value) };
}
