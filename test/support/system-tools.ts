/**
 * Tests that need a program from the system (Debian's Chromium, poppler's pdftotext and
 * pdftoppm). On a developer's machine without it they are skipped with a warning; in CI,
 * where .ci/run installs them and sets CUSTOS_TESTS_REQUIRE_TOOLS=1, a missing tool fails the
 * test instead, so a green run always means these tests ran.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function installed(tool: string): Promise<boolean> {
  if (tool.startsWith('/')) return existsSync(tool);
  return run('which', [tool]).then(
    () => true,
    () => false,
  );
}

/** Skips (or, in CI, fails) the calling test or hook unless `tool` is installed. */
export async function requireTool(ctx: Mocha.Context, tool: string): Promise<void> {
  if (await installed(tool)) return;
  if (process.env.CUSTOS_TESTS_REQUIRE_TOOLS === '1')
    throw new Error(`${tool} is not installed, and CUSTOS_TESTS_REQUIRE_TOOLS=1 forbids skipping`);
  console.warn(`    skipped: ${tool} is not installed (.ci/run installs it)`);
  ctx.skip();
}
