/**
 * Backups of a store: every record, read from one snapshot of the store (so the copy is
 * consistent at one tree size while the service keeps appending), in key order, written as
 *
 *   "custos-backup/1\n"
 *   records: u32 key length ‖ key ‖ u32 value length ‖ value, big-endian
 *   end mark: u32 0xFFFFFFFF ‖ u32 length ‖ JSON {records, treeSize, checkpoint}
 *   SHA-256 of everything before it (32 bytes)
 *
 * A restore writes the records into an empty store; the caller then audits it.
 * @module
 */

import { createHash, type Hash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { fromUtf8 } from '../core/encoding.ts';
import { CustosError } from '../core/errors.ts';
import { readU64 } from '../core/ordered-keys.ts';
import type { MaintainedStore } from './log-store.ts';
import { PREFIX } from './store-keys.ts';

export const BACKUP_MAGIC = 'custos-backup/1\n';
const END = 0xffffffff;

export interface BackupSummary {
  readonly records: number;
  readonly treeSize: number;
  readonly checkpoint: string;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** Streams a consistent copy of the store (one snapshot) into `out`; resolves with what it wrote. */
export async function writeBackup(store: MaintainedStore, out: Writable): Promise<BackupSummary> {
  const snapshot = await store.snapshot();
  try {
    return await writeRecords(snapshot.rawRecords(), out);
  } finally {
    await snapshot.release();
  }
}

async function writeRecords(
  source: AsyncIterable<[Uint8Array, Uint8Array]>,
  out: Writable,
): Promise<BackupSummary> {
  const hash = createHash('sha256');
  const write = (chunk: Buffer) => {
    hash.update(chunk);
    return out.write(chunk) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  };
  await write(Buffer.from(BACKUP_MAGIC));
  let records = 0;
  let treeSize = 0;
  let checkpoint = '';
  for await (const [key, value] of source) {
    await write(Buffer.concat([u32(key.length), key, u32(value.length), value]));
    records++;
    if (key[0] === PREFIX.checkpoint && key.length === 9 && readU64(key, 1) >= treeSize) {
      treeSize = readU64(key, 1);
      checkpoint = fromUtf8(value);
    }
  }
  const summary = { records, treeSize, checkpoint };
  const trailer = Buffer.from(JSON.stringify(summary));
  await write(Buffer.concat([u32(END), u32(trailer.length), trailer]));
  out.write(hash.digest());
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return summary;
}

export class BackupError extends CustosError {
  readonly code = 'backup';
}

/** Reads a backup, checking its digest, and hands each record to `put` in batches. */
export async function readBackup(
  input: AsyncIterable<Buffer>,
  put: (records: [Uint8Array, Uint8Array][]) => Promise<void>,
): Promise<BackupSummary> {
  const reader = new ChunkReader(input);
  const magic = await reader.take(BACKUP_MAGIC.length);
  if (magic.toString() !== BACKUP_MAGIC) throw new BackupError('not a Custos backup');
  let batch: [Uint8Array, Uint8Array][] = [];
  let count = 0;
  for (;;) {
    const keyLength = (await reader.take(4)).readUInt32BE();
    if (keyLength === END) break;
    const key = await reader.take(keyLength);
    const value = await reader.take((await reader.take(4)).readUInt32BE());
    batch.push([new Uint8Array(key), new Uint8Array(value)]);
    count++;
    if (batch.length >= 10_000) {
      await put(batch);
      batch = [];
    }
  }
  const summary = JSON.parse(
    (await reader.take((await reader.take(4)).readUInt32BE())).toString(),
  ) as BackupSummary;
  const expected = reader.digest();
  const stated = await reader.take(32, false);
  if (!expected.equals(stated)) throw new BackupError('the backup is damaged: its SHA-256 does not match');
  if (summary.records !== count)
    throw new BackupError(`the backup says ${summary.records} records but holds ${count}`);
  if (batch.length) await put(batch);
  return summary;
}

/** Exact-length reads over a stream of chunks, hashing what it hands out. */
class ChunkReader {
  private buffered = Buffer.alloc(0);
  private readonly iterator: AsyncIterator<Buffer>;
  private readonly hash: Hash = createHash('sha256');

  constructor(input: AsyncIterable<Buffer>) {
    this.iterator = input[Symbol.asyncIterator]();
  }

  async take(n: number, hashed = true): Promise<Buffer> {
    while (this.buffered.length < n) {
      const next = await this.iterator.next();
      if (next.done) throw new BackupError('the backup ends too early');
      this.buffered = Buffer.concat([this.buffered, next.value]);
    }
    const out = this.buffered.subarray(0, n);
    this.buffered = this.buffered.subarray(n);
    if (hashed) this.hash.update(out);
    return out;
  }

  digest(): Buffer {
    return this.hash.digest();
  }
}
