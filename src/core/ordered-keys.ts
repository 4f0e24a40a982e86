/**
 * Byte strings that sort like what they encode, for every ordered key store (the log's
 * records, the ledger's index records, a witness's memory): big-endian integers, and the
 * range of keys that share a prefix. The one home of these encoders.
 *
 * ```ts
 * const key = concatBytes(Uint8Array.of(0x65), u64(42)); // sorts after every smaller index
 * db.keys({ gte: prefix, lt: prefixEnd(prefix) });
 * ```
 * @module
 */

const TWO_32 = 2 ** 32;

/** A u32, big-endian. */
export function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  writeU32(out, 0, n);
  return out;
}

/** A u64, big-endian; `n` must be a safe integer (≤ 2^53 − 1). */
export function u64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  writeU64(out, 0, n);
  return out;
}

function writeU32(bytes: Uint8Array, offset: number, n: number): void {
  if (!Number.isInteger(n) || n < 0 || n >= TWO_32) throw new RangeError(`not a u32: ${n}`);
  bytes[offset] = n >>> 24;
  bytes[offset + 1] = (n >>> 16) & 0xff;
  bytes[offset + 2] = (n >>> 8) & 0xff;
  bytes[offset + 3] = n & 0xff;
}

/** Without BigInt or a DataView: this runs for every key on the append and proof paths. */
export function writeU64(bytes: Uint8Array, offset: number, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a u64 below 2^53: ${n}`);
  writeU32(bytes, offset, Math.floor(n / TWO_32));
  writeU32(bytes, offset + 4, n >>> 0);
}

export function readU32(bytes: Uint8Array, offset = 0): number {
  if (offset < 0 || offset + 4 > bytes.length) throw new RangeError('u32 beyond the end of the bytes');
  return (
    ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>>
    0
  );
}

/** Refuses values above 2^53 − 1: no record we write can hold one. */
export function readU64(bytes: Uint8Array, offset = 0): number {
  const hi = readU32(bytes, offset);
  if (hi >= 2 ** 21) throw new RangeError('stored integer exceeds 2^53');
  return hi * TWO_32 + readU32(bytes, offset + 4);
}

/** The smallest key greater than every key that starts with `prefix`. */
export function prefixEnd(prefix: Uint8Array): Uint8Array {
  const end = prefix.slice();
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i]!++;
      return end.subarray(0, i + 1);
    }
  }
  throw new RangeError('prefix has no upper bound');
}
