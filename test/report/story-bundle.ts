/**
 * The cross-border story's court bundle, exported through a live service (real LevelDB, real
 * HTTP) exactly as `custos export` fetches it, with what a report needs: the bytes as served,
 * the verification and the pinned key. Optionally with the hostile and awkward events a report
 * must survive: markup in an annotation, text outside the PDF fonts, a recorded digest mismatch.
 */
import { createHash } from 'node:crypto';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import type { BundleVerification } from '../../src/core/verify/result.ts';
import { type TrustPolicy, verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import type { ReportMeta } from '../../src/report/report-parts.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';

export const HOSTILE = {
  markup: '<script>alert(1)</script><img src=x onerror=alert(2)>',
  foreign: 'Übergabe – Łódź → 東京 😀 ő',
  mismatch: digestOf('not the image'),
};

export interface StoryBundle {
  readonly run: RunningService;
  readonly bytes: Uint8Array;
  readonly bundle: Bundle;
  readonly trust: TrustPolicy;
  readonly result: BundleVerification;
  readonly meta: ReportMeta;
  /** The story's client, to fetch other bundles of the same log. */
  readonly client: LedgerClient;
}

export async function exportStoryBundle(options: { hostile?: boolean } = {}): Promise<StoryBundle> {
  const run = await startService();
  const c = LedgerClient.asAdminOf(run);
  await recordCrossBorderStory(c);
  if (options.hostile) await recordHostileEvents(c);
  const res = await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca');
  if (res.status !== 200) throw new Error(`bundle export answered ${res.status}: ${res.text}`);
  const bytes = res.body;
  const bundle = JSON.parse(res.text) as Bundle;
  const trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
  const meta = {
    bundleSha256: createHash('sha256').update(bytes).digest('hex'),
    // Fixed from the bundle, so that two renders of it compare byte for byte.
    generatedAt: new Date(Date.parse(bundle.createdAt) + 60_000).toISOString(),
  };
  return { run, bytes, bundle, trust, result: verifyBundle(bundle, trust), meta, client: c };
}

async function recordHostileEvents(c: LedgerClient): Promise<void> {
  const ev = async (type: string, fields: Record<string, unknown>) =>
    c.ok(
      'custody.event',
      { item: STORY.image, type, prev: await c.prev(STORY.image, 'de-ca'), occurredAt: now(), ...fields },
      'de-ca',
    );
  await ev('annotated', { text: HOSTILE.markup });
  await ev('annotated', { text: HOSTILE.foreign });
  await ev('verified', { digests: { sha256: HOSTILE.mismatch }, result: 'mismatch' });
}
