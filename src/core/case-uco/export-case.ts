/**
 * An item's provenance as CASE/UCO 1.4 JSON-LD (docs/case-uco.md), from its court bundle: every
 * registration and custody event of the bundle's items becomes a
 * `case-investigation:InvestigativeAction` performed by the signer in one of its roles (a
 * `uco-role:Role` its identity holds, the identity a member of its organisation), with the
 * other actors it names as participants, its instruments (the authorisation, the request, the
 * order, the tool), the provenance record it takes as object and the one it yields as result
 * (with the exhibit number), its place and time, and an external reference to its log entry
 * (origin, index, leaf hash) so a reader can check it against the log. Pure: it reads the
 * bundle; whoever calls it verifies the bundle first.
 * @module
 */
import { canonicalBytes } from '../canonical.ts';
import { toBase64 } from '../encoding.ts';
import type { Bundle } from '../ledger/bundle.ts';
import { acceptedRoles } from '../ledger/custody-rules.ts';
import { type ParsedEntry, parseEntry } from '../ledger/entry.ts';
import type { CustodyEvent } from '../ledger/evidence-payloads.ts';
import { REGISTRATION_ROLES } from '../ledger/evidence-rules.ts';
import { MemoryLedger } from '../ledger/memory-ledger.ts';
import type { Role } from '../ledger/roles.ts';
import { applyEntry } from '../ledger/transitions.ts';
import { hashLeaf } from '../log/merkle.ts';
import { ACTION_NAMES, registrationName } from './case-actions.ts';
import { type Actor, CASE_CONTEXT, CaseGraph, type CaseNode, dateTime, ref } from './case-graph.ts';

export interface CaseDocument {
  readonly '@context': Record<string, string>;
  readonly '@graph': CaseNode[];
}

/** The JSON-LD export of a (verified) bundle: all the items it holds, with their actions. */
export function exportCase(bundle: Bundle): CaseDocument {
  const origin = bundle.log.origin;
  const g = new CaseGraph(origin);
  const walk = new Walk(g, origin);
  for (const { entry } of bundle.entries) {
    const bytes = canonicalBytes(entry);
    walk.entry(parseEntry(bytes), toBase64(hashLeaf(bytes)));
  }
  walk.investigations();
  return {
    '@context': { ...CASE_CONTEXT, kb: `urn:custos:${encodeURIComponent(origin)}:` },
    '@graph': g.all(),
  };
}

interface Action {
  readonly item: string;
  readonly name: string;
  readonly description: string;
  readonly at: string;
  readonly location?: string;
  /** The roles the rules accept from its signer: the performer acts in the first of them it holds. */
  readonly roles: readonly Role[];
  readonly participants: readonly (string | undefined)[];
  /** An authority it names that has no actor in the log: a disclosure's addressee, or a consent's. */
  readonly addressee?: { readonly state: string; readonly authority: string };
  readonly instruments: readonly string[];
  /** A copy's derivative: the action yields it too. */
  readonly derivative?: string;
  /** A derived item's parent: the action takes it as its object. */
  readonly parent?: string;
}

class Walk {
  private readonly actors = new Map<string, Actor>();
  private readonly requests = new Map<string, { type: string; reference: string; basis: string }>();
  private readonly cases = new Map<string, { reference: string; title: string; actions: string[] }>();
  private readonly itemCase = new Map<string, string>();
  private readonly latest = new Map<string, string>();
  private readonly exhibits = new Map<string, string>();
  /** The states the rules judged each entry against, replayed from the bundle. */
  private readonly ledger = new MemoryLedger();

  constructor(
    private readonly g: CaseGraph,
    private readonly origin: string,
  ) {}

  entry(entry: ParsedEntry, leafHash: string): void {
    this.learn(entry);
    const action = this.actionOf(entry);
    if (action) this.record(entry, leafHash, action);
    this.ledger.store(applyEntry(this.ledger, entry, leafHash));
  }

  /** One investigation per case, naming the actions taken in it and the requests it relied on. */
  investigations(): void {
    for (const [id, c] of this.cases) {
      if (c.actions.length === 0) continue;
      this.g.put({
        '@id': this.g.id('investigation', id),
        '@type': 'case-investigation:Investigation',
        'uco-core:name': c.reference,
        'uco-core:description': c.title,
        'uco-core:object': c.actions.map(ref),
      });
    }
  }

