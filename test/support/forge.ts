/**
 * A dishonest log operator, for tamper tests: re-logs a set of entries (at their indices, with
 * random filler for the rest) into a fresh tree, and signs a checkpoint over it with the log's
 * real key. Everything cryptographic then checks out, so only the custody rules can object.
 */
import { randomBytes } from 'node:crypto';
import { canonicalBytes } from '../../src/core/canonical.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { signCheckpoint } from '../../src/core/log/checkpoint.ts';
import type { NoteSigner } from '../../src/core/log/note.ts';
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
  const checkpoint = signCheckpoint({ origin, size, rootHash: tree.roots[size]!, extensions: [] }, signer);
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  return {
    ...bundle,
    checkpoint,
    entries: indices.map((i) => ({
      entry: entries.find((e) => e.index === i)!,
      proof: tree.inclusion(i, size).map(toBase64),
    })),
  };
}
