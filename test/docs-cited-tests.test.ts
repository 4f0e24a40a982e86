/**
 * The docs are the contract, and they cite the tests that hold each mechanism to it: a reader
 * checking a mechanism against a cited test file that does not exist finds nothing, so every
 * test file the docs cite must exist (two citations had gone stale before this test).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';

describe('the test files the docs cite', () => {
  it('all exist', async () => {
    const root = new URL('../', import.meta.url).pathname;
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