  /** What later entries need: actors (and their roles as they change), cases, requests. */
  private learn(entry: ParsedEntry): void {
    switch (entry.kind) {
      case 'actor.registered':
        this.actors.set(entry.payload.id, entry.payload);
        return;
      case 'actor.changed': {
        const a = this.actors.get(entry.payload.actor);
        if (a && entry.payload.roles)
          this.actors.set(entry.payload.actor, { ...a, roles: entry.payload.roles });
        return;
      }
      case 'case.opened':
        this.cases.set(entry.payload.id, {
          reference: entry.payload.reference,
          title: entry.payload.title,
          actions: [],
        });
        return;
      case 'request.recorded': {
        const p = entry.payload;
        this.requests.set(p.id, {
          type: p.type,
          reference: p.reference,
          basis: `${p.legalBasis.instrument} art. ${p.legalBasis.article}, from ${p.requestingState} to ${p.requestedState}`,
        });
        return;
      }
      case 'evidence.registered':
        this.itemCase.set(entry.payload.id, entry.payload.case);
        if (entry.payload.exhibitNumber) this.exhibits.set(entry.payload.id, entry.payload.exhibitNumber);
        this.g.item(entry.payload.id, entry.payload);
        return;
      // An item imported from another log is declared as registered items are.
      case 'transfer.imported':
        this.itemCase.set(entry.payload.id, entry.payload.case);
        if (entry.payload.exhibitNumber) this.exhibits.set(entry.payload.id, entry.payload.exhibitNumber);
        this.g.item(entry.payload.id, entry.payload);
        return;
      case 'custody.event':
        if (entry.payload.type === 'copied') {
          const d = entry.payload.derivative;
          this.itemCase.set(d.id, this.itemCase.get(entry.payload.item) ?? '');
          if (d.exhibitNumber) this.exhibits.set(d.id, d.exhibitNumber);
          this.g.item(d.id, d);
        }
        return;
      default:
        return;
    }
  }

  private request(id: string): string {
    const r = this.requests.get(id);
    return this.g.authorization(
      `request/${id}`,
      `cooperation request (${r?.type ?? 'unknown type'})`,
      r?.reference ?? id,
      r?.basis,
    );
  }

  private actionOf(entry: ParsedEntry): Action | undefined {
    if (entry.kind === 'evidence.registered') {
      const p = entry.payload;
      const auth = p.origin.authorisation;
      return {
        item: p.id,
        name: registrationName(p.origin.method),
        description: `registered in the log, obtained by ${p.origin.method.replace(/-/g, ' ')}`,
        at: p.collectedAt,
        ...(p.origin.location ? { location: p.origin.location } : {}),
        roles: REGISTRATION_ROLES,
        participants: [p.collectedBy],
        instruments: [
          ...(auth
            ? [
                this.g.authorization(
                  `${p.id}/${auth.reference}`,
                  auth.type,
                  auth.reference,
                  `issued by ${auth.issuer}`,
                ),
              ]
            : []),
          ...(p.origin.request ? [this.request(p.origin.request)] : []),
        ],
        ...(p.origin.parent ? { parent: p.origin.parent } : {}),
      };
    }
    if (entry.kind !== 'custody.event') return undefined;
    const e = entry.payload;
    const item = this.ledger.item(e.item);
    return {
      item: e.item,
      name: ACTION_NAMES[e.type],
      description: `Custos custody event "${e.type}"${e.note ? `: ${e.note}` : ''}`,
      at: e.occurredAt,
      ...(e.location ? { location: e.location } : {}),
      roles: item ? acceptedRoles(this.ledger, item, e.type) : [],
      participants: participantsOf(e),
      ...(e.type === 'disclosed' && e.addressee ? { addressee: e.addressee } : {}),
      ...(e.type === 'use-consented' && e.consent.addressee ? { addressee: e.consent.addressee } : {}),
      instruments: this.instrumentsOf(e),
      ...(e.type === 'copied' ? { derivative: e.derivative.id } : {}),
    };
  }

