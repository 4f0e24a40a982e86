/**
 * What the verification printed in a report trusted besides the log key, recorded in the PDF's
 * render record (pdf-metadata.ts) so that a verifier can reach the same verification and draw
 * the same pages. Only fingerprints are recorded, never the trust itself: a report cannot make a
 * verifier trust a root it carries. The verifier re-verifies with the roots *it* pinned whose
 * SHA-256 the record names, and draws the pages again only from that verification
 * (docs/bundle.md, the render record; docs/threat-model.md).
 *
 * ```ts
 * const recorded = recordTrust({ logKey, tsa: { roots, required: 1 } });
 * // {"tsa":{"required":1,"roots":["9f…"]}} in the PDF; later, with the reader's own pins:
 * const again = trustToReproduce(recorded, { logKey, tsa: { roots: pinnedRoots, required: 1 } });
 * ```
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { canonicalJson } from '../core/canonical.ts';
import { toHex } from '../core/encoding.ts';
import type { TsaRoot } from '../core/timestamp/verify-token.ts';
import type { TrustPolicy } from '../core/verify/trust-policy.ts';

const HEX64 = /^[0-9a-f]{64}$/;

const recordedSchema = z
  .object({
    tsa: z
      .object({
        /** SHA-256 of each TSA root certificate (DER) the exporter pinned, lowercase hex, sorted. */
        roots: z.array(z.string().regex(HEX64)).min(1).max(16),
        /** How many of them had to timestamp each entry. */
        required: z.number().int().min(0).max(16),
      })
      .strict()
      .optional(),
    /**
     * The verifier keys of other logs the printed verification checked parts or entries of (a
     * multi-log bundle), sorted: keys are public, but only a reader's own pin of the same key
     * for the same origin is used.
     */
    logs: z.array(z.string().min(1).max(512)).min(1).max(64).optional(),
  })
  .strict();

export type RecordedTrust = z.infer<typeof recordedSchema>;

/** Nothing but the log key: what a report exported without `--tsa-root` records. */
export const LOG_KEY_ONLY: RecordedTrust = {};

/** SHA-256 of a root certificate's DER, lowercase hex: how the record and docs name a root. */
export const rootFingerprint = (der: Uint8Array): string => toHex(sha256(der));

/**
 * What to record for a report rendered from a verification under `trust`; `otherLogKeys`: the
 * keys of other logs that verification used (see {@link recordingOtherLogs}).
 */
export function recordTrust(
  trust: Pick<TrustPolicy, 'tsa'>,
  otherLogKeys: Iterable<string> = [],
): RecordedTrust {
  const logs = [...new Set(otherLogKeys)].sort();
  const tsa = trust.tsa
    ? {
        tsa: {
          roots: [...new Set(trust.tsa.roots.map((r) => rootFingerprint(r.der)))].sort(),
          required: trust.tsa.required,
        },
      }
    : {};
  return { ...tsa, ...(logs.length ? { logs } : {}) };
}

/**
 * Other logs' pins, remembering which keys were asked for: a report's verification records those
 * keys, and is reproduced with them alone (no witness policy), so that its pages are the same for
 * every reader who pinned those keys. The exporter's witness policies still apply: a part or entry
 * of another log that does not meet them fails the export, and one that meets them prints the
 * same pages as under its key alone (docs/bundle.md, the render record).
 */
export function recordingOtherLogs(pins: TrustPolicy['otherLogs']): {
  readonly otherLogs: NonNullable<TrustPolicy['otherLogs']>;
  readonly used: ReadonlySet<string>;
} {
  const used = new Set<string>();
  return {
    used,
    otherLogs: (origin) => {
      const pinned = pins?.(origin);
      if (!pinned) return undefined;
      used.add(pinned.logKey);
      return pinned;
    },
  };
}

/** The record's `trust` property: RFC 8785 JSON. */
export const recordedTrustJson = (t: RecordedTrust): string => canonicalJson(t);

/** Reads a record's `trust` property; throws on anything this renderer would not have written. */
export function parseRecordedTrust(json: string): RecordedTrust {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('the render record’s trust is not JSON');
  }
  const parsed = recordedSchema.safeParse(value);
  if (!parsed.success || recordedTrustJson(parsed.data) !== json)
    throw new Error('the render record’s trust is not what this renderer writes');
  return parsed.data;
}

/** Why a verifier cannot reach the verification a report was rendered from. */
export class TrustNotPinned extends Error {}

/**
 * The trust to verify with again, to draw the pages as exported: the pinned log key and, when
 * the report dated events by TSA tokens, the reader's pinned roots with the recorded
 * fingerprints (every one of them) and the recorded count. Throws {@link TrustNotPinned} when
 * the reader has not pinned them all: those pages cannot be reproduced, so are not checked.
 */
export function trustToReproduce(recorded: RecordedTrust, pinned: TrustPolicy): TrustPolicy {
  const logs = otherLogsToReproduce(recorded, pinned);
  if (!recorded.tsa) return { logKey: pinned.logKey, ...logs };
  const byPrint = new Map<string, TsaRoot>();
  for (const r of pinned.tsa?.roots ?? []) byPrint.set(rootFingerprint(r.der), r);
  const missing = recorded.tsa.roots.filter((f) => !byPrint.has(f));
  if (missing.length)
    throw new TrustNotPinned(
      `the report dates its events by RFC 3161 timestamps checked against TSA roots that are not pinned here (SHA-256 ${missing.join(', ')}); pin them (custos verify --tsa-root, or the TSA roots of the /verify page) to check the pages`,
    );
  return {
    logKey: pinned.logKey,
    tsa: { roots: recorded.tsa.roots.map((f) => byPrint.get(f)!), required: recorded.tsa.required },
    ...logs,
  };
}

/** The recorded other logs' keys, each pinned by the reader for its origin, else TrustNotPinned. */
function otherLogsToReproduce(recorded: RecordedTrust, pinned: TrustPolicy): Pick<TrustPolicy, 'otherLogs'> {
  if (!recorded.logs) return {};
  const byOrigin = new Map(recorded.logs.map((k) => [k.slice(0, k.indexOf('+')), k]));
  const missing = recorded.logs.filter((k) => pinned.otherLogs?.(k.slice(0, k.indexOf('+')))?.logKey !== k);
  if (missing.length)
    throw new TrustNotPinned(
      `the report shows parts of other logs checked against keys that are not pinned here (${missing.join(', ')}); pin them (custos trust add <key>, or “Other logs” on the /verify page) to check the pages`,
    );
  return {
    otherLogs: (origin) => {
      const logKey = byOrigin.get(origin);
      return logKey ? { logKey } : undefined;
    },
  };
}
