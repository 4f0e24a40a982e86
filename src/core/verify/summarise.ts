/**
 * What the verifier reports beside its checks: the checkpoint it trusted, the items, cases,
 * requests and actors it replayed, and the timeline of the subject (and derivatives).
 * @module
 */

import { toBase64 } from '../encoding.ts';
import type { Bundle } from '../ledger/bundle.ts';
import { holdOver } from '../ledger/legal-hold.ts';
import type { MemoryLedger } from '../ledger/memory-ledger.ts';
import { preservationStatus } from '../ledger/preservation.ts';
import { retentionSummary } from '../ledger/retention.ts';
import type { ItemState, Preservation } from '../ledger/state.ts';
import { describeEvent } from './describe-event.ts';
import type {
  BundleVerification,
  Check,
  ItemSummary,
  KeyNote,
  PreservationSummary,
  RetentionSummary,
  TimelineEvent,
} from './result.ts';
import type { TrustedCheckpoint } from './verify-checkpoint.ts';
import type { Parsed } from './verify-entries.ts';

export function summarise(
  bundle: Bundle,
  cp: TrustedCheckpoint | undefined,
  parsed: Parsed[],
  ledger: MemoryLedger,
  checks: Check[],
  keyNotes: readonly KeyNote[],
  derivatives: boolean,
): BundleVerification {
  const items = ledger.all().filter((s): s is ItemState => s.kind === 'item');
  const shown = new Set([bundle.subject.item]);
  if (derivatives) {
    for (let grew = true; grew; ) {
      grew = false;
      for (const i of items)
        if (i.parent && shown.has(i.parent) && !shown.has(i.id)) grew = Boolean(shown.add(i.id));
    }
  }
  const actors = (id: string) => ledger.actor(id);
  const timeline: TimelineEvent[] = [];
  for (const { entry } of parsed) {
    for (const item of shown) {
      const line = describeEvent(entry, item, actors);
      if (line) timeline.push(line);
    }
  }
  // Time from the entries, never this machine's clock: the bundle's latest entry.
  // A loop, not a spread: a spread of 100,000 arguments overflows the stack.
  let asOfMs = 0;
  for (const { entry } of parsed) asOfMs = Math.max(asOfMs, Date.parse(entry.loggedAt));
  const requestBases = new Map<string, string>();
  // Who asked whom, and for what: a court reads a request by its authorities and summary.
  const requestTexts = new Map<
    string,
    {
      requestingAuthority: string;
      requestedAuthority: string;
      requestedDesignation?: number;
      summary: string;
    }
  >();
  for (const { entry } of parsed) {
    if (entry.kind === 'request.recorded') {
      const p = entry.payload;
      requestBases.set(p.id, `${p.legalBasis.instrument} art. ${p.legalBasis.article}`);
      requestTexts.set(p.id, {
        requestingAuthority: p.requestingAuthority,
        requestedAuthority: p.requestedAuthority,
        ...(p.requestedDesignation !== undefined ? { requestedDesignation: p.requestedDesignation } : {}),
        summary: p.summary,
      });
    }
  }
  return {
    verdict: checks.some((c) => c.status === 'fail') ? 'failed' : 'verified',
    subject: bundle.subject.item,
    derivativesIncluded: derivatives,
    createdAt: bundle.createdAt,
    ...(cp
      ? {
          checkpoint: {
            origin: cp.origin,
            size: cp.size,
            rootHash: toBase64(cp.rootHash),
            logKeyId: cp.logKeyId,
            cosignedBy: cp.cosignedBy,
          },
        }
      : {}),
    items: items
      .filter((i) => shown.has(i.id) || [...shown].some((s) => ledger.item(s)?.parent === i.id))
      .map((i) => ({
        id: i.id,
        case: i.case,
        ...(i.parent ? { parent: i.parent } : {}),
        description: i.description,
        mediaType: i.mediaType,
        size: i.size,
        digests: i.digests as Record<string, string>,
        custodian: i.custodian,
        status: i.status,
        ...(i.preservation ? { preservation: presentPreservation(i.preservation, asOfMs) } : {}),
        ...legalHoldOf(ledger, i),
        ...retentionOfItem(ledger, i, asOfMs),
        registeredAt: i.registeredAt,
        derivatives: items.filter((d) => d.parent === i.id).map((d) => d.id),
      })),
    cases: ledger.all().flatMap((s) =>
      s.kind === 'case'
        ? [
            {
              id: s.id,
              reference: s.reference,
              title: s.title,
              organisation: s.organisation,
              state: s.state,
            },
          ]
        : [],
    ),
    requests: ledger.all().flatMap((s) =>
      s.kind === 'request'
        ? [
            {
              id: s.id,
              type: s.type,
              reference: s.reference,
              requestingState: s.requestingState,
              requestedState: s.requestedState,
              status: s.status,
              ...(requestBases.has(s.id) ? { legalBasis: requestBases.get(s.id)! } : {}),
              ...requestTexts.get(s.id),
            },
          ]
        : [],
    ),
    actors: ledger
      .all()
      .flatMap((s) =>
        s.kind === 'actor'
          ? [{ id: s.id, name: s.name, organisation: s.organisation, state: s.state, roles: s.roles }]
          : [],
      ),
    timeline,
    keyNotes,
    checks,
  };
}

export function emptyResult(subject: string, checks: Check[]): BundleVerification {
  return {
    verdict: 'failed',
    subject,
    derivativesIncluded: false,
    items: [],
    cases: [],
    requests: [],
    actors: [],
    timeline: [],
    keyNotes: [],
    checks,
  };
}

/** Checks evidence bytes' SHA-256 (hex, computed by the caller) against an item's registered digest. */

function presentPreservation(p: Preservation, asOfMs: number): PreservationSummary {
  return {
    order: p.order,
    since: p.since,
    until: p.until,
    ...(p.basis ? { basis: `${p.basis.instrument} art. ${p.basis.article}` } : {}),
    status: preservationStatus(p, asOfMs)!,
    asOf: new Date(asOfMs).toISOString(),
  };
}

/** The legal hold over the item at the bundle's checkpoint: its own, an original's, or its case's. */
function legalHoldOf(
  ledger: MemoryLedger,
  item: ItemState,
): { legalHold?: NonNullable<ItemSummary['legalHold']> } {
  const hold = holdOver(ledger, item);
  return hold ? { legalHold: hold } : {};
}

/** The item's retention at the bundle's latest entry: its category's period, any provider's limit. */
function retentionOfItem(
  ledger: MemoryLedger,
  item: ItemState,
  asOfMs: number,
): { retention?: RetentionSummary } {
  const retention = retentionSummary(ledger, item, asOfMs);
  return retention ? { retention } : {};
}
