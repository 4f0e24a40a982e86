/**
 * CASE/UCO 1.4 export (issue 16): the export of a demo item (`npm run demo`, its first seized
 * item) with its derivative — seized under a warrant, sealed, stored, imaged in a lab, the image
 * examined and disclosed to Germany under an MLA request with conditions on use, then passed on
 * to the BKA with France's consent — validates against the CASE 1.4.0 ontology and SHACL shapes
 * (SHACL-SPARQL included) and the Custos export profile with no violation, as the API serves it;
 * every action names its performer, and its log entry by index and leaf hash; a broken export is
 * reported with the shape it violates. (The file took 53 s, 15 s of it CPU, on a machine loaded 7-fold:
 * the demo, loading the shapes, and two validations.)
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { exportCase } from '../../../src/core/case-uco/export-case.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../../src/core/verify/verify-bundle.ts';
import { caseViolations } from '../../support/case-validator.ts';
import { httpGet } from '../../support/http-client.ts';
import { LedgerClient } from '../../support/ledger-client.ts';
import { startService } from '../../support/service-fixture.ts';
import { removeTempDirs } from '../../support/temp-dir.ts';

type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] };
const DEMO = new URL('../../../scripts/demo.ts', import.meta.url).pathname;

describe('CASE/UCO export', function () {
  this.timeout(180_000);
  let bundle: Bundle;
  /** What GET /v1/items/{id}/case.jsonld served for the same item. */
  let served: unknown;
  let phone: { id: string; digests: { sha256: string } };

  before(async () => {
    const run = await startService();
    try {
      await promisify(execFile)(process.execPath, ['--import=tsx/esm', DEMO], {
        env: { ...process.env, CUSTOS_URL: run.base, CUSTOS_KEYS_DIR: run.config.keysDir, DEMO_ITEMS: '1' },
      });
      const c = LedgerClient.asAdminOf(run);
      const items = (await c.get('/v1/items', 'admin')).json() as {
        items: { id: string; parent?: string; digests: { sha256: string } }[];
      };
      phone = items.items.find((i) => i.parent === undefined)!;
      bundle = (await c.get(`/v1/items/${phone.id}/bundle?derivatives=true`, 'admin')).json() as Bundle;
      const res = await c.get(`/v1/items/${phone.id}/case.jsonld?derivatives=true`, 'admin');
      expect(res.status, res.text).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^application\/ld\+json/);
      served = res.json();
      const logKey = (await httpGet(run.base, '/log/key')).text.trim();
      expect(verifyBundle(bundle, { logKey }).verdict).to.equal('verified');
    } finally {
      await run.service.close();
      await removeTempDirs();
    }
  });

  const nodes = (doc: { '@graph': Node[] }, type: string) =>
    doc['@graph'].filter((n) => ([] as string[]).concat(n['@type']).includes(type));

  it('validates against CASE 1.4.0 and the Custos profile with no violation, as the API serves it', async () => {
    expect(served).to.deep.equal(exportCase(bundle));
    expect(await caseViolations(served)).to.deep.equal([]);
  });

  it('maps seizure, sealing, transfer, receipt, acquisition of a copy, examination and the disclosure abroad, each linked to its log entry', () => {
    const doc = exportCase(bundle);
    const actions = nodes(doc, 'case-investigation:InvestigativeAction');
    const names = actions.map((a) => a['uco-core:name']);
    for (const name of [
      'seized',
      'sealed',
      'transferred',
      'custody-receive',
      'acquired',
      'examined',
      'disclosed',
    ])
      expect(names).to.include(name);
    const byIndex = new Map(bundle.entries.map((e) => [e.entry.index as number, e.entry]));
    const refs = new Map(nodes(doc, 'uco-core:ExternalReference').map((r) => [r['@id'], r]));
    for (const a of actions) {
      expect(a['uco-action:performer'], String(a['@id'])).to.have.property('@id');
      const link = refs.get((a['uco-core:externalReference'] as { '@id': string }[])[0]!['@id'])!;
      const [, index, leafHash] = /^entry (\d+), leaf hash (\S+)$/.exec(
        link['uco-core:externalIdentifier'] as string,
      )!;
      expect(byIndex.has(Number(index)), `entry ${index}`).to.equal(true);
      expect(leafHash).to.match(/^[A-Za-z0-9+/]{43}=$/);
      expect(link['uco-core:definingContext']).to.include(bundle.log.origin);
    }
    const disclosure = actions.find((a) => a['uco-core:name'] === 'disclosed')!;
    expect(disclosure['uco-action:participant']).to.deep.equal([{ '@id': 'kb:identity-de-bfj-weber' }]);
    // The onward transfer to the BKA, with France's consent, is the image's too.
    expect(actions.map((a) => a['uco-core:name'])).to.include('use-consented');
    const exhibits = nodes(doc, 'case-investigation:ProvenanceRecord').map(
      (r) => r['case-investigation:exhibitNumber'],
    );
    expect(exhibits.some((e) => typeof e === 'string' && /^OFAC-[0-9a-f]{4}-0$/.test(e))).to.equal(true);
    const hash = nodes(doc, 'uco-types:Hash').find(
      (h) => h['@id'] === `kb:hash-${encodeURIComponent(phone.id)}%2Fsha256`,
    )!;
    expect(hash).to.deep.include({ 'uco-types:hashMethod': 'SHA256' });
    expect(hash['uco-types:hashValue']).to.deep.equal({
      '@type': 'xsd:hexBinary',
      '@value': phone.digests.sha256,
    });
  });

  // One validation for every breakage: each validation of this export takes seconds.
  it('reports a hash without its algorithm and an action without a performer by the shapes they break, CASE’s SHACL-SPARQL constraints (grouped queries included) and the profile’s alike', async () => {
    const doc = exportCase(bundle);
    const hash = nodes(doc, 'uco-types:Hash')[0]!;
    delete hash['uco-types:hashMethod'];
    const action = nodes(doc, 'case-investigation:InvestigativeAction')[1]!;
    delete action['uco-action:performer'];
    const [first, second] = nodes(doc, 'uco-observable:ObservableObject');
    // A facet two objects share (uco-core:hasFacet's SPARQL constraint).
    second!['uco-core:hasFacet'] = [
      ...(second!['uco-core:hasFacet'] as unknown[]),
      ...(first!['uco-core:hasFacet'] as unknown[]),
    ];
    // A proper dictionary with a repeated key (SELECT $this ?value … GROUP BY ?value HAVING …).
    doc['@graph'].push(
      {
        '@id': 'kb:dictionary-1',
        '@type': 'uco-types:ProperDictionary',
        'uco-types:entry': [{ '@id': 'kb:entry-1' }, { '@id': 'kb:entry-2' }],
      },
      ...['kb:entry-1', 'kb:entry-2'].map((id) => ({
        '@id': id,
        '@type': 'uco-types:DictionaryEntry',
        'uco-types:key': 'tool',
        'uco-types:value': id,
      })),
    );
    const found = await caseViolations(doc);
    expect(
      found.map((v) => [v.focusNode.replace(/^urn:custos:[^:]+:/, 'kb:'), v.shape]),
    ).to.deep.include.members([
      [
        hash['@id'],
        'https://ontology.unifiedcyberontology.org/uco/types/Hash › https://ontology.unifiedcyberontology.org/uco/types/hashMethod',
      ],
      [action['@id'], 'urn:custos:case-profile#action-performer'],
    ]);
    const shapes = found.map((v) => v.shape);
    // The profile's SHACL-SPARQL constraint: that item's content no longer has a SHA-256.
    expect(shapes).to.include('urn:custos:case-profile#content-sha256-shape');
    expect(shapes).to.include('https://ontology.unifiedcyberontology.org/uco/core/hasFacet-shape');
    const repeated = found.find(
      (v) => v.shape === 'https://ontology.unifiedcyberontology.org/uco/types/ProperDictionary',
    );
    expect(repeated?.message).to.include('can appear no more than once');
  });
});
