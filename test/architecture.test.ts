import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { expect } from 'chai';
import { findCycles, type ImportEdge, importsOf, readSources, resolveSpec } from './support/import-graph.ts';

const SRC = new URL('../src/', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;

interface Rule {
  /** Folders of src/ (or top-level files) it may import; its own folder always. */
  readonly folders: readonly string[];
  /** Packages it may import, whole names or `node:` built-ins. */
  readonly packages: RegExp;
}

const NONE = /^$/;
const CORE = [
  'core',
  'core/crypto',
  'core/log',
  'core/witness',
  'core/ledger',
  'core/timestamp',
  'core/auth',
  'core/map',
];

/**
 * What each folder may import, one entry per folder at every depth (docs/architecture.md). The
 * naming rule: `src/core/X` is the pure half of `src/X`; everything under `src/core` imports
 * nothing but the core and the few pure packages named here, so it runs in browsers unchanged.
 */
const RULES: Record<string, Rule> = {
  core: { folders: [], packages: /^canonicalize$/ },
  // What an actor signs to log in: the same bytes for the service, the CLI and the console.
  'core/auth': { folders: ['core'], packages: NONE },
  'core/crypto': { folders: ['core'], packages: /^@noble\/(hashes|ed25519)(\/|$)/ },
  'core/log': { folders: ['core', 'core/crypto'], packages: /^@noble\/(hashes|post-quantum)(\/|$)/ },
  'core/witness': { folders: ['core', 'core/crypto', 'core/log'], packages: /^zod$/ },
  'core/ledger': { folders: ['core', 'core/crypto', 'core/log', 'core/map'], packages: /^zod$/ },
  // The history map: a sparse Merkle tree of subject → latest entry, its proofs and checkpoint line.
  'core/map': { folders: ['core', 'core/crypto', 'core/log'], packages: /^(zod|@noble\/hashes(\/.*)?)$/ },
  // RFC 3161 requests and token verification: ASN.1 and CMS by pkijs/asn1js, WebCrypto inside.
  'core/timestamp': { folders: ['core'], packages: /^(pkijs|asn1js|@noble\/hashes(\/.*)?)$/ },
  // Message catalogues and their formatting (ICU MessageFormat, Intl): pure, shared by the
  // report, the CLI and the verifier page.
  'core/i18n': { folders: ['core'], packages: /^intl-messageformat$/ },
  // CASE/UCO JSON-LD of a bundle: pure, from the entries.
  'core/case-uco': { folders: ['core', 'core/crypto', 'core/log', 'core/ledger'], packages: NONE },
  // The offline verifier: the core and nothing else, with its trust material injected.
  'core/verify': { folders: [...CORE, 'core/i18n'], packages: NONE },
  // PAdES signatures of reports: CMS by pkijs/asn1js, the PDF update written and read as bytes.
  'core/pades': {
    folders: ['core', 'core/crypto', 'core/timestamp', 'core/verify'],
    packages: /^(pkijs|asn1js|@noble\/hashes(\/.*)?)$/,
  },
  crypto: { folders: ['core', 'core/crypto', 'core/log'], packages: /^node:crypto$/ },
  storage: { folders: ['core', 'core/log'], packages: /^(level|pg|node:.*)$/ },
  log: {
    folders: ['core', 'core/log', 'core/map', 'core/witness', 'core/timestamp', 'storage'],
    packages: /^(node:.*|@noble\/hashes(\/.*)?)$/,
  },
  ledger: {
    folders: ['core', 'core/log', 'core/ledger', 'core/map', 'crypto', 'storage', 'log'],
    packages: /^node:/,
  },
  keyring: { folders: ['core', 'core/crypto', 'core/log', 'crypto', 'log'], packages: /^node:/ },
  auth: { folders: ['core', 'core/auth'], packages: /^node:crypto$/ },
  // One sequencer among processes sharing a PostgreSQL store: the lease, following the head.
  cluster: { folders: ['core', 'core/log', 'core/ledger', 'storage', 'log', 'ledger'], packages: NONE },
  config: { folders: ['core', 'core/ledger', 'log'], packages: /^(zod|node:.*)$/ },
  // Court reports: the verifier's result laid out; the PDF writer and reader also run in browsers
  // (only node-font-source.ts, the Node edge that reads the font files, imports node: modules).
  report: {
    folders: ['core', 'core/i18n', 'core/ledger', 'core/pades', 'core/timestamp', 'core/verify'],
    packages: /^(pdfkit|pdf-lib|fontkit|fflate|bidi-js|linebreak|zod|@noble\/hashes(\/.*)?|node:.*)$/,
  },
  // The verifier page's script: browser code, bundled from the verifier, the core and the
  // report's PDF reader; no Node module can sneak in.
  'web/verify-page': {
    folders: [
      'core',
      'core/crypto',
      'core/i18n',
      'core/verify',
      'core/ledger',
      'core/pades',
      'core/timestamp',
      'report',
    ],
    packages: /^(@noble\/hashes|pdf-lib)(\/|$)/,
  },
  // The investigator console: a browser client built from the CLI's client and the core, with
  // the verifier page's DOM helpers and signature engine, and the report's PDF reader.
  'web/console': {
    folders: [...CORE, 'core/verify', 'client', 'report', 'web/verify-page'],
    packages: /^(zod|@noble\/hashes(\/.*)?)$/,
  },
  http: {
    folders: [
      'core',
      'core/case-uco',
      'core/i18n',
      'core/log',
      'core/ledger',
      'core/map',
      'core/verify',
      'report',
      'web/console',
      'crypto',
      'log',
      'ledger',
      'auth',
      'observability',
      'web/verify-page',
    ],
    packages: /^(esbuild|express|express-rate-limit|helmet|zod|node:.*)$/,
  },
  // Request logs and metrics are Express middleware; nothing of ours.
  observability: { folders: [], packages: /^(express|pino|prom-client)$/ },
  // A witness is its own small server, with its own key and store.
  witness: {
    folders: ['core', 'core/log', 'core/witness', 'keyring', 'http'],
    packages: /^(express|level|node:.*)$/,
  },
  // The client speaks HTTP with the runtime's fetch: it runs wherever the CLI and the demo do.
  client: { folders: ['core', 'core/auth', 'core/crypto', 'core/ledger'], packages: NONE },
  cli: {
    folders: [
      ...CORE,
      'core/pades',
      'core/verify',
      'cli/commands',
      'crypto',
      'storage',
      'log',
      'keyring',
      'ledger',
      'client',
      'version.ts',
    ],
    packages: /^(@noble\/hashes(\/.*)?|cli-progress|commander|zod|node:.*)$/,
  },
  // Commands start whole programs (the server, a witness) lazily, so that `custos show` does
  // not load Express: those lazy imports follow the same rule as the eager ones.
  'cli/commands': {
    folders: [
      ...[
        ...CORE,
        'core/case-uco',
        'core/i18n',
        'core/pades',
        'core/verify',
        'cli',
        'client',
        'config',
        'crypto',
        'keyring',
        'storage',
        'report',
      ],
      'witness',
      ...['service.ts', 'run-server.ts'],
    ],
    packages: /^(@noble\/hashes(\/.*)?|commander|node:.*)$/,
  },
};

/** The folder (or, for a file at the top of src, the file) an import lands in. */
function landing(target: string): string {
  const dir = posix.dirname(target);
  return dir === '.' ? target : dir;
}

/** Every import that breaks its folder's rule, lazy ones included, and every computed `import()`. */
function ruleViolations(sources: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of sources) {
    const folder = posix.dirname(file);
    if (folder === '.') continue; // service.ts, server.ts…: the assembly may import anything
    const rule = RULES[folder];
    if (!rule) {
      out.push(`${file}: its folder has no rule`);
      continue;
    }
    const { edges, computed } = importsOf(file, text);
    if (computed > 0) out.push(`${file}: an import() of a computed specifier cannot be checked`);
    for (const v of edges.filter((e) => breaks(rule, folder, e))) out.push(explain(v));
  }
  return out;
}

