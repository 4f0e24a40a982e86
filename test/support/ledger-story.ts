/**
 * A cast of actors with real keys and a clock, to write ledger scenarios as short sentences.
 * The same drafts can be admitted in memory (rule tests) or POSTed to a server (HTTP tests).
 */
import { canonicalJson } from '../../src/core/canonical.ts';
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64, toHex } from '../../src/core/encoding.ts';
import type { Admitted, TypedDraft } from '../../src/core/ledger/admit.ts';
import { parsePayload, signDraft } from '../../src/core/ledger/entry.ts';
import type { Kind } from '../../src/core/ledger/kinds.ts';
import { MemoryLedger } from '../../src/core/ledger/memory-ledger.ts';
import type { Role } from '../../src/core/ledger/roles.ts';
import type { RulesEpochs } from '../../src/core/ledger/rules-version.ts';
import { admitWithinReferences } from './reference-guard.ts';

export interface Member {
  readonly id: string;
  readonly seed: Uint8Array;
  readonly publicKey: string;
  readonly roles: Role[];
  readonly state: string;
  readonly organisation: string;
}

export const digestOf = (label: string): string =>
  toHex(new TextEncoder().encode(label.padEnd(32, '.').slice(0, 32)));

export class Cast {
  readonly members = new Map<string, Member>();

  member(id: string, roles: Role[], state = 'FR', organisation = `${state} police`): Member {
    const seed = randomSeed();
    const m = { id, seed, publicKey: toBase64(publicKeyFromSeed(seed)), roles, state, organisation };
    this.members.set(id, m);
    return m;
  }

  get(id: string): Member {
    const m = this.members.get(id);
    if (!m) throw new Error(`no cast member ${id}`);
    return m;
  }

  /** Signs a payload as a member (with its current seed). */
  sign(kind: Kind, payload: Record<string, unknown>, as: string): TypedDraft {
    const m = this.get(as);
    const draft = signDraft(kind, payload, { actor: m.id, seed: m.seed });
    const typed = parsePayload(kind, payload);
    // The leaf stores the payload as signed and states are built from the parsed one: a
    // schema that transformed, defaulted or dropped anything would make them differ.
    if (canonicalJson(typed.payload) !== canonicalJson(payload))
      throw new Error(`the ${kind} schema changed the payload it parsed`);
    return { ...draft, ...typed } as TypedDraft;
  }

  /** The actor.registered payload that introduces a member. */
  registration(id: string): Record<string, unknown> {
    const m = this.get(id);
    return {
      id: m.id,
      name: `Officer ${m.id}`,
      organisation: m.organisation,
      state: m.state,
      roles: m.roles,
      publicKey: m.publicKey,
    };
  }

  rekey(id: string): Member {
    const old = this.get(id);
    const seed = randomSeed();
    const m = { ...old, seed, publicKey: toBase64(publicKeyFromSeed(seed)) };
    this.members.set(id, m);
    return m;
  }
}

/** A ledger in memory with a clock: admits drafts at consecutive indices. */
export class MemoryStory {
  readonly ledger = new MemoryLedger();
  readonly cast = new Cast();
  index = 0;
  clockMs = Date.parse('2026-11-02T08:00:00Z');
  /** The versions of the rules the story's log announces; unset: this code's, throughout. */
  rules: RulesEpochs | undefined;

  /** A time `minutes` from now on the story clock, with a +01:00 offset as an agency would write it. */
  at(minutes = 0): string {
    const d = new Date(this.clockMs + minutes * 60_000 + 3600_000);
    return `${d.toISOString().slice(0, 19)}+01:00`;
  }

  tick(minutes = 10): void {
    this.clockMs += minutes * 60_000;
  }

  /** Every admitted draft with its index and log time, for replays. */
  readonly admitted: { draft: TypedDraft; index: number; at: number }[] = [];

  submit(kind: Kind, payload: Record<string, unknown>, as: string): Admitted {
    const draft = this.cast.sign(kind, payload, as);
    const admitted = admitWithinReferences(this.ledger, draft, this.index, this.clockMs, this.rules);
    this.admitted.push({ draft, index: this.index, at: this.clockMs });
    this.index++;
    this.tick(1);
    return admitted;
  }

