/**
 * Writes the history map test vectors (test/vectors/map/*.json; docs/formats.md, History map):
 * subjects with their keys and values, the root, proofs of presence and absence, and proofs that
 * must be refused. `npx tsx scripts/make-map-vectors.ts`; test/core/map/map-vectors.test.ts
 * checks the files against the implementation and an independent reading of the definition.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { toBase64, toHex } from '../src/core/encoding.ts';
import { encodeMapValue, firstDifference, mapKey } from '../src/core/map/map-hash.ts';
import { mapProofToJson } from '../src/core/map/map-proof.ts';
import { type MapRoot, mapLeaf, mapProve, mapRootHash, mapSet } from '../src/core/map/sparse-map.ts';

type Subject = { kind: string; id: string; index: number; count: number };

const leafHash = (i: number) => createHash('sha256').update(`entry ${i}`).digest();

/** An id whose key shares at least `bits` leading bits with `other`'s: a long one-child chain. */
function near(kind: string, other: string, bits: number): string {
  for (let n = 0; ; n++) {
    const id = `${other}-near-${n}`;
    if (firstDifference(mapKey(kind, id), mapKey(kind, other)) >= bits) return id;
  }
}

function vector(
  name: string,
  description: string,
  subjects: Subject[],
  absent: { kind: string; id: string }[],
) {
  let tree: MapRoot;
  for (const s of subjects)
    tree = mapSet(
      tree,
      mapLeaf(
        mapKey(s.kind, s.id),
        encodeMapValue({ index: s.index, leafHash: leafHash(s.index), count: s.count }),
      ),
    );
  const proofs = [
    ...subjects.map((s) => ({ ...s, present: true })),
    ...absent.map((a) => ({ ...a, present: false })),
  ].map((s) => ({
    kind: s.kind,
    id: s.id,
    present: s.present,
    proof: mapProofToJson(mapProve(tree, mapKey(s.kind, s.id))),
  }));
  const invalid = proofs
    .filter((p) => p.present)
    .slice(0, 2)
    .flatMap((p) => [
      {
        kind: p.kind,
        id: p.id,
        why: 'count lowered by one (a truncated history)',
        proof: { ...p.proof, leaf: { ...p.proof.leaf!, count: p.proof.leaf!.count - 1 } },
      },
      {
        kind: p.kind,
        id: p.id,
        why: 'leaf removed (a present key claimed absent)',
        proof: { ...p.proof, leaf: null },
      },
    ]);
  const out = {
    description,
    subjects: subjects.map((s) => ({
      kind: s.kind,
      id: s.id,
      key: toHex(mapKey(s.kind, s.id)),
      value: { index: s.index, leafHash: toBase64(leafHash(s.index)), count: s.count },
      valueBytes: toHex(encodeMapValue({ index: s.index, leafHash: leafHash(s.index), count: s.count })),
    })),
    root: toBase64(mapRootHash(tree)),
    proofs,
    invalid,
  };
  writeFileSync(
    new URL(`../test/vectors/map/${name}.json`, import.meta.url),
    `${JSON.stringify(out, null, 2)}\n`,
  );
}

mkdirSync(new URL('../test/vectors/map/', import.meta.url), { recursive: true });
vector(
  'empty',
  'the empty map: root of 32 zero bytes, every key absent with no siblings',
  [],
  [{ kind: 'item', id: 'x~y' }],
);
vector(
  'one',
  'one subject: the root is its leaf hash; absence is shown by that leaf',
  [{ kind: 'item', id: 'fr-inv~phone-7', index: 3, count: 2 }],
  [{ kind: 'case', id: 'fr-inv~2026-042' }],
);
const base = 'fr-lab~phone-7-ffs';
vector(
  'shared-prefix',
  'subjects of every kind, two of whose keys share at least 16 leading bits (a chain of empty siblings), absences ending in an empty subtree and in another leaf',
  [
    { kind: 'actor', id: 'admin', index: 0, count: 1 },
    { kind: 'actor', id: 'fr-inv', index: 1, count: 3 },
    { kind: 'case', id: 'fr-inv~2026-042', index: 4, count: 2 },
    { kind: 'request', id: 'fr-ca~de-mla-2026-311', index: 9, count: 2 },
    { kind: 'item', id: base, index: 17, count: 6 },
    { kind: 'item', id: near('item', base, 16), index: 18, count: 1 },
    ...Array.from({ length: 10 }, (_, i) => ({
      kind: 'item',
      id: `fr-inv~item-${i}`,
      index: 20 + i,
      count: i + 1,
    })),
  ],
  [
    { kind: 'item', id: 'fr-inv~never' },
    { kind: 'actor', id: 'nobody' },
    { kind: 'item', id: near('item', base, 12) },
  ],
);
vector(
  'derivatives',
  "a derived registration under version 3 of the rules (entry 12: item fr-inv~extract, origin.parent fr-inv~disk) updates two keys with the same value's index and leaf hash: its item's, and its parent's derivatives key (count: the registrations naming that parent, here 2); an item nothing was registered from has no derivatives key",
  [
    { kind: 'item', id: 'fr-inv~disk', index: 7, count: 3 },
    { kind: 'item', id: 'fr-inv~extract-0', index: 9, count: 1 },
    { kind: 'item', id: 'fr-inv~extract', index: 12, count: 1 },
    { kind: 'derivatives', id: 'fr-inv~disk', index: 12, count: 2 },
  ],
  [
    { kind: 'derivatives', id: 'fr-inv~extract' },
    { kind: 'derivatives', id: 'fr-inv~lone' },
  ],
);
