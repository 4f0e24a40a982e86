/**
 * The custody rules, as one table: for each event type, who may record it, in what state of
 * the item, plus the few checks specific to the type. Enforced by the server on append and
 * replayed by the offline verifier — the same function, so a bundle cannot pass a check the
 * server would have refused.
 *
 * Invariants it keeps: exactly one custodian at a time; custody changes only when the named
 * recipient receives; a returned or destroyed item accepts nothing but annotations; events of
 * an item form one chain (`prev`), so of two writers holding the same head, one fails.
 * @module
 */

import { canReadItem } from './access.ts';
import type { Addressee } from './designation-payloads.ts';
import {
  requireAddresseeDesignated,
  requireDesignated,
  requireDesignationInForce,
} from './designation-rules.ts';
import type { CustodyEvent, CustodyEventOf, CustodyType } from './evidence-payloads.ts';
import type { Digests } from './fields.ts';
import { HOLD_ROLES, requireNoHold } from './legal-hold.ts';
import { requireMayLift } from './lifting-orders.ts';
import {
  eventTimeMs,
  inForce,
  preservationPeriodOf,
  requireNotPreserved,
  requirePeriodFits,
} from './preservation.ts';
import {
  categoryOrRefuse,
  overrideRolesOf,
  requireOverrideRole,
  requireRefilingKeepsRetention,
  requireRetentionEnded,
  requireWithinRetainUntil,
  USES,
} from './retention.ts';
import { CUSTODY_ROLES, hasAnyRole, ROLES, type Role } from './roles.ts';
import {
  actorOrRefuse,
  applies,
  type RuleContext,
  readableItem,
  refuse,
  requireNotFuture,
  requireOwnId,
  requirePrev,
  requireRole,
  requireUnused,
  timeMs,
} from './rule-context.ts';
import type { ItemState, LedgerView, PendingTransfer, Preservation, RequestState } from './state.ts';
import {
  type Recipient,
  requireProvider,
  requirePurposeAllowed,
  requireTransferAllowed,
} from './use-conditions.ts';

interface EventRule<T extends CustodyType> {
  /** The signer must hold one of these roles. */
  readonly roles: readonly Role[];
  /** Those of `roles` the item's state still accepts, when it narrows them (enforced by `check`). */
  readonly narrowedTo?: (view: LedgerView, item: ItemState) => readonly Role[];
  /** Who may record it: the custodian, the pending transfer's recipient, or anyone who can read the item. */
  readonly by: 'custodian' | 'recipient' | 'reader';
  /** Allowed while a hand-over or disclosure awaits receipt. */
  readonly whilePending?: boolean;
  /** Allowed once the item is returned or destroyed. */
  readonly whenClosed?: boolean;
  /** Required seal state. */
  readonly seal?: 'sealed' | 'unsealed';
  readonly check?: (ctx: RuleContext, item: ItemState, event: CustodyEventOf<T>) => void;
}

type RuleTable = { readonly [T in CustodyType]: EventRule<T> };

const PRESERVERS: readonly Role[] = ['investigator', 'custodian', 'liaison', 'central-authority'];

