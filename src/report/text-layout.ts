/**
 * Lines of mixed-script text for the PDF, laid out by libraries made for each step: the Unicode
 * Bidirectional Algorithm (UAX #9, bidi-js) gives each character its direction, the Unicode
 * Line Breaking Algorithm (UAX #14, linebreak) where a line may end, and fontkit (the engine
 * inside pdfkit) shapes each run: Arabic joining forms and ligatures, marks, kerning. This
 * module chooses the face of every character from its style's fallback chain, cuts lines to a
 * width, and orders each line's runs for display; pdf-layout.ts draws them.
 *
 * A character that no face has is never dropped or replaced silently: it is printed as
 * `[U+XXXX]` and collected in {@link TextLayout.unprintable}, which the report lists.
 *
 * ```ts
 * const layout = new TextLayout(new FontSet(source), 'rtl');
 * layout.lines('سلسلة الحيازة: phone-7', 'body', 9.5, 200); // one line, runs in visual order
 * ```
 * @module
 */
import type { Bidi, EmbeddingLevels } from 'bidi-js';
import bidiFactory from 'bidi-js';
import LineBreaker from 'linebreak';
import type { Face, FontSet, FontStyle } from './pdf-fonts.ts';
import { type Glyph, joinShaped, type Placement, type Shaped, shapeRun } from './pdf-glyph-map.ts';

// bidi-js's declarations describe its ES build; Node loads the CommonJS one, whose default is
// the same factory.
const bidi = (bidiFactory as unknown as () => Bidi)();

export type Direction = 'ltr' | 'rtl';

/** A run of one face and one direction, ready to draw: `text` is what the font must shape. */
export interface TextRun {
  readonly text: string;
  readonly face: Face;
  /** Offset from the line's start, in points. */
  readonly x: number;
  readonly width: number;
  /** Right to left: the drawing mirrors brackets (UAX #9 L4) and keeps the logical characters. */
  readonly rtl: boolean;
  /** The glyphs to draw, shaped once for measuring and drawing alike. */
  readonly shaped: Shaped;
}

export interface TextLine {
  /** In visual order, left to right. */
  readonly runs: readonly TextRun[];
  readonly width: number;
}

/** Characters the bidi algorithm consumes and fonts need not draw (bidi controls, joiners). */
const FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;
/** Format characters that only steer the bidi algorithm (joiners stay: shaping needs them). */
const BIDI_CONTROLS = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
const HYPHENS = /[-\u2010\u00ad]/u;
/** Letters of scripts fontkit shapes right to left: a run holding one is reversed by fontkit. */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Scripts whose fonts act on pairs of characters at most (kerning): see {@link TextLayout.shape}. */
const SIMPLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]+$/u;
/** Controls other than the line feed, surrogates and unassigned code points print as placeholders. */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\p{Cn}\p{Co}]/u;
const IS_FORMAT = 1;
const IS_UNPRINTABLE = 2;
const IS_LETTER = 4;
/** The Unicode classes above of each code point met, found once: the layout asks for every character. */
const kinds = new Map<number, number>();

function kindOf(cp: number): number {
  let kind = kinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind =
      (FORMAT.test(ch) ? IS_FORMAT : 0) |
      (UNPRINTABLE.test(ch) ? IS_UNPRINTABLE : 0) |
      (/\p{L}/u.test(ch) ? IS_LETTER : 0);
    kinds.set(cp, kind);
  }
  return kind;
}

export class TextLayout {
  /** Code points some text held that no face could print, in the order first met. */
  readonly unprintable = new Set<number>();
  /**
   * Shapings by face, direction and text. Nested maps, not one map keyed by a joined string:
   * a report of ten thousand events looks up hundreds of thousands of runs, and a joined key
   * is a new string to build and hash every time.
   */
  readonly #shaped = new Map<Face, [Map<string, Shaped>, Map<string, Shaped>]>();
  /** A table row is measured before it is drawn: lay each text out once (by width, size, style, text). */
  readonly #laid = new Map<number, Map<number, Map<FontStyle, Map<string, TextLine[]>>>>();

  constructor(
    readonly fonts: FontSet,
    readonly direction: Direction,
  ) {}

