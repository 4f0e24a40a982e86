/**
 * Page layout for the PDF report on top of pdfkit: A4, headings that are never left alone at the
 * foot of a page, label/value blocks, lists, boxes, and page footers. Text goes through
 * {@link TextLayout} (bidi, line breaking, font fallback, shaping) and is drawn one shaped run
 * at a time, so that any script prints, right-to-left documents included: in those, text is
 * aligned right and label columns stand on the right.
 * @module
 */
import type PDFDocument from 'pdfkit';
import type { FontStyle } from './pdf-fonts.ts';
import { GlyphWriter, writeContent } from './pdf-glyph-map.ts';
import type { Emphasis, Field } from './report-parts.ts';
import type { TextLayout, TextLine } from './text-layout.ts';

export const FONT: Record<'body' | 'bold' | 'mono', FontStyle> = { body: 'body', bold: 'bold', mono: 'mono' };
export const COLOUR = {
  text: '#111111',
  muted: '#444444',
  rule: '#333333',
  grid: '#8a8a8a',
  head: '#e4e4e4',
  code: '#f1f1f1',
  ok: '#1b6e2a',
  okFill: '#e8f5ea',
  alert: '#a30000',
  alertFill: '#fde3e3',
  warn: '#8a5a00',
  warnFill: '#fff1cc',
};
export const FILL: Record<Emphasis, string> = { alert: COLOUR.alertFill, warn: COLOUR.warnFill };
export const MARGIN = { top: 50, bottom: 58, side: 48 };
const LABEL_WIDTH = 140;
/** Line height as a multiple of the size: room for Arabic marks and Vietnamese stacked accents. */
const LEADING = 1.38;
/** Where the baseline sits below a line's top, as a multiple of the size. */
const ASCENT = 1.02;

type Doc = InstanceType<typeof PDFDocument>;
export interface TextStyle {
  readonly font?: FontStyle;
  readonly size?: number;
  readonly colour?: string;
  /** `start` follows the document's direction (left in English, right in Arabic). */
  readonly align?: 'start' | 'end' | 'center';
}

export class PdfLayout {
  readonly #glyphs: GlyphWriter;

  constructor(
    readonly doc: Doc,
    readonly text: TextLayout,
    /** What a clipped cell ends with, in the report's language. */
    readonly clipMark: string,
  ) {
    this.#glyphs = new GlyphWriter(doc);
  }

  get rtl(): boolean {
    return this.text.direction === 'rtl';
  }

  get left(): number {
    return MARGIN.side;
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN.side;
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = MARGIN.top;
  }

  lineHeight(s: TextStyle = {}): number {
    return (s.size ?? 9.5) * LEADING;
  }

  lines(text: string, width: number, s: TextStyle = {}): TextLine[] {
    return this.text.lines(text, s.font ?? 'body', s.size ?? 9.5, width);
  }

  measure(text: string, width: number, s: TextStyle = {}): number {
    return this.lines(text, width, s).length * this.lineHeight(s);
  }

  /** Text at a fixed place; `height` clips it, ending with the clip mark, when given. */
  put(text: string, x: number, y: number, width: number, s: TextStyle = {}, height?: number): void {
    let lines = this.lines(text, width, s);
    const lh = this.lineHeight(s);
    if (height !== undefined && lines.length * lh > height + 0.01) {
      const keep = Math.max(1, Math.floor(height / lh) - 1);
      lines = [...lines.slice(0, keep), ...this.lines(this.clipMark, width, s)];
    }
    lines.forEach((line, i) => {
      this.drawLine(line, x, y + i * lh, width, s);
    });
  }

  /** Text flowing from the cursor, onto further pages if need be. */
  flow(text: string, s: TextStyle = {}, x = this.left, width = this.width): void {
    const lh = this.lineHeight(s);
    for (const line of this.lines(text, width, s)) {
      this.ensure(lh);
      this.drawLine(line, x, this.doc.y, width, s);
      this.doc.y += lh;
    }
  }

