/**
 * The offline verifier of court bundles: pure (it imports only the core), so the same code runs
 * in the CLI and in the browser. Trust is injected — the pinned log key and an optional witness
 * policy — and nothing in the bundle is believed until checked. The steps, in order
 * (docs/bundle.md §4): the bundle's shape; the checkpoint against the pinned key and the
 * witnesses; no rollback; each entry canonical, ordered, included and signed; the chain of trust
 * from the genesis entry; every entry replayed through the server's own custody rules; entries
 * signed with keys later declared compromised, or issued by an administrator; digest results and
 * derivative links.
 *
 * ```ts
 * const result = verifyBundle(JSON.parse(text), { logKey: pinnedVkey });
 * result.verdict; // 'verified' | 'failed'
 * ```
 * @module
 */
import { BundleSchema } from '../ledger/bundle.ts';
import type { BundleVerification, Check } from './result.ts';
import { emptyResult, summarise } from './summarise.ts';
import type { TrustPolicy } from './trust-policy.ts';
import { checkCheckpoint } from './verify-checkpoint.ts';
import { checkEntries, replay } from './verify-entries.ts';
import { checkDigestsAndDerivatives } from './verify-history.ts';
import { checkKeys } from './verify-keys.ts';
import { checkTime, checkTimeTokens, type TokenResults } from './verify-time.ts';

export type { TrustPolicy, TsaPolicy, WitnessPolicy } from './trust-policy.ts';

/**
 * The whole verification, RFC 3161 tokens included: their signatures need WebCrypto, which is
 * asynchronous. Use this one whenever `trust.tsa` is set.
 */
export async function verifyBundleWithTime(input: unknown, trust: TrustPolicy): Promise<BundleVerification> {
  const shape = BundleSchema.safeParse(input);
  const tokens = shape.success ? await checkTimeTokens(shape.data, trust) : undefined;
  return verifyBundle(input, trust, tokens);
}

/** Everything but token signatures, synchronously; `tokens` are `checkTimeTokens`'s results. */
export function verifyBundle(input: unknown, trust: TrustPolicy, tokens?: TokenResults): BundleVerification {
  const checks: Check[] = [];
  const shape = BundleSchema.safeParse(input);
  if (!shape.success) {
    const i = shape.error.issues[0]!;
    checks.push({
      id: 'format',
      status: 'fail',
      detail: `not a custos-bundle/v1: ${i.path.join('.') || '(root)'} ${i.message}`,
    });
    return emptyResult('', checks);
  }
  const bundle = shape.data;
  checks.push({
    id: 'format',
    status: 'pass',
    detail: `custos-bundle/v1 for item ${bundle.subject.item}, made ${bundle.createdAt}`,
  });

  const checkpoint = checkCheckpoint(bundle, trust, checks);
  const parsed = checkEntries(bundle, checkpoint, checks);
  const ledger = replay(parsed, checks);
  const keyNotes = checkKeys(parsed, ledger, checks);
  checkDigestsAndDerivatives(bundle, parsed, ledger, checks);
  const bounds = checkTime(bundle, checkpoint, parsed, trust, tokens, checks);
  const result = summarise(bundle, checkpoint, parsed, ledger, checks, keyNotes);
  return bounds.size === 0
    ? result
    : {
        ...result,
        timeBounds: [...bounds].sort(([a], [b]) => a - b).map(([index, b]) => ({ index, ...b })),
        timeline: result.timeline.map((e) =>
          bounds.has(e.index) ? { ...e, loggedNoLaterThan: bounds.get(e.index)! } : e,
        ),
      };
}

export function checkFileDigest(
  sha256Hex: string,
  item: { id: string; digests: Record<string, string> } | undefined,
  fileName: string,
): Check {
  if (!item) return { id: 'file', status: 'fail', detail: `no verified item to compare ${fileName} with` };
  const ok = item.digests.sha256 === sha256Hex;
  return {
    id: 'file',
    status: ok ? 'pass' : 'fail',
    code: ok ? undefined : 'file_mismatch',
    detail: ok
      ? `${fileName} has the registered SHA-256 of item ${item.id}`
      : `${fileName} has SHA-256 ${sha256Hex}, not the registered ${item.digests.sha256} of item ${item.id}`,
  } as Check;
}