function breaks(rule: Rule, folder: string, edge: ImportEdge): boolean {
  const target = resolveSpec(edge.from, edge.spec);
  if (target === undefined) return !rule.packages.test(edge.spec);
  const lands = landing(target);
  return lands !== folder && !rule.folders.includes(lands);
}

const explain = (v: ImportEdge): string => `${v.from} ${v.lazy ? 'lazily imports' : 'imports'} ${v.spec}`;

function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const targets = importsOf(file, text).edges.map((e) => resolveSpec(file, e.spec));
    graph.set(
      file,
      targets.filter((t): t is string => t !== undefined),
    );
  }
  return graph;
}

/** Folders that hold source files, at every depth. */
function sourceFolders(sources: ReadonlyMap<string, string>): string[] {
  return [...new Set([...sources.keys()].map((f) => posix.dirname(f)).filter((d) => d !== '.'))].sort();
}

describe('architecture', () => {
  const sources = readSources(SRC);

  it('has a dependency rule for every folder of src at every depth, and none for a folder that is gone', () => {
    const folders = sourceFolders(sources);
    expect(folders.filter((f) => !RULES[f])).to.deep.equal([]);
    expect(Object.keys(RULES).filter((r) => !folders.includes(r))).to.deep.equal([]);
  });

  it('keeps dependencies pointing one way, lazy import() included', () => {
    expect(ruleViolations(sources)).to.deep.equal([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(findCycles(importGraph(sources))).to.deep.equal([]);
  });

  it('lists in docs/architecture.md exactly the folders of src', () => {
    const doc = readFileSync(`${ROOT}docs/architecture.md`, 'utf8');
    const block = doc.slice(doc.indexOf('```'), doc.indexOf('```', doc.indexOf('```') + 3));
    const listed = [...block.matchAll(/^src\/([a-z0-9/-]+)\/\s/gm)].map((m) => m[1]!).sort();
    expect(listed).to.deep.equal(sourceFolders(sources));
  });

  describe('the checker itself', () => {
    const planted = (file: string, extra: string) =>
      new Map([...sources, [file, `${sources.get(file)}\n${extra}`]]);

    it('fails on a lazy import that breaks a rule', () => {
      const tree = planted(
        'core/log/merkle.ts',
        "export const load = () => import('../../storage/level-store.ts');",
      );
      expect(ruleViolations(tree)).to.deep.equal([
        'core/log/merkle.ts lazily imports ../../storage/level-store.ts',
      ]);
    });

    it('fails on an import() whose specifier it cannot read', () => {
      const tree = planted('cli/main.ts', 'const name = "x"; export const load = () => import(name);');
      expect(ruleViolations(tree)).to.have.length(1);
    });

    it('fails on a planted cycle, even one made of type-only imports', () => {
      const tree = planted('core/encoding.ts', "import type { Checkpoint } from './log/checkpoint.ts';");
      expect(findCycles(importGraph(tree)).flat()).to.include.members([
        'core/encoding.ts',
        'core/log/checkpoint.ts',
      ]);
    });

    it('fails on a new sub-folder without a rule', () => {
      const tree = new Map([...sources, ['core/log/extra/thing.ts', 'export const x = 1;']]);
      expect(ruleViolations(tree)).to.deep.equal(['core/log/extra/thing.ts: its folder has no rule']);
    });

    it('ignores an import written in a comment', () => {
      const tree = planted('core/log/merkle.ts', "// import { x } from '../../storage/level-store.ts';");
      expect(ruleViolations(tree)).to.deep.equal([]);
    });
  });
});
