import { request } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { signDraft } from '../../src/core/ledger/entry.ts';
import { isAppendPath } from '../../src/http/append-lane.ts';
import { httpGet, httpRequest } from '../support/http-client.ts';
import { LedgerClient, now } from '../support/ledger-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

/** POST /v1/entries is served outside Express: it must keep every promise the Express routes make. */
describe('the append lane (POST /v1/entries outside Express)', function () {
  this.timeout(60_000);
  let run: RunningService;
  let c: LedgerClient;
  const size = () => run.service.ledger.log.head().checkpoint.size;
  const annotation = async (text: string) =>
    signDraft(
      'custody.event',
      {
        item: 'inv~item-a',
        type: 'annotated',
        text,
        prev: await c.prev('inv~item-a', 'inv'),
        occurredAt: now(),
      },
      { actor: 'inv', seed: c.cast.get('inv').seed },
    );
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    httpRequest(run.base, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  before(async () => {
    // A small budget, to reach the rate limit within the test.
    run = await startService({ rateLimit: 100 });
    c = LedgerClient.asAdminOf(run);
    await c.register('inv', ['investigator']);
    await c.openCase('inv~c1', 'inv');
    await c.seize('inv~item-a', 'inv~c1', 'inv');
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('answers 201 with a Location, a request id and the same security headers as every other route', async () => {
    const res = await post('/v1/entries', JSON.stringify(await annotation('lane')));
    expect(res.status).to.equal(201);
    const done = res.json() as { index: number };
    expect(res.headers.get('location')).to.equal(`/v1/entries/${done.index}`);
    expect(res.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    expect(res.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
    const other = await httpGet(run.base, '/log/checkpoint');
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'strict-transport-security',
      'x-frame-options',
      'referrer-policy',
      'cross-origin-opener-policy',
    ]) {
      expect(res.headers.get(name), name).to.be.a('string').and.equal(other.headers.get(name));
    }
    expect(res.headers.get('x-powered-by')).to.equal(null);
  });

  it('routes the path as Express would: any case, a trailing slash, a query string', async () => {
    for (const path of ['/v1/entries/', '/V1/Entries', '/v1/entries?via=lane']) {
      const res = await post(path, JSON.stringify(await annotation(path)));
      expect(res.status, path).to.equal(201);
    }
    const other = await post('/v1/entries/extra', '{}');
    expect(other.status).to.equal(404);
    const options = await httpRequest(run.base, '/v1/entries', { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow'), options.text]).to.deep.equal([200, 'POST', 'POST']);
  });

  it('recognises request targets in absolute form and with a fragment', () => {
    for (const url of [
      'http://custos.example/v1/entries',
      'https://h:8080/V1/entries/?a=1',
      '/v1/entries#f',
    ]) {
      expect(isAppendPath(url), url).to.equal(true);
    }
    for (const url of ['/v1/entries/1', '/v1/entriesx', 'http://h/v1/entries/x', '//v1/entries', '/v1']) {
      expect(isAppendPath(url), url).to.equal(false);
    }
  });

  it('takes bodies as express.json() did: gzip, deflate or br, and a leading byte order mark', async () => {
    const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
    for (const [coding, encode] of Object.entries(encoders)) {
      const body = encode(Buffer.from(JSON.stringify(await annotation(coding))));
      const res = await httpRequest(run.base, '/v1/entries', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': coding },
        body,
      });
      expect(res.status, coding).to.equal(201);
    }
    const bom = await post('/v1/entries', `\uFEFF${JSON.stringify(await annotation('bom'))}`);
    expect(bom.status).to.equal(201);
  });

  it('refuses a compressed body that is not what it says (400), and one that inflates past the limit (413)', async () => {
    const start = size();
    const garbled = await post('/v1/entries', '{}', { 'content-encoding': 'gzip' });
    expect([garbled.status, (garbled.json() as { code: string }).code]).to.deep.equal([400, 'bad_json']);
    const bomb = gzipSync(
      Buffer.from(`{"kind":"custody.event","payload":{"text":"${'x'.repeat(4_000_000)}"}}`),
    );
    expect(bomb.length).to.be.lessThan(96 * 1024);
    const res = await httpRequest(run.base, '/v1/entries', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb,
    });
    expect([res.status, (res.json() as { code: string }).code]).to.deep.equal([413, 'payload_too_large']);
    expect(size()).to.equal(start);
  });

  it('counts appends and their outcomes in /metrics', async () => {
    const before = await httpGet(run.base, '/metrics');
    const accepted = (text: string) =>
      Number(/custos_appends_total\{outcome="accepted"\} (\d+)/.exec(text)?.[1] ?? 0);
    expect((await post('/v1/entries', JSON.stringify(await annotation('counted')))).status).to.equal(201);
    const after = await httpGet(run.base, '/metrics');
    expect(accepted(after.text)).to.equal(accepted(before.text) + 1);
    expect(after.text).to.match(
      /custos_http_requests_total\{method="POST",route="\/v1\/entries",status="2xx"\}/,
    );
    const timed = (text: string) =>
      Number(
        /custos_http_request_duration_seconds_count\{method="POST",route="\/v1\/entries"\} (\d+)/.exec(
          text,
        )?.[1],
      );
    const durable = (text: string) => Number(/custos_append_duration_seconds_count (\d+)/.exec(text)?.[1]);
    expect(timed(after.text)).to.equal(timed(before.text) + 1);
    expect(durable(after.text)).to.equal(durable(before.text) + 1);
  });

  it('refuses bodies the Express routes refuse, with the same problems, and writes nothing', async () => {
    const start = size();
    const cases: [number, string, Promise<{ status: number; json: () => unknown }>][] = [
      [400, 'bad_json', post('/v1/entries', '"a JSON string, not an object"')],
      [400, 'bad_json', post('/v1/entries', '')],
      [
        415,
        'unsupported_media_type',
        post('/v1/entries', '{}', { 'content-type': 'application/json; charset=latin1' }),
      ],
      [415, 'unsupported_media_type', post('/v1/entries', '{}', { 'content-encoding': 'compress' })],
      [400, 'schema', post('/v1/entries', '{"kind":"custody.event"}')],
    ];
    for (const [status, code, pending] of cases) {
      const res = await pending;
      expect(res.status, code).to.equal(status);
      const problem = res.json() as { code: string; instance: string; requestId: string };
      expect(problem.code).to.equal(code);
      expect(problem.instance).to.equal('/v1/entries');
      expect(problem.requestId).to.be.a('string');
    }
    expect(size()).to.equal(start);
  });

  it('refuses a body streamed past the limit without a declared length (413) and closes the connection', async () => {
    const { status, body, connection } = await new Promise<{
      status: number;
      body: string;
      connection: string | undefined;
    }>((resolve, reject) => {
      const req = request(`${run.base}/v1/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }),
        );
      });
      req.on('error', reject);
      req.write(`{"kind":"custody.event","payload":{"text":"`);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(8192));
      req.end('"}}');
    });
    expect(status).to.equal(413);
    expect(JSON.parse(body).code).to.equal('payload_too_large');
    expect(connection).to.equal('close');
  });

  it('holds the Express routes that take JSON (login) to the same body rules', async () => {
    const challenge = (body: RequestInit['body'], headers: Record<string, string>) =>
      httpRequest(run.base, '/v1/auth/challenge', { method: 'POST', headers, body });
    const json = { 'content-type': 'application/json' };
    const zipped = await challenge(new Uint8Array(gzipSync('{"actor":"inv"}')), {
      ...json,
      'content-encoding': 'gzip',
    });
    expect(zipped.status).to.equal(200);
    const cases: [number, string, Promise<{ status: number; json: () => unknown }>][] = [
      [415, 'unsupported_media_type', challenge('{"actor":"inv"}', { 'content-type': 'text/plain' })],
      [400, 'bad_json', challenge('"inv"', json)],
      [413, 'payload_too_large', challenge(`{"actor":"${'x'.repeat(200_000)}"}`, json)],
    ];
    for (const [status, code, pending] of cases) {
      const res = await pending;
      expect([res.status, (res.json() as { code: string }).code]).to.deep.equal([status, code]);
    }
  });

  it('forgets a client that goes away mid-body, writes nothing, and serves the next one', async () => {
    const start = size();
    const { port } = new URL(run.base);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /v1/entries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"kind":',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    expect(size()).to.equal(start);
    expect((await post('/v1/entries', JSON.stringify(await annotation('after an abort')))).status).to.equal(
      201,
    );
  });

  it('shares the per-address rate limit with the other routes (429 with Retry-After)', async () => {
    let res = await post('/v1/entries', '{}');
    for (let i = 0; i < 200 && res.status !== 429; i++) {
      res = i % 2 === 0 ? await httpGet(run.base, '/healthz') : await post('/v1/entries', '{}');
    }
    expect(res.status).to.equal(429);
    const appendRefused = await post('/v1/entries', '{}');
    expect(appendRefused.status).to.equal(429);
    expect((appendRefused.json() as { code: string }).code).to.equal('rate_limited');
    expect(Number(appendRefused.headers.get('retry-after'))).to.be.within(0, 60);
    expect(appendRefused.headers.get('ratelimit')).to.match(/^limit=100, remaining=0, reset=\d+$/);
  });
});
