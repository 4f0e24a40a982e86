/**
 * Shaped text drawn straight into the page's content stream, with exact text extraction.
 *
 * Speed: a run is shaped once (text-layout.ts caches it per face, direction and string, and a
 * left-to-right run word by word), measured from that shaping and drawn from it; pdfkit's own
 * `text()` would shape it again and walk its line wrapper for every run.
 *
 * Extraction: pdfkit gives each glyph of a subset one entry in the font's ToUnicode map, and
 * fontkit remembers one list of characters per glyph. Noto fonts draw some letters from shared
 * parts (Vietnamese ị is dotless i plus a dot below; Arabic ق and ف share a dotless body), so
 * an extracted text would read the first letter for every later one: "Thị" as "Thi",
 * "الحيازة" as "الحيارة". Here every distinct (glyph, characters) pair gets its own character
 * ID in the subset (the outline is embedded once more), so that each ID maps to exactly the
 * characters it was drawn for. A PDF reader then extracts what the bundle says.
 *
 * The operators written are those pdfkit 0.20 writes for `text()` (pinned by the lock file).
 * @module
 */
import type { Bidi } from 'bidi-js';
import bidiFactory from 'bidi-js';
import type * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';

const bidi = (bidiFactory as unknown as () => Bidi)();
/** The feature tag a right-to-left run is shaped with: its brackets are mirrored (UAX #9 L4). */
export const MIRROR = 'rtlm';

export interface Glyph {
  readonly id: number;
  readonly codePoints: number[];
  readonly advanceWidth: number;
}

/** A glyph's placement, in thousandths of the font size (PDF text space units). */
export interface Placement {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

export interface Shaped {
  readonly glyphs: readonly Glyph[];
  readonly positions: readonly Placement[];
  /** Total advance, in thousandths of the font size. */
  readonly advance: number;
}

interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): Glyph;
  glyphForCodePoint(cp: number): Glyph;
  layout(text: string, features?: string[]): { glyphs: Glyph[]; positions: Record<string, number>[] };
  unitsPerEm: number;
  _glyphs: Record<number, Glyph | undefined>;
}

/** Shapes `text` in one call to fontkit; a right-to-left run comes back in visual order, brackets mirrored. */
export function shapeRun(fk: fontkit.Font, text: string, rtl: boolean): Shaped {
  const font = fk as unknown as FontkitFont;
  const scale = 1000 / font.unitsPerEm;
  const run = font.layout(text, rtl ? [MIRROR] : []);
  let advance = 0;
  const positions = run.positions.map((p, i) => {
    const placed = {
      xAdvance: (p.xAdvance ?? 0) * scale,
      xOffset: (p.xOffset ?? 0) * scale,
      yOffset: (p.yOffset ?? 0) * scale,
      advanceWidth: run.glyphs[i]!.advanceWidth * scale,
    };
    advance += placed.xAdvance;
    return placed;
  });
  const glyphs = rtl ? run.glyphs.map((g) => mirrored(font, g)) : run.glyphs;
  return { glyphs, positions, advance };
}

/** Concatenated shapings (of the words of a run). */
export function joinShaped(parts: readonly Shaped[]): Shaped {
  if (parts.length === 1) return parts[0]!;
  return {
    glyphs: parts.flatMap((p) => p.glyphs),
    positions: parts.flatMap((p) => p.positions),
    advance: parts.reduce((a, p) => a + p.advance, 0),
  };
}

/** The parts of pdfkit's EmbeddedFont this module relies on (pdfkit 0.20, pinned by the lock file). */
interface EmbeddedFont {
  id: string;
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  unicode: number[][];
  widths: number[];
  scale: number;
  ref(): unknown;
}

type Doc = InstanceType<typeof PDFDocument>;
interface DocInternals {
  _font: EmbeddedFont;
  _fillColor: unknown;
  page: { fonts: Record<string, unknown>; height: number; write(chunk: string | Uint8Array): void };
  addContent(s: string | Uint8Array): void;
}

