import { expect } from 'chai';
import { toBase64 } from '../../src/core/encoding.ts';
import { ValidationError } from '../../src/core/errors.ts';
import {
  decodeEntryBundle,
  encodeEntryBundle,
  formatTileIndex,
  formatTilePath,
  hashesAtTileLevel,
  parseTilePath,
  tileExists,
} from '../../src/core/log/tiles.ts';
import { MemoryTree } from '../support/memory-tree.ts';
import { readVector } from '../support/vectors.ts';

describe('tiles (C2SP tlog-tiles)', () => {
  it('encodes tile indices in 3-digit groups, x-prefixed but for the last', () => {
    expect(formatTileIndex(0)).to.equal('000');
    expect(formatTileIndex(5)).to.equal('005');
    expect(formatTileIndex(1000)).to.equal('x001/000');
    expect(formatTileIndex(1234067)).to.equal('x001/x234/067');
  });

  it('parses canonical tile paths', () => {
    expect(parseTilePath('0/x001/x234/067')).to.deep.equal({
      kind: 'hashes',
      level: 0,
      index: 1234067,
      width: 256,
    });
    expect(parseTilePath('2/000.p/17')).to.deep.equal({ kind: 'hashes', level: 2, index: 0, width: 17 });
    expect(parseTilePath('entries/x001/000.p/255')).to.deep.equal({
      kind: 'entries',
      level: 0,
      index: 1000,
      width: 255,
    });
    expect(formatTilePath(parseTilePath('1/x002/003.p/9'))).to.equal('1/x002/003.p/9');
  });

  it('refuses every non-canonical or malformed path', () => {
    const bad = [
      '',
      '0',
      '0/',
      '0/1',
      '0/01',
      '0/0000',
      '0/x000/001',
      '0/001/x002',
      '00/000',
      '64/000',
      '-1/000',
      '0/000.p/0',
      '0/000.p/256',
      '0/000.p/01',
      '0/000.p',
      '0/000.p/',
      '0/000.q/5',
      '0/000/.p/5',
      'entries',
      'entries/',
      'entries/1',
      'entry/000',
      '0/../000',
      '0/./000',
      '0/x001',
      '0/x00a/000',
      '0/000.p/5/6',
      'ENTRIES/000',
      '0/%30%30%30',
      '0/x001/x002/x003/x004/x005/006',
    ];
    for (const path of bad) expect(() => parseTilePath(path), path).to.throw(ValidationError);
  });

  it('counts the tiles of a 70,000-entry tree as the spec example does', () => {
    const size = 70_000;
    expect(Math.floor(hashesAtTileLevel(0, size) / 256)).to.equal(273);
    expect(hashesAtTileLevel(0, size) % 256).to.equal(112);
    expect(hashesAtTileLevel(1, size) % 256).to.equal(17);
    expect(hashesAtTileLevel(2, size)).to.equal(1);
    expect(tileExists({ kind: 'hashes', level: 0, index: 273, width: 112 }, size)).to.equal(true);
    expect(tileExists({ kind: 'hashes', level: 0, index: 273, width: 113 }, size)).to.equal(false);
    expect(tileExists({ kind: 'hashes', level: 0, index: 273, width: 256 }, size)).to.equal(false);
  });

  it('reproduces the tessera test log entry bundles, level-0 tiles and roots', () => {
    const entries = decodeEntryBundle(readVector('tessera-log', 'tile', 'entries', '000.p', '15'));
    expect(entries).to.have.length(15);
    const tree = new MemoryTree(entries);
    for (let w = 1; w <= 15; w++) {
      const bundle = encodeEntryBundle(entries.slice(0, w));
      expect(
        Buffer.from(bundle).equals(readVector('tessera-log', 'tile', 'entries', '000.p', String(w))),
        `bundle ${w}`,
      ).to.equal(true);
      const checkpoint = readVector('tessera-log', `checkpoint.${w}`).toString().split('\n');
      expect(toBase64(tree.roots[w]!), `root ${w}`).to.equal(checkpoint[2]);
      const tile = Buffer.concat(entries.slice(0, w).map((_, i) => tree.leafHash(i)));
      expect(tile.equals(readVector('tessera-log', 'tile', '0', '000.p', String(w))), `tile ${w}`).to.equal(
        true,
      );
    }
  });

  it('refuses truncated entry bundles', () => {
    expect(() => decodeEntryBundle(Uint8Array.of(0, 5, 1, 2))).to.throw(ValidationError);
    expect(() => decodeEntryBundle(Uint8Array.of(0))).to.throw(ValidationError);
  });
});
