/**
 * Court bundles cut short, as someone forwarding a bundle could cut them: the cases of issue 23
 * that the `prev` chain cannot catch, because the cut is at the end of a history. Recorded
 * through a live service (the cross-border story, then a revocation of the examiner's key).
 */
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { recordCrossBorderStory, STORY } from './cross-border-story.ts';
import type { LedgerClient } from './ledger-client.ts';

type Entry = Record<string, unknown> & { kind: string; payload: Record<string, unknown>; index: number };

export interface TruncationCase {
  readonly name: string;
  /** What the verifier's message must name: `item <id>` or `actor <id>`. */
  readonly names: string;
  readonly bundle: Bundle;
}

/** The entries of `item`'s own history in a bundle (its registration and custody events). */
const ofItem = (item: string) => (e: Entry) =>
  (e.kind === 'evidence.registered' && e.payload.id === item) ||
  (e.kind === 'custody.event' && e.payload.item === item);

/** A copy of `bundle` without the last `n` entries that `pick` selects. */
export function withoutLast(bundle: Bundle, pick: (e: Entry) => boolean, n = 1): Bundle {
  const copy = structuredClone(bundle);
  const picked = copy.entries.map((e, i) => [e.entry as Entry, i] as const).filter(([e]) => pick(e));
  const drop = new Set(picked.slice(-n).map(([, i]) => i));
  copy.entries = copy.entries.filter((_, i) => !drop.has(i));
  return copy;
}

/** A copy of `bundle` without the completeness proof of item `item`. */
export function withoutProof(bundle: Bundle, item: string): Bundle {
  const copy = structuredClone(bundle);
  copy.completeness!.subjects = copy.completeness!.subjects.filter(
    (s) => !(s.kind === 'item' && s.id === item),
  );
  return copy;
}

export interface TruncationStory {
  /** The image's bundle, exported after the examiner's key was revoked: it holds the revocation. */
  readonly image: Bundle;
  /** The phone's bundle with its derivative (the image). */
  readonly phoneWithDerivatives: Bundle;
  readonly examiner: string;
  readonly cases: TruncationCase[];
}

export async function recordTruncationStory(c: LedgerClient): Promise<TruncationStory> {
  await recordCrossBorderStory(c);
  const examiner = 'fr-lab';
  const head = (await c.get(`/v1/actors/${examiner}`, 'admin')).json() as {
    actor: { head: { leafHash: string } };
  };
  await c.ok(
    'key.revoked',
    {
      actor: examiner,
      publicKey: c.cast.get(examiner).publicKey,
      reason: 'left-organisation',
      effectiveAt: new Date().toISOString(),
      prev: head.actor.head.leafHash,
    },
    'admin',
  );
  const image = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json() as Bundle;
  const phoneWithDerivatives = (
    await c.get(`/v1/items/${STORY.phone}/bundle?derivatives=true`, 'fr-inv')
  ).json() as Bundle;
  const v1 = structuredClone(image) as Bundle & { format: string };
  delete (v1 as { completeness?: unknown }).completeness;
  v1.format = 'custos-bundle/v1';
  const cases: TruncationCase[] = [
    {
      name: 'its last entry removed',
      names: `item ${STORY.image}`,
      bundle: withoutLast(image, ofItem(STORY.image)),
    },
    {
      name: 'its last two entries removed (a hand-over and its receipt)',
      names: `item ${STORY.image}`,
      bundle: withoutLast(image, ofItem(STORY.image), 2),
    },
    {
      name: "a derivative's last entry removed",
      names: `item ${STORY.image}`,
      bundle: withoutLast(phoneWithDerivatives, ofItem(STORY.image)),
    },
    {
      name: "an actor's revocation removed",
      names: `actor ${examiner}`,
      bundle: withoutLast(image, (e) => e.kind === 'key.revoked' && e.payload.actor === examiner),
    },
    { name: 'no completeness proof (a custos-bundle/v1)', names: `item ${STORY.image}`, bundle: v1 },
    {
      name: 'a derivative left out whole (every entry of it removed)',
      names: `item ${STORY.image}`,
      bundle: withoutLast(phoneWithDerivatives, ofItem(STORY.image), Number.MAX_SAFE_INTEGER),
    },
    {
      name: 'a derivative left out whole, with its completeness proof',
      names: `item ${STORY.image}`,
      bundle: withoutProof(
        withoutLast(phoneWithDerivatives, ofItem(STORY.image), Number.MAX_SAFE_INTEGER),
        STORY.image,
      ),
    },
  ];
  return { image, phoneWithDerivatives, examiner, cases };
}