  drawLine(line: TextLine, x: number, top: number, width: number, s: TextStyle): void {
    const size = s.size ?? 9.5;
    const align = s.align ?? 'start';
    const atEnd = (align === 'end') !== this.rtl;
    const x0 = align === 'center' ? x + (width - line.width) / 2 : atEnd ? x + width - line.width : x;
    if (!line.runs.length) return;
    // The colour and every run in one write: what `doc.fillColor` and `draw` would write each.
    const ops = [this.#glyphs.fillOperators(s.colour ?? COLOUR.text)];
    for (const run of line.runs)
      ops.push(this.#glyphs.operators(run.face, run.shaped, x0 + run.x, top + size * ASCENT, size));
    writeContent(this.doc, ops.filter(Boolean).join('\n'));
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  title(text: string): void {
    this.flow(text, { font: 'bold', size: 17 });
    this.gap(6);
  }

  /** A heading stays with at least `following` points of what comes after it. */
  heading(text: string, following = 70): void {
    this.gap(12);
    this.ensure(this.measure(text, this.width, { font: 'bold', size: 13 }) + following);
    this.flow(text, { font: 'bold', size: 13 });
    const y = this.doc.y + 1;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(1)
      .strokeColor(COLOUR.rule)
      .stroke();
    this.gap(7);
  }

  subheading(text: string, following = 50): void {
    this.gap(6);
    this.ensure(this.measure(text, this.width, { font: 'bold', size: 10.5 }) + following);
    this.flow(text, { font: 'bold', size: 10.5 });
    this.gap(3);
  }

  paragraph(text: string, emphasis?: Emphasis): void {
    this.flow(text, emphasis === 'alert' ? { font: 'bold', colour: COLOUR.alert } : {});
    this.gap(5);
  }

  list(items: readonly string[], ordered = false): void {
    const indent = 16;
    items.forEach((item, i) => {
      // Keep a short item on one page; a long one may flow on.
      this.ensure(Math.min(this.measure(item, this.width - indent) + 4, 120));
      const y = this.doc.y;
      const markX = this.rtl ? this.left + this.width - indent + 2 : this.left + 2;
      this.put(ordered ? `${i + 1}.` : '•', markX, y, indent - 2);
      this.flow(item, {}, this.rtl ? this.left : this.left + indent, this.width - indent);
      this.gap(3);
    });
    this.gap(3);
  }

  /** Text in a shaded box: the verdict, a command to type. */
  box(text: string, s: TextStyle, fill: string, border: string, pad = 7): void {
    const h = this.measure(text, this.width - 2 * pad, s) + 2 * pad;
    this.ensure(h);
    const y = this.doc.y;
    this.doc.rect(this.left, y, this.width, h).lineWidth(1.5).fillAndStroke(fill, border);
    this.put(text, this.left + pad, y + pad, this.width - 2 * pad, s);
    this.doc.y = y + h + 8;
  }

  fields(fields: readonly Field[]): void {
    const valueWidth = this.width - LABEL_WIDTH - 8;
    const labelX = this.rtl ? this.left + this.width - LABEL_WIDTH : this.left;
    const valueX = this.rtl ? this.left : this.left + LABEL_WIDTH + 8;
    const labelStyle: TextStyle = { font: 'bold', colour: COLOUR.muted };
    const styleOf = (f: Field): TextStyle => (f.mono ? { font: 'mono', size: 8.5 } : {});
    const heights = fields.map((f) =>
      Math.max(this.measure(f.label, LABEL_WIDTH, labelStyle), this.measure(f.value, valueWidth, styleOf(f))),
    );
    // A short block stays on one page, so that no lone line of an item starts the next.
    this.ensure(
      Math.min(
        heights.reduce((a, h) => a + h + 2, 0),
        260,
      ),
    );
    fields.forEach((f, i) => {
      const h = heights[i]!;
      this.ensure(h);
      const y = this.doc.y;
      this.put(f.label, labelX, y, LABEL_WIDTH, labelStyle);
      this.put(f.value, valueX, y, valueWidth, styleOf(f));
      this.doc.y = y + h + 2;
    });
    this.gap(3);
  }

  /** `left … page` at the foot of every page, drawn once all pages exist. */
  footers(left: string, page: (n: number, of: number) => string): void {
    const range = this.doc.bufferedPageRange();
    const style: TextStyle = { size: 7, colour: COLOUR.muted };
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // The footer sits inside the bottom margin: lift the margin so pdfkit adds no page.
      const saved = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - MARGIN.bottom + 12;
      this.doc
        .moveTo(this.left, y - 5)
        .lineTo(this.left + this.width, y - 5)
        .lineWidth(0.5)
        .strokeColor(COLOUR.grid)
        .stroke();
      const pageWidth = 80;
      this.put(left, this.rtl ? this.left + pageWidth : this.left, y, this.width - pageWidth, style);
      this.put(
        page(i + 1, range.count),
        this.rtl ? this.left : this.left + this.width - pageWidth,
        y,
        pageWidth,
        {
          ...style,
          align: 'end',
        },
      );
      this.doc.page.margins.bottom = saved;
    }
  }
}
