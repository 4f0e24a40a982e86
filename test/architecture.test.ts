import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'chai';

const SRC = new URL('../src/', import.meta.url).pathname;

/** What each layer may import: folders of src/ and packages. The core depends on nothing of ours. */
const ALLOWED: Record<string, { layers: string[]; packages: RegExp }> = {
  core: { layers: ['core'], packages: /^(@noble\/(hashes|ed25519)|canonicalize|zod)(\/|$)/ },
  crypto: { layers: ['core', 'crypto'], packages: /^node:crypto$/ },
  storage: { layers: ['core', 'storage'], packages: /^(level|node:.*)$/ },
  log: { layers: ['core', 'storage', 'log'], packages: /^node:/ },
  keyring: { layers: ['core', 'crypto', 'log', 'keyring'], packages: /^node:/ },
  ledger: { layers: ['core', 'crypto', 'storage', 'log', 'ledger'], packages: /^node:/ },
  auth: { layers: ['core', 'auth'], packages: /^node:crypto$/ },
  // The verifier runs in browsers: the core and nothing else.
  verify: { layers: ['core', 'verify'], packages: /^$/ },
  // The verifier page's script: browser code, bundled from the verifier, the core and the
  // report's PDF reader; no Node module can sneak in.
  web: { layers: ['core', 'verify', 'report', 'web'], packages: /^(@noble\/hashes|pdf-lib)(\/|$)/ },
  // Reports: the verifier's result laid out, the PDF writer and reader; pdf-bundle.ts also runs in browsers.
  report: {
    layers: ['core', 'verify', 'report'],
    packages: /^(pdfkit|pdf-lib|@noble\/hashes(\/.*)?|node:.*)$/,
  },
  http: {
    layers: ['core', 'crypto', 'log', 'ledger', 'auth', 'web', 'http'],
    packages: /^(esbuild|express|express-rate-limit|helmet|zod|node:.*)$/,
  },
  // Request logs and metrics are Express middleware; nothing of ours.
  observability: { layers: ['observability'], packages: /^(express|pino|prom-client)$/ },
  witnessing: {
    layers: ['core', 'storage', 'log', 'witnessing', 'config.ts'],
    packages: /^(zod|node:.*)$/,
  },
  // A witness is its own small server, with its own key and store.
  witness: { layers: ['core', 'keyring', 'http', 'witness'], packages: /^(express|level|node:.*)$/ },
  // The client speaks HTTP with the runtime's fetch: it runs wherever the CLI and the demo do.
  client: { layers: ['core', 'auth', 'client'], packages: /^$/ },
  cli: {
    layers: [
      ...['core', 'crypto', 'storage', 'log', 'keyring', 'ledger', 'verify', 'client', 'cli'],
      ...['config.ts', 'version.ts'],
    ],
    packages: /^(@noble\/hashes(\/.*)?|cli-progress|commander|zod|node:.*)$/,
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('architecture', () => {
  it('has a dependency rule for every folder of src', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((f) => f.name).filter((name) => !ALLOWED[name])).to.deep.equal([]);
  });

  it('keeps dependencies pointing one way: core ← storage ← log ← http', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file);
      const layer = rel.includes('/') ? rel.split('/')[0]! : null;
      const rules = layer ? ALLOWED[layer] : undefined;
      if (!rules) continue; // the top-level assembly files (service.ts, server.ts…) may import anything
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          const target = relative(SRC, join(file, '..', spec)).split('/')[0]!;
          if (!rules.layers.includes(target)) violations.push(`${rel} imports ${spec}`);
        } else if (!rules.packages.test(spec)) violations.push(`${rel} imports package ${spec}`);
      }
    }
    expect(violations).to.deep.equal([]);
  });
});
