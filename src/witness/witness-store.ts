/**
 * A witness's memory, on its own LevelDB: for each log origin, every checkpoint it cosigned
 * (the latest is what the next request must extend), and the evidence of any misbehaviour it
 * refused — both checkpoints, kept forever. Records are written once, never rewritten.
 *
 * | record | key | value |
 * |---|---|---|
 * | cosigned | `c` ‖ origin ‖ 0 ‖ u64 size | the checkpoint note as received |
 * | evidence | `e` ‖ origin ‖ 0 ‖ u64 time ‖ u32 n | JSON {@link Evidence} |
 * @module
 */
import { Level } from 'level';
import { concatBytes, fromUtf8, utf8 } from '../core/encoding.ts';
import { prefixEnd, u32, u64 } from '../core/ordered-keys.ts';

export interface Evidence {
  readonly origin: string;
  readonly recordedAt: string;
  readonly kind: 'fork' | 'rollback';
  readonly reason: string;
  /** The checkpoint this witness had cosigned. */
  readonly cosigned: string;
  /** The checkpoint it was then asked to cosign, as submitted (request body). */
  readonly submitted: string;
}

const tagged = (tag: string, origin: string) => concatBytes(utf8(tag), utf8(origin), Uint8Array.of(0));

export class WitnessStore {
  private evidenceCounter = 0;

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

  /** Durable before the cosignature is returned (tlog-witness: persist, then answer). */
  async recordCosigned(origin: string, size: number, note: string): Promise<void> {
    const key = concatBytes(tagged('c', origin), u64(size));
    if ((await this.db.get(key)) !== undefined) return;
    await this.db.put(key, utf8(note), { sync: true });
  }

  async recordEvidence(evidence: Evidence): Promise<void> {
    const n = u32(this.evidenceCounter++);
    const key = concatBytes(tagged('e', evidence.origin), u64(Date.parse(evidence.recordedAt)), n);
    await this.db.put(key, utf8(JSON.stringify(evidence)), { sync: true });
  }

  async evidence(): Promise<Evidence[]> {
    const out: Evidence[] = [];
    const prefix = utf8('e');
    for await (const value of this.db.values({ gte: prefix, lt: prefixEnd(prefix) }))
      out.push(JSON.parse(fromUtf8(value)) as Evidence);
    return out;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
