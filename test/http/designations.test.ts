/**
 * Designated authorities through a live service: designations recorded by the administrator,
 * read back, enforced on requests and disclosures (422 not_designated), and carried in the
 * court bundle so that the offline verifier replays the same rule.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { runCli } from '../support/cli-runner.ts';
import { recordCrossBorderStory, STORY } from '../support/cross-border-story.ts';
import { httpGet } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('designated authorities on a live service', function () {
  this.timeout(180_000);
  let run: RunningService;
  let c: LedgerClient;
  let dir: string;
  const admin = () => ({
    CUSTOS_URL: run.base,
    CUSTOS_ACTOR: run.config.adminId,
    CUSTOS_KEY: join(run.config.keysDir, 'admin.key'),
    CUSTOS_CONFIG: join(dir, 'config.json'),
  });

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    dir = await tempDir('custos-designations');
    // Through the CLI, as an administrator would: France's and Germany's central authorities.
    for (const [state, authority] of [
      ['FR', 'Ministère de la Justice – BEPI'],
      ['DE', 'Bundesamt für Justiz'],
    ] as const) {
      const res = await runCli(
        [
          'designate',
          state,
          '--authority',
          authority,
          '--role',
          'central-authority-mla',
          '--instrument',
          'ETS-185',
          '--reference',
          'declaration on ratification',
          '--valid-from',
          '2026-01-01T00:00:00+00:00',
        ],
        admin(),
      );
      expect(res.code, res.stderr).to.equal(0);
    }
    await recordCrossBorderStory(c);
  });
  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('lists a state’s designations with the entries that record them', async () => {
    const res = await runCli(['--json', 'designations', 'DE'], admin());
    expect(res.code, res.stderr).to.equal(0);
    const rows = res.json<{ authority: string; roles: string[]; entry: number }[]>();
    expect(rows.map((r) => [r.authority, r.roles])).to.deep.equal([
      ['Bundesamt für Justiz', ['central-authority-mla']],
    ]);
    const entry = await c.get(`/v1/entries/${rows[0]!.entry}`, 'de-ca');
    expect((entry.json() as { entry: { kind: string } }).entry.kind).to.equal('authority.designated');
    expect((await runCli(['designations', 'AZ'], admin())).code).to.equal(3);
  });

  it('refuses a request addressed to an authority the requested state did not designate', async () => {
    const res = await c.post(
      'request.recorded',
      {
        id: 'fr-ca~de-mla-2',
        case: STORY.case,
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'Bundesamt für Justiz',
        requestedAuthority: 'Parquet de Paris',
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: 'BfJ-2',
        dated: now(),
        summary: 'more data',
      },
      'fr-ca',
    );
    expect(res.status).to.equal(422);
    expect((res.json() as { code: string }).code).to.equal('not_designated');
  });

  it('puts the designations in the bundle, and the offline verifier replays them', async () => {
    const logKey = (await httpGet(run.base, '/log/key')).text.trim();
    const bundle = (await c.get(`/v1/items/${STORY.image}/bundle`, 'de-ca')).json() as Bundle;
    const kinds = bundle.entries.map((e) => (e.entry as { kind: string }).kind);
    expect(kinds.filter((k) => k === 'authority.designated')).to.have.length(2);
    const result = verifyBundle(bundle, { logKey });
    expect(result.checks.filter((ch) => ch.status === 'fail')).to.deep.equal([]);
  });
});
