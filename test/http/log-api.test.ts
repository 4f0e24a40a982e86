import { expect } from 'chai';
import type { RequestHandler } from 'express';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { openCheckpoint } from '../../src/core/log/checkpoint.ts';
import { verifyConsistency, verifyInclusion } from '../../src/core/log/proof-verify.ts';
import { decodeEntryBundle, formatTilePath } from '../../src/core/log/tiles.ts';
import { createApp } from '../../src/http/app.ts';
import { healthRoutes } from '../../src/http/health-routes.ts';
import { logRoutes } from '../../src/http/log-routes.ts';
import { httpGet, httpRequest } from '../support/http-client.ts';
import { openRawLog } from '../support/log-fixture.ts';
import { MemoryTree } from '../support/memory-tree.ts';
import { serve } from '../support/serve.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const allowReads: RequestHandler = (_req, _res, next) => next();
const N = 70_000;

/** The log routes over a raw log (the ledger's rules are not under test here). */
describe('log HTTP API (docs/formats.md)', function () {
  this.timeout(120_000);
  let service: Awaited<ReturnType<typeof openRawLog>>;
  let server: Awaited<ReturnType<typeof serve>>;
  let base: string;
  let tree: MemoryTree;

  before(async () => {
    service = await openRawLog();
    const { log, identity } = service;
    const app = createApp({
      routers: [
        healthRoutes({
          treeSize: () => log.head().checkpoint.size,
          failure: () => log.failure(),
          startedAtMs: Date.now(),
          now: Date.now,
        }),
        logRoutes({
          reader: log.reader,
          checkpointNote: () => log.head().note,
          verifierKey: identity.verifierKey,
          store: service.store,
          readEntries: [allowReads],
        }),
      ],
    });
    server = await serve(app);
    base = server.base;
    const entries = Array.from({ length: N }, (_, i) => new TextEncoder().encode(`tile test entry ${i}`));
    for (let i = 0; i < N; i += 5000) await Promise.all(entries.slice(i, i + 5000).map((e) => log.append(e)));
    tree = new MemoryTree(entries);
  });

  after(async () => {
    await server.close();
    await service.log.close();
    await removeTempDirs();
  });

  it('serves the signed checkpoint as text/plain, verifiable with the served key', async () => {
    const cp = await httpGet(base, '/log/checkpoint');
    expect(cp.status).to.equal(200);
    expect(cp.headers.get('content-type')).to.equal('text/plain; charset=utf-8');
    const key = await httpGet(base, '/log/key');
    expect(key.headers.get('content-type')).to.equal('text/plain; charset=utf-8');
    const { noteVerifierFromKey } = await import('../../src/core/log/note.ts');
    const { checkpoint } = openCheckpoint(cp.text, noteVerifierFromKey(key.text));
    expect(checkpoint.size).to.equal(N);
    expect(toBase64(checkpoint.rootHash)).to.equal(toBase64(tree.roots[N]!));
  });

  it(`serves every hash tile of a ${N.toLocaleString('en')}-entry log exactly as recomputed from scratch`, async () => {
    let checked = 0;
    for (let level = 0; level < 3; level++) {
      const count = Math.floor(N / 256 ** level);
      for (let index = 0; index * 256 < count; index++) {
        const width = Math.min(256, count - index * 256);
        const path = `/log/tile/${formatTilePath({ kind: 'hashes', level, index, width })}`;
        const res = await httpGet(base, path);
        expect(res.status, path).to.equal(200);
        const expected = Buffer.concat(
          Array.from({ length: width }, (_, i) => tree.node({ level: 8 * level, index: index * 256 + i })),
        );
        expect(Buffer.from(res.body).equals(expected), path).to.equal(true);
        expect(res.headers.get('content-type')).to.equal('application/octet-stream');
        if (width === 256)
          expect(res.headers.get('cache-control')).to.equal('public, max-age=31536000, immutable');
        checked++;
      }
    }
    expect(checked).to.equal(274 + 2 + 1);
  });

  it('serves entry bundles that hash to the level-0 tiles, full ones immutable and keyed on the credential', async () => {
    for (const index of [0, 100, 273]) {
      const width = index === 273 ? N - 273 * 256 : 256;
      const path = `/log/tile/${formatTilePath({ kind: 'entries', level: 0, index, width })}`;
      const res = await httpGet(base, path);
      expect(res.status, path).to.equal(200);
      const entries = decodeEntryBundle(res.body);
      expect(entries).to.have.length(width);
      expect(res.headers.get('vary')).to.match(/\bAuthorization\b/);
      expect(res.headers.get('cache-control')).to.equal(
        width === 256 ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
      );
      expect(new TextDecoder().decode(entries[0])).to.equal(`tile test entry ${index * 256}`);
    }
  });

  it('answers 404 for partial tiles wider than the tree, and for tiles beyond it', async () => {
    for (const path of [
      '0/273.p/113',
      '0/274.p/1',
      '0/274',
      '1/001.p/18',
      '2/000.p/2',
      '3/000.p/1',
      'entries/273.p/113',
    ]) {
      const res = await httpGet(base, `/log/tile/${path}`);
      expect(res.status, path).to.equal(404);
      expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
    }
  });

  it('answers 404, never 500, for malformed tile paths', async () => {
    const bad = [
      '0/1',
      '0/x000/001',
      '00/000',
      '64/000',
      '0/000.p/0',
      '0/000.p/256',
      'entries/',
      '0/../000',
      '0/%30%30%30',
      '0/000%2Fx',
      '..%2F..%2Fetc',
      '0/000/',
      'x/000',
      '-1/000',
      '0/999999999999999999999',
    ];
    for (const path of bad) {
      const res = await httpGet(base, `/log/tile/${path}`);
      expect(res.status, path).to.be.oneOf([400, 404]);
      expect(res.headers.get('content-type'), path).to.match(/^application\/problem\+json/);
    }
  });

  it('serves inclusion proofs that verify, defaulting treeSize to the head', async () => {
    const cp = openCheckpoint(
      (await httpGet(base, '/log/checkpoint')).text,
      service.identity.verifier,
    ).checkpoint;
    for (const index of [0, 1, 255, 256, 12345, N - 1]) {
      const res = await httpGet(base, `/v1/proofs/inclusion?index=${index}`);
      expect(res.status).to.equal(200);
      const body = res.json() as { index: number; treeSize: number; leafHash: string; proof: string[] };
      expect(body.treeSize).to.equal(N);
      verifyInclusion(
        fromBase64(body.leafHash),
        index,
        N,
        body.proof.map((p) => fromBase64(p)),
        cp.rootHash,
      );
    }
    const old = await httpGet(base, '/v1/proofs/inclusion?index=5&treeSize=1000');
    const body = old.json() as { leafHash: string; proof: string[] };
    verifyInclusion(
      fromBase64(body.leafHash),
      5,
      1000,
      body.proof.map((p) => fromBase64(p)),
      tree.roots[1000]!,
    );
  });

  it('serves consistency proofs that verify', async () => {
    for (const [from, to] of [
      [1, N],
      [1000, 70_000],
      [65_536, N],
      [N, N],
      [0, 10],
    ] as const) {
      const res = await httpGet(base, `/v1/proofs/consistency?from=${from}&to=${to}`);
      expect(res.status).to.equal(200);
      const body = res.json() as { from: number; to: number; proof: string[] };
      expect([body.from, body.to]).to.deep.equal([from, to]);
      if (from > 0)
        verifyConsistency(
          from,
          to,
          body.proof.map((p) => fromBase64(p)),
          tree.roots[from]!,
          tree.roots[to]!,
        );
      else expect(body.proof).to.deep.equal([]);
    }
  });

  it('answers 400 problem+json, never 500, for bad proof parameters, and writes nothing', async () => {
    const bad = [
      '/v1/proofs/inclusion',
      '/v1/proofs/inclusion?index=-1',
      '/v1/proofs/inclusion?index=abc',
      '/v1/proofs/inclusion?index=1e3',
      '/v1/proofs/inclusion?index=01',
      `/v1/proofs/inclusion?index=${N}`,
      '/v1/proofs/inclusion?index=1&treeSize=0',
      `/v1/proofs/inclusion?index=1&treeSize=${N + 1}`,
      '/v1/proofs/inclusion?index=99999999999999999999',
      '/v1/proofs/inclusion?index=1&index=2',
      '/v1/proofs/inclusion?index=%00',
      '/v1/proofs/inclusion?index[a]=1',
      '/v1/proofs/consistency?from=5&to=4',
      '/v1/proofs/consistency?from=1',
      `/v1/proofs/consistency?from=1&to=${N + 1}`,
      '/v1/proofs/consistency?from=-0&to=5',
      '/v1/proofs/consistency?from=%20&to=5',
      '/v1/proofs/consistency?from=9007199254740993&to=1',
    ];
    const before = service.log.head().checkpoint.size;
    for (const path of bad) {
      const res = await httpGet(base, path);
      expect(res.status, path).to.equal(400);
      expect(res.headers.get('content-type'), path).to.match(/^application\/problem\+json/);
      const problem = res.json() as { status: number; code: string; detail: string };
      expect(problem.status).to.equal(400);
      expect(problem.detail)
        .to.be.a('string')
        .and.not.match(/at .*\.ts:\d+/);
    }
    expect(service.log.head().checkpoint.size).to.equal(before);
  });

  it('reports health', async () => {
    const res = await httpGet(base, '/healthz');
    expect(res.status).to.equal(200);
    expect(res.json()).to.include({ status: 'ok', treeSize: N });
  });

  it('answers unknown routes and methods with 404 problem+json', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['POST', '/log/checkpoint'],
      ['DELETE', '/log/tile/0/000'],
    ]) {
      const res = await httpRequest(base, path!, { method });
      expect(res.status, `${method} ${path}`).to.equal(404);
      expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
    }
  });
});
