/**
 * Printing: human-readable by default, JSON with `--json` (lists are arrays of objects that
 * carry an `id`), errors as one line on stderr.
 * @module
 */

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** A plain text table: columns padded to the widest cell, long cells left as they are. */
export function printTable(rows: readonly (readonly string[])[], headers: readonly string[]): void {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.min(48, Math.max(...all.map((r) => (r[c] ?? '').length))));
  const fmt = (r: readonly string[]) =>
    r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  printLine(fmt(headers));
  printLine(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) printLine(fmt(r));
}

export function warn(line: string): void {
  process.stderr.write(`custos: ${line}\n`);
}
