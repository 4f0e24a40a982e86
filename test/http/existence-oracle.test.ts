/**
 * Issue 21, finding 5: no answer to a write may depend on whether a case, item or request the
 * signer may not read exists. Through the real HTTP service, every write an outsider could use
 * as a probe is sent twice — naming something that exists and something that does not — and
 * the two answers must be the same, with the log unchanged.
 */
import { expect } from 'chai';
import type { HttpResult } from '../support/http-client.ts';
import { digestOf, LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const FUTURE = () => new Date(Date.now() + 365 * 24 * 3600_000).toISOString();

describe('refusals that reveal nothing (issue 21: no existence oracle)', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  /** The problem document without what differs per request (its id, the clock), the probed id blanked. */
  const answer = (res: HttpResult, probed: string) => {
    const { requestId: _r, instance: _i, ...rest } = res.json() as Record<string, unknown>;
    const text = JSON.stringify(rest)
      .replaceAll(probed, 'ID')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
    return { status: res.status, ...JSON.parse(text) };
  };
  /** Sends the probe for an id that exists and for one that does not; both answers must be one. */
  const sameAnswer = async (
    probe: (id: string) => Promise<HttpResult>,
    existing: string,
    missing: string,
  ) => {
    const before = size();
    const a = answer(await probe(existing), existing);
    const b = answer(await probe(missing), missing);
    expect(a, `probing ${existing} and ${missing}`).to.deep.equal(b);
    expect(size()).to.equal(before);
    return a;
  };
  const item = (id: string, inCase: string, extra: Record<string, unknown> = {}) => ({
    id,
    case: inCase,
    description: 'x',
    mediaType: 'application/octet-stream',
    size: 1,
    digests: { sha256: digestOf('x') },
    origin: { method: 'seizure' },
    collectedBy: 'nl-inv',
    collectedAt: now(),
    ...extra,
  });

  before(async () => {
    run = await startService();
    c = LedgerClient.asAdminOf(run);
    await c.register('fr-inv', ['investigator']);
    await c.register('fr-ca', ['central-authority']);
    await c.register('nl-inv', ['investigator', 'central-authority'], 'NL');
    await c.openCase('fr-inv~case-1', 'fr-inv');
    await c.seize('fr-inv~disk-1', 'fr-inv~case-1', 'fr-inv');
    const head = (
      (await c.get('/v1/cases/fr-inv~case-1', 'fr-inv')).json() as { case: { head: { leafHash: string } } }
    ).case.head.leafHash;
    await c.ok(
      'case.access-granted',
      { case: 'fr-inv~case-1', actor: 'fr-ca', reason: 'MLA', prev: head },
      'fr-inv',
    );
    await c.ok(
      'request.recorded',
      {
        id: 'fr-ca~mla-1',
        case: 'fr-inv~case-1',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'BfJ',
        requestedAuthority: 'BEPI',
        legalBasis: { instrument: 'UNCC', article: '40' },
        reference: 'R-1',
        dated: now(),
        summary: 'x',
      },
      'fr-ca',
    );
    // The outsider's own case and item, to file its probes under.
    await c.openCase('nl-inv~own', 'nl-inv');
    await c.ok('evidence.registered', item('nl-inv~mine', 'nl-inv~own'), 'nl-inv');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it("answers the review's probe — a registration under another's id, dated in the future — the same whether the id exists or not", async () => {
    const opened = await sameAnswer(
      (id) =>
        c.post(
          'case.opened',
          { id, reference: 'R', title: 'T', offence: { description: 'x' }, openedAt: FUTURE() },
          'nl-inv',
        ),
      'fr-inv~case-1',
      'fr-inv~case-7',
    );
    expect(opened).to.include({ status: 403, code: 'id_namespace' });
    const registered = await sameAnswer(
      (id) => c.post('evidence.registered', item(id, 'nl-inv~own', { collectedAt: FUTURE() }), 'nl-inv'),
      'fr-inv~disk-1',
      'fr-inv~disk-7',
    );
    expect(registered).to.include({ status: 403, code: 'id_namespace' });
    const recorded = await sameAnswer(
      (id) =>
        c.post(
          'request.recorded',
          {
            id,
            case: 'nl-inv~own',
            type: 'spontaneous-information',
            requestingState: 'NL',
            requestedState: 'DE',
            requestingAuthority: 'OM',
            requestedAuthority: 'BfJ',
            legalBasis: { instrument: 'ETS-185', article: '26' },
            reference: 'R',
            dated: FUTURE(),
            summary: 'x',
          },
          'nl-inv',
        ),
      'fr-ca~mla-1',
      'fr-ca~mla-7',
    );
    expect(recorded).to.include({ status: 403, code: 'id_namespace' });
    const copied = await sameAnswer(
      async (id) =>
        c.post(
          'custody.event',
          {
            item: 'nl-inv~mine',
            type: 'copied',
            derivative: {
              id,
              description: 'x',
              mediaType: 'application/octet-stream',
              size: 1,
              digests: { sha256: digestOf('y') },
            },
            tool: { name: 'dd', version: '9' },
            method: 'x',
            prev: await c.prev('nl-inv~mine', 'nl-inv'),
            occurredAt: now(),
          },
          'nl-inv',
        ),
      'fr-inv~disk-1',
      'fr-inv~disk-7',
    );
    expect(copied).to.include({ status: 403, code: 'id_namespace' });
  });

  it('answers every write naming an unreadable case, item or request as one naming nothing', async () => {
    const grant = await sameAnswer(
      (id) =>
        c.post(
          'case.access-granted',
          { case: id, actor: 'nl-inv', reason: 'x', prev: digestB64() },
          'nl-inv',
        ),
      'fr-inv~case-1',
      'fr-inv~case-7',
    );
    expect(grant).to.include({ status: 403, code: 'no_access' });
    const answers = [grant];
    const more = async (...args: Parameters<typeof sameAnswer>) => answers.push(await sameAnswer(...args));
    await more(
      (id) =>
        c.post(
          'request.status-changed',
          { request: id, status: 'accepted', at: now(), prev: digestB64() },
          'nl-inv',
        ),
      'fr-ca~mla-1',
      'fr-ca~mla-7',
    );
    await more(
      (id) =>
        c.post(
          'custody.event',
          { item: id, type: 'annotated', text: 'x', prev: digestB64(), occurredAt: now() },
          'nl-inv',
        ),
      'fr-inv~disk-1',
      'fr-inv~disk-7',
    );
    await more(
      (id) => c.post('evidence.registered', item('nl-inv~probe', id, { collectedAt: now() }), 'nl-inv'),
      'fr-inv~case-1',
      'fr-inv~case-7',
    );
    await more(
      (id) =>
        c.post(
          'evidence.registered',
          item('nl-inv~probe', 'nl-inv~own', {
            origin: { method: 'derived', parent: id },
            collectedAt: now(),
          }),
          'nl-inv',
        ),
      'fr-inv~disk-1',
      'fr-inv~disk-7',
    );
    await more(
      (id) =>
        c.post(
          'evidence.registered',
          item('nl-inv~probe', 'nl-inv~own', {
            origin: { method: 'foreign-authority', request: id },
            collectedAt: now(),
          }),
          'nl-inv',
        ),
      'fr-ca~mla-1',
      'fr-ca~mla-7',
    );
    // Each probe reached the lookup, and was told only that it may not.
    for (const a of answers) expect(a).to.include({ status: 403, code: 'no_access' });
  });
});

/** A well-formed `prev` that is nobody's head. */
function digestB64(): string {
  return Buffer.alloc(32, 7).toString('base64');
}
