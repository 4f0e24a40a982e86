/**
 * How each entry changes the state of the subjects it touches. Pure and unconditional: the
 * rules have already accepted the entry (on append), or the verifier is replaying entries
 * whose acceptance it checks separately. Returns the new states; the caller stores them.
 * @module
 */

import type { ActorRegistered } from './actor-payloads.ts';
import { designationFromEntry } from './designation-rules.ts';
import type { ParsedEntry } from './entry.ts';
import { EntryHashes } from './entry-hashes.ts';
import type { CustodyEvent, CustodyEventOf } from './evidence-payloads.ts';
import { timeMs } from './rule-context.ts';
import {
  type ActorState,
  type CaseState,
  type Head,
  type ItemState,
  type LedgerView,
  nextHead,
  type RequestState,
  type Revocation,
  type SubjectState,
  UNENCUMBERED_ITEM,
} from './state.ts';
import { applyTransferImported, applyTransferReceipt } from './transfer-transitions.ts';
import { type Consent, type UseConditions, withConsent } from './use-conditions.ts';

const next = (head: Head | undefined, entry: ParsedEntry, leafHash: string): Head =>
  nextHead(head, entry, leafHash);

const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new RangeError(`transition needs ${what}, which the view does not have`);
  return value;
};

/**
 * The states after `entry`, for every subject it touches (created ones included). Besides the
 * touched subjects' own states, it reads only facts that never change (an opener's
 * organisation, a parent item's case), so any later view of other subjects will do.
 */
/** The state an `actor.registered` payload creates, with its key valid from `index`. */
export function registeredActor(p: ActorRegistered, index: number, head: Head): ActorState {
  return {
    kind: 'actor',
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    state: p.state,
    roles: p.roles,
    keys: [{ publicKey: p.publicKey, since: index }],
    revocations: [],
    head,
  };
}

