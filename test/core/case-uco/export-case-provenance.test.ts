/**
 * CASE/UCO export, what an action takes and who performs it (docs/case-uco.md): a derived item's
 * registration takes its parent's latest provenance record and the parent as object; the
 * performer acts in the role the rules accepted, for an early disposal one of the category's
 * override roles, not merely the first role the event's table lists.
 */
import { expect } from 'chai';
import { type CaseDocument, exportCase } from '../../../src/core/case-uco/export-case.ts';
import type { Bundle } from '../../../src/core/ledger/bundle.ts';
import { caseViolations } from '../../support/case-validator.ts';
import { LedgerClient, now } from '../../support/ledger-client.ts';
import { type RunningService, startService } from '../../support/service-fixture.ts';
import { removeTempDirs } from '../../support/temp-dir.ts';

type Node = CaseDocument['@graph'][number];
const actionsOf = (doc: CaseDocument) =>
  doc['@graph'].filter((n) => n['@type'] === 'case-investigation:InvestigativeAction');
const ids = (v: unknown) => ([] as { '@id': string }[]).concat((v ?? []) as never).map((r) => r['@id']);
const performerOf = (a: Node) => (a['uco-action:performer'] as { '@id': string })['@id'];

describe('CASE/UCO export: objects of derived registrations and performers’ roles', function () {
  this.timeout(180_000);
  let run: RunningService;
  let c: LedgerClient;
  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
  });
  after(async () => {
    await run?.service.close();
    await removeTempDirs();
  });

  it('takes the parent item’s latest provenance record and the parent as object of a derived registration, and validates', async () => {
    await c.register('fr-inv', ['investigator']);
    await c.openCase('fr-inv~c1', 'fr-inv');
    await c.seize('fr-inv~disk', 'fr-inv~c1', 'fr-inv');
    // A later event of the parent: its latest record is no longer the one its seizure yielded.
    const note = await c.ok(
      'custody.event',
      {
        item: 'fr-inv~disk',
        type: 'annotated',
        prev: await c.prev('fr-inv~disk', 'fr-inv'),
        occurredAt: now(),
        text: 'label photographed',
      },
      'fr-inv',
    );
    const extract = await c.ok(
      'evidence.registered',
      {
        id: 'fr-inv~extract',
        case: 'fr-inv~c1',
        description: 'files carved from the disk',
        mediaType: 'application/zip',
        size: 10,
        digests: { sha256: 'e'.repeat(64) },
        origin: { method: 'derived', parent: 'fr-inv~disk' },
        collectedBy: 'fr-inv',
        collectedAt: now(),
      },
      'fr-inv',
    );
    const bundle = (await c.get('/v1/items/fr-inv~extract/bundle', 'fr-inv')).json() as Bundle;
    const doc = exportCase(bundle);
    const byIndex = (i: number) => actionsOf(doc).find((a) => a['@id'] === `kb:action-${i}`)!;
    const derived = byIndex(extract.index);
    expect(derived['uco-core:name']).to.equal('obtained');
    expect(ids(derived['uco-action:object'])).to.deep.equal([
      ...ids(byIndex(note.index)['uco-action:result']).filter((id) => id.startsWith('kb:provenance-record-')),
      'kb:item-fr-inv~disk',
    ]);
    expect(ids(derived['uco-action:object'])[0]).to.equal(`kb:provenance-record-fr-inv~disk%2F${note.index}`);
    expect(ids(derived['uco-action:result'])).to.deep.equal([
      `kb:provenance-record-fr-inv~extract%2F${extract.index}`,
      'kb:item-fr-inv~extract',
    ]);
    // A seizure starts its item's records: it takes nothing.
    const seizure = actionsOf(doc).find((a) => a['uco-core:name'] === 'seized')!;
    expect(seizure).not.to.have.property('uco-action:object');
    expect(await caseViolations(doc)).to.deep.equal([]);
  });

  it('names as performer of an early disposal the override role of the item’s category the signer holds, and of its other actions the first role their rule accepts', async () => {
    await c.register('fr-judge', ['investigator', 'court']);
    await c.ok(
      'retention.category-set',
      {
        category: 'criminal-10y',
        description: 'ten years',
        retainDays: 3650,
        basis: 'CPP',
        overrideRoles: ['court'],
      },
      'admin',
    );
    await c.openCase('fr-judge~c1', 'fr-judge');
    const reg = await c.ok(
      'evidence.registered',
      {
        id: 'fr-judge~phone',
        case: 'fr-judge~c1',
        description: 'a phone',
        mediaType: 'application/octet-stream',
        size: 10,
        digests: { sha256: 'a'.repeat(64) },
        origin: { method: 'seizure' },
        collectedBy: 'fr-judge',
        collectedAt: now(),
        retention: 'criminal-10y',
      },
      'fr-judge',
    );
    await c.ok(
      'custody.event',
      {
        item: 'fr-judge~phone',
        type: 'retention-overridden',
        prev: reg.leafHash,
        occurredAt: now(),
        reference: 'ORD-1',
        reason: 'returned to its owner',
      },
      'fr-judge',
    );
    const bundle = (await c.get('/v1/items/fr-judge~phone/bundle', 'fr-judge')).json() as Bundle;
    const doc = exportCase(bundle);
    const named = (name: string) => actionsOf(doc).find((a) => a['uco-core:name'] === name)!;
    expect(performerOf(named('retention-overridden'))).to.equal('kb:role-fr-judge%2Fcourt');
    // Registration accepts both of the signer's roles: the first of them is the capacity.
    expect(performerOf(named('seized'))).to.equal('kb:role-fr-judge%2Finvestigator');
    const court = doc['@graph'].find((n) => n['@id'] === 'kb:role-fr-judge%2Fcourt')!;
    expect(court['@type']).to.equal('uco-role:Role');
    expect(court['uco-core:name']).to.equal('court');
  });
});