export const CUSTODY_RULES: RuleTable = {
  sealed: { roles: CUSTODY_ROLES, by: 'custodian', seal: 'unsealed' },
  unsealed: {
    roles: CUSTODY_ROLES,
    by: 'custodian',
    seal: 'sealed',
    check: (_ctx, item, e) => {
      if (item.seal !== e.seal)
        refuse('seal_mismatch', `the item is sealed with seal ${item.seal}, not ${e.seal}`);
    },
  },
  'handed-over': {
    roles: CUSTODY_ROLES,
    by: 'custodian',
    check: (ctx, item, e) => {
      const to = requireRecipient(ctx, item, e.to);
      if (to.state !== ctx.signer.state) {
        refuse(
          'cross_border',
          `${to.id} is in ${to.state}: evidence crosses a border only by a disclosure under a recorded request`,
        );
      }
      requireTransferAllowed(ctx, item, to, e.purpose);
    },
  },
  'handover-cancelled': {
    roles: CUSTODY_ROLES,
    by: 'custodian',
    whilePending: true,
    check: requireCancellable,
  },
  received: {
    roles: CUSTODY_ROLES,
    by: 'recipient',
    whilePending: true,
    check: (_ctx, item, e) => requireTruthfulResult(item.digests, e.digests, e.result),
  },
  examined: {
    roles: ['examiner', 'investigator'],
    by: 'custodian',
    seal: 'unsealed',
    check: (ctx, item, e) => requirePurposeAllowed(ctx, item, e.purpose),
  },
  copied: {
    roles: ['examiner', 'investigator', 'custodian'],
    by: 'custodian',
    seal: 'unsealed',
    check: (ctx, _item, e) => {
      requireOwnId(ctx, e.derivative.id, 'item');
      requireUnused(ctx.view.item(e.derivative.id), 'item', e.derivative.id);
      if (e.derivative.retention !== undefined) categoryOrRefuse(ctx.view, e.derivative.retention);
    },
  },
  verified: {
    roles: CUSTODY_ROLES,
    by: 'custodian',
    seal: 'unsealed',
    check: (_ctx, item, e) => requireTruthfulResult(item.digests, e.digests, e.result),
  },
  preserved: {
    roles: PRESERVERS,
    by: 'custodian',
    check: (ctx, item, e) => {
      // An expired preservation no longer binds: a new order may follow it.
      if (inForce(item.preservation, eventTimeMs(ctx, e.occurredAt)))
        refuse(
          'already_preserved',
          `the item is preserved until ${item.preservation!.until}; extend it instead`,
        );
      if (timeMs(e.until) <= timeMs(e.occurredAt))
        refuse('preservation_period', 'preservation must end after it starts');
      // Backdated to look like a preservation that ran its course before anyone could see it.
      if (timeMs(e.until) <= ctx.loggedAtMs)
        refuse('preservation_period', 'a preservation must still be in force when the log records it');
      if (e.basis)
        requirePeriodFits(
          preservationPeriodOf(e.basis),
          timeMs(e.occurredAt),
          timeMs(e.until),
          'the preservation',
        );
      if (e.request !== undefined) requestOfItemCase(ctx, item, e.request);
    },
  },
  'preservation-extended': {
    roles: [...PRESERVERS, 'court'],
    by: 'reader',
    check: (ctx, item, e) => {
      const p = requireInForce(ctx, item, e.occurredAt);
      requireMayLift(ctx, { by: p.by, what: `preservation order ${p.order}` }, item.custodian);
      if (timeMs(e.until) <= timeMs(p.until)) {
        refuse('preservation_period', `an extension must end after ${p.until}`);
      }
      // A renewal is bounded like the first period, from where the current one ends.
      if (p.basis)
        requirePeriodFits(preservationPeriodOf(p.basis), timeMs(p.until), timeMs(e.until), 'the renewal');
    },
  },
  'preservation-released': {
    roles: [...PRESERVERS, 'court'],
    by: 'reader',
    check: (ctx, item, e) => {
      const p = requireInForce(ctx, item, e.occurredAt);
      requireMayLift(ctx, { by: p.by, what: `preservation order ${p.order}` }, item.custodian);
    },
  },
  disclosed: { roles: ['central-authority', 'liaison'], by: 'custodian', check: checkDisclosure },
  returned: {
    roles: CUSTODY_ROLES,
    by: 'custodian',
    check: (ctx, item, e) => requireDisposable(ctx, item, e.occurredAt),
  },
  destroyed: {
    roles: CUSTODY_ROLES,
    by: 'custodian',
    check: (ctx, item, e) => {
      if (e.witness !== undefined) actorOrRefuse(ctx.view, e.witness, 'witness');
      requireDisposable(ctx, item, e.occurredAt);
    },
  },
  'hold-placed': {
    roles: HOLD_ROLES,
    by: 'reader',
    whilePending: true,
    check: (_ctx, item) => {
      if (item.hold)
        refuse('already_held', `item ${item.id} is already under legal hold ${item.hold.reference}`);
    },
  },
  'hold-lifted': {
    roles: HOLD_ROLES,
    by: 'reader',
    whilePending: true,
    check: (ctx, item) => {
      if (!item.hold) return refuse('not_held', `item ${item.id} is not under a legal hold of its own`);
      requireMayLift(ctx, { by: item.hold.by, what: `legal hold ${item.hold.reference}` }, item.custodian);
    },
  },
  'retention-set': {
    roles: HOLD_ROLES,
    by: 'reader',
    whilePending: true,
    check: (ctx, item, e) => requireRefilingKeepsRetention(ctx, item, e.category),
  },
  'retention-overridden': {
    // Which roles may is the item's category's to say (requireOverrideRole).
    roles: ROLES,
    narrowedTo: overrideRolesOf,
    by: 'reader',
    whilePending: true,
    check: (ctx, item) => requireOverrideRole(ctx, item),
  },
  'use-consented': {
    roles: ['central-authority', 'liaison'],
    by: 'reader',
    whilePending: true,
    check: (ctx, item, e) => {
      requireProvider(ctx, item);
      if (e.consent.to !== undefined) actorOrRefuse(ctx.view, e.consent.to, 'recipient');
      if (e.consent.addressee !== undefined)
        requireDesignationInForce(ctx, e.consent.addressee, ctx.loggedAtMs);
    },
  },
  annotated: {
    roles: ROLES,
    by: 'reader',
    whilePending: true,
    whenClosed: true,
    check: (_ctx, item, e) => {
      if (e.corrects !== undefined && !item.entries.has(e.corrects)) {
        refuse('unknown_entry', 'an annotation may only correct an entry of the same item');
      }
    },
  },
};

