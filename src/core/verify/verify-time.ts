/**
 * Verifier step 12 (docs/bundle.md): when was each event logged, at the latest? Each anchor of
 * the bundle's `time` member is a checkpoint of the same log (signed by the pinned key,
 * consistent with the bundle's checkpoint); a verified RFC 3161 token over its note, or a trusted
 * witness's cosignature timestamp on it, proves that checkpoint — and so every entry below its
 * size — existed by that time. Each event gets the earliest such bound. An entry whose `loggedAt`
 * is later than a verified bound on a checkpoint that contains it is a contradiction, and fails.
 *
 * Token signatures need WebCrypto, which is asynchronous: `checkTimeTokens` verifies them first,
 * and the synchronous verifier takes its results.
 * @module
 */
import { fromBase64, toBase64, utf8 } from '../encoding.ts';
import type { Bundle, TimeAnchor } from '../ledger/bundle.ts';
import { type Checkpoint, openCheckpoint } from '../log/checkpoint.ts';
import { parseNote } from '../log/note.ts';
import { isConsistent } from '../log/proof-verify.ts';
import type { TokenResult } from '../timestamp/verify-token.ts';
import { cosignatureVerifierFromKey, parseTimestampedSignature } from '../witness/cosignature.ts';
import { checkLine, reasonOf } from './check-line.ts';
import type { Check, TimeBound } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';
import type { TrustedCheckpoint } from './verify-checkpoint.ts';
import type { Parsed } from './verify-entries.ts';

/** Token results per anchor, in the bundle's order: what `checkTimeTokens` found. */
export type TokenResults = readonly (readonly TokenResult[])[];

export async function checkTimeTokens(bundle: Bundle, trust: TrustPolicy): Promise<TokenResults | undefined> {
  if (!trust.tsa) return undefined;
  const roots = trust.tsa.roots;
  // Loaded only here: its ASN.1 and CMS libraries cost a CLI start more than the rest of the verifier.
  const { verifyTimestampToken } = await import('../timestamp/verify-token.ts');
  return Promise.all(
    (bundle.time?.anchors ?? []).map((a) =>
      Promise.all(
        a.timestamps.map((t) => {
          try {
            return verifyTimestampToken(fromBase64(t, 'token'), utf8(a.checkpoint), roots);
          } catch (e) {
            return { ok: false as const, code: 'tsa_malformed' as const, reason: (e as Error).message };
          }
        }),
      ),
    ),
  );
}

interface Source {
  readonly size: number;
  readonly bound: TimeBound;
}

const time = (ms: number) => new Date(ms).toISOString();

export function checkTime(
  bundle: Bundle,
  cp: TrustedCheckpoint | undefined,
  parsed: readonly Parsed[],
  trust: TrustPolicy,
  tokens: TokenResults | undefined,
  checks: Check[],
): Map<number, TimeBound> {
  const bounds = new Map<number, TimeBound>();
  if (!cp) return bounds;
  const anchors = bundle.time?.anchors ?? [];
  if (trust.tsa && !tokens) {
    checks.push(checkLine('time', 'fail', 'detail.tsaUnchecked'));
    return bounds;
  }
  const sources: Source[] = witnessSources(bundle.checkpoint, cp.size, trust);
  const tsaCover: { size: number; roots: Set<string> }[] = [];
  anchors.forEach((anchor, a) => {
    const opened = openAnchor(anchor, a, cp, checks);
    if (!opened) return;
    sources.push(
      ...witnessSources(`${anchor.checkpoint}${anchor.cosignatures.join('')}`, opened.size, trust),
    );
    const roots = new Set<string>();
    (tokens?.[a] ?? []).forEach((r, t) => {
      if (!r.ok) {
        checks.push(
          checkLine(
            'time',
            'fail',
            'detail.tokenFailed',
            { n: String(t + 1), size: String(opened.size), reason: r.reason },
            { code: r.code },
          ),
        );
        return;
      }
      roots.add(r.root);
      sources.push({
        size: opened.size,
        bound: {
          at: r.upperBound,
          source: `TSA ${r.tsa}`,
          by: { kind: 'tsa', name: r.tsa },
          root: r.root,
          checkpoint: opened.size,
        },
      });
    });
    tsaCover.push({ size: opened.size, roots });
  });
  for (const { entry } of parsed) {
    for (const s of sources) {
      if (entry.index >= s.size) continue;
      const known = bounds.get(entry.index);
      if (!known || Date.parse(s.bound.at) < Date.parse(known.at)) bounds.set(entry.index, s.bound);
      if (Date.parse(entry.loggedAt) > Date.parse(s.bound.at)) {
        checks.push(
          checkLine(
            'time',
            'fail',
            'detail.timeContradiction',
            {
              entry: String(entry.index),
              at: entry.loggedAt,
              size: String(s.size),
              bound: s.bound.at,
              source: s.bound.source,
            },
            { code: 'time_contradiction', entry: entry.index },
          ),
        );
      }
    }
  }
  summariseTime(parsed, bounds, tsaCover, trust, tokens, checks);
  return bounds;
}

