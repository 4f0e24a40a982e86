/**
 * Tables in the PDF report: column widths in proportion to the model's weights, cells that wrap,
 * rows that never split across pages, and the header repeated on every page a table reaches, so
 * that a page read on its own still says what its columns are.
 * @module
 */
import { inOneWrite } from './pdf-glyph-map.ts';
import { COLOUR, FILL, FONT, type PdfLayout, type TextStyle } from './pdf-layout.ts';
import type { Row, Table } from './report-parts.ts';

const PAD = 3.5;
const CELL: TextStyle = { size: 8 };
const HEAD: TextStyle = { font: FONT.bold, size: 8 };
const LINE = 8 * 1.38;

export function drawTable(w: PdfLayout, table: Table): void {
  if (!table.rows.length) {
    w.paragraph(table.empty);
    return;
  }
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  const widths = table.columns.map((c) => (w.width * c.weight) / total);
  const styles = table.columns.map((c): TextStyle => (c.mono ? { ...CELL, font: FONT.mono } : CELL));
  // Right-to-left documents read a table from the right: the first column stands there.
  const xs = widths.map((_, i) => {
    const before = widths.slice(0, i).reduce((a, b) => a + b, 0);
    return w.rtl ? w.left + w.width - before - widths[i]! : w.left + before;
  });
  const header: Row = { cells: table.columns.map((c) => c.title) };
  const headerHeight = rowHeight(w, header, widths, () => HEAD);
  const first = table.rows[0]!;
  w.ensure(headerHeight + rowHeight(w, first, widths, (i) => styles[i]!));
  drawRow(w, header, widths, xs, () => HEAD, headerHeight, COLOUR.head);
  for (const row of table.rows) {
    const style = (i: number) => (row.emphasis === 'alert' ? { ...styles[i]!, font: FONT.bold } : styles[i]!);
    // A row taller than a page is clipped; its full text is in the attached bundle.
    const room = w.bottom - w.doc.page.margins.top - headerHeight;
    const natural = rowHeight(w, row, widths, style);
    const height = Math.min(natural, room);
    if (w.doc.y + height > w.bottom) {
      w.newPage();
      drawRow(w, header, widths, xs, () => HEAD, headerHeight, COLOUR.head);
    }
    drawRow(w, row, widths, xs, style, height, row.emphasis ? FILL[row.emphasis] : undefined, natural > room);
  }
  w.gap(8);
}

function rowHeight(w: PdfLayout, row: Row, widths: number[], style: (i: number) => TextStyle): number {
  const heights = row.cells.map((c, i) => (c ? w.measure(c, widths[i]! - 2 * PAD, style(i)) : 0));
  return Math.max(...heights, LINE) + 2 * PAD;
}

function drawRow(
  w: PdfLayout,
  row: Row,
  widths: number[],
  xs: number[],
  style: (i: number) => TextStyle,
  height: number,
  fill?: string,
  clip = false,
): void {
  const y = w.doc.y;
  // A row writes dozens of operators: converted to bytes at once (pdf-glyph-map.ts).
  inOneWrite(w.doc, () => {
    row.cells.forEach((text, i) => {
      const width = widths[i]!;
      const x = xs[i]!;
      const cell = w.doc.rect(x, y, width, height).lineWidth(0.6);
      if (fill) cell.fillAndStroke(fill, COLOUR.grid);
      else cell.strokeColor(COLOUR.grid).stroke();
      if (text) w.put(text, x + PAD, y + PAD, width - 2 * PAD, style(i), clip ? height - 2 * PAD : undefined);
    });
    if (row.emphasis === 'alert') {
      w.doc.rect(w.rtl ? w.left + w.width - 3 : w.left, y, 3, height).fill(COLOUR.alert);
    }
  });
  w.doc.y = y + height;
}
