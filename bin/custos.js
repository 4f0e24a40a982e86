#!/usr/bin/env node
// The `custos` command: runs the compiled CLI (npm run build) when it is at least as new as
// every source file, otherwise the TypeScript sources through tsx, so `npx custos …` works
// from a fresh clone and never runs a stale build after an edit.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/cli.js', import.meta.url);
const sources = fileURLToPath(new URL('../src/', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}${e.name}`;
    newest = Math.max(newest, e.isDirectory() ? newestSource(`${path}/`) : statSync(path).mtimeMs);
  }
  return newest;
}

const built = existsSync(fileURLToPath(compiled)) ? statSync(fileURLToPath(compiled)).mtimeMs : 0;
if (built > 0 && (!existsSync(sources) || newestSource(sources) <= built)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/cli.ts', import.meta.url).href);
}