interface FontEntry {
  readonly font: EmbeddedFont;
  /** Character ID (hex) by glyph ID and characters, as the subset assigned it. */
  readonly cids: Map<string, string>;
  /** The same, by glyph object: fontkit hands out one object per glyph and characters (keyGlyphsByCharacters). */
  readonly byGlyph: WeakMap<Glyph, string>;
}

const ascii = new TextEncoder();
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Content operators written to the current page as pdfkit's `addContent` writes them (the text
 * and a line feed, one byte per character), encoded natively when they are ASCII, as operators
 * with hex glyph strings and numbers are.
 */
export function writeContent(doc: Doc, ops: string): void {
  const d = doc as unknown as DocInternals;
  // Within inOneWrite, text joins the chunk it converts at once; a conversion per call cost
  // more than the drawing for a table of ten thousand rows.
  d.addContent(batching.has(d.page) ? ops : bytesOf(`${ops}\n`));
}

/** Pages inside {@link inOneWrite}: their `write` takes text, as pdfkit's own operators are written. */
const batching = new WeakSet<object>();

/**
 * Runs `draw` (pdfkit calls and {@link writeContent}s on the current page, which it must not
 * leave) and writes what it wrote as one chunk: the same bytes as written one by one, but
 * converted at once rather than by pdfkit per operator, of which a table row writes dozens.
 */
export function inOneWrite(doc: Doc, draw: () => void): void {
  const page = (doc as unknown as DocInternals).page;
  const own = Object.hasOwn(page, 'write');
  const write = page.write;
  const pending: string[] = [];
  const flush = () => {
    if (pending.length) write.call(page, bytesOf(`${pending.join('\n')}\n`));
    pending.length = 0;
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write.call(page, chunk);
    }
  };
  batching.add(page);
  try {
    draw();
  } finally {
    batching.delete(page);
    if (own) page.write = write;
    else delete (page as { write?: unknown }).write;
    flush();
  }
}

/** pdfkit's conversion of content text to bytes: one byte per UTF-16 unit, its low 8 bits. */
function bytesOf(text: string): Uint8Array {
  if (!NOT_ASCII.test(text)) return ascii.encode(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Writes shaped runs into a document's pages, each glyph under its exact character ID. */
export class GlyphWriter {
  readonly #fonts = new Map<string, FontEntry>();
  readonly #fills = new Map<string, string>();

  constructor(readonly doc: Doc) {}

  /** One shaped run in a registered face, its baseline at `baseline` (points from the page top). */
  draw(face: string, shaped: Shaped, x: number, baseline: number, size: number): void {
    const ops = this.operators(face, shaped, x, baseline, size);
    if (ops) writeContent(this.doc, ops);
  }

  /**
   * The operators {@link draw} writes for a run, one per line, for a caller that writes a whole
   * line of text at once (pdf-layout.ts): the same bytes, in one write to the page instead of a
   * dozen, each of which pdfkit converts to bytes on its own.
   */
  operators(face: string, shaped: Shaped, x: number, baseline: number, size: number): string {
    if (!shaped.glyphs.length) return '';
    const entry = this.#font(face);
    const { font } = entry;
    const d = this.doc as unknown as DocInternals;
    d.page.fonts[font.id] ??= font.ref();
    const encoded = shaped.glyphs.map((g) => cidOf(entry, g));
    const y = d.page.height - baseline;
    const ops = [
      'q',
      `1 0 0 -1 0 ${num(d.page.height)} cm`,
      'BT',
      `1 0 0 1 ${num(x)} ${num(y)} Tm`,
      `/${font.id} ${num(size)} Tf`,
    ];
    writeGlyphs(ops, encoded, shaped.positions, x, y, size / 1000);
    ops.push('ET', 'Q');
    return ops.join('\n');
  }

  /**
   * What pdfkit's `fillColor(colour)` writes (colour space, then components; no opacity given,
   * so no graphics state), worked out by pdfkit once per colour and recorded as it records it.
   */
  fillOperators(colour: string): string {
    let ops = this.#fills.get(colour);
    if (ops === undefined) {
      const d = this.doc as unknown as DocInternals;
      const page = d.page;
      const written: string[] = [];
      d.page = { ...page, write: (chunk: string) => written.push(chunk) } as typeof page;
      try {
        this.doc.fillColor(colour);
      } finally {
        d.page = page;
      }
      ops = written.join('\n');
      this.#fills.set(colour, ops);
    }
    (this.doc as unknown as DocInternals)._fillColor = [colour, undefined];
    return ops;
  }

  #font(face: string): FontEntry {
    let entry = this.#fonts.get(face);
    if (!entry) {
      const saved = (this.doc as unknown as DocInternals)._font;
      this.doc.font(face);
      entry = { font: (this.doc as unknown as DocInternals)._font, cids: new Map(), byGlyph: new WeakMap() };
      (this.doc as unknown as DocInternals)._font = saved;
      this.#fonts.set(face, entry);
    }
    return entry;
  }
}

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);

