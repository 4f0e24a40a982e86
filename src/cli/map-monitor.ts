/**
 * `custos monitor`: recomputes the history map from the log alone, over HTTP, as an outsider
 * would (docs/formats.md, History map): the checkpoint, verified with the pinned key; every
 * entry, from the entry bundles (C2SP tlog-tiles; an auditor's or administrator's credentials),
 * checked against the checkpoint's root; the map rebuilt from them, under the versions of the rules
 * the checkpoint announces, and compared with the root the checkpoint signs. A log that signs a map disagreeing with its entries is caught here.
 * @module
 */
import type { CustosClient } from '../client/custos-client.ts';
import { toBase64 } from '../core/encoding.ts';
import { openCheckpoint } from '../core/log/checkpoint.ts';
import { hashLeaf, rootFromLeafHashes } from '../core/log/merkle.ts';
import { noteVerifierFromKey } from '../core/log/note.ts';
import { decodeEntryBundle, formatTilePath, TILE_WIDTH } from '../core/log/tiles.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import { mapRootHash } from '../core/map/sparse-map.ts';
import { entryBytesMapKeys } from '../ledger/ledger-map.ts';
import { MapBuilder } from '../log/map-index.ts';

export interface MonitorReport {
  readonly ok: boolean;
  readonly treeSize: number;
  /** The root the checkpoint signs, or null when it has no map line. */
  readonly signedMapRoot: string | null;
  /** The root the entries give. */
  readonly computedMapRoot: string;
  readonly subjects: number;
  readonly message: string;
}

export async function monitorMap(
  client: CustosClient,
  logKey: string,
  progress?: (done: number, total: number) => void,
): Promise<MonitorReport> {
  const note = await client.text('/log/checkpoint');
  const { checkpoint } = openCheckpoint(note, noteVerifierFromKey(logKey));
  const size = checkpoint.size;
  const builder = new MapBuilder();
  // Which keys each entry updates depends on the version of the rules in force for it, as announced.
  const keysOf = entryBytesMapKeys(checkpoint);
  const leafHashes: Uint8Array[] = [];
  for (let index = 0; index * TILE_WIDTH < size; index++) {
    const width = Math.min(TILE_WIDTH, size - index * TILE_WIDTH);
    const path = formatTilePath({ kind: 'entries', level: 0, index, width });
    const entries = decodeEntryBundle(await client.bytes(`/log/tile/${path}`, true));
    if (entries.length !== width)
      throw new Error(`entry bundle ${path} holds ${entries.length} entries, not ${width}`);
    for (const bytes of entries) {
      builder.add(leafHashes.length, bytes, keysOf);
      leafHashes.push(hashLeaf(bytes));
    }
    progress?.(leafHashes.length, size);
  }
  const logRoot = rootFromLeafHashes(leafHashes);
  const { tree } = builder.finish();
  const computed = toBase64(mapRootHash(tree));
  const signed = checkpointMapRoot(checkpoint);
  const base = { treeSize: size, signedMapRoot: signed ? toBase64(signed) : null, computedMapRoot: computed };
  const subjects = countLeaves(tree);
  if (toBase64(logRoot) !== toBase64(checkpoint.rootHash))
    return {
      ...base,
      subjects,
      ok: false,
      message: `the entries served do not give the checkpoint's root (tree size ${size})`,
    };
  if (!signed)
    return {
      ...base,
      subjects,
      ok: false,
      message: `the checkpoint of size ${size} commits to no history map`,
    };
  return computed === base.signedMapRoot
    ? {
        ...base,
        subjects,
        ok: true,
        message: `the history map the log signed at size ${size} is the one its ${size} entries give (${subjects} subjects)`,
      }
    : {
        ...base,
        subjects,
        ok: false,
        message: `THE LOG'S MAP DISAGREES WITH ITS ENTRIES at size ${size}: it signed ${base.signedMapRoot}, the entries give ${computed}`,
      };
}

function countLeaves(tree: ReturnType<MapBuilder['finish']>['tree']): number {
  if (!tree) return 0;
  if (tree.kind === 'stub') return countLeaves(tree.loaded);
  return tree.kind === 'leaf' ? 1 : countLeaves(tree.left) + countLeaves(tree.right);
}
