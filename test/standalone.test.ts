/**
 * The project stands on its own: no comment, doc or test cites a document that is not in the
 * repository (the brief's contract, shared notes) or a path outside it. What those documents
 * fixed is in docs/ (formats.md, api.md, model.md, bundle.md, operations.md), cited instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';

const root = new URL('..', import.meta.url).pathname;
// Spelt in pieces so that this file does not match itself.
const OUTSIDE = new RegExp(['CONTRACT(\\.md|\\s*§)', '/wo' + 'rk/', '\\.\\./sha' + 'red/'].join('|'));

describe('the repository stands on its own', () => {
  it('cites no document and no path outside the repository', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => /\.(ts|js|md|json|sh|yml|yaml|html|css)$|^\.ci\//.test(f))
      .filter((f) => !f.startsWith('test/vectors/') || f.endsWith('README.md'))
      .filter((f) => !f.startsWith('node_modules/') && f !== 'package-lock.json');
    expect(files.length).to.be.greaterThan(100);
    const offenders = files.flatMap((f) => {
      let text: string;
      try {
        text = readFileSync(`${root}${f}`, 'utf8');
      } catch {
        return []; // listed but deleted in the working tree
      }
      return text
        .split('\n')
        .flatMap((line, i) => (OUTSIDE.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(offenders).to.deep.equal([]);
  });
});
