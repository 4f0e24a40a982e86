/**
 * Review (docs as the contract): docs/threat-model.md names, as the tests of its mechanisms,
 * `test/verify/bundle.test.ts` and `test/cli/report-tsa-pages.test.ts`, and docs/bundle.md the
 * latter too; neither exists. A reader checking a mechanism against its test finds nothing, and
 * nothing keeps these names true (the registered-derivatives row had the same fault until
 * 00069c0). Every test file the docs cite must exist.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';

describe('review: the test files the docs cite', () => {
  it('all exist', async () => {
    const root = new URL('../../', import.meta.url).pathname;
    const docs = (await readdir(join(root, 'docs'))).filter((f) => f.endsWith('.md'));
    const missing: string[] = [];
    for (const doc of [...docs.map((d) => join('docs', d)), 'README.md']) {
      const text = await readFile(join(root, doc), 'utf8');
      for (const [path] of text.matchAll(/test\/[A-Za-z0-9_./-]+\.test\.ts/g))
        if (!existsSync(join(root, path))) missing.push(`${doc}: ${path}`);
    }
    expect([...new Set(missing)]).to.deep.equal([]);
  });
});
