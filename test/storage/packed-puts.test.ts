import { expect } from 'chai';
import { PackedPuts } from '../../src/storage/packed-puts.ts';

describe('PackedPuts: the records of one LevelDB batch', () => {
  const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

  it('hands every record back in order with the same bytes, however small or large', () => {
    const puts = new PackedPuts();
    const added = [
      [bytes(9, 1), bytes(700, 2)],
      [bytes(10, 3), bytes(32, 4)],
      [bytes(0, 0), bytes(1, 5)],
      [bytes(64, 6), bytes(65, 7)],
      [bytes(42, 8), bytes(48, 9)],
    ] as const;
    for (const [k, v] of added) puts.put(k, v);
    const got: [Uint8Array, Uint8Array][] = [];
    puts.drain((k, v) => got.push([k.slice(), v.slice()]));
    expect(got).to.deep.equal(added.map(([k, v]) => [k, v]));
  });

  it('packs small arrays into one shared buffer and passes large ones as they are', () => {
    const puts = new PackedPuts();
    const large = bytes(700, 1);
    puts.put(bytes(9, 2), large);
    puts.put(bytes(42, 3), bytes(48, 4));
    const seen: Uint8Array[] = [];
    puts.drain((k, v) => seen.push(k, v));
    expect(seen[1]).to.equal(large);
    expect(new Set([seen[0]!.buffer, seen[2]!.buffer, seen[3]!.buffer]).size).to.equal(1);
  });

  it('what it hands over is a copy: changing an added array afterwards changes nothing', () => {
    const puts = new PackedPuts();
    const key = bytes(10, 1);
    puts.put(key, bytes(10, 2));
    const seen: Uint8Array[] = [];
    puts.drain((k, v) => seen.push(k, v));
    key.fill(9);
    expect([...seen[0]!]).to.deep.equal(new Array(10).fill(1));
  });
});
