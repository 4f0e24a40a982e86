/** Loads the public conformance vectors copied into test/vectors, with their licences (see its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Vectors copied into the repo (with their licences) so a clean clone can run the tests. */
export const VECTORS = resolve(here, '../vectors');

export function vectorPath(...parts: string[]): string {
  return join(VECTORS, ...parts);
}

export function readVector(...parts: string[]): Buffer {
  return readFileSync(vectorPath(...parts));
}

export function readJsonVectors<T>(...dir: string[]): { name: string; data: T }[] {
  const out: { name: string; data: T }[] = [];
  const walk = (rel: string[]) => {
    for (const entry of readdirSync(vectorPath(...rel), { withFileTypes: true })) {
      if (entry.isDirectory()) walk([...rel, entry.name]);
      else if (entry.name.endsWith('.json')) {
        out.push({
          name: [...rel, entry.name].join('/'),
          data: JSON.parse(readFileSync(vectorPath(...rel, entry.name), 'utf8')),
        });
      }
    }
  };
  walk(dir);
  return out;
}
