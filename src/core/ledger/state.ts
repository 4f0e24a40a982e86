/**
 * What the ledger knows about each subject (actor, case, request, item), derived only from
 * entries: the server keeps it in memory and rebuilds it from a subject's entries on demand;
 * the offline verifier rebuilds it from a bundle. Both use the same transitions (transitions.ts).
 * @module
 */
import type { Addressee, DesignationRole } from './designation-payloads.ts';
import type { EntryHashes } from './entry-hashes.ts';
import type { Digests } from './fields.ts';
import type { Instrument, RequestType } from './legal-bases.ts';
import type { Role } from './roles.ts';
import type { UseConditions } from './use-condition-terms.ts';

/** The latest entry about a subject: what the next entry's `prev` must name. */
export interface Head {
  readonly index: number;
  /** Base64 leaf hash. */
  readonly leafHash: string;
  /** How many entries the subject has. */
  readonly count: number;
  /** The log's time of that entry. */
  readonly loggedAt: string;
}

export interface ActorKey {
  readonly publicKey: string;
  /** Index of the entry that made it the actor's key. */
  readonly since: number;
  /** Index of the entry that replaced it, if one did. */
  readonly until?: number;
  /** The administrator who rotated this key in on the actor's behalf (not the actor itself). */
  readonly issuedBy?: string;
  /** The log's time of that rotation. */
  readonly issuedAt?: string;
}

/**
 * A key declared no longer trustworthy. Two times, as in X.509 (RFC 5280 §5.3.2): when the
 * declaration was recorded (the log's time of the entry: from then on the log refuses the key)
 * and from when the key is held compromised (`effectiveAt`, the invalidity date, which an
 * administrator may set earlier). Entries logged before the declaration stay valid; those
 * logged after `effectiveAt` are flagged to every reader (docs/model.md).
 */
export interface Revocation {
  readonly publicKey: string;
  readonly effectiveAtMs: number;
  /** The revocation entry's index and log time. */
  readonly index: number;
  readonly recordedAt: string;
  /** Who declared it: the actor itself or an administrator. */
  readonly by: string;
  readonly reason: string;
  readonly note?: string;
}

export interface ActorState {
  readonly kind: 'actor';
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly state: string;
  readonly roles: readonly Role[];
  readonly keys: readonly ActorKey[];
  readonly revocations: readonly Revocation[];
  /** False once an administrator deactivated the actor (absent: active). */
  readonly active?: boolean;
  readonly head: Head;
}

export interface CaseState {
  readonly kind: 'case';
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly organisation: string;
  readonly state: string;
  readonly openedBy: string;
  /** Actors given read access beyond the owning organisation. */
  readonly granted: readonly string[];
  /** A legal hold over every item of the case, until lifted. */
  readonly hold: LegalHold | null;
  readonly head: Head;
}

/** A legal hold, placed and lifted by entries: no expiry. */
export interface LegalHold {
  readonly reference: string;
  readonly reason: string;
  /** When it was placed (the entry's stated time) and the entry that placed it. */
  readonly since: string;
  readonly by: string;
  readonly index: number;
}

export type RequestStatus =
  | 'recorded'
  | 'received'
  | 'accepted'
  | 'executed'
  | 'partially-executed'
  | 'refused'
  | 'withdrawn';

export interface RequestState {
  readonly kind: 'request';
  readonly id: string;
  readonly case: string;
  readonly type: RequestType;
  readonly requestingState: string;
  readonly requestedState: string;
  readonly reference: string;
  readonly status: RequestStatus;
  readonly recordedBy: string;
  readonly head: Head;
}

export interface PendingTransfer {
  /** The actor of this log who is to receive it; absent for a disclosure to an `addressee`. */
  readonly to?: string;
  /** A disclosure's addressee authority of another state, by its designation in this log. */
  readonly addressee?: Addressee;
  readonly purpose: string;
  /** Present when the transfer is a disclosure to a foreign authority. */
  readonly request?: string;
  /** The conditions on use the disclosure carries: they bind the item once received. */
  readonly conditions?: UseConditions;
  readonly index: number;
  /** A disclosure's own leaf hash: what the receiving log's import must name (transfer.receipt). */
  readonly leafHash?: string;
}

/** An entry of another log, named as a cross-border hand-off names it (docs/model.md, Across a border). */
export interface ForeignRef {
  readonly origin: string;
  readonly index: number;
  readonly leafHash: string;
}

/** A preservation order over an item (docs/model.md, Preservation, holds and retention). */
export interface Preservation {
  readonly until: string;
  readonly order: string;
  /** The actor who recorded it: only they, or an authority of their state, may extend or release it. */
  readonly by: string;
  /** When it was recorded as starting (the `preserved` event's occurredAt). */
  readonly since: string;
  /** The legal basis it cites, whose period (if the table has one) bounds it and its renewals. */
  readonly basis?: { readonly instrument: Instrument; readonly article: string };
}

