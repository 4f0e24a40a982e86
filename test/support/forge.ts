/**
 * A dishonest log operator, for tamper tests: re-logs a set of entries (at their indices, with
 * random filler for the rest) into a fresh tree, and signs a checkpoint over it with the log's
 * real key. Everything cryptographic then checks out, so only the custody rules can object.
 */
import { randomBytes } from 'node:crypto';
import { canonicalBytes } from '../../src/core/canonical.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { subjectsClaimedComplete } from '../../src/core/ledger/bundle-completeness.ts';
import type { TypedPayload } from '../../src/core/ledger/kinds.ts';
import {
  checkpointRulesEpochs,
  formatRulesLine,
  RULES_VERSION,
} from '../../src/core/ledger/rules-version.ts';
import { signCheckpoint } from '../../src/core/log/checkpoint.ts';
import type { NoteSigner } from '../../src/core/log/note.ts';
import { mapKey } from '../../src/core/map/map-hash.ts';
import { formatMapLine } from '../../src/core/map/map-line.ts';
import { mapProofToJson } from '../../src/core/map/map-proof.ts';
import { mapProve, mapRootHash } from '../../src/core/map/sparse-map.ts';
import { entryBytesMapKeys } from '../../src/ledger/ledger-map.ts';
import { MapBuilder } from '../../src/log/map-index.ts';
import { MemoryTree } from './memory-tree.ts';

export function relog(
  bundle: Bundle,
  entries: Record<string, unknown>[],
  signer: NoteSigner,
  origin: string,
): Bundle {
  const byIndex = new Map(entries.map((e) => [e.index as number, canonicalBytes(e)]));
  const size = Math.max(...byIndex.keys()) + 1;
  const leaves = Array.from({ length: size }, (_, i) => byIndex.get(i) ?? new Uint8Array(randomBytes(40)));
  const tree = new MemoryTree(leaves);
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  // The operator keeps a history map of what it logged, consistent with it: completeness holds.
  // It announces today's rules from its first entry, as a new log does.
  const rules = formatRulesLine([{ version: RULES_VERSION, from: 0 }]);
  const map = new MapBuilder();
  const keysOf = entryBytesMapKeys({ extensions: [rules] });
  for (const i of indices) map.add(i, byIndex.get(i)!, keysOf);
  const { tree: mapTree } = map.finish();
  const extensions = [formatMapLine(mapRootHash(mapTree)), rules];
  const checkpoint = signCheckpoint({ origin, size, rootHash: tree.roots[size]!, extensions }, signer);
  const listed = indices.map((index) => ({
    index,
    entry: entries.find((e) => e.index === index) as unknown as TypedPayload,
  }));
  const subjects = subjectsClaimedComplete(
    bundle.subject.item,
    listed,
    bundle.subject.derivatives,
    checkpointRulesEpochs({ extensions: [rules] }),
  ).map(({ kind, id }) => ({
    kind,
    id,
    proof: mapProofToJson(mapProve(mapTree, mapKey(kind, id))),
  }));
  return {
    ...bundle,
    checkpoint,
    completeness: { subjects },
    entries: indices.map((i) => ({
      entry: entries.find((e) => e.index === i)!,
      proof: tree.inclusion(i, size).map(toBase64),
    })),
  };
}
