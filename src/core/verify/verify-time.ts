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
import { type TokenResult, verifyTimestampToken } from '../timestamp/verify-token.ts';
import { cosignatureVerifierFromKey, parseTimestampedSignature } from '../witness/cosignature.ts';
import type { Check, TimeBound } from './result.ts';
import type { TrustPolicy } from './trust-policy.ts';
import type { TrustedCheckpoint } from './verify-checkpoint.ts';
import type { Parsed } from './verify-entries.ts';

/** Token results per anchor, in the bundle's order: what `checkTimeTokens` found. */
export type TokenResults = readonly (readonly TokenResult[])[];

export async function checkTimeTokens(bundle: Bundle, trust: TrustPolicy): Promise<TokenResults | undefined> {
  if (!trust.tsa) return undefined;
  const roots = trust.tsa.roots;
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
    checks.push({
      id: 'time',
      status: 'fail',
      detail: 'a TSA policy was given but the tokens were not checked (use verifyBundleWithTime)',
    });
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
        checks.push({
          id: 'time',
          status: 'fail',
          code: r.code,
          detail: `timestamp ${t + 1} on checkpoint ${opened.size}: ${r.reason}`,
        });
        return;
      }
      roots.add(r.root);
      sources.push({
        size: opened.size,
        bound: { at: r.upperBound, source: `TSA ${r.tsa}`, root: r.root, checkpoint: opened.size },
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
        checks.push({
          id: 'time',
          status: 'fail',
          code: 'time_contradiction',
          entry: entry.index,
          detail: `entry ${entry.index} says it was logged at ${entry.loggedAt}, but checkpoint ${s.size}, which contains it, existed by ${s.bound.at} (${s.bound.source})`,
        });
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
    checks.push({
      id: 'time',
      status: 'fail',
      code: 'bad_signature',
      detail: `time anchor ${a + 1}: its checkpoint does not verify with the pinned log key: ${(e as Error).message}`,
    });
    return undefined;
  }
  const [small, large] = anchored.size <= cp.size ? [anchored, cp] : [cp, anchored];
  const proof = anchor.consistency.map((h) => fromBase64(h, 'consistency hash'));
  const consistent =
    small.size === large.size
      ? toBase64(small.rootHash) === toBase64(large.rootHash) && proof.length === 0
      : isConsistent(small.size, large.size, proof, small.rootHash, large.rootHash);
  if (!consistent) {
    checks.push({
      id: 'time',
      status: 'fail',
      code: 'bad_proof',
      detail: `time anchor ${a + 1} (checkpoint ${anchored.size}) is not consistent with the bundle's checkpoint ${cp.size}`,
    });
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
        bound: { at: time(Number(ts) * 1000 + 1000), source: `witness ${v.name}`, checkpoint: size },
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
        ? {
            id: 'time',
            status: 'pass',
            detail: `every entry is in a checkpoint timestamped by ${k} pinned TSA${k === 1 ? '' : 's'} (${tokenCount} token${tokenCount === 1 ? '' : 's'} verified)`,
          }
        : {
            id: 'time',
            status: k > 0 ? 'fail' : 'info',
            code: 'tsa_missing',
            entry: uncovered[0]!,
            detail: `${uncovered.length} entr${uncovered.length === 1 ? 'y is' : 'ies are'} in no checkpoint timestamped by ${k} pinned TSA${k === 1 ? '' : 's'} (first: entry ${uncovered[0]})`,
          },
    );
  } else if (tsaCover.length > 0 || bounds.size > 0) {
    checks.push({
      id: 'time',
      status: 'info',
      detail: `${bounds.size} of ${parsed.length} entries have a verified time bound; no TSA root pinned, so RFC 3161 timestamps were not checked`,
    });
  }
}