/** Checks one custody event against the table. Throws RuleViolation naming the rule. */
export function checkCustodyEvent(ctx: RuleContext, event: CustodyEvent): void {
  const item = readableItem(ctx, event.item);
  const rule = CUSTODY_RULES[event.type] as EventRule<typeof event.type>;
  requirePrev(item.head, event.prev, `item ${item.id}`);
  requireRole(ctx, rule.roles, `recording "${event.type}"`);
  if (item.status !== 'active' && !rule.whenClosed) {
    refuse('item_closed', `item ${item.id} was ${item.status}: it accepts nothing but annotations`);
  }
  checkActor(ctx, item, rule.by, event.type);
  if (item.pending && !rule.whilePending) refuse('transfer_pending', awaitingReceipt(item, item.pending));
  if (rule.seal === 'sealed' && item.seal === null) refuse('not_sealed', `item ${item.id} is not sealed`);
  if (rule.seal === 'unsealed' && item.seal !== null) {
    refuse(
      event.type === 'sealed' ? 'already_sealed' : 'sealed',
      `item ${item.id} is sealed (seal ${item.seal}): unseal it first`,
    );
  }
  checkTime(ctx, item, event.occurredAt);
  if ((USES as readonly string[]).includes(event.type)) requireWithinRetainUntil(ctx, item, event.occurredAt);
  rule.check?.(ctx, item, event as never);
}

/**
 * The roles the rules accept from the signer of an event on the item as it stands (docs/case-uco.md
 * names the performer's role by it): the rule's roles, narrowed where the item's state narrows
 * them, as an early disposal's are to the override roles of the item's category.
 */
export function acceptedRoles(view: LedgerView, item: ItemState, type: CustodyType): readonly Role[] {
  const rule = CUSTODY_RULES[type] as EventRule<typeof type>;
  const narrowed = rule.narrowedTo?.(view, item);
  return narrowed ? rule.roles.filter((r) => narrowed.includes(r)) : rule.roles;
}

function checkActor(
  ctx: RuleContext,
  item: ItemState,
  by: 'custodian' | 'recipient' | 'reader',
  type: string,
): void {
  const who = ctx.signer.id;
  if (by === 'custodian' && item.custodian !== who) {
    refuse('not_custodian', `only the custodian of ${item.id} (${item.custodian}) may record "${type}"`);
  }
  if (by === 'recipient') {
    if (!item.pending) refuse('no_pending_transfer', `item ${item.id} is not awaiting receipt`);
    const { to, addressee } = item.pending!;
    if (addressee !== undefined)
      refuse(
        'not_recipient',
        `item ${item.id} was disclosed to ${addressee.authority} of ${addressee.state}, which imports it into its own log: no one in this log receives it`,
      );
    if (to !== who) refuse('not_recipient', `item ${item.id} was sent to ${to}, not to ${who}`);
  }
  if (by === 'reader' && !canReadItem(ctx.signer, item, ctx.view)) {
    refuse('no_access', `${who} has no access to item ${item.id}`);
  }
}

function checkTime(ctx: RuleContext, item: ItemState, occurredAt: string): void {
  requireNotFuture(ctx, occurredAt, 'occurredAt');
  if (timeMs(occurredAt) < item.lastOccurredAtMs) {
    refuse(
      'time_order',
      `occurredAt ${occurredAt} is before the item's previous event; record a correction as an annotation`,
    );
  }
}

/** Why an item with a transfer pending accepts nothing else yet, naming whom it awaits. */
function awaitingReceipt(item: ItemState, pending: PendingTransfer): string {
  const a = pending.addressee;
  return a === undefined
    ? `item ${item.id} awaits receipt by ${pending.to}: receive or cancel the transfer first`
    : `item ${item.id} was disclosed to ${a.authority} of ${a.state} and awaits the receipt of its import into that state's log`;
}

/**
 * A hand-over, or a disclosure to an actor of this log, may be withdrawn while it awaits receipt
 * here. A disclosure to another state's authority (`addressee`) may not (from version 4): this
 * log cannot know whether the other log already imported it, so only the receipt of that import
 * closes it (docs/rules.md, Evidence and custody).
 */
function requireCancellable(ctx: RuleContext, item: ItemState): void {
  if (!item.pending) refuse('no_pending_transfer', `item ${item.id} is not awaiting receipt`);
  const a = item.pending!.addressee;
  if (a !== undefined && applies(ctx, 'not_cancellable'))
    refuse(
      'not_cancellable',
      `item ${item.id} was disclosed to ${a.authority} of ${a.state}, which may already have imported it: only the receipt of that import closes the disclosure`,
      { addressee: a },
    );
}

