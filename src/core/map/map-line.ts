/**
 * The checkpoint extension line that commits a log's checkpoint to its history map
 * (docs/formats.md, History map): `custos-map/v1 <base64 root>`, the first of the two
 * extension lines Custos writes (the second says which version of the rules applies). The
 * log's signature and witnesses' cosignatures cover it with the rest of the note.
 * @module
 */
import { fromBase64Exact, toBase64 } from '../encoding.ts';
import { ValidationError } from '../errors.ts';
import type { Checkpoint } from '../log/checkpoint.ts';

export const MAP_LINE_PREFIX = 'custos-map/v1 ';

export function formatMapLine(root: Uint8Array): string {
  return `${MAP_LINE_PREFIX}${toBase64(root)}`;
}

/** The map root a checkpoint commits to, or `undefined` when it has no map line. */
export function checkpointMapRoot(cp: Pick<Checkpoint, 'extensions'>): Uint8Array | undefined {
  const lines = cp.extensions.filter((l) => l.startsWith(MAP_LINE_PREFIX));
  if (lines.length === 0) return undefined;
  if (lines.length > 1) throw new ValidationError('bad_format', 'a checkpoint has more than one map line');
  return fromBase64Exact(lines[0]!.slice(MAP_LINE_PREFIX.length), 32, 'map root');
}
