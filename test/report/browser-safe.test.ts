import { readFileSync } from 'node:fs';
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
