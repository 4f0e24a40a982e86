/**
 * The structured outcome of verifying a bundle: an overall verdict, one line per check (each
 * failure naming the entry and the reason), and what was verified (checkpoint, items, timeline)
 * so that a report can show it. Plain data: it serialises to the CLI's `--json` as it is.
 * @module
 */

import type { MessageKey } from '../i18n/en.ts';
import type { Message, Values } from '../i18n/translator.ts';
import type { RetentionSummary } from '../ledger/retention.ts';

export type EventMessageKey = Extract<MessageKey, `event.${string}`>;

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'info';

export type CheckId =
  | 'format'
  | 'log-key'
  /** The bundle's `log.origin` is the pinned key's name. */
  | 'log-origin'
  | 'checkpoint'
  | 'witnesses'
  /** The checkpoint's ML-DSA-44 signature, under a post-quantum policy. */
  | 'post-quantum'
  /** Time bounds from RFC 3161 tokens and witness cosignatures (verify-time.ts). */
  | 'time'
  | 'rollback'
  | 'entries'
  | 'inclusion'
  | 'signatures'
  | 'genesis'
  | 'rules'
  | 'chain'
  | 'revocations'
  | 'digests'
  | 'derivatives'
  | 'subject'
  /** Each history the bundle claims whole is, as of its checkpoint (verify-completeness.ts). */
  | 'completeness'
  /** Another log's entry an import or receipt carries, proven with the key pinned for it (verify-border.ts). */
  | 'border'
  /** The other logs' parts of a multi-log bundle, each with the key pinned for it (verify-parts.ts). */
  | 'parts'
  | 'file'
  /** A report PDF's attached bundle is the one its metadata declares (src/report/pdf-bundle.ts). */
  | 'attachment'
  /** A report PDF's pages are what its verified bundle renders to (src/report/page-check.ts). */
  | 'pages'
  /** A report PDF's PAdES signature by the authority that exported it (src/core/pades). */
  | 'signature';

export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** One sentence a person can read in a court report, in English (the CLI, `--json`). */
  readonly detail: string;
  /**
   * The same sentence as a catalogue message (check-line.ts), for a report or page in another
   * language. A check made before messages existed, or by code that has none, prints `detail`.
   */
  readonly message?: Message;
  /** The entry the check is about, when it is about one. */
  readonly entry?: number;
  /** A machine-readable reason, e.g. a rule code such as `not_custodian`. */
  readonly code?: string;
}

/** A catalogue key of the `event.` family and its values, exactly as logged. */
export interface EventMessage {
  readonly key: EventMessageKey;
  readonly values: Values;
}

/** "Logged no later than `at`": the earliest verified time source covering an entry. */
export interface TimeBound {
  readonly at: string;
  /** `TSA <its certificate's name>` or `witness <name>`. */
  readonly source: string;
  /** The same, as a kind and a name, for a reader in another language (check-line.ts `boundSource`). */
  readonly by?: { readonly kind: 'tsa' | 'witness'; readonly name: string };
  /** For a TSA, the name of the pinned root its certificate chains to. */
  readonly root?: string;
  /** The tree size of the checkpoint the source is about. */
  readonly checkpoint: number;
}

export interface TimelineEvent {
  readonly index: number;
  readonly loggedAt: string;
  readonly loggedNoLaterThan?: TimeBound;
  readonly occurredAt?: string;
  readonly item: string;
  /** `registered`, `imported`, `transfer-receipt`, or the custody event type. */
  readonly type: string;
  readonly actor: string;
  readonly actorName?: string;
  readonly organisation?: string;
  readonly state?: string;
  /** The event in English, as `message` reads in the English catalogue. */
  readonly summary: string;
  /** The event as a catalogue message (src/core/i18n): a report prints it in its language. */
  readonly message: EventMessage;
  readonly location?: string;
  readonly seal?: string;
  readonly digestResult?: 'match' | 'mismatch';
  /** Where custody crossed to or from another log: that log's entry (import or receipt lines). */
  readonly border?: { readonly origin: string; readonly index: number; readonly leafHash: string };
  /**
   * An event of another log's part (a multi-log bundle): that log's origin, and the entry of the
   * bundle's own log that imported the part. Absent for the bundle's own log; `index` is in `origin`.
   */
  readonly log?: { readonly origin: string; readonly importedBy: number };
}

