/**
 * The source tree's import graph, read from the text of each file: static imports and
 * re-exports (type-only ones too) and dynamic `import()` with a literal specifier. The
 * architecture test checks dependency direction and cycles on it.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** One import: the file it is in, what it names, and whether it is a lazy `import()`. */
export interface ImportEdge {
  readonly from: string;
  readonly spec: string;
  readonly lazy: boolean;
}

const STATIC = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const LAZY = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
// A dynamic import of anything but a string literal cannot be checked: it is refused outright.
const LAZY_COMPUTED = /\bimport\(\s*[^'"\s)]/g;

/** Every `.ts` file below `dir`, as paths relative to it with `/` separators. */
export function readSources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts'))
        out.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Strips comments so that an example in a doc comment is not read as an import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function importsOf(file: string, text: string): { edges: ImportEdge[]; computed: number } {
  const code = withoutComments(text);
  const edges: ImportEdge[] = [];
  for (const m of code.matchAll(STATIC)) edges.push({ from: file, spec: m[1]!, lazy: false });
  for (const m of code.matchAll(LAZY)) edges.push({ from: file, spec: m[1]!, lazy: true });
  return { edges, computed: [...code.matchAll(LAZY_COMPUTED)].length };
}

/** The file a relative specifier names, relative to the source root; undefined for a package. */
export function resolveSpec(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

/** Every import cycle among the files, each as a list of files (Tarjan's strongly connected components). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}
