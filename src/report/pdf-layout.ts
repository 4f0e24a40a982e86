/**
 * Page layout for the PDF report on top of pdfkit: A4, headings that are never left alone at the
 * foot of a page, label/value blocks, lists, boxes, and page footers. Every string goes
 * through {@link toWinAnsi} here, so that no caller can hand the standard fonts a character
 * they would print as garbage.
 * @module
 */
import type PDFDocument from 'pdfkit';
import { toWinAnsi } from './pdf-text.ts';
import type { Emphasis, Field } from './report-parts.ts';

export const FONT = {
  body: 'Helvetica',
  bold: 'Helvetica-Bold',
  mono: 'Courier',
  italic: 'Helvetica-Oblique',
};
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

type Doc = InstanceType<typeof PDFDocument>;
export interface TextStyle {
  readonly font?: string;
  readonly size?: number;
  readonly colour?: string;
  readonly align?: 'left' | 'right' | 'center';
}

export class PdfLayout {
  constructor(readonly doc: Doc) {}

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
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  style(s: TextStyle = {}): this {
    this.doc
      .font(s.font ?? FONT.body)
      .fontSize(s.size ?? 9.5)
      .fillColor(s.colour ?? COLOUR.text);
    return this;
  }

  measure(text: string, width: number, s: TextStyle = {}): number {
    this.style(s);
    return this.doc.heightOfString(toWinAnsi(text), { width });
  }

  /** Text at a fixed place; `height` clips it (with a pointer to the full text) when given. */
  put(text: string, x: number, y: number, width: number, s: TextStyle = {}, height?: number): void {
    this.style(s);
    const clip = height === undefined ? {} : { height, ellipsis: '... [see bundle.json]' };
    this.doc.text(toWinAnsi(text), x, y, { width, align: s.align ?? 'left', ...clip });
  }

  /** Text flowing from the cursor, onto further pages if need be. */
  flow(text: string, s: TextStyle = {}, options: PDFKit.Mixins.TextOptions = {}): void {
    this.style(s);
    this.doc.text(toWinAnsi(text), this.left, this.doc.y, { width: this.width, ...options });
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  title(text: string): void {
    this.flow(text, { font: FONT.bold, size: 17 });
    this.gap(6);
  }

  heading(text: string): void {
    this.gap(12);
    this.ensure(70);
    this.flow(text, { font: FONT.bold, size: 13 });
    const y = this.doc.y + 1;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(1)
      .strokeColor(COLOUR.rule)
      .stroke();
    this.gap(7);
  }

  subheading(text: string): void {
    this.gap(6);
    this.ensure(50);
    this.flow(text, { font: FONT.bold, size: 10.5 });
    this.gap(3);
  }

  paragraph(text: string, emphasis?: Emphasis): void {
    this.flow(text, emphasis === 'alert' ? { font: FONT.bold, colour: COLOUR.alert } : {}, { lineGap: 1.5 });
    this.gap(5);
  }

  list(items: readonly string[], ordered = false): void {
    const indent = 16;
    items.forEach((item, i) => {
      // Keep a short item on one page; a long one may flow on.
      this.ensure(Math.min(this.measure(item, this.width - indent) + 4, 120));
      const y = this.doc.y;
      this.put(ordered ? `${i + 1}.` : '•', this.left + 2, y, indent);
      this.style();
      this.doc.text(toWinAnsi(item), this.left + indent, y, { width: this.width - indent, lineGap: 1.5 });
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
    const valueX = this.left + LABEL_WIDTH + 8;
    const valueWidth = this.width - LABEL_WIDTH - 8;
    const styleOf = (f: Field): TextStyle => (f.mono ? { font: FONT.mono, size: 8.5 } : {});
    const heights = fields.map((f) =>
      Math.max(
        this.measure(f.label, LABEL_WIDTH, { font: FONT.bold }),
        this.measure(f.value, valueWidth, styleOf(f)),
      ),
    );
    // A short block stays on one page, so that no lone line of an item starts the next.
    this.ensure(
      Math.min(
        heights.reduce((a, h) => a + h + 3.5, 0),
        260,
      ),
    );
    fields.forEach((f, i) => {
      const h = heights[i]!;
      this.ensure(h);
      const y = this.doc.y;
      this.put(f.label, this.left, y, LABEL_WIDTH, { font: FONT.bold, colour: COLOUR.muted });
      this.put(f.value, valueX, y, valueWidth, styleOf(f));
      this.doc.y = y + h + 3.5;
    });
    this.gap(3);
  }

  /** `left … Page n of N` at the foot of every page, drawn once all pages exist. */
  footers(left: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // The footer sits inside the bottom margin: lift the margin so pdfkit adds no page.
      const saved = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - MARGIN.bottom + 18;
      this.doc
        .moveTo(this.left, y - 5)
        .lineTo(this.left + this.width, y - 5)
        .lineWidth(0.5)
        .strokeColor(COLOUR.grid)
        .stroke();
      this.put(left, this.left, y, this.width - 70, { size: 7, colour: COLOUR.muted });
      this.put(`Page ${i + 1} of ${range.count}`, this.left + this.width - 70, y, 70, {
        size: 7,
        colour: COLOUR.muted,
        align: 'right',
      });
      this.doc.page.margins.bottom = saved;
    }
  }
}
