/**
 * `custos publish`: the log's checkpoint and hash tiles, copied from the service into a
 * directory in the C2SP tlog-tiles layout, so that any static web server, CDN, object store or
 * a foreign state's mirror can serve them:
 *
 *   <dir>/checkpoint                 the checkpoint, as the service serves it
 *   <dir>/tile/<L>/<N>               full hash tiles (never change: written once, kept)
 *   <dir>/tile/<L>/<N>.p/<W>         the partial tiles of the right edge
 *   <dir>/tile/entries/<N>[.p/<W>]   entry bundles, only when asked (they hold case data)
 *
 * Every file is written to a temporary name and renamed, and the checkpoint last, so a reader
 * of the directory never sees a checkpoint whose tiles are not all there yet.
 * @module
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CustosClient } from '../client/custos-client.ts';
import { formatTilePath, hashesAtTileLevel, TILE_WIDTH, type TileAddress } from '../core/log/tiles.ts';

export interface PublishOptions {
  /** Also copy entry bundles (served to administrators and auditors only: they hold case data). */
  readonly entries?: boolean;
}

export interface Published {
  readonly treeSize: number;
  /** Files written this time (the others were there already). */
  readonly written: number;
}

/** The tiles a tree of `size` leaves has: every full tile and, where the level has one, its partial tile. */
export function tilesOf(size: number, entries: boolean): TileAddress[] {
  const out: TileAddress[] = [];
  const level = (kind: TileAddress['kind'], l: number, count: number) => {
    for (let index = 0; index * TILE_WIDTH < count; index++)
      out.push({ kind, level: l, index, width: Math.min(TILE_WIDTH, count - index * TILE_WIDTH) });
  };
  for (let l = 0; hashesAtTileLevel(l, size) > 0; l++) level('hashes', l, hashesAtTileLevel(l, size));
  if (entries) level('entries', 0, size);
  return out;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { mode: 0o644 });
  await rename(temporary, path);
}

/** Copies the current checkpoint and the tiles it needs into `dir`; what exists is not fetched again. */
export async function publishOnce(
  client: CustosClient,
  dir: string,
  options: PublishOptions = {},
): Promise<Published> {
  const note = await client.text('/log/checkpoint');
  const size = Number(note.split('\n')[1]);
  if (!Number.isSafeInteger(size) || size < 0)
    throw new Error('the service sent a checkpoint without a tree size');
  let written = 0;
  for (const tile of tilesOf(size, options.entries ?? false)) {
    const path = join(dir, 'tile', formatTilePath(tile));
    if (await exists(path)) continue;
    await writeAtomically(
      path,
      await client.bytes(`/log/tile/${formatTilePath(tile)}`, tile.kind === 'entries'),
    );
    written++;
  }
  await writeAtomically(join(dir, 'checkpoint'), note);
  return { treeSize: size, written: written + 1 };
}
