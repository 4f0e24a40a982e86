/**
 * What `custos verify` prints for a bundle or a report: the verdict, what it does not prove,
 * the pages, the signature, the file and the timeline, in the terminal's words (English).
 * @module
 */
import { englishText, nested } from '../../core/verify/check-line.ts';
import type { BundleVerification, Check, TimelineEvent } from '../../core/verify/result.ts';
import { completenessVerdict } from '../../core/verify/verify-completeness.ts';
import { keyNoteLine } from '../../core/verify/verify-keys.ts';
import { printLine, printLines } from '../output.ts';

export function printChecks(checks: readonly Check[]): void {
  const mark = { pass: 'ok  ', fail: 'FAIL', warn: 'warn', info: 'info' } as const;
  for (const c of checks) printLine(`  [${mark[c.status]}] ${c.id}: ${c.detail}`);
}

export function printVerification(
  r: BundleVerification & { history: 'verified' | 'failed' },
  fileCheck: Check | undefined,
  pagesCheck: Check | undefined,
  signatureCheck?: Check,
): void {
  const completeness = completenessVerdict(r);
  printLine(
    r.history === 'verified'
      ? `VERIFIED: the history of ${r.subject} checks out${completeness ? `, ${completeness}` : ''}`
      : `FAILED: the history of ${r.subject} does not verify`,
  );
  // Said for every verified bundle, as /verify says it: a court must know whether the copies
  // and extractions made from the item were checked with it (docs/bundle.md §4, step 10).
  if (r.history === 'verified')
    printLine(
      `  ${englishText(nested('page.derivativesIncluded', { included: r.derivativesIncluded ? 'yes' : 'no' }))}`,
    );
  printParts(r);
  if (pagesCheck)
    printLine(
      pagesCheck.status === 'pass'
        ? `PAGES: ${pagesCheck.detail}`
        : pagesCheck.code === 'pages_not_checked'
          ? `PAGES NOT CHECKED: ${pagesCheck.detail}`
          : `PAGES DO NOT MATCH: ${pagesCheck.detail}`,
    );
  if (signatureCheck)
    printLine(
      signatureCheck.status === 'pass'
        ? `SIGNED: ${signatureCheck.detail}`
        : signatureCheck.status === 'fail'
          ? `SIGNATURE INVALID: ${signatureCheck.detail}`
          : `NOT SIGNED: ${signatureCheck.detail}`,
    );
  if (r.checkpoint)
    printLine(
      `  NOT proven: anything logged after that checkpoint (size ${r.checkpoint.size}); compare it with a newer one (--known-checkpoint, --online) to learn of later events`,
    );
  if (fileCheck)
    printLine(
      fileCheck.status === 'pass' ? `FILE: ${fileCheck.detail}` : `FILE DOES NOT MATCH: ${fileCheck.detail}`,
    );
  if (r.checkpoint)
    printLine(
      `  checkpoint ${r.checkpoint.origin} size ${r.checkpoint.size}, root ${r.checkpoint.rootHash}, log key ${r.checkpoint.logKeyId}${r.checkpoint.cosignedBy.length ? `, cosigned by ${r.checkpoint.cosignedBy.join(', ')}` : ''}`,
    );
  printChecks(r.checks);
  if (r.keyNotes.length) {
    printLine();
    printLine('  Entries signed with keys to weigh:');
    for (const n of r.keyNotes) printLine(`    #${n.entry} (${n.actor}): ${keyNoteLine(n)}`);
  }
  printLine();
  printLines(
    r.timeline.map(
      (t) =>
        `  ${(t.occurredAt ?? t.loggedAt).slice(0, 19)}  ${t.log ? `[${t.log.origin} #${t.index}] ` : ''}${t.item}  ${t.actorName ?? t.actor}: ${t.summary}${dated(t)}${crossing(t)}`,
    ),
  );
}

/** Across a border: each other log's part, complete only as of its own checkpoint, or NOT checked. */
function printParts(r: BundleVerification): void {
  for (const p of r.parts ?? [])
    printLine(
      `  with the part of log ${p.origin} (its entry ${p.disclosure}, imported by entry ${p.importedBy}): verified with the key pinned for it, complete only as of its checkpoint ${p.checkpoint.rootHash.slice(0, 12)}… (size ${p.checkpoint.size}), when it disclosed`,
    );
  for (const c of r.checks)
    if (c.id === 'parts' && c.status === 'warn') printLine(`  NOT CHECKED: ${c.detail}`);
}

/** Where custody passed from one log to the other, marked on both rows. */
function crossing(t: TimelineEvent): string {
  if (t.border && t.log)
    return `  ==> custody passed to log ${t.border.origin} (its entry ${t.border.index})`;
  if (t.border && t.type === 'imported')
    return `  <== custody came from log ${t.border.origin} (its entry ${t.border.index})`;
  return '';
}

/** The verified upper bound, so a clerk reading the terminal sees what the PDF prints. */
function dated(t: TimelineEvent): string {
  const bound = t.loggedNoLaterThan;
  return bound ? ` [logged no later than ${bound.at.slice(0, 19)}Z, ${bound.source}]` : '';
}