  /** The text as lines no wider than `width` points; `\n` always starts a new line. */
  lines(text: string, style: FontStyle, size: number, width: number): TextLine[] {
    const bySize = getOrAdd(
      this.#laid,
      width,
      () => new Map<number, Map<FontStyle, Map<string, TextLine[]>>>(),
    );
    const laid = getOrAdd(
      getOrAdd(bySize, size, () => new Map()),
      style,
      () => new Map<string, TextLine[]>(),
    );
    let lines = laid.get(text);
    if (!lines) {
      lines = text.split('\n').flatMap((p) => this.#paragraph(p, style, size, width));
      laid.set(text, lines);
    }
    return lines;
  }

  /** The width of one line of text, unbroken. */
  width(text: string, style: FontStyle, size: number): number {
    return this.lines(text, style, size, Number.POSITIVE_INFINITY).reduce((a, l) => Math.max(a, l.width), 0);
  }

  /** Advance width of `text` shaped in `face`, in points at `size`. */
  measure(text: string, face: Face, size: number, rtl = false): number {
    return (this.shape(text, face, rtl).advance * size) / 1000;
  }

  /**
   * `text` shaped in `face`, once per process of rendering. Left-to-right text is shaped word
   * by word (each word with the space after it), so that words met again cost nothing; a
   * right-to-left run is shaped whole, which puts it in visual order.
   */
  shape(text: string, face: Face, rtl: boolean): Shaped {
    const byText = getOrAdd(this.#shaped, face, (): [Map<string, Shaped>, Map<string, Shaped>] => [
      new Map(),
      new Map(),
    ])[rtl ? 1 : 0];
    let shaped = byText.get(text);
    if (!shaped) {
      shaped =
        (!rtl && [...text].length > 2 && SIMPLE.test(text) && this.#composed(text, face)) ||
        (rtl || !/[ \t]./.test(text) ? shapeRun(this.fonts.font(face), text, rtl) : this.#words(text, face));
      byText.set(text, shaped);
    }
    return shaped;
  }

  #words(text: string, face: Face): Shaped {
    return joinShaped(
      (text.match(/[^ \t]*[ \t]*/g) ?? []).filter(Boolean).map((w) => this.shape(w, face, false)),
    );
  }

  /**
   * Alphabetic text (Latin, Greek, Cyrillic) composed from each character's shaping and each
   * pair's kerning, both cached: fontkit takes a fraction of a millisecond per call, and a
   * report of ten thousand events holds many thousand distinct words. Exact where the font acts
   * on pairs at most (kerning), which every pair of the text is checked for: when one pair
   * shapes otherwise (a ligature, a mark), the text is shaped as a whole instead (undefined).
   */
  #composed(text: string, face: Face): Shaped | undefined {
    const chars = [...text];
    const glyphs: Glyph[] = [];
    const positions: Placement[] = [];
    let advance = 0;
    for (let i = 0; i < chars.length; i++) {
      const one = this.shape(chars[i]!, face, false);
      if (one.glyphs.length !== 1) return undefined;
      let p = one.positions[0]!;
      if (i + 1 < chars.length) {
        const pair = this.shape(chars[i]! + chars[i + 1]!, face, false);
        const next = this.shape(chars[i + 1]!, face, false);
        if (
          pair.glyphs.length !== 2 ||
          pair.glyphs[0]!.id !== one.glyphs[0]!.id ||
          pair.glyphs[1]!.id !== next.glyphs[0]?.id ||
          pair.positions[0]!.xOffset !== p.xOffset ||
          pair.positions[0]!.yOffset !== p.yOffset
        )
          return undefined;
        p = pair.positions[0]!;
      }
      glyphs.push(one.glyphs[0]!);
      positions.push(p);
      advance += p.xAdvance;
    }
    return { glyphs, positions, advance };
  }

