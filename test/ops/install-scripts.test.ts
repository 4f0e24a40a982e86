/**
 * A clean `npm install` is quiet: every installed package with an install script has a decision
 * in package.json's allowScripts (npm warns about any that has none). Both denied today ship
 * prebuilt binaries: classic-level's prebuilds load through node-gyp-build at run time, and
 * esbuild's binary comes as the @esbuild/<platform> optional dependency (docs/development.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';

const root = new URL('../..', import.meta.url).pathname;

function packages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory() || e.name.startsWith('.')) return [];
    if (e.name.startsWith('@')) return packages(join(dir, e.name)).map((p) => `${e.name}/${p}`);
    return [e.name];
  });
}

describe('npm install', () => {
  it('has a decision in allowScripts for every dependency with an install script', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const decided = Object.keys(manifest.allowScripts ?? {});
    const withScripts = packages(join(root, 'node_modules')).filter((name) => {
      const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
      const s = pkg.scripts ?? {};
      return Boolean(s.preinstall || s.install || s.postinstall);
    });
    expect(withScripts).to.include('esbuild');
    expect(withScripts.filter((n) => !decided.includes(n))).to.deep.equal([]);
  });
});
