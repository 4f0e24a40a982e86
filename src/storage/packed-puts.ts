/**
 * The records of one LevelDB batch, their small keys and values copied into one buffer before
 * they are handed to the native batch. V8 keeps a Uint8Array of 64 bytes or less inside the
 * JavaScript heap; the native side can read it only after V8 has moved it out to a buffer of its
 * own, one allocation (and, later, one garbage-collected buffer) per key, hash and map record.
 * Views into one shared buffer cost none of that: measured, a chained `put` of 42-byte keys and
 * values takes about half the CPU. LevelDB copies every record into its batch on `put`, so the
 * buffer is garbage once the batch is built.
 * @module
 */

/** Larger arrays live outside V8's heap already and are passed as they are. */
const IN_HEAP_MAX = 64;

export class PackedPuts {
  private readonly records: Uint8Array[] = [];
  private small = 0;

  put(key: Uint8Array, value: Uint8Array): void {
    this.records.push(key, value);
    if (key.length <= IN_HEAP_MAX) this.small += key.length;
    if (value.length <= IN_HEAP_MAX) this.small += value.length;
  }

  /** Calls `put` once per record, in the order they were added, with its small arrays packed. */
  drain(put: (key: Uint8Array, value: Uint8Array) => void): void {
    // Always more than IN_HEAP_MAX bytes, so the shared buffer itself is outside the heap.
    const arena = new Uint8Array(Math.max(this.small, IN_HEAP_MAX + 1));
    let offset = 0;
    const place = (bytes: Uint8Array): Uint8Array => {
      if (bytes.length > IN_HEAP_MAX) return bytes;
      arena.set(bytes, offset);
      offset += bytes.length;
      return arena.subarray(offset - bytes.length, offset);
    };
    for (let i = 0; i < this.records.length; i += 2)
      put(place(this.records[i]!), place(this.records[i + 1]!));
  }
}
