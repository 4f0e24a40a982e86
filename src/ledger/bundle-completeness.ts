/**
 * A bundle's completeness proofs (docs/bundle.md, the `completeness` member): for every subject
 * whose history the bundle must hold whole (the core's rule), its history map proof against the
 * map root in the bundle's checkpoint; a derivative the exporter may not read is declared withheld,
 * without a proof, and so are the `derivatives` of an item one of whose derivatives it may not
 * read (their number would tell of it). A checkpoint without a map line (a store migrated since)
 * gives no proofs: the verifier then says the histories are not shown complete.
 * @module
 */

import type { CompletenessProof } from '../core/ledger/bundle.ts';
import { subjectsClaimedComplete } from '../core/ledger/bundle-completeness.ts';
import type { TypedPayload } from '../core/ledger/kinds.ts';
import { checkpointRulesEpochs } from '../core/ledger/rules-version.ts';
import { mapKey } from '../core/map/map-hash.ts';
import { checkpointMapRoot } from '../core/map/map-line.ts';
import { mapProofToJson } from '../core/map/map-proof.ts';
import type { LogHead } from '../log/head.ts';
import type { MapIndex } from '../log/map-index.ts';

export async function completenessProofs(
  map: Pick<MapIndex, 'prove'>,
  head: LogHead,
  request: {
    item: string;
    derivatives: boolean;
    mayRead?: (item: string) => Promise<boolean>;
    /** Items with a derivative the exporter may not read (bundle-builder.ts). */
    partial?: ReadonlySet<string>;
  },
  indices: readonly number[],
  entries: ReadonlyMap<number, Record<string, unknown>>,
): Promise<{ subjects: CompletenessProof[] } | undefined> {
  if (checkpointMapRoot(head.checkpoint) === undefined) return undefined;
  const listed = indices.map((index) => ({ index, entry: entries.get(index) as unknown as TypedPayload }));
  const subjects: CompletenessProof[] = [];
  for (const { kind, id, indices: held } of subjectsClaimedComplete(
    request.item,
    listed,
    request.derivatives,
    checkpointRulesEpochs(head.checkpoint),
  )) {
    // A derivative the exporter may not read is left out (bundle-builder.ts); its map proof would
    // tell how much happened to it, which map-routes.ts refuses them too: it is declared withheld.
    if (kind === 'derivatives' && (request.partial?.has(id) || !(await mayReadItem(request, id))))
      subjects.push({ kind, id, withheld: true });
    else if (kind === 'item' && held.length === 0 && !(await mayReadItem(request, id)))
      subjects.push({ kind: 'item', id, withheld: true });
    else
      subjects.push({
        kind,
        id,
        proof: mapProofToJson(await map.prove(head.checkpoint.size, mapKey(kind, id))),
      });
  }
  return { subjects };
}

const mayReadItem = async (request: { mayRead?: (item: string) => Promise<boolean> }, id: string) =>
  !request.mayRead || (await request.mayRead(id));
