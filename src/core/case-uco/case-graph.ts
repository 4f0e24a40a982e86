/**
 * The nodes of a CASE/UCO 1.4 export (docs/case-uco.md): identities with their roles and
 * organisations, locations, tools, authorisations, items with their hashes, provenance records.
 * Every node has an IRI under the log's own namespace (`urn:custos:<origin>:`), derived from what
 * it stands for, so the same export of the same bundle is the same document, and a node can be
 * pre-bound by SHACL-SPARQL constraints (which cannot bind blank nodes).
 * @module
 */

/** The JSON-LD context: CASE 1.4 and UCO 1.4 namespaces. */
export const CASE_CONTEXT = {
  'case-investigation': 'https://ontology.caseontology.org/case/investigation/',
  'uco-action': 'https://ontology.unifiedcyberontology.org/uco/action/',
  'uco-core': 'https://ontology.unifiedcyberontology.org/uco/core/',
  'uco-identity': 'https://ontology.unifiedcyberontology.org/uco/identity/',
  'uco-location': 'https://ontology.unifiedcyberontology.org/uco/location/',
  'uco-observable': 'https://ontology.unifiedcyberontology.org/uco/observable/',
  'uco-role': 'https://ontology.unifiedcyberontology.org/uco/role/',
  'uco-tool': 'https://ontology.unifiedcyberontology.org/uco/tool/',
  'uco-types': 'https://ontology.unifiedcyberontology.org/uco/types/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type CaseNode = Record<string, unknown> & { '@id': string; '@type': string | string[] };

export interface Actor {
  readonly name: string;
  readonly organisation: string;
  readonly state: string;
  readonly roles: readonly string[];
}

/** UCO's names of hash algorithms (types:Hash-hashMethod-in-shape). */
const HASH_METHODS: Readonly<Record<string, string>> = { sha256: 'SHA256', sha512: 'SHA512' };

export const ref = (id: string) => ({ '@id': id });
export const dateTime = (t: string) => ({
  '@type': 'xsd:dateTime',
  '@value': new Date(Date.parse(t)).toISOString(),
});

export class CaseGraph {
  private readonly nodes = new Map<string, CaseNode>();

  constructor(readonly origin: string) {}

  /** `kb:<kind>-<key>`, `kb` being the log's namespace. */
  id(kind: string, key: string): string {
    return `kb:${kind}-${encodeURIComponent(key)}`;
  }

  /** Adds a node once (the first description of an IRI stands); returns its IRI. */
  put(node: CaseNode): string {
    if (!this.nodes.has(node['@id'])) this.nodes.set(node['@id'], node);
    return node['@id'];
  }

  all(): CaseNode[] {
    return [...this.nodes.values()];
  }

  relate(source: string, target: string, kind: string): string {
    return this.put({
      '@id': this.id('relationship', `${source}/${kind}/${target}`),
      '@type': 'uco-core:Relationship',
      'uco-core:source': ref(source),
      'uco-core:target': [ref(target)],
      'uco-core:kindOfRelationship': kind,
      'uco-core:isDirectional': true,
    });
  }

  /** The actor as an identity, a member of its organisation, holding its roles. */
  identity(actorId: string, actor: Actor | undefined): string {
    const identity = this.put({
      '@id': this.id('identity', actorId),
      '@type': 'uco-identity:Identity',
      'uco-core:name': actor?.name ?? actorId,
      'uco-core:description': `Custos actor ${actorId}`,
    });
    if (actor) this.relate(identity, this.organization(actor.state, actor.organisation), 'Member_Of');
    return identity;
  }

  /** An authority of a state: an actor's organisation, or a disclosure's addressee, which has no actor. */
  organization(state: string, name: string): string {
    return this.put({
      '@id': this.id('organization', `${state}/${name}`),
      '@type': 'uco-identity:Organization',
      'uco-core:name': name,
      'uco-core:description': `an authority of ${state} (ISO 3166-1)`,
    });
  }

  /** The role an actor acted in: a node per actor and role, held by the actor's identity (as CASE's examples do). */
  role(actorId: string, actor: Actor | undefined, role: string): string {
    const identity = this.identity(actorId, actor);
    const node = this.put({
      '@id': this.id('role', `${actorId}/${role}`),
      '@type': 'uco-role:Role',
      'uco-core:name': role,
      'uco-core:description': `${actor?.name ?? actorId} as ${role}`,
    });
    this.relate(identity, node, 'Has_Role');
    return node;
  }

  location(name: string): string {
    return this.put({
      '@id': this.id('location', name),
      '@type': 'uco-location:Location',
      'uco-core:name': name,
    });
  }

  tool(name: string, version: string): string {
    return this.put({
      '@id': this.id('tool', `${name}/${version}`),
      '@type': 'uco-tool:Tool',
      'uco-core:name': name,
      'uco-tool:version': version,
    });
  }

  authorization(key: string, type: string, identifier: string, description?: string): string {
    return this.put({
      '@id': this.id('authorization', key),
      '@type': 'case-investigation:Authorization',
      'case-investigation:authorizationType': type,
      'case-investigation:authorizationIdentifier': [identifier],
      ...(description ? { 'uco-core:description': description } : {}),
    });
  }

  /** An item: its content's size, media type and hashes (uco-types:Hash, hexBinary). */
  item(
    itemId: string,
    d: { description: string; mediaType: string; size: number; digests: Record<string, string | undefined> },
  ): string {
    const hashes = Object.entries(d.digests).flatMap(([alg, hex]) =>
      hex === undefined
        ? []
        : [
            this.put({
              '@id': this.id('hash', `${itemId}/${alg}`),
              '@type': 'uco-types:Hash',
              'uco-types:hashMethod': HASH_METHODS[alg] ?? alg.toUpperCase(),
              'uco-types:hashValue': { '@type': 'xsd:hexBinary', '@value': hex },
            }),
          ],
    );
    return this.put({
      '@id': this.id('item', itemId),
      '@type': 'uco-observable:ObservableObject',
      'uco-core:name': itemId,
      'uco-core:description': d.description,
      'uco-core:hasFacet': [
        ref(
          this.put({
            '@id': this.id('content-data-facet', itemId),
            '@type': 'uco-observable:ContentDataFacet',
            'uco-observable:sizeInBytes': d.size,
            'uco-observable:mimeType': d.mediaType,
            'uco-observable:hash': hashes.map(ref),
          }),
        ),
      ],
    });
  }

  /** What the item is after a log entry: the record an action yields, and the next one takes. */
  provenanceRecord(itemId: string, index: number, exhibit: string | undefined): string {
    return this.put({
      '@id': this.id('provenance-record', `${itemId}/${index}`),
      '@type': 'case-investigation:ProvenanceRecord',
      'uco-core:description': `item ${itemId} as log entry ${index} leaves it`,
      ...(exhibit ? { 'case-investigation:exhibitNumber': exhibit } : {}),
      'uco-core:object': [ref(this.id('item', itemId))],
    });
  }
}