export function applyEntry(view: LedgerView, entry: ParsedEntry, leafHash: string): SubjectState[] {
  const i = entry.index;
  switch (entry.kind) {
    case 'actor.registered':
      return [registeredActor(entry.payload, i, next(undefined, entry, leafHash))];
    case 'key.rotated': {
      const actor = must(view.actor(entry.payload.actor), `actor ${entry.payload.actor}`);
      const keys = actor.keys.map((k) => (k.until === undefined ? { ...k, until: i } : k));
      const onBehalf = entry.signer.actor !== actor.id;
      keys.push({
        publicKey: entry.payload.publicKey,
        since: i,
        ...(onBehalf ? { issuedBy: entry.signer.actor, issuedAt: entry.loggedAt } : {}),
      });
      return [{ ...actor, keys, head: next(actor.head, entry, leafHash) }];
    }
    case 'actor.changed': {
      const p = entry.payload;
      const actor = must(view.actor(p.actor), `actor ${p.actor}`);
      return [
        {
          ...actor,
          ...(p.roles !== undefined ? { roles: p.roles } : {}),
          ...(p.active !== undefined ? { active: p.active } : {}),
          head: next(actor.head, entry, leafHash),
        },
      ];
    }
    case 'key.revoked': {
      const p = entry.payload;
      const actor = must(view.actor(p.actor), `actor ${p.actor}`);
      // A revoked current key stops being current: the actor has no key until one is rotated in.
      const keys = actor.keys.map((k) =>
        k.publicKey === p.publicKey && k.until === undefined ? { ...k, until: i } : k,
      );
      const revocation: Revocation = {
        publicKey: p.publicKey,
        effectiveAtMs: timeMs(p.effectiveAt),
        index: i,
        recordedAt: entry.loggedAt,
        by: entry.signer.actor,
        reason: p.reason,
        ...(p.note !== undefined ? { note: p.note } : {}),
      };
      return [
        {
          ...actor,
          keys,
          revocations: [...actor.revocations, revocation],
          head: next(actor.head, entry, leafHash),
        },
      ];
    }
    case 'case.opened': {
      const opener = must(view.actor(entry.signer.actor), `actor ${entry.signer.actor}`);
      const p = entry.payload;
      const kase: CaseState = {
        kind: 'case',
        id: p.id,
        reference: p.reference,
        title: p.title,
        organisation: opener.organisation,
        state: opener.state,
        openedBy: opener.id,
        granted: [],
        hold: null,
        head: next(undefined, entry, leafHash),
      };
      return [kase];
    }
    case 'case.access-granted': {
      const kase = must(view.case(entry.payload.case), `case ${entry.payload.case}`);
      return [
        { ...kase, granted: [...kase.granted, entry.payload.actor], head: next(kase.head, entry, leafHash) },
      ];
    }
    case 'case.hold-changed': {
      const p = entry.payload;
      const kase = must(view.case(p.case), `case ${p.case}`);
      const hold =
        p.action === 'placed'
          ? { reference: p.reference, reason: p.reason, since: p.at, by: entry.signer.actor, index: i }
          : null;
      return [{ ...kase, hold, head: next(kase.head, entry, leafHash) }];
    }
    case 'request.recorded': {
      const p = entry.payload;
      const request: RequestState = {
        kind: 'request',
        id: p.id,
        case: p.case,
        type: p.type,
        requestingState: p.requestingState,
        requestedState: p.requestedState,
        reference: p.reference,
        status: 'recorded',
        recordedBy: entry.signer.actor,
        head: next(undefined, entry, leafHash),
      };
      return [request];
    }
    case 'request.status-changed': {
      const request = must(view.request(entry.payload.request), `request ${entry.payload.request}`);
      return [{ ...request, status: entry.payload.status, head: next(request.head, entry, leafHash) }];
    }
    case 'evidence.registered': {
      const p = entry.payload;
      const holders = [entry.signer.actor, ...namedReaders(view, entry.signer.actor, [p.collectedBy])];
      const item: ItemState = {
        kind: 'item',
        id: p.id,
        case: p.case,
        ...(p.origin.parent !== undefined ? { parent: p.origin.parent } : {}),
        description: p.description,
        mediaType: p.mediaType,
        size: p.size,
        digests: p.digests,
        registeredBy: entry.signer.actor,
        custodian: entry.signer.actor,
        holders,
        ...UNENCUMBERED_ITEM,
        conditions: [],
        ...derivedRetention(
          p.origin.parent !== undefined ? view.item(p.origin.parent) : undefined,
          p.retention,
          entry,
        ),
        entries: EntryHashes.of(leafHash),
        lastOccurredAtMs: timeMs(p.collectedAt),
        registeredAt: entry.loggedAt,
        head: next(undefined, entry, leafHash),
      };
      return [item];
    }
    case 'authority.designated': {
      const known = view.designations(entry.payload.state);
      const designation = designationFromEntry(entry.payload, i);
      const authorities = [
        ...(known?.authorities ?? []).filter((d) => d.authority !== designation.authority),
        designation,
      ];
      return [
        {
          kind: 'designations',
          id: entry.payload.state,
          authorities,
          head: next(known?.head, entry, leafHash),
        },
      ];
    }
    case 'retention.category-set': {
      const p = entry.payload;
      const known = view.retention(p.category);
      return [
        {
          kind: 'retention',
          id: p.category,
          description: p.description,
          retainDays: p.retainDays,
          periods: [...(known?.periods ?? []), { index: i, retainDays: p.retainDays }],
          basis: p.basis,
          overrideRoles: p.overrideRoles,
          head: next(known?.head, entry, leafHash),
        },
      ];
    }
    case 'transfer.imported':
      return [applyTransferImported(entry, leafHash)];
    case 'transfer.receipt':
      return [
        applyTransferReceipt(
          must(view.item(entry.payload.item), `item ${entry.payload.item}`),
          entry,
          leafHash,
        ),
      ];
    case 'custody.event':
      return applyCustodyEvent(view, entry as ParsedEntry & { kind: 'custody.event' }, leafHash);
  }
}

/**
 * Who of the actors a field names (a collector, a destruction witness) may read the item
 * because of it: those of the signer's own state. Naming an officer of another state records
 * the fact and gives them nothing: sight across a border comes only from a disclosure under a
 * usable request (docs/model.md, "Who may read what").
 */
function namedReaders(view: LedgerView, signer: string, named: readonly (string | undefined)[]): string[] {
  const state = view.actor(signer)?.state;
  return [...new Set(named)].filter(
    (id): id is string => id !== undefined && id !== signer && view.actor(id)?.state === state,
  );
}