  genesis(id = 'admin'): void {
    this.cast.member(id, ['administrator'], 'FR', 'FR ministry of justice');
    this.submit('actor.registered', this.cast.registration(id), id);
  }

  register(id: string, roles: Role[], state = 'FR', organisation?: string, by = 'admin'): Member {
    const m = this.cast.member(id, roles, state, organisation ?? `${state} police`);
    this.submit('actor.registered', this.cast.registration(id), by);
    return m;
  }

  openCase(id: string, as: string): Admitted {
    return this.submit(
      'case.opened',
      {
        id,
        reference: `REF-${id}`,
        title: `Case ${id}`,
        offence: { description: 'fraud' },
        openedAt: this.at(),
      },
      as,
    );
  }

  /** `by` (who may grant it) grants `actor` access to `caseId`, naming the case's head as prev. */
  grantCase(caseId: string, actor: string, by: string, reason = 'MLA'): Admitted {
    const prev = this.ledger.case(caseId)!.head.leafHash;
    return this.submit('case.access-granted', { case: caseId, actor, reason, prev }, by);
  }

  /**
   * Azerbaijan executing a German MLA request: its investigator `az-inv` and central authority
   * `az-ca` (both of `organisation`), the case `az-inv~case` shared with `az-ca`, and the request
   * `az-ca~req` from the Bundesamt für Justiz to `organisation`, recorded by `az-ca`.
   */
  azerbaijanExecutesGermanRequest(organisation: string): void {
    this.register('az-inv', ['investigator'], 'AZ', organisation);
    this.register('az-ca', ['central-authority'], 'AZ', organisation);
    this.openCase('az-inv~case', 'az-inv');
    this.grantCase('az-inv~case', 'az-ca', 'az-inv');
    this.submit(
      'request.recorded',
      {
        id: 'az-ca~req',
        case: 'az-inv~case',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'AZ',
        requestingAuthority: 'Bundesamt für Justiz',
        requestedAuthority: organisation,
        legalBasis: { instrument: 'ETS-185', article: '31' },
        reference: 'R-1',
        dated: this.at(),
        summary: 'hosting logs',
      },
      'az-ca',
    );
  }

  registerItem(id: string, caseId: string, as: string, extra: Record<string, unknown> = {}): Admitted {
    return this.submit(
      'evidence.registered',
      {
        id,
        case: caseId,
        description: `item ${id}`,
        mediaType: 'application/octet-stream',
        size: 1024,
        digests: { sha256: digestOf(id) },
        origin: { method: 'seizure', location: 'Lyon' },
        collectedBy: as,
        collectedAt: this.at(),
        ...extra,
      },
      as,
    );
  }

  /**
   * An administrator's designation of `authority` by `state` for `roles`, valid from an hour ago
   * unless `fields` say otherwise, naming the state's latest designation as prev. Returns its index.
   */
  designate(state: string, authority: string, roles: string[], fields: Record<string, unknown> = {}): number {
    const known = this.ledger.designations(state);
    return this.submit(
      'authority.designated',
      {
        state,
        authority,
        roles,
        instrument: 'ETS-185',
        reference: 'declaration notified on ratification',
        validFrom: this.at(-60),
        ...(known ? { prev: known.head.leafHash } : {}),
        ...fields,
      },
      'admin',
    ).entry.index;
  }

  /** The entry of this log designating `authority` of `state` (its latest), as the CLI looks it up. */
  designationOf(state: string, authority: string): number | undefined {
    return this.ledger.designations(state)?.authorities.find((d) => d.authority === authority)?.index;
  }

  prev(item: string): string {
    const state = this.ledger.item(item);
    if (!state) throw new Error(`no item ${item}`);
    return state.head.leafHash;
  }

  /** A custody event on an item, with `prev` and `occurredAt` filled in. */
  event(item: string, type: string, fields: Record<string, unknown>, as: string): Admitted {
    return this.submit(
      'custody.event',
      { item, type, prev: this.prev(item), occurredAt: this.at(), ...fields },
      as,
    );
  }
}
