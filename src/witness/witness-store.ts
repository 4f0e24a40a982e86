/**
 * A witness's memory, on its own LevelDB: for each log origin, every checkpoint it cosigned
 * (the latest is what the next request must extend), and the fork evidence it recorded. Records
 * are written once, never rewritten, and hold only what the log signed: a cosigned note is kept
 * with the log's signature alone, and evidence is written only when it proves a fork by itself
 * (src/core/witness/fork-evidence.ts), at most once per pair of checkpoints and at most
 * {@link MAX_EVIDENCE_PER_LOG} per log. Nothing an anonymous client sends can make it grow.
 *
 * | record | key | value |
 * |---|---|---|
 * | cosigned | `c` ‖ origin ‖ 0 ‖ u64 size | the checkpoint note, with the log's signature only |
 * | evidence | `e` ‖ origin ‖ 0 ‖ SHA-256(cosigned ‖ 0 ‖ submitted) | JSON {@link ForkEvidence} |
 * @module
 */
import { createHash } from 'node:crypto';
import { Level } from 'level';
import { concatBytes, fromUtf8, utf8 } from '../core/encoding.ts';
import { prefixEnd, u64 } from '../core/ordered-keys.ts';
import type { ForkEvidence } from '../core/witness/fork-evidence.ts';

/** One record proves the fork; a misbehaving log that forks again and again needs no more. */
export const MAX_EVIDENCE_PER_LOG = 32;

const tagged = (tag: string, origin: string) => concatBytes(utf8(tag), utf8(origin), Uint8Array.of(0));

export class WitnessStore {
  private constructor(private readonly db: Level<Uint8Array, Uint8Array>) {}

  static async open(location: string): Promise<WitnessStore> {
    const db = new Level<Uint8Array, Uint8Array>(location, { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    return new WitnessStore(db);
  }

  async latest(origin: string): Promise<string | undefined> {
    const prefix = tagged('c', origin);
    for await (const value of this.db.values({ gte: prefix, lt: prefixEnd(prefix), reverse: true, limit: 1 }))
      return fromUtf8(value);
    return undefined;
  }

  /** The checkpoint it cosigned at exactly `size`, if it cosigned one. */
  async cosignedAt(origin: string, size: number): Promise<string | undefined> {
    const value = await this.db.get(concatBytes(tagged('c', origin), u64(size)));
    return value === undefined ? undefined : fromUtf8(value);
  }

  /** Durable before the cosignature is returned (tlog-witness: persist, then answer). */
  async recordCosigned(origin: string, size: number, note: string): Promise<void> {
    const key = concatBytes(tagged('c', origin), u64(size));
    if ((await this.db.get(key)) !== undefined) return;
    await this.db.put(key, utf8(note), { sync: true });
  }

  /** Keeps a fork proof once; false when it was already kept or the log's quota is full. */
  async recordEvidence(evidence: ForkEvidence): Promise<boolean> {
    const prefix = tagged('e', evidence.origin);
    const digest = createHash('sha256').update(`${evidence.cosigned}\0${evidence.submitted}`).digest();
    const key = concatBytes(prefix, new Uint8Array(digest));
    if ((await this.db.get(key)) !== undefined) return false;
    let kept = 0;
    for await (const _ of this.db.keys({ gte: prefix, lt: prefixEnd(prefix), limit: MAX_EVIDENCE_PER_LOG }))
      kept++;
    if (kept >= MAX_EVIDENCE_PER_LOG) return false;
    await this.db.put(key, utf8(JSON.stringify(evidence)), { sync: true });
    return true;
  }

  /** Every record, oldest first. */
  async evidence(): Promise<ForkEvidence[]> {
    const out: ForkEvidence[] = [];
    const prefix = utf8('e');
    for await (const value of this.db.values({ gte: prefix, lt: prefixEnd(prefix) }))
      out.push(JSON.parse(fromUtf8(value)) as ForkEvidence);
    return out.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
