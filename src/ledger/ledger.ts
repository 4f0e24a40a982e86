/**
 * The custody ledger: the verifiable log with the ledger's admission policy, the submission
 * path (signature first, then schema, then the rules in log order), and the genesis.
 *
 * ```ts
 * const ledger = await Ledger.open({ store, identity, genesis, now: Date.now });
 * const { index } = await ledger.submit(draft); // draft as POSTed to /v1/entries
 * ```
 * @module
 */

import { canonicalJson } from '../core/canonical.ts';
import { fromBase64, toBase64 } from '../core/encoding.ts';
import { ValidationError, VerificationError } from '../core/errors.ts';
import type { TypedDraft } from '../core/ledger/admit.ts';
import {
  type Entry,
  type EntryDraft,
  parsePayload,
  signDraft,
  signedMessageOf,
} from '../core/ledger/entry.ts';
import { checkpointRulesEpochs, RULES_VERSION } from '../core/ledger/rules-version.ts';
import type { Genesis } from '../core/ledger/signer-rules.ts';
import type { Checkpoint } from '../core/log/checkpoint.ts';
import {
  type SignatureToCheck,
  verifyManyFastAsync,
  verifySignatureFastAsync,
} from '../crypto/node-ed25519.ts';
import type { LogIdentity } from '../log/head.ts';
import { VerifiableLog } from '../log/log.ts';
import type { MapProgress } from '../log/map-index.ts';
import type { Appended } from '../log/sequencer.ts';
import { type LogStore, StoreError } from '../storage/log-store.ts';
import { type EventIndexProgress, missingEventRecords } from './event-index-migration.ts';
import { ReplayError } from './index-replay.ts';
import { type BatchContext, LedgerPolicy } from './ledger-policy.ts';
import { LedgerStates } from './ledger-states.ts';
import { referencedSubjects } from './subject-refs.ts';

export interface GenesisAdmin extends Genesis {
  readonly seed?: Uint8Array;
  readonly name: string;
  readonly organisation: string;
  readonly state: string;
}

export interface LedgerOptions {
  readonly store: LogStore;
  readonly identity: LogIdentity;
  readonly genesis: GenesisAdmin;
  readonly now: () => number;
  /** Progress of the one-time history map migration of a store that predates it. */
  readonly mapProgress?: MapProgress;
  /** Progress of the one-time event records migration of a store that predates them. */
  readonly eventsProgress?: EventIndexProgress;
}

export interface SubmitOptions {
  /** The caller verified the other log's part of a cross-border entry (transfer-routes.ts). */
  readonly crossBorderChecked?: boolean;
}

export interface Submitted {
  readonly index: number;
  readonly leafHash: string;
  readonly entry: Entry;
  readonly treeSize: number;
}

export class Ledger {
  private constructor(
    readonly log: VerifiableLog<TypedDraft, BatchContext, Entry>,
    readonly states: LedgerStates,
    readonly genesis: GenesisAdmin,
  ) {}

  static async open(options: LedgerOptions): Promise<Ledger> {
    const states = new LedgerStates(options.store);
    const policy = new LedgerPolicy(states, {
      actor: options.genesis.actor,
      publicKey: options.genesis.publicKey,
    });
    const log = await VerifiableLog.open({
      store: options.store,
      identity: options.identity,
      policy,
      now: options.now,
      ...(options.mapProgress ? { mapProgress: options.mapProgress } : {}),
    });
    refuseNewerRules(log.head().checkpoint);
    try {
      const missing = await missingEventRecords(
        options.store,
        log.head().checkpoint.size,
        options.eventsProgress,
      );
      if (missing) policy.carry(missing);
    } catch (e) {
      // An entry today's code cannot replay: no record is guessed past it; `custos audit` names
      // it (index_unreplayable), and the log itself is served as ever.
      if (!(e instanceof ReplayError)) throw e;
    }
    return new Ledger(log, states, options.genesis);
  }

  /**
   * Verifies the signature (OpenSSL, under the core's policy), validates the payload, and
   * appends; resolves once durable. Throws VerificationError, ValidationError or RuleViolation.
   */
  async submit(draft: EntryDraft, options: SubmitOptions = {}): Promise<Submitted> {
    if (!options.crossBorderChecked) refuseCrossBorder(draft);
    const typed = await checkDraft(draft);
    // Rebuild cold subjects here, concurrently, rather than in the sequencer, where a long
    // history would hold up every append behind it.
    await this.states.warm(referencedSubjects(typed));
    return submitted(await this.log.append(typed));
  }

