import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { renderApiMarkdown } from '../src/http/api-docs.ts';
import { VERSION } from '../src/service.ts';

const root = new URL('..', import.meta.url).pathname;
const read = (p: string) => readFileSync(join(root, p), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('documentation', () => {
  it('keeps docs/api.md generated from the OpenAPI document (run npm run docs:api)', () => {
    expect(read('docs/api.md')).to.equal(renderApiMarkdown(VERSION));
  });

  it('documents every rule code the ledger can refuse with in docs/rules.md', () => {
    const rules = read('docs/rules.md');
    const codes = new Set<string>();
    for (const file of sources('src/core/ledger')) {
      const text = read(file);
      for (const m of text.matchAll(/(?:refuse|forbid|conflict|RuleViolation)\(\s*'([a-z_]+)'/g))
        codes.add(m[1]!);
      for (const m of text.matchAll(/\?\s*'([a-z_]+)'\s*:\s*'([a-z_]+)'/g)) codes.add(m[1]!).add(m[2]!);
    }
    expect(codes.size).to.be.greaterThan(30);
    const missing = [...codes].filter((c) => !rules.includes(`\`${c}\``));
    expect(missing).to.deep.equal([]);
  });
});
