/**
 * The other logs' parts of a multi-log bundle (`custos-bundle/v3`, docs/bundle.md §4, check
 * `parts`): for each item this log imported, the sending log's transfer package as the importer
 * received it. Each part is verified as the importer verified it (verify-transfer's steps), with
 * the key and witness policy the *reader* pinned for its origin — never with anything the bundle
 * says — and must be the very disclosure this log's `transfer.imported` names (origin, index and
 * leaf hash). A part whose origin the reader has not pinned is NOT checked, and says how to pin
 * it. A part verified gives the timeline its events in the other log, placed before the import
 * that continued them here, and is complete only as of its own checkpoint, when it disclosed.
 *
 * ```ts
 * const parts = checkParts(bundle, parsed, trust, checks, verifyBundle);
 * parts[0].origin; parts[0].timeline; // the sending log's events, each marked with its log
 * ```
 * @module
 */

import { toBase64 } from '../encoding.ts';
import { CustosError } from '../errors.ts';
import type { Message } from '../i18n/translator.ts';
import { type Bundle, type BundlePart, MULTI_LOG_BUNDLE_FORMAT } from '../ledger/bundle.ts';
import type { TransferImported } from '../ledger/transfer-payloads.ts';
import { type CheckDetailKey, checkLine, nested } from './check-line.ts';
import { failureReason } from './failure-reason.ts';
import type { Check, TimelineEvent, VerifiedPart } from './result.ts';
import { type BundleVerifier, checkTransferWith, PackageBundleFailed } from './transfer-check.ts';
import type { TrustPolicy } from './trust-policy.ts';
import type { Parsed } from './verify-entries.ts';

interface Import {
  readonly index: number;
  readonly leafHash: string;
  readonly disclosure: TransferImported['disclosure'];
}

export function checkParts(
  bundle: Bundle,
  parsed: readonly Parsed[],
  trust: TrustPolicy,
  checks: Check[],
  verify: BundleVerifier,
): VerifiedPart[] {
  const v3 = bundle.format === MULTI_LOG_BUNDLE_FORMAT;
  if (v3 !== Boolean(bundle.parts)) {
    const key = v3 ? 'detail.partsMissing' : 'detail.partsNotMultiLog';
    checks.push(checkLine('format', 'fail', key, { format: bundle.format }, { code: 'bad_proof' }));
    return [];
  }
  // Any format: an import without its part is said, even in a bundle that calls itself v2 (the
  // format is unsigned, the import is not; docs/bundle.md §4, Parts).
  const parts = bundle.parts ?? [];
  const imports = importsOf(parsed);
  const claimed = new Set<number>();
  const out: VerifiedPart[] = [];
  for (const imp of imports) {
    const at = parts.findIndex(
      (p, i) =>
        !claimed.has(i) &&
        originOf(p) === imp.disclosure.origin &&
        p.disclosure.index === imp.disclosure.index,
    );
    const values = { index: imp.index, other: imp.disclosure.index, origin: imp.disclosure.origin };
    if (at < 0) {
      checks.push(checkLine('parts', 'warn', 'detail.partAbsent', values, { entry: imp.index }));
      continue;
    }
    claimed.add(at);
    const part = checkPart(bundle, parts[at]!, imp, trust, verify, checks);
    if (part) out.push(part);
  }
  for (const [i, p] of parts.entries())
    if (!claimed.has(i))
      checks.push(
        checkLine(
          'parts',
          'fail',
          'detail.partUnclaimed',
          { n: i + 1, origin: originOf(p) || '?', other: p.disclosure.index },
          { code: 'part_mismatch' },
        ),
      );
  return out;
}