function applyCustodyEvent(
  view: LedgerView,
  entry: ParsedEntry & { kind: 'custody.event' },
  leafHash: string,
): ItemState[] {
  const e: CustodyEvent = entry.payload;
  const signer = entry.signer.actor;
  const i = entry.index;
  const item = must(view.item(e.item), `item ${e.item}`);
  const base: ItemState = {
    ...item,
    entries: item.entries.with(leafHash),
    lastOccurredAtMs: timeMs(e.occurredAt),
    head: next(item.head, entry, leafHash),
  };
  const holding = (id: string) => (base.holders.includes(id) ? base.holders : [...base.holders, id]);
  switch (e.type) {
    case 'sealed':
      return [{ ...base, seal: e.seal }];
    case 'unsealed':
      return [{ ...base, seal: null }];
    case 'handed-over':
      return [{ ...base, pending: { to: e.to, purpose: e.purpose, index: i }, holders: holding(e.to) }];
    case 'disclosed': {
      const conditions = e.conditionsOnUse ? { conditions: setConditions(view, entry, e) } : {};
      const pending = { purpose: e.scope, request: e.request, index: i, leafHash, ...conditions };
      // An addressee has no actor here: it reads nothing in this log, and imports into its own.
      if (e.addressee) return [{ ...base, pending: { addressee: e.addressee, ...pending } }];
      const to = e.to!;
      return [{ ...base, pending: { to, ...pending }, holders: holding(to) }];
    }
    case 'handover-cancelled':
      return [{ ...base, pending: null }];
    case 'received': {
      const bound = item.pending?.conditions;
      const conditions = bound ? [...item.conditions, bound] : item.conditions;
      return [{ ...base, custodian: signer, pending: null, conditions }];
    }
    case 'use-consented': {
      const state = must(view.actor(signer), `actor ${signer}`).state;
      const c = e.consent;
      const consent: Consent = {
        scope: c.scope,
        ...(c.to !== undefined ? { to: c.to } : {}),
        ...(c.addressee !== undefined ? { addressee: c.addressee } : {}),
        ...(c.purpose !== undefined ? { purpose: c.purpose } : {}),
        index: i,
      };
      return [{ ...base, conditions: withConsent(item.conditions, state, consent) }];
    }
    case 'copied': {
      const d = e.derivative;
      const child: ItemState = {
        kind: 'item',
        id: d.id,
        case: item.case,
        parent: item.id,
        description: d.description,
        mediaType: d.mediaType,
        size: d.size,
        digests: d.digests,
        registeredBy: signer,
        custodian: signer,
        holders: [signer],
        ...UNENCUMBERED_ITEM,
        // A copy made from a conditioned item is bound as the item is.
        conditions: item.conditions,
        ...derivedRetention(item, d.retention, entry),
        entries: EntryHashes.of(leafHash),
        lastOccurredAtMs: timeMs(e.occurredAt),
        registeredAt: entry.loggedAt,
        head: next(undefined, entry, leafHash),
      };
      return [base, child];
    }
    case 'preserved': {
      const basis = e.basis ? { basis: { instrument: e.basis.instrument, article: e.basis.article } } : {};
      return [
        {
          ...base,
          preservation: { until: e.until, order: e.order, by: signer, since: e.occurredAt, ...basis },
        },
      ];
    }
    case 'preservation-extended': {
      const p = must(item.preservation ?? undefined, `a preservation of ${item.id}`);
      return [{ ...base, preservation: { ...p, until: e.until, order: e.order ?? p.order } }];
    }
    case 'preservation-released':
      return [{ ...base, preservation: null }];
    case 'hold-placed':
      return [
        {
          ...base,
          hold: { reference: e.reference, reason: e.reason, since: e.occurredAt, by: signer, index: i },
        },
      ];
    case 'hold-lifted':
      return [{ ...base, hold: null }];
    case 'retention-set':
      // A new category does not restart the clock: retention runs from the registration.
      return [
        {
          ...base,
          retention: { category: e.category, from: item.retention?.from ?? item.registeredAt, index: i },
        },
      ];
    case 'retention-overridden':
      return [
        { ...base, retentionOverride: { by: signer, reference: e.reference, reason: e.reason, index: i } },
      ];
    case 'returned':
      return [{ ...base, status: 'returned' }];
    case 'destroyed':
      return [
        {
          ...base,
          status: 'destroyed',
          holders: [
            ...base.holders,
            ...namedReaders(view, signer, [e.witness]).filter((id) => !base.holders.includes(id)),
          ],
        },
      ];
    case 'examined':
    case 'verified':
    case 'annotated':
      return [base];
  }
}

/**
 * A new item's retention: the category it names, running from its creation; or else, for a copy
 * or a derived registration, its parent's as it stood then, running from the parent's
 * registration with the parent's period (a derivative is not kept longer than what it comes from).
 */
function derivedRetention(
  parent: ItemState | undefined,
  named: string | undefined,
  entry: ParsedEntry,
): Pick<ItemState, 'retention'> {
  if (named !== undefined)
    return { retention: { category: named, from: entry.loggedAt, index: entry.index } };
  return parent?.retention ? { retention: parent.retention } : {};
}

/** The conditions a disclosure sets: the provider is the discloser's state, the recipient's authority is bound. */
function setConditions(view: LedgerView, entry: ParsedEntry, e: CustodyEventOf<'disclosed'>): UseConditions {
  const provider = must(view.actor(entry.signer.actor), `actor ${entry.signer.actor}`);
  const recipient = e.addressee
    ? { state: e.addressee.state, organisation: e.addressee.authority }
    : must(view.actor(e.to!), `actor ${e.to}`);
  return {
    ...e.conditionsOnUse!,
    providerState: provider.state,
    disclosedBy: provider.id,
    recipientState: recipient.state,
    recipientOrganisation: recipient.organisation,
    index: entry.index,
    consents: [],
  };
}