  /**
   * Several drafts, admitted in their order: every signature is checked (concurrently) before
   * any is queued, then all are queued in one go, so that none of another request comes
   * between them and a later draft may build on an earlier one. One outcome per draft; a
   * draft that fails fails alone (and whatever depends on it fails the rules).
   */
  async submitMany(drafts: readonly EntryDraft[]): Promise<PromiseSettledResult<Submitted>[]> {
    const checked = await checkDrafts(drafts);
    const typed = checked.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []));
    await this.states.warm(typed.flatMap(referencedSubjects));
    const appended = (await this.log.appendMany(typed)).values();
    return checked.map((c): PromiseSettledResult<Submitted> => {
      if (c.status === 'rejected') return c;
      const a = appended.next().value!;
      return a.status === 'fulfilled' ? { status: 'fulfilled', value: submitted(a.value) } : a;
    });
  }

  /** On an empty log with the genesis key at hand, records the genesis administrator (entry 0). */
  async bootstrap(): Promise<void> {
    if (this.log.head().checkpoint.size > 0) return;
    const g = this.genesis;
    if (!g.seed)
      throw new Error('the log is empty and the genesis administrator key is not available to start it');
    const payload = {
      id: g.actor,
      name: g.name,
      organisation: g.organisation,
      state: g.state,
      roles: ['administrator'],
      publicKey: g.publicKey,
    };
    await this.submit(signDraft('actor.registered', payload, { actor: g.actor, seed: g.seed }));
  }

  close(): Promise<void> {
    return this.log.close();
  }
}

/**
 * The kinds that carry another log's entry are admitted only once that entry was verified
 * against the key pinned for its log, which the transfer routes do (src/http/transfer-routes.ts).
 */
const CROSS_BORDER_KINDS: ReadonlySet<string> = new Set(['transfer.imported', 'transfer.receipt']);

function refuseCrossBorder(draft: EntryDraft): EntryDraft {
  if (CROSS_BORDER_KINDS.has(draft.kind))
    throw new ValidationError(
      'bad_request',
      `${draft.kind} entries are submitted through POST /v1/transfers/${draft.kind === 'transfer.imported' ? 'imports' : 'receipts'}, which verifies the other log's proof first`,
    );
  return draft;
}

/** A draft whose signature verifies and whose payload its kind's schema accepts, typed. */
async function checkDraft(draft: EntryDraft): Promise<TypedDraft> {
  const { payloadJcs, check } = signedParts(draft);
  const verified = await verifySignatureFastAsync(check.signature, check.message, check.publicKey);
  return typedDraft(draft, payloadJcs, verified);
}

/**
 * checkDraft for each of several drafts, after refuseCrossBorder: their signatures checked on
 * the thread pool together, one outcome per draft, in order.
 */
async function checkDrafts(drafts: readonly EntryDraft[]): Promise<PromiseSettledResult<TypedDraft>[]> {
  const signed = drafts.map((d): ReturnType<typeof signedParts> | { failed: unknown } => {
    try {
      return signedParts(refuseCrossBorder(d));
    } catch (failed) {
      return { failed };
    }
  });
  const checks = signed.flatMap((s) => ('check' in s ? [s.check] : []));
  const verdicts = (await verifyManyFastAsync(checks)).values();
  return signed.map((s, i): PromiseSettledResult<TypedDraft> => {
    if (!('check' in s)) return { status: 'rejected', reason: s.failed };
    try {
      return { status: 'fulfilled', value: typedDraft(drafts[i]!, s.payloadJcs, verdicts.next().value!) };
    } catch (reason) {
      return { status: 'rejected', reason };
    }
  });
}

/** The payload's JCS (which the signature covers and the entry will carry) and the check to run. */
function signedParts(draft: EntryDraft): { payloadJcs: string; check: SignatureToCheck } {
  const payloadJcs = canonicalJson(draft.payload);
  return {
    payloadJcs,
    check: {
      signature: fromBase64(draft.signer.signature),
      message: signedMessageOf(draft.kind, payloadJcs),
      publicKey: fromBase64(draft.signer.publicKey),
    },
  };
}

/** The draft typed once its signature is known good: the signature first, then the schema. */
function typedDraft(draft: EntryDraft, payloadJcs: string, verified: boolean): TypedDraft {
  if (!verified) {
    throw new VerificationError(
      'bad_signature',
      `the signature does not verify over "custos/v1/${draft.kind}\\n" and the JCS of the payload with the given public key`,
      [{ path: ['signer', 'signature'], message: 'does not verify' }],
    );
  }
  return { ...draft, ...parsePayload(draft.kind, draft.payload), payloadJcs } as TypedDraft;
}

function submitted(appended: Appended<Entry>): Submitted {
  return {
    index: appended.index,
    leafHash: toBase64(appended.leafHash),
    entry: appended.result,
    treeSize: appended.treeSize,
  };
}

/**
 * A store whose checkpoints announce a newer version of the rules was written by a newer Custos:
 * admitting entries under older rules there would break what its checkpoints promise.
 */
function refuseNewerRules(checkpoint: Checkpoint): void {
  const newest = checkpointRulesEpochs(checkpoint).at(-1)?.version ?? 1;
  if (newest > RULES_VERSION)
    throw new StoreError(
      `this log's checkpoints announce version ${newest} of the rules, and this Custos applies version ${RULES_VERSION}: run the version that wrote the store, or a newer one`,
    );
}
