import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { ERROR_CODES, RULE_CODES } from '../src/core/error-codes.ts';
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

  it('documents every code of the one error table, with its status, and no code the table lacks', () => {
    const documented = new Map<string, string>();
    for (const page of ['docs/errors.md', 'docs/rules.md']) {
      for (const m of read(page).matchAll(/^\| ((?:`[a-z_]+`(?:, )?)+) \| ([0-9]{3}|local) \|/gm))
        for (const code of m[1]!.matchAll(/`([a-z_]+)`/g)) documented.set(code[1]!, m[2]!);
    }
    const expected = Object.entries(ERROR_CODES).map(([code, info]) => [
      code,
      info.local ? 'local' : String(info.status),
    ]);
    expect([...documented].sort()).to.deep.equal(expected.sort());
  });

  it('gives every code the ledger rules refuse with a place in the table', () => {
    const raised = new Set<string>();
    for (const file of sources('src/core/ledger'))
      for (const m of read(file).matchAll(/(?:refuse|RuleViolation)\(\s*'([a-z_]+)'/g)) raised.add(m[1]!);
    expect(raised.size).to.be.greaterThan(30);
    expect([...raised].filter((c) => !RULE_CODES.includes(c as never))).to.deep.equal([]);
  });
});
