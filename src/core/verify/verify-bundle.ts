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
import { type AsyncSignatureCheck, type SignatureCheck, verifySignature } from '../crypto/ed25519.ts';
import { type Bundle, BundleSchema } from '../ledger/bundle.ts';
import { includesDerivatives } from '../ledger/bundle-completeness.ts';
import type { MemoryLedger } from '../ledger/memory-ledger.ts';
import { checkpointRulesEpochs, type RulesEpochs } from '../ledger/rules-version.ts';
import { checkLine, reasonOf } from './check-line.ts';
import { limitFailures } from './limit-failures.ts';
import type { BundleVerification, Check, VerifiedPart } from './result.ts';
import { emptyResult, summarise } from './summarise.ts';
import type { TrustPolicy } from './trust-policy.ts';
import { checkBorder } from './verify-border.ts';
import { checkCheckpoint, type TrustedCheckpoint } from './verify-checkpoint.ts';
import { checkCompleteness } from './verify-completeness.ts';
import { checkEntries, type Parsed, replay } from './verify-entries.ts';
import { checkDigestsAndDerivatives } from './verify-history.ts';
import { checkKeys } from './verify-keys.ts';
import { checkParts, mergeTimelines } from './verify-parts.ts';
import { type SignatureJob, signatureChecks, signatureJobs } from './verify-signatures.ts';
import { checkTime, checkTimeTokens, type TokenResults } from './verify-time.ts';

export type { TrustPolicy, TsaPolicy, WitnessPolicy } from './trust-policy.ts';

/**
 * The whole verification, RFC 3161 tokens included: their signatures need WebCrypto, which is
 * asynchronous. Use this one whenever `trust.tsa` is set. `checkSignature` may be a faster
 * implementation of the one Ed25519 policy (OpenSSL in the CLI, WebCrypto in the browser):
 * entry signatures are checked by it while the entries are replayed.
 */
export async function verifyBundleWithTime(
  input: unknown,
  trust: TrustPolicy,
  checkSignature: AsyncSignatureCheck = async (s, m, k) => verifySignature(s, m, k),
): Promise<BundleVerification> {
  const run = start(input, trust);
  if ('result' in run) return run.result;
  const verdicts = Promise.all(run.jobs.map((j) => checkSignature(j.signature, j.message, j.publicKey)));
  const tokens = checkTimeTokens(run.bundle, trust);
  const replayed = rules(run, trust);
  return finish(run, replayed, await verdicts, trust, await tokens);
}

/**
 * Everything but token signatures, synchronously; `tokens` are `checkTimeTokens`'s results.
 * `checkSignature` is the portable verifier unless the caller injects a faster equivalent.
 */
export function verifyBundle(
  input: unknown,
  trust: TrustPolicy,
  tokens?: TokenResults,
  checkSignature: SignatureCheck = verifySignature,
): BundleVerification {
  const run = start(input, trust);
  if ('result' in run) return run.result;
  const replayed = rules(run, trust);
  const verdicts = run.jobs.map((j) => checkSignature(j.signature, j.message, j.publicKey));
  return finish(run, replayed, verdicts, trust, tokens);
}

interface Run {
  readonly bundle: Bundle;
  readonly checkpoint: TrustedCheckpoint | undefined;
  readonly parsed: Parsed[];
  readonly jobs: SignatureJob[];
  readonly checks: Check[];
  /** Where the signature checks go, to keep the report in the order of docs/bundle.md. */
  readonly signaturesAt: number;
}

function start(input: unknown, trust: TrustPolicy): Run | { result: BundleVerification } {
  const checks: Check[] = [];
  const shape = BundleSchema.safeParse(input);
  if (!shape.success) {
    const i = shape.error.issues[0]!;
    checks.push(
      checkLine('format', 'fail', 'detail.notBundle', {
        path: i.path.join('.') || '(root)',
        problem: i.message,
      }),
    );
    return { result: emptyResult('', limitFailures(checks)) };
  }
  const bundle = shape.data;
  checks.push(
    checkLine('format', 'pass', 'detail.format', {
      format: bundle.format,
      item: bundle.subject.item,
      createdAt: bundle.createdAt,
    }),
  );
  const checkpoint = checkCheckpoint(bundle, trust, checks);
  const parsed = checkEntries(bundle, checkpoint, checks);
  return { bundle, checkpoint, parsed, jobs: signatureJobs(parsed), checks, signaturesAt: checks.length };
}

interface Replayed {
  readonly ledger: MemoryLedger;
  readonly keyNotes: ReturnType<typeof checkKeys>;
  /** Where the digest checks go: they wait for the signatures (see `finish`). */
  readonly digestsAt: number;
  readonly parts: readonly VerifiedPart[];
}

