import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { KINDS } from '../../src/core/ledger/kinds.ts';
import { renderApiMarkdown } from '../../src/http/api-docs.ts';
import { APPEND_PATH, BATCH_PATH } from '../../src/http/append-lane.ts';
import { ROUTES } from '../../src/http/openapi.ts';
import { VERSION } from '../../src/service.ts';
import { httpGet, httpRequest } from '../support/http-client.ts';
import { type RunningService, startService } from '../support/service-fixture.ts';
import { removeTempDirs } from '../support/temp-dir.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** `GET /v1/items/{id}`, as the OpenAPI table writes it, for every route the source registers. */
function registeredRoutes(): string[] {
  const files = [join(SRC, 'service.ts'), ...readdirSync(join(SRC, 'http')).map((f) => join(SRC, 'http', f))];
  const found = [`POST ${APPEND_PATH}`, `POST ${BATCH_PATH}`];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.(get|post|put|patch|delete)\(\s*'(\/[^']*)'/g)) {
      const path = m[2]!
        .replace(/:(\w+)/g, '{$1}')
        // The tile routes take the whole C2SP tile path and parse it themselves.
        .replace('/log/tile/entries/*rest', '/log/tile/entries/{N}')
        .replace('/log/tile/*rest', '/log/tile/{L}/{N}');
      found.push(`${m[1]!.toUpperCase()} ${path}`);
    }
  }
  return found.sort();
}

/** A concrete request path for a documented one. */
const concrete = (path: string) =>
  path
    .replace('{L}', '0')
    .replace('{N}', '000')
    .replace('{index}', '0')
    .replace(/\{\w+\}/g, 'x');

describe('the OpenAPI document', function () {
  this.timeout(30_000);
  let run: RunningService;

  before(async () => {
    run = await startService();
  });

  after(async () => {
    await run.service.close();
    await removeTempDirs();
  });

  it('documents every route the service registers, and none it does not', () => {
    const documented = ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(documented).to.deep.equal(registeredRoutes());
  });

  it('is served at /openapi.json with a payload schema for every entry kind', async () => {
    const res = await httpGet(run.base, '/openapi.json');
    expect(res.status).to.equal(200);
    const doc = JSON.parse(res.text) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { type?: string }> };
    };
    expect(doc.openapi).to.equal('3.1.0');
    expect(Object.keys(doc.paths).sort()).to.deep.equal([...new Set(ROUTES.map((r) => r.path))].sort());
    const schemas = Object.keys(doc.components.schemas);
    expect(schemas).to.include('EntryDraft');
    for (const kind of KINDS) {
      const name = `${kind
        .split(/[.-]/)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join('')}Payload`;
      expect(schemas, kind).to.include(name);
    }
  });

  it('answers every documented route: 401 without a token where one is needed, never the catch-all 404', async () => {
    for (const route of ROUTES) {
      const path = concrete(route.path);
      const res =
        route.method === 'get'
          ? await httpGet(run.base, path)
          : await httpRequest(run.base, path, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{}',
            });
      const label = `${route.method.toUpperCase()} ${route.path}`;
      if (route.auth === 'bearer') expect(res.status, label).to.equal(401);
      else expect(res.status, label).to.be.oneOf([200, 400, 404]);
      if (res.status === 404) expect(JSON.parse(res.text).detail, label).to.not.equal('no such resource');
    }
  });

  it('is what docs/api.md says (regenerate it with npm run docs:api)', () => {
    const page = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    expect(page === renderApiMarkdown(VERSION), 'docs/api.md is stale: run npm run docs:api').to.equal(true);
  });
});
