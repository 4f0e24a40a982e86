/**
 * Retention (docs/model.md, Retention): an administrator keeps a table of retention categories
 * in the log; an item is filed under one at registration or later (`retention-set`), and may be
 * neither returned nor destroyed before its period, counted from its registration, has run: the
 * category's period in force when the item was filed, or a longer one the category has had since
 * (a change to the table never shortens what an item filed before it is kept). Re-filing an item
 * so that its retention ends earlier is an early disposal too, ordered only by an override role
 * of the category it leaves. All this holds unless an actor holding one of the category's override roles records why it may
 * go earlier (`retention-overridden`). A limit a providing state set on disclosure
 * (`conditionsOnUse.retainUntil`) feeds the same rules: once reached, the item may be disposed of
 * whatever its category says, and the bound side may no longer use it.
 *
 * Every time here comes from entries (the log's time of a registration, an event's own times),
 * never a reader's clock, so the server and the offline verifier give each entry one verdict.
 * @module
 */
import type { RetentionCategorySet } from './retention-payloads.ts';
import { hasAnyRole, type Role } from './roles.ts';
import { type RuleContext, refuse, requirePrev, requireRole, timeMs } from './rule-context.ts';
import type { ItemState, LedgerView, RetentionCategoryState } from './state.ts';
import { bindsSigner } from './use-conditions.ts';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export function checkRetentionCategorySet(ctx: RuleContext, p: RetentionCategorySet): void {
  requireRole(ctx, ['administrator'], 'keeping the retention table');
  const known = ctx.view.retention(p.category);
  if (known) {
    if (p.prev === undefined)
      refuse('prev_mismatch', `retention category ${p.category} exists: name its latest entry as prev`, {
        currentPrev: known.head.leafHash,
        currentIndex: known.head.index,
      });
    else requirePrev(known.head, p.prev, `retention category ${p.category}`);
  } else if (p.prev !== undefined) {
    refuse('unknown_entry', `retention category ${p.category} is new: its first entry names no prev`);
  }
}

export function categoryOrRefuse(view: LedgerView, code: string): RetentionCategoryState {
  const category = view.retention(code);
  if (!category)
    return refuse(
      'unknown_retention_category',
      `retention category ${code} is not in the retention table; an administrator records it first`,
    );
  return category;
}

/**
 * The days an item filed by entry `filedAt` is kept under `category`: the longest period of the
 * entry in force at its filing and every later entry of the category (docs/model.md, Retention).
 */
export function periodDays(category: RetentionCategoryState, filedAt: number): number {
  const inForce = category.periods.findLastIndex((p) => p.index < filedAt);
  return Math.max(...category.periods.slice(Math.max(inForce, 0)).map((p) => p.retainDays));
}

/**
 * Re-filing an item (`retention-set`) under a category whose period would end its retention
 * earlier than its current one is an early disposal: only a signer holding one of the current
 * category's override roles may do it, and the entry's `reason` records why. An equal or
 * longer period, or an item filed under nothing yet, needs nothing more.
 */
export function requireRefilingKeepsRetention(ctx: RuleContext, item: ItemState, code: string): void {
  const next = categoryOrRefuse(ctx.view, code);
  const now = retentionOf(ctx.view, item);
  if (!item.retention || !now?.category || now.endsAtMs === undefined) return;
  // Filed by this entry, the new category keeps its period in force now.
  const endsAtMs = timeMs(item.retention.from) + next.retainDays * DAY_MS;
  if (endsAtMs >= now.endsAtMs) return;
  const c = now.category;
  if (hasAnyRole(ctx.signer.roles, c.overrideRoles)) return;
  refuse(
    'retention_shortening',
    `re-filing item ${item.id} under ${next.id} would end its retention on ${iso(endsAtMs)}, before ${iso(now.endsAtMs)} as category ${c.id} (${c.basis}) keeps it: that is ordered only by one of the roles ${c.overrideRoles.join(', ')}`,
    {
      category: c.id,
      retainUntil: iso(now.endsAtMs),
      newCategory: next.id,
      newRetainUntil: iso(endsAtMs),
      overrideRoles: c.overrideRoles,
    },
  );
}

/** An item's retention as the entries state it: its category's period and the providers' limits. */
export interface Retention {
  readonly category?: RetentionCategoryState;
  /** When its period ends: the log's time retention runs from, plus the days it was filed for (periodDays). */
  readonly endsAtMs?: number;
  /** The earliest `retainUntil` a provider set on disclosure, and that disclosure's entry. */
  readonly limit?: { readonly atMs: number; readonly disclosure: number; readonly providerState: string };
  /** When the item is due for review: the earlier of the two. */
  readonly reviewAtMs: number;
}

/** The item's retention, or undefined when it has neither a category nor a provider's limit. */
export function retentionOf(view: LedgerView, item: ItemState): Retention | undefined {
  const category = item.retention ? view.retention(item.retention.category) : undefined;
  const endsAtMs =
    category && item.retention
      ? timeMs(item.retention.from) + periodDays(category, item.retention.index) * DAY_MS
      : undefined;
  let limit: Retention['limit'];
  for (const c of item.conditions) {
    if (c.retainUntil === undefined) continue;
    const atMs = timeMs(c.retainUntil);
    if (!limit || atMs < limit.atMs) limit = { atMs, disclosure: c.index, providerState: c.providerState };
  }
  const candidates = [endsAtMs, limit?.atMs].filter((t): t is number => t !== undefined);
  if (candidates.length === 0) return undefined;
  return {
    ...(category ? { category } : {}),
    ...(endsAtMs !== undefined ? { endsAtMs } : {}),
    ...(limit ? { limit } : {}),
    reviewAtMs: Math.min(...candidates),
  };
}

