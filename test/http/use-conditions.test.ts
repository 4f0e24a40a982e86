/**
 * Conditions on use through the real service (issue 16): a conditioned disclosure, an onward
 * transfer the server refuses (writing nothing), the provider's consent, then the transfer.
 * A copy made by the recipient is bound as the original was at the copy; the server rebuilds
 * both items from the store to the states it reached live; the bundle verifies offline
 * and its timeline prints the conditions in full.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { fromBase64 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { type TrustPolicy, verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { formatPrivateKeyPem } from '../../src/keyring/key-files.ts';
import { caseViolations } from '../support/case-validator.ts';
import { runCli } from '../support/cli-runner.ts';
import { httpGet } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const PHONE = 'fr-inv~phone';
const IMAGE = 'de-bka~image';
const PURPOSE = 'the German fraud proceedings 2027/114';
const SSS = 'State Security Service of the Republic of Azerbaijan';

describe('conditions on use through the service', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  let trust: TrustPolicy;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  const event = async (type: string, fields: Record<string, unknown>, as: string, item = PHONE) =>
    c.post('custody.event', { item, type, prev: await c.prev(item, as), occurredAt: now(), ...fields }, as);
  const ok = async (type: string, fields: Record<string, unknown>, as: string, item = PHONE) => {
    const res = await event(type, fields, as, item);
    expect(res.status, res.text).to.equal(201);
  };
  const receive = (as: string) =>
    ok('received', { digests: { sha256: digestOf(PHONE) }, result: 'match' }, as);

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    trust = { logKey: (await httpGet(run.base, '/log/key')).text.trim() };
    await c.register('fr-inv', ['investigator']);
    await c.register('fr-ca', ['central-authority'], 'FR', 'FR ministry of justice');
    await c.register('de-ca', ['central-authority'], 'DE', 'DE federal office of justice');
    await c.register('de-bka', ['investigator', 'examiner'], 'DE', 'DE federal police');
    await c.openCase('fr-inv~c1', 'fr-inv');
    const head = (await c.get('/v1/cases/fr-inv~c1', 'fr-inv')).json() as {
      case: { head: { leafHash: string } };
    };
    await c.ok(
      'case.access-granted',
      { case: 'fr-inv~c1', actor: 'fr-ca', reason: 'MLA', prev: head.case.head.leafHash },
      'fr-inv',
    );
    await c.ok(
      'request.recorded',
      {
        id: 'fr-ca~mla-1',
        case: 'fr-inv~c1',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'BfJ',
        requestedAuthority: 'BEPI',
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: 'DE-1',
        dated: now(),
        summary: 'the phone',
      },
      'fr-ca',
    );
    await c.seize(PHONE, 'fr-inv~c1', 'fr-inv');
    await ok('handed-over', { to: 'fr-ca', purpose: 'MLA execution' }, 'fr-inv');
    await receive('fr-ca');
    await ok(
      'disclosed',
      {
        to: 'de-ca',
        request: 'fr-ca~mla-1',
        scope: 'full image',
        conditionsOnUse: {
          purposes: [PURPOSE],
          onwardTransfer: 'consent-required',
          evidenceUse: 'consent-required',
          retainUntil: '2028-01-01T00:00:00Z',
        },
      },
      'fr-ca',
    );
    await receive('de-ca');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('refuses the onward transfer without consent and writes nothing; allows it after the consent', async () => {
    const before = size();
    const res = await event('handed-over', { to: 'de-bka', purpose: PURPOSE }, 'de-ca');
    expect(res.status, res.text).to.equal(422);
    expect((res.json() as { code: string }).code).to.equal('consent_required');
    expect(size()).to.equal(before);
    const byRecipient = await event(
      'use-consented',
      { consent: { scope: 'onward-transfer', to: 'de-bka' }, reason: 'self-serving' },
      'de-ca',
    );
    expect((byRecipient.json() as { code: string }).code).to.equal('not_provider');
    await ok(
      'use-consented',
      { consent: { scope: 'onward-transfer', to: 'de-bka' }, reason: 'letter 31' },
      'fr-ca',
    );
    await ok('handed-over', { to: 'de-bka', purpose: PURPOSE }, 'de-ca');
    await receive('de-bka');
  });

  it('binds a copy as the original stood at the copy, and rebuilds both from the store as they were live', async () => {
    await ok(
      'copied',
      {
        derivative: {
          id: IMAGE,
          description: 'image',
          mediaType: 'application/octet-stream',
          size: 10,
          digests: { sha256: 'b'.repeat(64) },
        },
        tool: { name: 'dd', version: '9.4' },
        method: 'image',
      },
      'de-bka',
    );
    // A consent on the original after the copy does not reach the copy.
    await ok(
      'use-consented',
      { consent: { scope: 'purpose', purpose: 'tax audit' }, reason: 'letter 32' },
      'fr-ca',
    );
    const examine = (item: string) =>
      event('examined', { purpose: 'tax audit', tool: { name: 'xry', version: '10' } }, 'de-bka', item);
    expect((await examine(PHONE)).status).to.equal(201);
    expect(((await examine(IMAGE)).json() as { code: string }).code).to.equal('purpose_not_permitted');

    const states = run.service.ledger.states;
    const refs = [
      { kind: 'item' as const, id: PHONE },
      { kind: 'item' as const, id: IMAGE },
    ];
    const pick = async () => {
      const loaded = await states.load(refs);
      return refs.map((r) => loaded.get(`item:${r.id}`));
    };
    const live = await pick();
    states.forgetAll();
    const rebuilt = await pick();
    expect(rebuilt[1]).to.have.property('conditions').with.length(1);
    expect(JSON.parse(JSON.stringify(rebuilt))).to.deep.equal(JSON.parse(JSON.stringify(live)));
  });

  it("records a consent to transfer onward to another state's authority by its designation, and refuses one to an authority not designated", async () => {
    const designation = await c.ok(
      'authority.designated',
      {
        state: 'AZ',
        authority: SSS,
        roles: ['central-authority-mla'],
        instrument: 'ETS-185',
        reference: 'declaration on ratification',
        validFrom: '2026-01-01T00:00:00Z',
      },
      run.config.adminId,
    );
    const consent = (addressee: Record<string, unknown>) =>
      event(
        'use-consented',
        { consent: { scope: 'onward-transfer', addressee }, reason: 'letter 33' },
        'fr-ca',
      );
    const before = size();
    for (const addressee of [
      { state: 'AZ', authority: 'Prosecutor General of Azerbaijan', designation: designation.index },
      { state: 'AZ', authority: SSS, designation: designation.index - 1 },
    ]) {
      const res = await consent(addressee);
      expect(res.status, res.text).to.equal(422);
      expect((res.json() as { code: string }).code).to.equal('not_designated');
    }
    expect(size()).to.equal(before);
    const res = await consent({ state: 'AZ', authority: SSS, designation: designation.index });
    expect(res.status, res.text).to.equal(201);
    const item = (await c.get(`/v1/items/${PHONE}`, 'de-bka')).json() as {
      item: { conditions: { consents: { addressee?: unknown }[] }[] };
    };
    expect(item.item.conditions[0]!.consents.at(-1)!.addressee).to.deep.equal({
      state: 'AZ',
      authority: SSS,
      designation: designation.index,
    });
    // In CASE/UCO the SSS, which has no actor here, is the consent's participant as an Organization.
    const doc = (await c.get(`/v1/items/${PHONE}/case.jsonld`, 'de-bka')).json() as {
      '@graph': Record<string, unknown>[];
    };
    const consented = doc['@graph'].filter(
      (n) =>
        n['@type'] === 'case-investigation:InvestigativeAction' && n['uco-core:name'] === 'use-consented',
    );
    expect(consented.at(-1)!['uco-action:participant']).to.deep.equal([
      { '@id': `kb:organization-${encodeURIComponent(`AZ/${SSS}`)}` },
    ]);
    expect(await caseViolations(doc)).to.deep.equal([]);
  });

  it('records that consent through custos consent --onward-to-state --onward-to-authority, naming the entry in force, and refuses an authority with no designation before signing', async () => {
    const dir = await tempDir('custos-consent-cli');
    const fr = c.cast.get('fr-ca');
    const key = join(dir, 'fr-ca.key');
    await writeFile(key, formatPrivateKeyPem({ seed: fr.seed, publicKey: fromBase64(fr.publicKey) }), {
      mode: 0o600,
    });
    const env = {
      CUSTOS_URL: run.base,
      CUSTOS_ACTOR: fr.id,
      CUSTOS_KEY: key,
      CUSTOS_CONFIG: join(dir, 'c.json'),
    };
    const args = ['consent', PHONE, '--reason', 'letter 34', '--onward-to-state', 'az'];
    const before = size();
    const undesignated = await runCli([...args, '--onward-to-authority', 'Prosecutor General'], env);
    expect(undesignated.code).to.not.equal(0);
    expect(undesignated.stderr).to.include('no designation of "Prosecutor General" by AZ');
    const both = await runCli([...args, '--onward-to-authority', SSS, '--onward-to', 'de-bka'], env);
    expect(both.code, both.stderr).to.equal(2);
    expect(size()).to.equal(before);
    const done = await runCli([...args, '--onward-to-authority', SSS], env);
    expect(done.code, done.stderr).to.equal(0);
    const item = (await c.get(`/v1/items/${PHONE}`, 'de-bka')).json() as {
      item: { conditions: { consents: { addressee?: unknown; reason?: string }[] }[] };
    };
    const designated = (await c.get('/v1/designations/AZ', 'fr-ca')).json() as {
      authorities: { authority: string; entry: number }[];
    };
    expect(item.item.conditions[0]!.consents.at(-1)!.addressee).to.deep.equal({
      state: 'AZ',
      authority: SSS,
      designation: designated.authorities.find((a) => a.authority === SSS)!.entry,
    });
  });

  it("exports the item's bundle, which verifies and prints the conditions in full", async () => {
    const bundle = (await c.get(`/v1/items/${PHONE}/bundle?derivatives=true`, 'de-bka')).json() as Bundle;
    const result = verifyBundle(bundle, trust);
    expect(result.checks.filter((x) => x.status === 'fail')).to.deep.equal([]);
    const disclosed = result.timeline.find((t) => t.type === 'disclosed');
    expect(disclosed?.summary).to.include(`permitted purposes: ${PURPOSE}`);
    expect(disclosed?.summary).to.include('onward transfer: only with the provider’s consent');
    expect(disclosed?.summary).to.include('retain no longer than 2028-01-01T00:00:00Z');
    // The consent to Azerbaijan's SSS replays offline: the bundle carries Azerbaijan's designations.
    expect(bundle.completeness?.subjects.some((x) => x.kind === 'designations' && x.id === 'AZ')).to.equal(
      true,
    );
    const consented = result.timeline.filter((t) => t.type === 'use-consented').map((t) => t.summary);
    expect(consented).to.include(
      `consent by the providing state to transfer onward to ${SSS} (AZ, designated by entry ${bundle.entries.find((e) => e.entry.kind === 'authority.designated')!.entry.index}): letter 33`,
    );
  });
});
