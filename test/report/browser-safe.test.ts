import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';

describe('the report PDF reader in browsers', () => {
  it('imports only pdf-lib, @noble/hashes and the core', () => {
    const source = readFileSync(new URL('../../src/report/pdf-bundle.ts', import.meta.url), 'utf8');
    const specs = [...source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) =>
      m[1] ? `type ${m[2]}` : m[2]!,
    );
    expect(specs.length).to.be.greaterThan(0);
    for (const spec of specs)
      expect(spec, spec).to.match(/^(type )?(pdf-lib|@noble\/hashes\/.+|\.\.\/core\/.+)$/);
  });
});

describe('the report renderer in browsers', () => {
  it('reads no file: only node-font-source.ts, its Node edge, imports a node: module', () => {
    const dir = new URL('../../src/report/', import.meta.url);
    const nodeUsers = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+['"]node:/.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(nodeUsers).to.deep.equal(['node-font-source.ts']);
  });
});