function requireRecipient(ctx: RuleContext, item: ItemState, id: string) {
  const to = actorOrRefuse(ctx.view, id, 'recipient');
  if (to.active === false) refuse('actor_deactivated', `${to.id} was deactivated: it receives nothing`);
  if (to.id === item.custodian) refuse('self_transfer', `${to.id} already holds item ${item.id}`);
  if (!hasAnyRole(to.roles, CUSTODY_ROLES))
    refuse('recipient_role', `${to.id} holds no role that may keep evidence`);
  return to;
}

/**
 * A request the event relies on must be one of the item's case. One answer whether it does not
 * exist or belongs to another case: the custodian of an item need not be able to read requests
 * elsewhere, and must not learn from a refusal that they exist.
 */
function requestOfItemCase(ctx: RuleContext, item: ItemState, id: string): RequestState {
  const request = ctx.view.request(id);
  if (request?.case === item.case) return request;
  return refuse(
    'not_same_case',
    `request ${id} is not a request of case ${item.case}, item ${item.id}'s case`,
  );
}

/**
 * A disclosure goes to another state: to an actor of this log, who then receives it here, or
 * to that state's designated authority (`addressee`), which imports it into its own log.
 */
function checkDisclosure(ctx: RuleContext, item: ItemState, e: CustodyEventOf<'disclosed'>): void {
  const to = e.to !== undefined ? requireRecipient(ctx, item, e.to) : addresseeRecipient(e.addressee!);
  if (to.state === ctx.signer.state)
    refuse('not_foreign', `${to.id ?? to.organisation} is in ${to.state} too: use a hand-over`);
  const request = requestOfItemCase(ctx, item, e.request);
  requireTransferAllowed(ctx, item, to, undefined);
  if (request.status === 'refused' || request.status === 'withdrawn') {
    refuse('request_not_usable', `request ${request.id} was ${request.status}`);
  }
  const parties = [request.requestingState, request.requestedState];
  if (!parties.includes(to.state) || !parties.includes(ctx.signer.state)) {
    refuse(
      'request_not_usable',
      `request ${request.id} is between ${parties.join(' and ')}, not ${ctx.signer.state} and ${to.state}`,
    );
  }
  if (e.addressee) requireAddresseeDesignated(ctx, e.addressee, request.type, ctx.loggedAtMs);
  else requireDesignated(ctx, to.state, to.organisation, request.type, ctx.loggedAtMs);
}

/** An addressee authority as the conditions on use see a recipient: a state and an organisation, no actor here. */
const addresseeRecipient = (a: Addressee): Recipient => ({ state: a.state, organisation: a.authority });

/**
 * A digest check is recorded as it came out, never hidden: the declared result must agree
 * with the digests reported, compared on every algorithm both sides have (SHA-256 always).
 */
export function digestResult(registered: Digests, reported: Digests): 'match' | 'mismatch' {
  const algorithms = (Object.keys(reported) as (keyof Digests)[]).filter((a) => registered[a] !== undefined);
  return algorithms.every((a) => registered[a] === reported[a]) ? 'match' : 'mismatch';
}

function requireTruthfulResult(registered: Digests, reported: Digests, declared: 'match' | 'mismatch'): void {
  const actual = digestResult(registered, reported);
  if (actual !== declared) {
    refuse(
      'digest_result_false',
      `the digests reported ${actual === 'match' ? 'match' : 'do not match'} the registered ones, but the event says "${declared}"`,
    );
  }
}

/** The item's preservation, if in force at the event; an expired one is extended or released by nobody. */
function requireInForce(ctx: RuleContext, item: ItemState, occurredAt: string): Preservation {
  const p = item.preservation;
  if (!p) return refuse('not_preserved', 'the item is not under preservation');
  // In force both when the event says it happened and when the log records it: an extension
  // or release dated back into the period of one that has since expired changes nothing.
  if (!inForce(p, eventTimeMs(ctx, occurredAt)) || !inForce(p, ctx.loggedAtMs))
    refuse('not_preserved', `the item's preservation expired at ${p.until}; record a new preservation`, {
      expiredAt: p.until,
    });
  return p;
}

/** Return and destruction wait for every hold and preservation over the item, and for its retention. */
function requireDisposable(ctx: RuleContext, item: ItemState, occurredAt: string): void {
  requireNoHold(ctx, item);
  requireNotPreserved(ctx, item, occurredAt);
  requireRetentionEnded(ctx, item, eventTimeMs(ctx, occurredAt));
}