function cidOf(entry: FontEntry, glyph: Glyph): string {
  const known = entry.byGlyph.get(glyph);
  if (known !== undefined) return known;
  const { font, cids } = entry;
  const key = `${glyph.id}|${glyph.codePoints.join(',')}`;
  let hex = cids.get(key);
  if (hex === undefined) {
    let cid = font.subset.includeGlyph(glyph.id);
    const mapped = font.unicode[cid];
    if (mapped && mapped.join(',') !== glyph.codePoints.join(',')) {
      // Same outline, other characters: a new ID in the subset for the same glyph.
      font.subset.glyphs.push(glyph.id);
      cid = font.subset.glyphs.length - 1;
    }
    font.widths[cid] ??= glyph.advanceWidth * font.scale;
    font.unicode[cid] ??= glyph.codePoints;
    hex = cid.toString(16).padStart(4, '0');
    cids.set(key, hex);
  }
  entry.byGlyph.set(glyph, hex);
  return hex;
}

/** pdfkit's TJ encoding: kerning as adjustments, marks placed with their own text matrix. */
function writeGlyphs(
  ops: string[],
  encoded: string[],
  positions: readonly Placement[],
  x0: number,
  y: number,
  scale: number,
): void {
  const commands: string[] = [];
  let x = x0;
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const p = positions[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length) {
      ops.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const p = positions[i]!;
    if (p.xOffset || p.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(x + p.xOffset * scale)} ${num(y + p.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (p.xAdvance - p.advanceWidth !== 0) addSegment(i + 1);
    }
    x += p.xAdvance * scale;
  }
  flush(i);
}

/** The mirrored outline of a bracket in a right-to-left run, still standing for the original character. */
function mirrored(font: FontkitFont, glyph: Glyph): Glyph {
  const [cp] = glyph.codePoints;
  const other = glyph.codePoints.length === 1 ? bidi.getMirroredCharacter(String.fromCodePoint(cp!)) : null;
  if (!other) return glyph;
  const outline = font.glyphForCodePoint(other.codePointAt(0)!);
  return outline.id ? font.getGlyph(outline.id, glyph.codePoints) : glyph;
}

/** fontkit caches one glyph object per glyph ID with the characters of its first use: key it by both. */
export function keyGlyphsByCharacters(fk: fontkit.Font): void {
  const font = fk as unknown as FontkitFont;
  const original = font.getGlyph.bind(font);
  const byKey = new Map<string, Glyph>();
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const key = `${id}|${codePoints.join(',')}`;
    let glyph = byKey.get(key);
    if (!glyph) {
      delete font._glyphs[id];
      glyph = original(id, codePoints);
      byKey.set(key, glyph);
    }
    return glyph;
  };
}
