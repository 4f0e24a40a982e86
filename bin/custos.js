#!/usr/bin/env node
// The `custos` command: runs the compiled CLI (npm run build) when present, otherwise the
// TypeScript sources through tsx, so `npx custos …` works from a fresh clone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/cli/cli.js', import.meta.url);
if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/cli.ts', import.meta.url).href);
}