/**
 * Return and destruction wait for the item's retention to end (judged, like a preservation, at
 * the earlier of the event's stated time and the log's), unless an override role of its category
 * recorded why it may go earlier, or a provider's retention limit has been reached.
 */
export function requireRetentionEnded(ctx: RuleContext, item: ItemState, atMs: number): void {
  const r = retentionOf(ctx.view, item);
  if (!r?.category || r.endsAtMs === undefined || atMs >= r.endsAtMs) return;
  if (r.limit && r.limit.atMs <= atMs) return;
  if (item.retentionOverride) return;
  const c = r.category;
  refuse(
    'retention_period',
    `item ${item.id} is retained under category ${c.id} (${c.basis}) until ${iso(r.endsAtMs)}: before then it is returned or destroyed only after one of the roles ${c.overrideRoles.join(', ')} records why (retention-overridden)`,
    { category: c.id, retainUntil: iso(r.endsAtMs), overrideRoles: c.overrideRoles },
  );
}

/** The types of event that use an item's data, which a provider's retention limit ends. */
export const USES = ['handed-over', 'examined', 'copied', 'disclosed'] as const;

/**
 * Once a provider's `retainUntil` has passed, the side it binds may no longer use the item (a
 * hand-over, examination, copy or disclosure): only dispose of it. Judged at the later of the
 * event's stated time and the log's, so dating a use back cannot escape the limit.
 */
export function requireWithinRetainUntil(ctx: RuleContext, item: ItemState, occurredAt: string): void {
  const atMs = Math.max(timeMs(occurredAt), ctx.loggedAtMs);
  for (const c of item.conditions) {
    if (c.retainUntil === undefined || !bindsSigner(c, ctx.signer) || timeMs(c.retainUntil) > atMs) continue;
    refuse(
      'retention_expired',
      `${c.providerState} allowed item ${item.id} to be kept until ${c.retainUntil} (disclosure, entry ${c.index}): it may now only be returned or destroyed`,
      { providerState: c.providerState, disclosure: c.index, retainUntil: c.retainUntil },
    );
  }
}

/** An early disposal is ordered by a role the item's category names, for an item filed under one. */
export function requireOverrideRole(ctx: RuleContext, item: ItemState): void {
  const category = overriddenCategory(ctx.view, item);
  requireRole(
    ctx,
    category.overrideRoles,
    `ordering the disposal of an item of retention category ${category.id} before its period ends`,
  );
}

/** The roles that may order an early disposal of the item: its category's override roles. */
export const overrideRolesOf = (view: LedgerView, item: ItemState): readonly Role[] =>
  overriddenCategory(view, item).overrideRoles;

function overriddenCategory(view: LedgerView, item: ItemState): RetentionCategoryState {
  if (!item.retention)
    refuse(
      'not_retained',
      `item ${item.id} is filed under no retention category: there is nothing to override`,
    );
  return categoryOrRefuse(view, item.retention!.category);
}

/** An item due for review as of a time: active, with its retention ended or a provider's limit reached. */
export interface ReviewDue {
  readonly item: string;
  readonly case: string;
  readonly reviewAt: string;
  readonly reason: 'retention-ended' | 'retention-limit';
  readonly category?: string;
  readonly retentionEndsAt?: string;
  readonly retainUntil?: string;
}

export function reviewDue(view: LedgerView, item: ItemState, asOfMs: number): ReviewDue | undefined {
  if (item.status !== 'active') return undefined;
  const r = retentionOf(view, item);
  if (!r || r.reviewAtMs > asOfMs) return undefined;
  return {
    item: item.id,
    case: item.case,
    reviewAt: iso(r.reviewAtMs),
    reason: r.limit && r.limit.atMs === r.reviewAtMs ? 'retention-limit' : 'retention-ended',
    ...(r.category ? { category: r.category.id } : {}),
    ...(r.endsAtMs !== undefined ? { retentionEndsAt: iso(r.endsAtMs) } : {}),
    ...(r.limit ? { retainUntil: iso(r.limit.atMs) } : {}),
  };
}

/** An item's retention as of a time, as the report, the verifier and the API state it. */
export interface RetentionSummary {
  /** The retention category the item is filed under, with the basis the table gives. */
  readonly category?: string;
  readonly basis?: string;
  /** When the category's period ends. */
  readonly retainUntil?: string;
  /** The earliest retention limit a providing state set on disclosure. */
  readonly limit?: { readonly until: string; readonly providerState: string; readonly disclosure: number };
  /** When the item is due for review (the earlier of the two), and whether it is, as of `asOf`. */
  readonly reviewAt: string;
  readonly due: boolean;
  /** An early disposal an override role ordered, with its entry. */
  readonly override?: {
    readonly by: string;
    readonly reference: string;
    readonly reason: string;
    readonly entry: number;
  };
  readonly asOf: string;
}

export function retentionSummary(
  view: LedgerView,
  item: ItemState,
  asOfMs: number,
): RetentionSummary | undefined {
  const r = retentionOf(view, item);
  if (!r) return undefined;
  const o = item.retentionOverride;
  return {
    ...(r.category ? { category: r.category.id, basis: r.category.basis } : {}),
    ...(r.endsAtMs !== undefined ? { retainUntil: iso(r.endsAtMs) } : {}),
    ...(r.limit
      ? {
          limit: {
            until: iso(r.limit.atMs),
            providerState: r.limit.providerState,
            disclosure: r.limit.disclosure,
          },
        }
      : {}),
    reviewAt: iso(r.reviewAtMs),
    due: item.status === 'active' && r.reviewAtMs <= asOfMs,
    ...(o ? { override: { by: o.by, reference: o.reference, reason: o.reason, entry: o.index } } : {}),
    asOf: iso(asOfMs),
  };
}
