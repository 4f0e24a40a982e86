/**
 * Exact text extraction for the report's fonts. pdfkit gives each glyph of a subset one entry
 * in the font's ToUnicode map, taken from the glyph's first use, and fontkit remembers one list
 * of characters per glyph. Noto fonts draw some letters from shared parts (Vietnamese ị is
 * dotless i plus a dot below; Arabic ق and ف share a dotless body), so a copied or extracted
 * text would read the first letter for every later one: "Thị" as "Thi", "الحيازة" as
 * "الحيارة". Here every distinct (glyph, characters) pair gets its own character ID in the
 * subset (the outline is embedded once more), so that each ID maps to exactly the characters
 * it was drawn for. A PDF reader then extracts what the bundle says.
 * @module
 */
import type { Bidi } from 'bidi-js';
import bidiFactory from 'bidi-js';
import type PDFDocument from 'pdfkit';

const bidi = (bidiFactory as unknown as () => Bidi)();
/** The feature tag a right-to-left run is drawn with: its brackets are mirrored (UAX #9 L4). */
export const MIRROR = 'rtlm';

interface Glyph {
  readonly id: number;
  readonly codePoints: number[];
  readonly advanceWidth: number;
}

interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): Glyph;
  _glyphs: Record<number, Glyph | undefined>;
}

/** The parts of pdfkit's EmbeddedFont this module relies on (pdfkit 0.20, pinned by the lock file). */
interface EmbeddedFont {
  font: FontkitFont & { glyphForCodePoint(cp: number): Glyph };
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  unicode: number[][];
  widths: number[];
  scale: number;
  layout(text: string, features?: string[]): { glyphs: Glyph[]; positions: unknown[] };
  encode(text: string, features?: string[]): [string[], unknown[]];
  exactCids?: Map<string, number>;
}

/** Makes the document's current font map each drawn glyph to the characters it was drawn for. */
export function useExactGlyphMap(doc: InstanceType<typeof PDFDocument>): void {
  const font = (doc as unknown as { _font: EmbeddedFont })._font;
  if (font.exactCids) return;
  const cids = new Map<string, number>();
  font.exactCids = cids;
  keyGlyphsByCharacters(font.font);
  font.encode = function encode(this: EmbeddedFont, text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const mirror = features?.includes(MIRROR) ?? false;
    const codes = glyphs.map((shaped) => {
      const glyph = mirror ? mirrored(this.font, shaped) : shaped;
      const key = `${glyph.id}|${glyph.codePoints.join(',')}`;
      let cid = cids.get(key);
      if (cid === undefined) {
        cid = this.subset.includeGlyph(glyph.id);
        const mapped = this.unicode[cid];
        if (mapped && mapped.join(',') !== glyph.codePoints.join(',')) {
          // Same outline, other characters: a new ID in the subset for the same glyph.
          this.subset.glyphs.push(glyph.id);
          cid = this.subset.glyphs.length - 1;
        }
        cids.set(key, cid);
        this.widths[cid] ??= glyph.advanceWidth * this.scale;
        this.unicode[cid] ??= glyph.codePoints;
      }
      return cid.toString(16).padStart(4, '0');
    });
    return [codes, positions];
  };
}

/** The mirrored outline of a bracket in a right-to-left run, still standing for the original character. */
function mirrored(font: FontkitFont & { glyphForCodePoint(cp: number): Glyph }, glyph: Glyph): Glyph {
  const [cp] = glyph.codePoints;
  const other = glyph.codePoints.length === 1 ? bidi.getMirroredCharacter(String.fromCodePoint(cp!)) : null;
  if (!other) return glyph;
  const outline = font.glyphForCodePoint(other.codePointAt(0)!);
  return outline.id ? font.getGlyph(outline.id, glyph.codePoints) : glyph;
}

/** fontkit caches one glyph object per glyph ID with the characters of its first use: key it by both. */
function keyGlyphsByCharacters(fk: FontkitFont): void {
  const original = fk.getGlyph.bind(fk);
  const byKey = new Map<string, Glyph>();
  fk.getGlyph = (id: number, codePoints: number[] = []) => {
    const key = `${id}|${codePoints.join(',')}`;
    let glyph = byKey.get(key);
    if (!glyph) {
      delete fk._glyphs[id];
      glyph = original(id, codePoints);
      byKey.set(key, glyph);
    }
    return glyph;
  };
}