  private instrumentsOf(e: CustodyEvent): string[] {
    const g = this.g;
    switch (e.type) {
      case 'examined':
      case 'copied':
        return [g.tool(e.tool.name, e.tool.version)];
      case 'disclosed':
        return [this.request(e.request)];
      case 'preserved':
        return [
          g.authorization(
            `preservation/${e.item}/${e.order}`,
            'preservation order',
            e.order,
            e.basis ? `${e.basis.instrument} art. ${e.basis.article}` : undefined,
          ),
          ...(e.request ? [this.request(e.request)] : []),
        ];
      case 'destroyed':
        return [g.authorization(`destruction/${e.item}`, 'destruction order', e.authorisation)];
      case 'hold-placed':
      case 'hold-lifted':
        return [g.authorization(`hold/${e.item}/${e.reference}`, 'legal hold', e.reference)];
      case 'retention-overridden':
        return [
          g.authorization(
            `retention/${e.item}/${e.reference}`,
            'order of disposal before the end of retention',
            e.reference,
          ),
        ];
      default:
        return [];
    }
  }

  private record(entry: ParsedEntry, leafHash: string, a: Action): void {
    const g = this.g;
    const signer = entry.signer.actor;
    const actor = this.actors.get(signer);
    // The signer's roles as the rules saw them when they accepted this entry.
    const held = this.ledger.actor(signer)?.roles ?? [];
    const role = held.find((r) => a.roles.includes(r)) ?? actor?.roles[0] ?? 'actor';
    const object = this.objectOf(a);
    const after = this.next(a.item, entry.index);
    const results = [ref(after), ref(g.id('item', a.item))];
    if (a.derivative)
      results.push(ref(this.next(a.derivative, entry.index)), ref(g.id('item', a.derivative)));
    const participants = [...new Set(a.participants)].filter(
      (p): p is string => p !== undefined && p !== signer,
    );
    // Made after the performer's node, in the order the graph has always listed them.
    const participantNodes = () => [
      ...participants.map((p) => g.identity(p, this.actors.get(p))),
      ...(a.addressee ? [g.organization(a.addressee.state, a.addressee.authority)] : []),
    ];
    const action = g.put({
      '@id': g.id('action', String(entry.index)),
      '@type': 'case-investigation:InvestigativeAction',
      'uco-core:name': a.name,
      'uco-core:description': a.description,
      'uco-action:startTime': dateTime(a.at),
      'uco-core:objectCreatedTime': dateTime(entry.loggedAt),
      'uco-action:performer': ref(g.role(signer, actor, role)),
      ...(participants.length || a.addressee
        ? { 'uco-action:participant': participantNodes().map(ref) }
        : {}),
      ...(a.instruments.length ? { 'uco-action:instrument': a.instruments.map(ref) } : {}),
      ...(object.length ? { 'uco-action:object': object } : {}),
      'uco-action:result': results,
      ...(a.location ? { 'uco-action:location': ref(g.location(a.location)) } : {}),
      'uco-core:externalReference': [
        ref(
          g.put({
            '@id': g.id('log-entry', String(entry.index)),
            '@type': 'uco-core:ExternalReference',
            'uco-core:definingContext': `Custos log ${this.origin} (docs/formats.md)`,
            'uco-core:externalIdentifier': `entry ${entry.index}, leaf hash ${leafHash}`,
          }),
        ),
      ],
    });
    this.cases.get(this.itemCase.get(a.item) ?? '')?.actions.push(action);
  }

  /**
   * What the action takes: the item's latest provenance record and the item; for a derived
   * registration, which starts the item's records, its parent's latest record and the parent.
   */
  private objectOf(a: Action): { '@id': string }[] {
    const of = a.parent ?? a.item;
    const before = this.latest.get(of);
    return before ? [ref(before), ref(this.g.id('item', of))] : [];
  }

  /** The item's provenance record after this entry, now its latest. */
  private next(item: string, index: number): string {
    const id = this.g.provenanceRecord(item, index, this.exhibits.get(item));
    this.latest.set(item, id);
    return id;
  }
}

/** The other actors an event names: a recipient, a witness, the recipient of a consent. */
function participantsOf(e: CustodyEvent): (string | undefined)[] {
  switch (e.type) {
    case 'handed-over':
    case 'disclosed':
      return [e.to];
    case 'destroyed':
      return [e.witness];
    case 'use-consented':
      return [e.consent.to];
    default:
      return [];
  }
}