/** Another log's part of a multi-log bundle, verified with the key the reader pinned for it. */
export interface VerifiedPart {
  readonly origin: string;
  /** The disclosure's index in that log, and the entry of the bundle's log that imported it. */
  readonly disclosure: number;
  readonly importedBy: number;
  readonly item: string;
  /** That log's checkpoint its part was proven in: complete as of this one, when it disclosed. */
  readonly checkpoint: { readonly size: number; readonly rootHash: string };
  readonly timeline: readonly TimelineEvent[];
}

/**
 * A fact about the key an entry was signed with that a reader must weigh, though the entry is
 * valid: the key was later declared compromised as of a time before the entry was logged, or it
 * was issued by an administrator on the signer's behalf (so the administrator could sign as
 * them). One per entry and fact; `text` says it in one sentence.
 */
export type KeyNote =
  | {
      readonly kind: 'compromised-later';
      readonly entry: number;
      readonly actor: string;
      readonly text: string;
      /** From when the key is held compromised (the revocation's effectiveAt). */
      readonly compromisedFrom: string;
      /** Who declared it, when the log recorded the declaration, and in which entry. */
      readonly declaredBy: string;
      readonly declaredAt: string;
      readonly declarationEntry: number;
      readonly reason: string;
      readonly note?: string;
    }
  | {
      readonly kind: 'issued-by-administrator';
      readonly entry: number;
      readonly actor: string;
      readonly text: string;
      readonly issuedBy: string;
      readonly issuedAt: string;
      readonly issuingEntry: number;
    };

export interface ItemSummary {
  readonly id: string;
  readonly case: string;
  readonly parent?: string;
  readonly description: string;
  readonly mediaType: string;
  readonly size: number;
  readonly digests: Record<string, string>;
  readonly custodian: string;
  readonly status: string;
  /** The item's last preservation, in force or expired as of the bundle's latest entry. */
  readonly preservation?: PreservationSummary;
  /** The legal hold in force over the item at the bundle's checkpoint, and what it is placed on. */
  readonly legalHold?: {
    readonly on: string;
    readonly reference: string;
    /** What the hold is placed on: the item, an original it was copied from, or its case. */
    readonly onKind?: 'item' | 'case';
    readonly onId?: string;
  };
  /** The item's retention as of the bundle's latest entry (docs/model.md, Retention). */
  readonly retention?: RetentionSummary;
  readonly registeredAt: string;
  readonly derivatives: readonly string[];
}

export interface PreservationSummary {
  readonly order: string;
  readonly since: string;
  readonly until: string;
  readonly basis?: string;
  readonly status: 'in-force' | 'expired';
  /** The log's time of the bundle's latest entry, which `status` is judged at. */
  readonly asOf: string;
}

export type { RetentionSummary };

export interface VerifiedCheckpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: string;
  readonly logKeyId: string;
  readonly cosignedBy: readonly string[];
}

export interface BundleVerification {
  readonly verdict: 'verified' | 'failed';
  readonly subject: string;
  /**
   * Whether the bundle includes the subject's derivatives, whose histories are then claimed whole:
   * its `subject.derivatives` flag, or its entries holding one (docs/bundle.md §4, step 10).
   */
  readonly derivativesIncluded: boolean;
  readonly createdAt?: string;
  readonly checkpoint?: VerifiedCheckpoint;
  readonly items: readonly ItemSummary[];
  readonly cases: readonly {
    id: string;
    reference: string;
    title: string;
    organisation: string;
    state: string;
  }[];
  readonly requests: readonly {
    id: string;
    type: string;
    reference: string;
    requestingState: string;
    requestedState: string;
    status: string;
    legalBasis?: string;
    requestingAuthority?: string;
    requestedAuthority?: string;
    /** The entry designating the requested authority, when the request names it. */
    requestedDesignation?: number;
    summary?: string;
  }[];
  readonly actors: readonly {
    id: string;
    name: string;
    organisation: string;
    state: string;
    roles: readonly string[];
  }[];
  readonly timeline: readonly TimelineEvent[];
  /** The other logs' parts that verified (a multi-log bundle); their events are in `timeline`. */
  readonly parts?: readonly Omit<VerifiedPart, 'timeline'>[];
  /** Every entry's "logged no later than", when verified time sources cover it (by entry index). */
  readonly timeBounds?: readonly (TimeBound & { readonly index: number })[];
  /** Per entry, what a reader must know about the key that signed it (in log order). */
  readonly keyNotes: readonly KeyNote[];
  readonly checks: readonly Check[];
}