function checkPart(
  bundle: Bundle,
  part: BundlePart,
  imp: Import,
  trust: TrustPolicy,
  verify: BundleVerifier,
  checks: Check[],
): VerifiedPart | undefined {
  const values = { index: imp.index, other: imp.disclosure.index, origin: imp.disclosure.origin };
  const line = (status: Check['status'], key: CheckDetailKey, more = {}, code?: string) =>
    checks.push(
      checkLine(
        'parts',
        status,
        key,
        { ...values, ...more },
        { entry: imp.index, ...(code ? { code } : {}) },
      ),
    );
  const pinned = trust.otherLogs?.(imp.disclosure.origin);
  if (!pinned) {
    line('warn', 'detail.partNotPinned', {}, 'untrusted_origin');
    return undefined;
  }
  let checked: ReturnType<typeof checkTransferWith>;
  try {
    checked = checkTransferWith(verify, part, {
      ...pinned,
      ...(trust.otherLogs ? { otherLogs: trust.otherLogs } : {}),
    });
  } catch (e) {
    if (e instanceof PackageBundleFailed)
      line('fail', 'detail.partBundleFailed', { failures: failuresMessage(e.failed) }, e.code);
    else
      line(
        'fail',
        'detail.partFailed',
        { reason: failureReason(e) },
        e instanceof CustosError ? e.code : undefined,
      );
    return undefined;
  }
  const { transfer, bundle: there } = checked;
  // The origin and index found the part; the leaf hash binds it to the very disclosure imported.
  if (transfer.leafHash !== imp.disclosure.leafHash) {
    line(
      'fail',
      'detail.partMismatch',
      { leafHash: transfer.leafHash, named: imp.disclosure.leafHash },
      'part_mismatch',
    );
    return undefined;
  }
  const cp = there.checkpoint!;
  line('pass', 'detail.partVerified', {
    item: transfer.item,
    size: cp.size,
    root: cp.rootHash.slice(0, 12),
  });
  const crossing = { origin: bundle.log.origin, index: imp.index, leafHash: imp.leafHash };
  const timeline = there.timeline.map(
    (e): TimelineEvent => ({
      ...e,
      log: { origin: transfer.origin, importedBy: imp.index },
      // Where custody left that log: its disclosure, imported here.
      ...(e.index === transfer.index && e.type === 'disclosed' ? { border: crossing } : {}),
    }),
  );
  return {
    origin: transfer.origin,
    disclosure: transfer.index,
    importedBy: imp.index,
    item: transfer.item,
    checkpoint: { size: cp.size, rootHash: cp.rootHash },
    timeline,
  };
}

/** How many of a part's failed checks are named in the line; the rest are counted. */
const FAILURES_NAMED = 5;

/**
 * A part's failed checks as one catalogue message ("Signatures: …; Inclusion: …; 2 more
 * failures"), each check's own message nested, so a translated page or report says why in its
 * language.
 */
function failuresMessage(failed: readonly Check[]): Message {
  const named = failed.slice(0, FAILURES_NAMED);
  const more = failed.length - named.length;
  let next: Message | undefined;
  for (let i = named.length - 1; i >= 0; i--) {
    const c = named[i]!;
    next = nested('detail.partCheckFailed', {
      check: nested(`check.${c.id}`),
      reason: c.message ? withoutQuotedReasons(c.message, c.code) : partReasonOf(c.code),
      ...(next ? { hasNext: 'yes', next } : { hasNext: 'no' }),
      ...(i === named.length - 1 && more > 0 ? { hasMore: 'yes', more } : { hasMore: 'no' }),
    });
  }
  return next!;
}

/** A failed check's reason, by its code alone (the same in every language, docs/errors.md). */
const partReasonOf = (code: string | undefined): Message =>
  code ? nested('reason.failedWithCode', { code }) : nested('reason.unreadable');

/**
 * A part's failed check as the reader's language can say it: a `reason` some check quotes as a
 * thrown error or custody rule wrote it (English, docs/i18n.md) is replaced, at any depth, by the
 * check's code, so that a translated page or report shows no English sentence for another log's
 * part. The English specifics are what `custos transfer verify` prints for the part's package.
 */
function withoutQuotedReasons(m: Message, code: string | undefined): Message {
  if (!m.values) return m;
  const values = Object.fromEntries(
    Object.entries(m.values).map(([name, v]) => {
      if (typeof v === 'object') return [name, withoutQuotedReasons(v, code)];
      return [name, name === 'reason' && typeof v === 'string' ? partReasonOf(code) : v];
    }),
  );
  return { ...m, values };
}

function importsOf(parsed: readonly Parsed[]): Import[] {
  const out: Import[] = [];
  for (const p of parsed)
    if (p.entry.kind === 'transfer.imported')
      out.push({
        index: p.entry.index,
        leafHash: toBase64(p.leafHash),
        disclosure: p.entry.payload.disclosure,
      });
  return out;
}

function originOf(p: BundlePart): string {
  const log = p.bundle.log as { origin?: unknown } | undefined;
  return typeof log?.origin === 'string' ? log.origin : '';
}

/**
 * The timeline across the border: each part's events just before this log's first event at or
 * after the import that continued them (the import itself, when the timeline shows it).
 */
export function mergeTimelines(
  own: readonly TimelineEvent[],
  parts: readonly VerifiedPart[],
): TimelineEvent[] {
  if (parts.length === 0) return [...own];
  const out: TimelineEvent[] = [];
  const pending = [...parts].sort((a, b) => a.importedBy - b.importedBy);
  for (const e of own) {
    while (pending.length && pending[0]!.importedBy <= e.index)
      for (const p of pending.shift()!.timeline) out.push(p);
    out.push(e);
  }
  for (const part of pending) for (const p of part.timeline) out.push(p);
  return out;
}
