/**
 * Walks a sorted stream of (index, value) records by ascending target index, for audits that
 * compare two families in lockstep without loading either into memory.
 * @module
 */

export class RecordCursor {
  private readonly iterator: AsyncIterator<[Uint8Array, Uint8Array]>;
  private buffered: [number, Uint8Array] | undefined;
  private done = false;

  /** `indexOf` returns undefined for keys to skip (it reports them itself). */
  constructor(
    records: AsyncIterable<[Uint8Array, Uint8Array]>,
    private readonly indexOf: (key: Uint8Array) => number | undefined,
  ) {
    this.iterator = records[Symbol.asyncIterator]();
  }

  /**
   * The value at exactly `index`, or undefined if there is none. Targets must ascend; records
   * below the target are passed over (callers' targets are consecutive, so none are lost).
   */
  async take(index: number): Promise<Uint8Array | undefined> {
    for (;;) {
      const head = await this.peek();
      if (!head || head[0] > index) return undefined;
      this.buffered = undefined;
      if (head[0] === index) return head[1];
    }
  }

  /** Every record not taken yet. */
  async *rest(): AsyncIterable<[number, Uint8Array]> {
    for (;;) {
      const head = await this.peek();
      if (!head) return;
      this.buffered = undefined;
      yield head;
    }
  }

  private async peek(): Promise<[number, Uint8Array] | undefined> {
    while (!this.buffered && !this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const index = this.indexOf(next.value[0]);
      if (index !== undefined) this.buffered = [index, next.value[1]];
    }
    return this.buffered;
  }
}
