import { request as httpRequest } from 'node:http';
import { expect } from 'chai';
import fc from 'fast-check';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

interface Raw {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Sends exactly these bytes (fetch would normalise or refuse some of them). */
function send(base: string, r: Raw): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: r.method, path: r.path, headers: r.headers },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // Node refuses to send some malformed requests at all; the server never saw them.
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(r.body);
  });
}

const PATHS = [
  '/v1/entries',
  '/v1/entries/0',
  '/v1/entries/999999',
  '/v1/items',
  '/v1/items/inv~disk',
  '/v1/items/inv~disk/head',
  '/v1/items/inv~disk/bundle',
  '/v1/cases/inv~c1',
  '/v1/requests',
  '/v1/actors',
  '/v1/auth/challenge',
  '/v1/auth/token',
  '/v1/proofs/inclusion',
  '/v1/proofs/consistency',
  '/log/checkpoint',
  '/log/key',
  '/log/tile/0/000',
  '/log/tile/entries/000.p/1',
  '/v1/admin/backup',
  '/openapi.json',
  '/healthz',
  '/metrics',
];

describe('hostile input', function () {
  this.timeout(300_000);
  let run: RunningService;
  let valid: ReturnType<typeof signDraft>;

  before(async () => {
    // Login attempts are rate limited to 60 a minute in production; the battery needs many.
    run = await startService({}, { authRateLimit: 100_000 });
    const c = LedgerClient.asAdminOf(run);
    await c.register('inv', ['investigator']);
    await c.openCase('inv~c1', 'inv');
    await c.seize('inv~disk', 'inv~c1', 'inv');
    const inv = c.cast.get('inv');
    valid = signDraft(
      'custody.event',
      {
        item: 'inv~disk',
        type: 'annotated',
        text: 'x',
        prev: await c.prev('inv~disk', 'inv'),
        occurredAt: now(),
      },
      { actor: inv.id, seed: inv.seed },
    );
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  /** Mutations of a valid signed entry: each field replaced by something hostile. */
  const mutatedEntry = fc
    .tuple(
      fc.constantFrom(
        'kind',
        'payload',
        'signer',
        'payload.item',
        'payload.prev',
        'payload.type',
        'payload.text',
        'signer.signature',
        'signer.publicKey',
        'signer.actor',
        'extra',
      ),
      fc.oneof(
        fc.anything({ maxDepth: 3 }),
        fc.string({ maxLength: 300 }),
        fc.constantFrom(
          'AAAA',
          'AA==',
          `${'A'.repeat(42)}B=`,
          `${'A'.repeat(85)}Bw==`,
          'not base64!',
          '../../etc/passwd',
          '\u0000',
          '\ud800',
          'custody.event',
          'key.revoked',
        ),
        fc.integer(),
        fc.double(),
        fc.constant(null),
      ),
    )
    .map(([path, value]) => {
      const draft = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
      const [a, b] = path.split('.') as [string, string | undefined];
      if (b) draft[a] = { ...draft[a], [b]: value };
      else draft[a] = value as never;
      return Buffer.from(JSON.stringify(draft));
    });

  const body = fc.oneof(
    { weight: 4, arbitrary: mutatedEntry },
    fc.json().map((j) => Buffer.from(j)),
    fc.string({ maxLength: 200 }).map((s) => Buffer.from(s)),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.integer({ min: 1, max: 20_000 }).map((n) => Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`)),
    fc
      .integer({ min: 90_000, max: 400_000 })
      .map((n) => Buffer.from(JSON.stringify({ kind: 'custody.event', payload: { text: 'x'.repeat(n) } }))),
    fc.constant(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    // Built when sampled: `valid` exists only once the service has run `before`.
    fc.constant(null).map(() => Buffer.from(JSON.stringify({ ...valid, kind: 'evidence.registered' }))),
    fc.constant(null).map(() => Buffer.from(JSON.stringify(valid))),
  );

  const query = fc.oneof(
    fc.constant(''),
    fc
      .dictionary(
        fc.constantFrom(
          'index',
          'treeSize',
          'from',
          'to',
          'case',
          'limit',
          'after',
          'status',
          'derivatives',
          '__proto__',
          'index[]',
        ),
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.integer().map(String),
          fc.constantFrom('-1', '1e9', '0x10', '99999999999999999999', '%00', '..%2F'),
        ),
      )
      .map((d) => `?${new URLSearchParams(d)}`),
  );

  const path = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PATHS) },
    fc.constantFrom(
      '/log/tile/../../etc/passwd',
      '/log/tile/%2e%2e/%2e%2e/key',
      '/log/tile/0/..%2f000',
      '/log/tile/entries/..%2F000',
      '//log//checkpoint',
      '/log/tile/0/x000/000',
      '/v1/items/%00',
      '/v1/items/..%2F..%2Fkeys',
      `/v1/items/${'a'.repeat(5000)}`,
    ),
    fc.stringMatching(/^\/[a-zA-Z0-9/_.%-]{0,80}$/),
  );

  const headers = fc
    .record({
      'content-type': fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/json; charset=latin1',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        '',
      ),
      authorization: fc.oneof(
        fc.constant(''),
        fc.constant('Bearer '),
        fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
        fc.constantFrom('Basic YWRtaW46YWRtaW4=', `Bearer ${'A'.repeat(43)}`),
      ),
      'x-forwarded-for': fc.constantFrom('', '10.0.0.1', '1.1.1.1, 2.2.2.2'),
    })
    .map((h) =>
      Object.fromEntries(Object.entries(h).filter(([, v]) => v !== '' && /^[\t\x20-\x7e]*$/.test(v))),
    );

  const anything = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
    path,
    query,
    headers,
    body,
  });
  /** Most of the battery goes where writes happen: signed entries and logins. */
  const submissions = fc.record({
    method: fc.constant('POST'),
    path: fc.constantFrom(
      '/v1/entries',
      '/v1/entries',
      '/v1/entries',
      '/v1/auth/challenge',
      '/v1/auth/token',
    ),
    query: fc.constant(''),
    headers: headers.map((h) => ({ ...h, 'content-type': 'application/json' })),
    body,
  });
  const requests = fc.oneof({ weight: 3, arbitrary: submissions }, { weight: 2, arbitrary: anything });

  it('answers 10,000 generated hostile requests without a 5xx, a stack trace or a write', async () => {
    const sizeBefore = run.service.ledger.log.head().checkpoint.size;
    const samples = fc.sample(requests, { numRuns: 10_000, seed: 20261123 });
    const bad: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < samples.length; i += 50) {
      await Promise.all(
        samples.slice(i, i + 50).map(async (r) => {
          const withBody = r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH';
          const res = await send(run.base, {
            method: r.method,
            path: `${r.path}${r.query}`,
            headers: r.headers,
            ...(withBody ? { body: r.body } : {}),
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 || /\.ts:\d+|at [A-Za-z.<>]+ \(|node_modules/.test(res.body)) {
            bad.push(`${r.method} ${r.path}${r.query} → ${res.status} ${res.body.slice(0, 200)}`);
          }
        }),
      );
    }
    const replayed = await send(run.base, {
      method: 'POST',
      path: '/v1/entries',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(valid)),
    });
    console.log(
      `      statuses: ${[...statuses]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    expect(bad.slice(0, 10)).to.deep.equal([]);
    // The one valid entry in the battery may have been logged once; everything else was refused.
    const sizeAfter = run.service.ledger.log.head().checkpoint.size;
    expect(sizeAfter - sizeBefore).to.be.at.most(1);
    expect(replayed.status).to.be.oneOf([201, 409]);
    expect(run.service.ledger.log.failure()).to.equal(undefined);
  });

  it('refuses a signed entry whose body repeats a member name, even when the last value is the signed one', async () => {
    const sizeBefore = run.service.ledger.log.head().checkpoint.size;
    // JSON.parse keeps the last "text": the signed one. A reader keeping the first would show "harmless".
    const json = JSON.stringify(valid).replace('"text":', '"text":"harmless","text":');
    const res = await send(run.base, {
      method: 'POST',
      path: '/v1/entries',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(json),
    });
    expect(res.status).to.equal(400);
    expect(JSON.parse(res.body)).to.include({ code: 'bad_json' });
    expect(JSON.parse(res.body).detail).to.match(/"text" appears twice/);
    expect(run.service.ledger.log.head().checkpoint.size).to.equal(sizeBefore);
  });

  it('refuses a body holding an escaped lone UTF-16 surrogate, which a UTF-8 reader would turn into U+FFFD', async () => {
    // Raw lone surrogates cannot travel in UTF-8 at all; the escaped form can.
    const json = JSON.stringify(valid).replace('"text":"x"', '"text":"\\ud800"');
    expect(json).to.include('\\ud800');
    const res = await send(run.base, {
      method: 'POST',
      path: '/v1/entries',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(json),
    });
    expect(res.status).to.equal(400);
    expect(JSON.parse(res.body).detail).to.match(/unpaired UTF-16 surrogate/);
  });

  it('refuses a signature made for another kind of entry', async () => {
    const c = new LedgerClient(run.base);
    const res = await c.postJson('/v1/entries', { ...valid, kind: 'key.revoked' });
    expect(res.status).to.be.oneOf([400, 422]);
  });

  it('answers 429 with Retry-After when a client exceeds the rate limit', async () => {
    const limited = await startService({ rateLimit: 5 });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${limited.base}/log/checkpoint`);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    await limited.service.close();
    expect(statuses.filter((s) => s === 429).length).to.be.greaterThan(0);
    expect(Number(retryAfter)).to.be.greaterThan(0);
  });
});
