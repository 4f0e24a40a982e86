/**
 * C2SP tlog-tiles addressing (tile height 8). Tile `L/N[.p/W]` holds the hashes of the perfect
 * subtrees at tree level 8·L with indices 256·N … 256·N+W−1; entry bundle `N[.p/W]` holds
 * leaves 256·N … 256·N+W−1, each as a big-endian uint16 length and the entry bytes.
 *
 * Paths are parsed strictly and only their canonical spelling is accepted, so that one
 * resource has one URL (and caches cannot be split or poisoned by aliases).
 *
 * ```ts
 * parseTilePath('0/x001/234.p/7'); // { kind: 'hashes', level: 0, index: 1234, width: 7 }
 * ```
 * @module
 */
import { ValidationError } from '../errors.ts';
import type { NodeId } from './merkle.ts';

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;
export const MAX_ENTRY_SIZE = 0xffff;

export interface TileAddress {
  readonly kind: 'hashes' | 'entries';
  /** Tile level; 0 for entry bundles. */
  readonly level: number;
  readonly index: number;
  /** Number of hashes or entries; 256 for a full tile. */
  readonly width: number;
}

/** `1234067` → `x001/x234/067`. */
export function formatTileIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError('tile index must be a safe integer');
  const groups: string[] = [];
  let n = index;
  do {
    groups.unshift(String(n % 1000).padStart(3, '0'));
    n = Math.floor(n / 1000);
  } while (n > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

export function formatTilePath(tile: TileAddress): string {
  const head = tile.kind === 'entries' ? 'entries' : String(tile.level);
  const partial = tile.width < TILE_WIDTH ? `.p/${tile.width}` : '';
  return `${head}/${formatTileIndex(tile.index)}${partial}`;
}

const bad = (): never => {
  throw new ValidationError('bad_format', 'not a tile path');
};

/** Parses the part after `tile/`; throws ValidationError for anything but a canonical path. */
export function parseTilePath(path: string): TileAddress {
  const parts = path.split('/');
  const head = parts.shift() ?? bad();
  let kind: TileAddress['kind'] = 'hashes';
  let level = 0;
  if (head === 'entries') kind = 'entries';
  else if (/^(0|[1-9][0-9]?)$/.test(head) && Number(head) <= 63) level = Number(head);
  else bad();

  let width = TILE_WIDTH;
  const last = parts[parts.length - 1] ?? bad();
  if (/^[1-9][0-9]{0,2}$/.test(last) && parts.length >= 2 && parts[parts.length - 2]!.endsWith('.p')) {
    width = Number(parts.pop());
    if (width > 255) bad();
    parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -2);
  }
  if (parts.length === 0 || parts.length > 5) bad();
  let index = 0;
  parts.forEach((group, i) => {
    const pattern = i < parts.length - 1 ? /^x[0-9]{3}$/ : /^[0-9]{3}$/;
    if (!pattern.test(group)) bad();
    index = index * 1000 + Number(group.slice(-3));
  });
  const tile: TileAddress = { kind, level, index, width };
  if (`${formatTilePath(tile)}` !== path) bad();
  return tile;
}

/** The nodes a hash tile holds. */
export function tileNodes(tile: TileAddress): NodeId[] {
  const level = tile.level * TILE_HEIGHT;
  const first = tile.index * TILE_WIDTH;
  return Array.from({ length: tile.width }, (_, i) => ({ level, index: first + i }));
}

/** How many hashes exist at tree level 8·L in a tree of `treeSize` leaves. */
export function hashesAtTileLevel(level: number, treeSize: number): number {
  return Math.floor(treeSize / TILE_WIDTH ** level);
}

/** Whether every hash (or entry) of this tile exists in a tree of `treeSize` leaves. */
export function tileExists(tile: TileAddress, treeSize: number): boolean {
  const available = tile.kind === 'entries' ? treeSize : hashesAtTileLevel(tile.level, treeSize);
  return tile.index * TILE_WIDTH + tile.width <= available;
}

/** Entry bundle: each entry as a big-endian uint16 length followed by its bytes. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const e of entries) {
    if (e.length > MAX_ENTRY_SIZE) throw new RangeError('entry is larger than 65,535 bytes');
    total += 2 + e.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const e of entries) {
    out[at] = e.length >> 8;
    out[at + 1] = e.length & 0xff;
    out.set(e, at + 2);
    at += 2 + e.length;
  }
  return out;
}

export function decodeEntryBundle(bundle: Uint8Array): Uint8Array[] {
  const entries: Uint8Array[] = [];
  let at = 0;
  while (at < bundle.length) {
    if (at + 2 > bundle.length) throw new ValidationError('bad_format', 'entry bundle ends inside a length');
    const length = (bundle[at]! << 8) | bundle[at + 1]!;
    if (at + 2 + length > bundle.length)
      throw new ValidationError('bad_format', 'entry bundle ends inside an entry');
    entries.push(bundle.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  return entries;
}