export interface ItemState {
  readonly kind: 'item';
  readonly id: string;
  readonly case: string;
  readonly parent?: string;
  readonly description: string;
  readonly mediaType: string;
  readonly size: number;
  readonly digests: Digests;
  readonly registeredBy: string;
  readonly custodian: string;
  /** Everyone who registered, held, or was sent the item: they may read its history. */
  readonly holders: readonly string[];
  readonly pending: PendingTransfer | null;
  readonly seal: string | null;
  readonly status: 'active' | 'returned' | 'destroyed';
  /** The latest preservation, kept after it expires (it is then shown as expired); null once released. */
  readonly preservation: Preservation | null;
  /** A legal hold over this item (and the copies made from it), until lifted. */
  readonly hold: LegalHold | null;
  /** Conditions on use that disclosures set and their consents (use-conditions.ts). */
  readonly conditions: readonly UseConditions[];
  /** The retention category the item is filed under, if any (retention.ts). */
  readonly retention?: RetentionAssignment;
  /** An early disposal ordered by an override role of its category, with its reason. */
  readonly retentionOverride?: RetentionOverride;
  /** For an item imported from another log: the disclosure there it was imported from. */
  readonly imported?: ForeignRef & { readonly item: string };
  /** Disclosures of this item closed by the receiving log's import (transfer.receipt). */
  readonly receipts?: readonly (ForeignRef & { readonly disclosure: number })[];
  /** Leaf hashes of the item's entries: what `annotated.corrects` may name. */
  readonly entries: EntryHashes;
  readonly lastOccurredAtMs: number;
  /** The log's time of the item's first entry. */
  readonly registeredAt: string;
  readonly head: Head;
}

/** Which retention category an item is filed under, and the entry that filed it. */
export interface RetentionAssignment {
  readonly category: string;
  /** The log's time retention runs from: the item's registration (a derivative's parent's, if it took its category). */
  readonly from: string;
  /** The entry that filed it (a derivative's parent's, if it took its category): which period it keeps. */
  readonly index: number;
}

/** An early disposal an override role of the item's category ordered (`retention-overridden`). */
export interface RetentionOverride {
  readonly by: string;
  readonly reference: string;
  readonly reason: string;
  readonly index: number;
}

/** One category of the retention table, as its latest `retention.category-set` entry says. */
export interface RetentionCategoryState {
  readonly kind: 'retention';
  /** The category's code. */
  readonly id: string;
  readonly description: string;
  /** The period in force now: what an item filed from now on is kept for. */
  readonly retainDays: number;
  /** Every entry's period, in log order: an item keeps what was in force when it was filed (retention.ts). */
  readonly periods: readonly RetentionPeriod[];
  readonly basis: string;
  readonly overrideRoles: readonly Role[];
  readonly head: Head;
}

/** The period one `retention.category-set` entry gave its category. */
export interface RetentionPeriod {
  readonly index: number;
  readonly retainDays: number;
}

/** One authority's designation by its state, as its latest `authority.designated` entry says. */
export interface Designation {
  readonly authority: string;
  readonly roles: readonly DesignationRole[];
  readonly instrument: string;
  readonly reference: string;
  readonly validFromMs: number;
  readonly validUntilMs?: number;
  /** The entry that says so: reports print it beside the designation. */
  readonly index: number;
}

/** A state's designated authorities (subject id: the ISO 3166-1 code). */
export interface DesignationsState {
  readonly kind: 'designations';
  readonly id: string;
  readonly authorities: readonly Designation[];
  readonly head: Head;
}

export type SubjectState =
  | ActorState
  | CaseState
  | RequestState
  | ItemState
  | DesignationsState
  | RetentionCategoryState;
export type SubjectKind = SubjectState['kind'];

export interface SubjectRef {
  readonly kind: SubjectKind;
  readonly id: string;
}

/** Read access to current states, as the rules need them. */
export interface LedgerView {
  actor(id: string): ActorState | undefined;
  case(id: string): CaseState | undefined;
  request(id: string): RequestState | undefined;
  item(id: string): ItemState | undefined;
  /** A state's designated authorities, if any were recorded. */
  designations(state: string): DesignationsState | undefined;
  /** A category of the retention table, if an administrator recorded it. */
  retention(category: string): RetentionCategoryState | undefined;
  /** Which actor a public key (base64) was ever registered to: keys are never reused. */
  keyOwner(publicKey: string): string | undefined;
  /** The item this log imported another log's disclosure (origin, index) as, if it did. */
  importedAs(origin: string, index: number): string | undefined;
}

/** How views key the import lookup: origins are one line without spaces, so this is unambiguous. */
export const importLookupKey = (origin: string, index: number): string => `import ${origin} ${index}`;

/** What every new item starts as: active, unsealed, with no transfer, preservation or hold. */
export const UNENCUMBERED_ITEM = {
  pending: null,
  seal: null,
  status: 'active',
  preservation: null,
  hold: null,
} as const satisfies Partial<ItemState>;

/** The head after `entry`, which extends the subject whose head was `head` (none: it creates it). */
export const nextHead = (
  head: Head | undefined,
  entry: { readonly index: number; readonly loggedAt: string },
  leafHash: string,
): Head => ({ index: entry.index, leafHash, count: (head?.count ?? 0) + 1, loggedAt: entry.loggedAt });

/** The actor's current key: the latest one not replaced by a rotation. */
export function currentKey(actor: ActorState): string | undefined {
  return actor.keys.find((k) => k.until === undefined)?.publicKey;
}
