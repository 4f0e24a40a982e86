/**
 * Admission of one signed entry into the ledger: authenticate the signer by its place in the
 * log, apply the rules of the entry's kind, build the entry bytes, and compute the new states.
 * Pure: the server runs it inside the sequencer, in log order; the offline verifier replays it
 * over a bundle. The caller verifies the signature itself (the server with OpenSSL, the
 * verifier with noble), before or after, as long as it does.
 * @module
 */
import { toBase64 } from '../encoding.ts';
import { hashLeaf } from '../log/merkle.ts';
import { checkActorChanged, checkActorRegistered, checkKeyRevoked, checkKeyRotated } from './actor-rules.ts';
import {
  checkCaseAccessGranted,
  checkCaseOpened,
  checkRequestRecorded,
  checkRequestStatusChanged,
} from './case-rules.ts';
import { checkCustodyEvent } from './custody-rules.ts';
import { checkAuthorityDesignated } from './designation-rules.ts';
import { type Entry, type EntryDraft, encodeEntry, formatLoggedAt, type ParsedEntry } from './entry.ts';
import { checkEvidenceRegistered } from './evidence-rules.ts';
import type { Kind, PayloadOf, TypedPayload } from './kinds.ts';
import { checkCaseHoldChanged } from './legal-hold.ts';
import { checkRetentionCategorySet } from './retention.ts';
import type { RuleContext } from './rule-context.ts';
import { RULES_VERSION, type RulesEpochs, rulesVersionAt } from './rules-version.ts';
import { authenticateSigner, checkGenesis, type Genesis } from './signer-rules.ts';
import type { ActorState, LedgerView, SubjectState } from './state.ts';
import { checkTransferImported, checkTransferReceipt } from './transfer-rules.ts';
import { applyEntry, registeredActor } from './transitions.ts';

/**
 * A draft whose payload has been validated against its kind's schema; `payloadJcs` is the
 * payload's JCS text when the caller computed it to check the signature.
 */
export type TypedDraft = EntryDraft & TypedPayload & { readonly payloadJcs?: string };

export interface Admitted {
  readonly entry: ParsedEntry;
  readonly bytes: Uint8Array;
  readonly leafHash: Uint8Array;
  /** New states of every subject the entry touches, created ones included. */
  readonly states: SubjectState[];
}

export interface AdmitOptions {
  /** The genesis administrator the log is configured with; the verifier trusts entry 0 as it is. */
  readonly genesis?: Genesis;
  /**
   * RFC 9162 leaf hashing of the entry's bytes. The verifier passes one that answers from the
   * hash it already computed of the same bytes to check inclusion.
   */
  readonly hashLeaf?: (bytes: Uint8Array) => Uint8Array;
  /**
   * The entry's leaf bytes ({@link encodeEntry}). The verifier passes one that answers with the
   * bytes it already encoded when the entry built here has the same members as the bundle's.
   */
  readonly encodeEntry?: (entry: Entry, payloadJcs: string | undefined) => Uint8Array;
  /**
   * From which index each version of the rules applies, as the log's checkpoint announces it;
   * the verifier passes its bundle checkpoint's. Absent: this code's version, for every index.
   */
  readonly rules?: RulesEpochs;
}

/** Throws RuleViolation (or ValidationError for an oversized entry) when the entry is refused. */
export function admit(
  view: LedgerView,
  draft: TypedDraft,
  index: number,
  loggedAtMs: number,
  options: AdmitOptions = {},
): Admitted {
  const signer = index === 0 ? genesisSigner(draft, options.genesis) : authenticateSigner(view, draft);
  const rules = options.rules ? rulesVersionAt(options.rules, index) : RULES_VERSION;
  checkKind({ view, index, loggedAtMs, signer, rules }, draft);
  const entry: Entry = {
    kind: draft.kind,
    payload: draft.payload,
    signer: draft.signer,
    index,
    loggedAt: formatLoggedAt(loggedAtMs),
  };
  const bytes = (options.encodeEntry ?? encodeEntry)(entry, draft.payloadJcs);
  const leafHash = (options.hashLeaf ?? hashLeaf)(bytes);
  const parsed = { ...entry, kind: draft.kind, payload: draft.payload } as ParsedEntry;
  return { entry: parsed, bytes, leafHash, states: applyEntry(view, parsed, toBase64(leafHash)) };
}

function genesisSigner(draft: TypedDraft, genesis: Genesis | undefined): ActorState {
  const payload = draft.kind === 'actor.registered' ? draft.payload : undefined;
  checkGenesis(draft, payload, genesis);
  return registeredActor(payload!, 0, { index: 0, leafHash: '', count: 0, loggedAt: '' });
}

/** The rules of each kind. */
const CHECKS: { readonly [K in Kind]: (ctx: RuleContext, payload: PayloadOf<K>) => void } = {
  // The genesis entry registers its own signer: there is nobody before it to check against.
  'actor.registered': (ctx, p) => (ctx.index > 0 ? checkActorRegistered(ctx, p) : undefined),
  'key.rotated': checkKeyRotated,
  'key.revoked': checkKeyRevoked,
  'actor.changed': checkActorChanged,
  'case.opened': checkCaseOpened,
  'case.access-granted': checkCaseAccessGranted,
  'case.hold-changed': checkCaseHoldChanged,
  'request.recorded': checkRequestRecorded,
  'request.status-changed': checkRequestStatusChanged,
  'evidence.registered': checkEvidenceRegistered,
  'custody.event': checkCustodyEvent,
  'authority.designated': checkAuthorityDesignated,
  'retention.category-set': checkRetentionCategorySet,
  'transfer.imported': checkTransferImported,
  'transfer.receipt': checkTransferReceipt,
};

function checkKind(ctx: RuleContext, draft: TypedDraft): void {
  (CHECKS[draft.kind] as (ctx: RuleContext, payload: unknown) => void)(ctx, draft.payload);
}
