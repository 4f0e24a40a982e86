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

/**
 * Many lines in a few writes: a 10,000-event timeline printed line by line cost one write
 * (a system call to a file or pipe) per line.
 */
export function printLines(lines: Iterable<string>): void {
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 65_536) {
      process.stdout.write(chunk);
      chunk = '';
    }
  }
  if (chunk) process.stdout.write(chunk);
}

/** A plain text table: see formatTable. */
export function printTable(rows: readonly (readonly string[])[], headers: readonly string[]): void {
  for (const line of formatTable(rows, headers)) printLine(line);
}

const MAX_COLUMN = 40;
const width = (s: string) => [...s].length;

/**
 * Columns padded to their widest cell, at most 40 characters: a longer cell (an organisation's
 * full name) wraps onto continuation lines within its column, so the next columns stay lined
 * up. The last column is never padded or wrapped.
 */
export function formatTable(rows: readonly (readonly string[])[], headers: readonly string[]): string[] {
  const all = [headers, ...rows];
  const last = headers.length - 1;
  const widths = headers.map((_, c) => Math.min(MAX_COLUMN, Math.max(...all.map((r) => width(r[c] ?? '')))));
  const lines: string[] = [];
  const emit = (r: readonly string[]) => {
    const cells = headers.map((_, c) => (c === last ? [r[c] ?? ''] : wrap(r[c] ?? '', widths[c]!)));
    const height = Math.max(...cells.map((x) => x.length));
    for (let i = 0; i < height; i++)
      lines.push(
        cells
          .map((x, c) =>
            c === last
              ? (x[i] ?? '')
              : (x[i] ?? '').padEnd(widths[c]! + (x[i] ?? '').length - width(x[i] ?? '')),
          )
          .join('  ')
          .trimEnd(),
      );
  };
  emit(headers);
  lines.push(widths.map((w, c) => '-'.repeat(c === last ? Math.max(w, width(headers[c]!)) : w)).join('  '));
  for (const r of rows) emit(r);
  return lines;
}

/** Words onto lines of at most `max` characters; a longer word is cut. */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let w = word;
    while (width(w) > max) {
      if (line) out.push(line);
      line = '';
      out.push([...w].slice(0, max).join(''));
      w = [...w].slice(max).join('');
    }
    if (!line) line = w;
    else if (width(line) + 1 + width(w) <= max) line += ` ${w}`;
    else {
      out.push(line);
      line = w;
    }
  }
  out.push(line);
  return out;
}

export function warn(line: string): void {
  process.stderr.write(`custos: ${line}\n`);
}