  #paragraph(raw: string, style: FontStyle, size: number, width: number): TextLine[] {
    const text = this.#printable(raw, style);
    if (!text) return [{ runs: [], width: 0 }];
    const levels = this.#levels(text);
    const faces = this.#faces(text, style);
    const segmentWidth = (from: number, to: number) =>
      logicalRuns(text, levels.levels, faces, from, to).reduce(
        (a, r) => a + this.measure(drawable(text, r), r.face, size, r.level % 2 === 1),
        0,
      );
    // Most texts of a report fit their cell: no need to look for where a line may end.
    if (segmentWidth(0, text.length) <= width)
      return [this.#line(text, levels, faces, 0, trimEnd(text, 0, text.length), size)];
    const breaks = breakOpportunities(text);
    const lines: [number, number][] = [];
    let start = 0;
    let used = 0;
    let last = 0;
    for (const at of breaks) {
      const end = trimEnd(text, last, at);
      const visible = segmentWidth(last, end);
      const w = end === at ? visible : visible + segmentWidth(end, at);
      if (used + visible > width && at > last) {
        if (last > start) {
          lines.push([start, last]);
          start = last;
          used = 0;
        }
        // A segment wider than the line (a hash, a long identifier) is cut between characters.
        if (visible > width) {
          for (const piece of this.#split(text, levels.levels, faces, last, at, size, width)) {
            if (piece[1] === at) {
              start = piece[0];
              used = segmentWidth(piece[0], at);
            } else lines.push(piece);
          }
          last = at;
          continue;
        }
      }
      used += w;
      last = at;
    }
    lines.push([start, text.length]);
    return lines.map(([from, to]) => this.#line(text, levels, faces, from, trimEnd(text, from, to), size));
  }

  /** Cuts [from, to) into pieces no wider than `width`, never between a letter and its marks. */
  #split(
    text: string,
    levels: Uint8Array,
    faces: Face[],
    from: number,
    to: number,
    size: number,
    width: number,
  ): [number, number][] {
    const pieces: [number, number][] = [];
    let start = from;
    for (let i = from; i < to; ) {
      const next = nextCluster(text, i);
      const w = logicalRuns(text, levels, faces, start, next).reduce(
        (a, r) => a + this.measure(drawable(text, r), r.face, size, r.level % 2 === 1),
        0,
      );
      // A piece never ends in a hyphen, for the same reason as in breakOpportunities.
      if (w > width && i > start && !HYPHENS.test(text[i - 1]!)) {
        pieces.push([start, i]);
        start = i;
      }
      i = next;
    }
    pieces.push([start, to]);
    return pieces;
  }