/** The anchor's checkpoint, if it is the pinned log's and consistent with the bundle's. */
function openAnchor(
  anchor: TimeAnchor,
  a: number,
  cp: TrustedCheckpoint,
  checks: Check[],
): Checkpoint | undefined {
  let anchored: Checkpoint;
  try {
    const opened = openCheckpoint(anchor.checkpoint, cp.logVerifier);
    anchored = opened.checkpoint;
    if (parseNote(anchor.checkpoint).signatures.some((s) => s.name !== cp.origin)) {
      throw new Error('it carries signature lines of other keys: cosignatures belong in `cosignatures`');
    }
  } catch (e) {
    checks.push(
      checkLine(
        'time',
        'fail',
        'detail.anchorInvalid',
        { n: String(a + 1), reason: reasonOf(e) },
        { code: 'bad_signature' },
      ),
    );
    return undefined;
  }
  const [small, large] = anchored.size <= cp.size ? [anchored, cp] : [cp, anchored];
  const proof = anchor.consistency.map((h) => fromBase64(h, 'consistency hash'));
  const consistent =
    small.size === large.size
      ? toBase64(small.rootHash) === toBase64(large.rootHash) && proof.length === 0
      : isConsistent(small.size, large.size, proof, small.rootHash, large.rootHash);
  if (!consistent) {
    checks.push(
      checkLine(
        'time',
        'fail',
        'detail.anchorInconsistent',
        { n: String(a + 1), size: String(anchored.size), bundleSize: String(cp.size) },
        { code: 'bad_proof' },
      ),
    );
    return undefined;
  }
  return anchored;
}

/** Bounds from trusted witnesses' cosignature timestamps on a note (to the end of that second). */
function witnessSources(note: string, size: number, trust: TrustPolicy): Source[] {
  const keys = trust.witnesses?.keys ?? [];
  if (keys.length === 0) return [];
  let parsed: ReturnType<typeof parseNote>;
  try {
    parsed = parseNote(note);
  } catch {
    return [];
  }
  const text = utf8(parsed.text);
  const out: Source[] = [];
  for (const k of keys) {
    let v: ReturnType<typeof cosignatureVerifierFromKey>;
    try {
      v = cosignatureVerifierFromKey(k);
    } catch {
      continue;
    }
    for (const s of parsed.signatures) {
      if (s.name !== v.name || s.keyId !== v.keyId || !v.verify(text, s.signature)) continue;
      const ts = parseTimestampedSignature(s.signature)!.timestamp;
      out.push({
        size,
        bound: {
          at: time(Number(ts) * 1000 + 1000),
          source: `witness ${v.name}`,
          by: { kind: 'witness', name: v.name },
          checkpoint: size,
        },
      });
    }
  }
  return out;
}

function summariseTime(
  parsed: readonly Parsed[],
  bounds: Map<number, TimeBound>,
  tsaCover: readonly { size: number; roots: Set<string> }[],
  trust: TrustPolicy,
  tokens: TokenResults | undefined,
  checks: Check[],
): void {
  const tokenCount = tokens?.flat().filter((r) => r.ok).length ?? 0;
  if (trust.tsa) {
    const k = trust.tsa.required;
    const uncovered = parsed
      .map((p) => p.entry.index)
      .filter((i) => !tsaCover.some((c) => i < c.size && c.roots.size >= k));
    checks.push(
      uncovered.length === 0
        ? checkLine('time', 'pass', 'detail.tsaCovered', { k, tokens: tokenCount })
        : checkLine(
            'time',
            k > 0 ? 'fail' : 'info',
            'detail.tsaUncovered',
            { n: uncovered.length, k, first: String(uncovered[0]) },
            { code: 'tsa_missing', entry: uncovered[0]! },
          ),
    );
  } else if (tsaCover.length > 0 || bounds.size > 0) {
    checks.push(checkLine('time', 'info', 'detail.timeBounds', { n: bounds.size, total: parsed.length }));
  }
}