function rules(run: Run, trust: TrustPolicy): Replayed {
  const ledger = replay(run.parsed, run.checks, announcedRules(run.checkpoint, run.checks));
  const keyNotes = checkKeys(run.parsed, ledger, run.checks);
  const digestsAt = run.checks.length;
  checkCompleteness(run.bundle, run.checkpoint, run.parsed, run.checks, derivativesOf(run));
  checkBorder(run.parsed, trust, run.checks);
  // Each other log's part is verified in full, as its importer did (its tokens are not checked).
  const parts = checkParts(run.bundle, run.parsed, trust, run.checks, (b, t) => verifyBundle(b, t));
  return { ledger, keyNotes, digestsAt, parts };
}

/** Whether the bundle includes its item's derivatives: said by the flag or shown by the entries. */
function derivativesOf(run: Run): boolean {
  return includesDerivatives(run.bundle.subject.item, run.parsed, run.bundle.subject.derivatives);
}

/**
 * The versions of the rules the bundle's checkpoint announces (docs/rules.md, Versions of the
 * rules). Without a verified checkpoint nothing was announced: every entry is judged by today's.
 */
function announcedRules(checkpoint: TrustedCheckpoint | undefined, checks: Check[]): RulesEpochs | undefined {
  if (!checkpoint) return undefined;
  try {
    return checkpointRulesEpochs(checkpoint);
  } catch (e) {
    checks.push(checkLine('checkpoint', 'fail', 'detail.rulesLineInvalid', { reason: reasonOf(e) }));
    return undefined;
  }
}

function finish(
  run: Run,
  { ledger, keyNotes, digestsAt, parts }: Replayed,
  verdicts: readonly boolean[],
  trust: TrustPolicy,
  tokens: TokenResults | undefined,
): BundleVerification {
  const { bundle, checkpoint, parsed, checks } = run;
  // A finding is believed only from an entry proven in the log and signed by its signer.
  const unproven = new Set<number>();
  for (const [i, job] of run.jobs.entries()) if (!verdicts[i]) unproven.add(job.entry);
  for (const c of checks)
    if (c.id === 'inclusion' && c.status === 'fail' && c.entry !== undefined) unproven.add(c.entry);
  const history: Check[] = [];
  checkDigestsAndDerivatives(bundle, parsed, ledger, history, unproven);
  spliceAll(checks, digestsAt, history);
  spliceAll(checks, run.signaturesAt, signatureChecks(run.jobs, verdicts));
  const bounds = checkTime(bundle, checkpoint, parsed, trust, tokens, checks);
  const result = summarise(
    bundle,
    checkpoint,
    parsed,
    ledger,
    limitFailures(checks),
    keyNotes,
    derivativesOf(run),
  );
  const dated =
    bounds.size === 0
      ? result
      : {
          ...result,
          timeBounds: [...bounds].sort(([a], [b]) => a - b).map(([index, b]) => ({ index, ...b })),
          timeline: result.timeline.map((e) =>
            bounds.has(e.index) ? { ...e, loggedNoLaterThan: bounds.get(e.index)! } : e,
          ),
        };
  if (parts.length === 0) return dated;
  return {
    ...dated,
    timeline: mergeTimelines(dated.timeline, parts),
    parts: parts.map(({ timeline: _events, ...part }) => part),
  };
}

/** Inserts without spreading into arguments: a hostile bundle makes these arrays huge. */
function spliceAll(checks: Check[], at: number, inserted: readonly Check[]): void {
  const tail = checks.splice(at);
  for (const c of inserted) checks.push(c);
  for (const c of tail) checks.push(c);
}

/**
 * Which verified item a file is: the subject, a copy or any other item of the bundle. A file
 * that matches none fails this check alone: the history it was compared with still stands.
 */
export function checkFileDigest(
  sha256Hex: string,
  items: readonly { id: string; digests: Record<string, string> }[],
  fileName: string,
): Check {
  if (items.length === 0)
    return checkLine('file', 'fail', 'detail.fileNoItems', { file: fileName }, { code: 'file_mismatch' });
  const match = items.find((i) => i.digests.sha256 === sha256Hex.toLowerCase());
  if (match) return checkLine('file', 'pass', 'detail.fileMatches', { file: fileName, item: match.id });
  return checkLine(
    'file',
    'fail',
    'detail.fileMismatch',
    { file: fileName, sha256: sha256Hex, n: items.length, items: items.map((i) => i.id).join(', ') },
    { code: 'file_mismatch' },
  );
}