  #line(
    text: string,
    levels: EmbeddingLevels,
    faces: Face[],
    from: number,
    to: number,
    size: number,
  ): TextLine {
    if (to <= from) return { runs: [], width: 0 };
    // bidi-js reorders [from, to) in place within the indices of the whole text.
    const order = levels.paragraphs.length
      ? bidi.getReorderedIndices(text, levels, from, to - 1).slice(from, to)
      : Array.from({ length: to - from }, (_, i) => from + i);
    const runs: TextRun[] = [];
    let x = 0;
    for (const r of visualRuns(order, levels.levels, faces)) {
      const drawn = drawable(text, r);
      const rtl = r.level % 2 === 1;
      const shaped = this.shape(drawn, r.face, rtl);
      const width = (shaped.advance * size) / 1000;
      runs.push({ text: drawn, face: r.face, x, width, rtl, shaped });
      x += width;
    }
    return { runs, width: x };
  }

  /**
   * The bidi embedding levels (UAX #9). Plain ASCII text in a left-to-right document is level 0
   * throughout, which the algorithm would find too, only slower; no paragraphs means no reordering.
   */
  #levels(text: string): EmbeddingLevels {
    if (this.direction === 'ltr' && /^[\x20-\x7e]*$/.test(text))
      return { levels: new Uint8Array(text.length), paragraphs: [] };
    return bidi.getEmbeddingLevels(text, this.direction);
  }

  /** The text with every character no face can print replaced by its visible placeholder. */
  #printable(text: string, style: FontStyle): string {
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const kind = kindOf(cp);
      if (kind & IS_FORMAT || (!(kind & IS_UNPRINTABLE) && this.fonts.faceFor(cp, style))) out += ch;
      else {
        this.unprintable.add(cp);
        out += `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
      }
    }
    return out;
  }

  /**
   * The face of each UTF-16 unit. Letters take the first face of the chain that has them;
   * marks, joiners, spaces, digits and punctuation stay in the face before them when it has
   * them, so that an Arabic comma is shaped with the Arabic letters around it.
   */
  #faces(text: string, style: FontStyle): Face[] {
    const faces: Face[] = [];
    let previous: Face | undefined;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const kind = kindOf(cp);
      const follows = !(kind & IS_LETTER) && previous !== undefined;
      const face =
        follows && (kind & IS_FORMAT || this.fonts.has(previous!, cp))
          ? previous!
          : (this.fonts.faceFor(cp, style) ?? previous ?? CHAIN_HEAD[style]);
      for (let k = 0; k < ch.length; k++) faces.push(face);
      previous = face;
    }
    return faces;
  }
}

/** The code points of `text` that no face of the style can print, in the order first met. */
export function unprintableIn(fonts: FontSet, text: string, style: FontStyle = 'body'): number[] {
  const found = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 10 || found.has(cp)) continue;
    const kind = kindOf(cp);
    if (!(kind & IS_FORMAT) && (kind & IS_UNPRINTABLE || !fonts.faceFor(cp, style))) found.add(cp);
  }
  return [...found];
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const CHAIN_HEAD: Record<FontStyle, Face> = { body: 'sans', bold: 'sans-bold', mono: 'mono' };

interface LogicalRun {
  readonly from: number;
  readonly to: number;
  readonly face: Face;
  readonly level: number;
}

/** Maximal runs of one face and one bidi level in logical order, within [from, to). */
function logicalRuns(
  text: string,
  levels: Uint8Array,
  faces: Face[],
  from: number,
  to: number,
): LogicalRun[] {
  const runs: LogicalRun[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || faces[i] !== faces[start] || levels[i] !== levels[start]) {
      if (i > start) runs.push({ from: start, to: i, face: faces[start]!, level: levels[start]! });
      start = i;
    }
  }
  return runs.filter((r) => r.to > r.from && text.slice(r.from, r.to).length > 0);
}

/** Runs in display order from bidi-js's reordered indices (UAX #9 L1–L2). */
function visualRuns(order: number[], levels: Uint8Array, faces: Face[]): LogicalRun[] {
  const runs: LogicalRun[] = [];
  let i = 0;
  while (i < order.length) {
    const first = order[i]!;
    const level = levels[first]!;
    const step = level % 2 ? -1 : 1;
    let j = i + 1;
    while (
      j < order.length &&
      order[j] === order[j - 1]! + step &&
      levels[order[j]!] === level &&
      faces[order[j]!] === faces[first]
    )
      j++;
    const indices = order.slice(i, j);
    runs.push({ from: Math.min(...indices), to: Math.max(...indices) + 1, face: faces[first]!, level });
    i = j;
  }
  return runs;
}

/**
 * What the font must shape for a run, without the bidi controls (their work is done). fontkit
 * shapes a run of a right-to-left script right to left itself; any other right-to-left run
 * (spaces and brackets between Arabic words that the Arabic face lacks) is reversed here.
 * Brackets are mirrored when drawn (pdf-glyph-map.ts), so that the text keeps its characters.
 */
function drawable(text: string, r: LogicalRun): string {
  const logical = text.slice(r.from, r.to).replace(BIDI_CONTROLS, '');
  if (r.level % 2 === 0 || RTL_SCRIPT.test(logical)) return logical;
  return [...logical].reverse().join('');
}

/** UAX #14 break opportunities (positions after which a line may end), the text's end last. */
function breakOpportunities(text: string): number[] {
  const breaker = new LineBreaker(text);
  const out: number[] = [];
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    // Not inside identifiers such as AZ-ŞK-0042117: a line that ends in a hyphen is read (and
    // extracted by PDF readers) as a hyphenated word, which changes the identifier.
    if (!bk.required && HYPHENS.test(text[bk.position - 1] ?? '')) continue;
    out.push(bk.position);
  }
  if (out.at(-1) !== text.length) out.push(text.length);
  return out;
}

/** The end of [from, to) without trailing white space, which a line does not draw. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/** The index after the character at `i` and any marks or joiners that belong to it. */
function nextCluster(text: string, i: number): number {
  let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (j < text.length && /[\p{M}\u200c\u200d]/u.test(String.fromCodePoint(text.codePointAt(j)!)))
    j += text.codePointAt(j)! > 0xffff ? 2 : 1;
  return j;
}
