/**
 * Preservation in force, from the entries alone: a preservation binds from the event that
 * records it until its `until`, which an extension moves and a release ends. Whether it is in
 * force at an event is decided by the event's own times, never a reader's clock, so the server
 * and the offline verifier reach the same verdict (docs/model.md, Preservation, holds and
 * retention).
 *
 * While in force it forbids returning or destroying the item and every copy made from it.
 * @module
 */
import { type PreservationPeriod, preservationPeriodOf } from './legal-bases.ts';
import { applies, type RuleContext, refuse, timeMs } from './rule-context.ts';
import type { ItemState, LedgerView, Preservation } from './state.ts';

const DAY_MS = 86_400_000;

/**
 * When an event takes effect for these rules: the earlier of when it says it happened and when
 * the log recorded it. A signer cannot date a disposal after a preservation's end to escape it
 * while the log records it before that end.
 */
export function eventTimeMs(ctx: RuleContext, occurredAt: string): number {
  return Math.min(timeMs(occurredAt), ctx.loggedAtMs);
}

export function inForce(p: Preservation | null, atMs: number): boolean {
  return p !== null && timeMs(p.until) > atMs;
}

/** `in force` or `expired` at a time, or undefined when the item was never preserved (or released). */
export function preservationStatus(p: Preservation | null, atMs: number): 'in-force' | 'expired' | undefined {
  if (p === null) return undefined;
  return inForce(p, atMs) ? 'in-force' : 'expired';
}

/** The item itself or the nearest item it was copied from whose preservation is in force at `atMs`. */
export function preservedLine(view: LedgerView, item: ItemState, atMs: number): ItemState | undefined {
  const seen = new Set<string>();
  for (
    let at: ItemState | undefined = item;
    at && !seen.has(at.id);
    at = at.parent ? view.item(at.parent) : undefined
  ) {
    seen.add(at.id);
    if (inForce(at.preservation, atMs)) return at;
  }
  return undefined;
}

/** Return and destruction wait for every preservation over the item or what it was copied from. */
export function requireNotPreserved(ctx: RuleContext, item: ItemState, occurredAt: string): void {
  if (!applies(ctx, 'under_preservation')) return;
  const at = eventTimeMs(ctx, occurredAt);
  const preserved = preservedLine(ctx.view, item, at);
  if (!preserved) return;
  const p = preserved.preservation!;
  const whose =
    preserved.id === item.id ? `item ${item.id}` : `item ${preserved.id}, which ${item.id} was copied from,`;
  refuse(
    'under_preservation',
    `${whose} is preserved under order ${p.order} until ${p.until}: release the preservation first`,
    {
      preservedItem: preserved.id,
      until: p.until,
      order: p.order,
    },
  );
}

/** A new preservation's length must fit the period its basis sets. */
export function requirePeriodFits(
  period: PreservationPeriod | undefined,
  fromMs: number,
  untilMs: number,
  what: string,
): void {
  if (!period) return;
  const days = (untilMs - fromMs) / DAY_MS;
  const cite = `${period.instrument} art. ${period.article}`;
  if (period.maxDays !== undefined && days > period.maxDays) {
    refuse(
      'preservation_period',
      `${what} lasts ${days.toFixed(1)} days; ${cite} allows at most ${period.maxDays}`,
      {
        maxDays: period.maxDays,
        basis: cite,
      },
    );
  }
  if (period.minDays !== undefined && days < period.minDays) {
    refuse(
      'preservation_period',
      `${what} lasts ${days.toFixed(1)} days; ${cite} requires at least ${period.minDays}`,
      {
        minDays: period.minDays,
        basis: cite,
      },
    );
  }
}

export { preservationPeriodOf };
