/**
 * The text a reader sees on each page of a PDF, in lines from the top, for naming what differs
 * between a presented report and its re-rendering (page-check.ts). It reads what a viewer
 * draws: every page's content streams (and the form XObjects they paint), text shown with
 * Tj, TJ, ' and ", through each font's ToUnicode map (ISO 32000 §9.10.3) or, for a simple
 * font without one, byte by byte. It is a diagnosis aid, not the check itself: the check is
 * byte identity with the re-rendering; this only says where a difference is.
 *
 * ```ts
 * const pages = await pageTexts(pdfBytes); // [['Chain-of-custody report: item …', …], …]
 * ```
 * @module
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib';

type CMap = Map<number, string>;
interface FontInfo {
  readonly twoByte: boolean;
  readonly map: CMap | undefined;
}

/** Each page's text as lines, top to bottom, each line's pieces left to right. */
export function pageTexts(doc: PDFDocument): string[][] {
  return doc.getPages().map((page) => {
    const pieces: Piece[] = [];
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const data = streams.map((s) => streamText(doc.context.lookup(s))).join('\n');
    readContent(doc, data, page.node.Resources(), pieces, 0);
    return toLines(pieces);
  });
}

interface Piece {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

function streamText(obj: unknown): string {
  if (!(obj instanceof PDFStream)) return '';
  const bytes = obj instanceof PDFRawStream ? decodePDFRawStream(obj).decode() : obj.getContents();
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192)
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

const TOKEN =
  /\s*(<<|>>|\[|\]|<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\)|\/[^\s/<>[\]()%]*|%[^\r\n]*|[^\s/<>[\]()%]+)/gy;

/** A small content-stream interpreter: text positioning, fonts, strings and form XObjects. */
function readContent(
  doc: PDFDocument,
  data: string,
  resources: PDFDict | undefined,
  out: Piece[],
  depth: number,
): void {
  if (depth > 8) return;
  const fonts = new Map<string, FontInfo>();
  const fontOf = (name: string) => {
    let f = fonts.get(name);
    if (!f) {
      f = fontInfo(doc, resources, name);
      fonts.set(name, f);
    }
    return f;
  };
  const stack: string[] = [];
  let font: FontInfo = { twoByte: false, map: undefined };
  let x = 0;
  let y = 0;
  let leading = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(data); m; m = TOKEN.exec(data)) {
    const t = m[1]!;
    if (t.startsWith('%')) continue;
    if (!/^[A-Za-z'"*]+\d?$/.test(t) || t === 'true' || t === 'false' || t === 'null') {
      stack.push(t);
      continue;
    }
    const n = (k: number) => Number(stack[stack.length - k] ?? 0);
    if (t === 'Tf') font = fontOf(stack[stack.length - 2]?.slice(1) ?? '');
    else if (t === 'Tm') [x, y] = [n(2), n(1)];
    else if (t === 'Td' || t === 'TD') {
      x += n(2);
      y += n(1);
      if (t === 'TD') leading = -n(1);
    } else if (t === 'TL') leading = n(1);
    else if (t === 'T*') y -= leading;
    else if (t === 'BT') [x, y] = [0, 0];
    else if (t === 'Tj' || t === "'" || t === '"') {
      if (t !== 'Tj') y -= leading;
      out.push({ x, y, text: decodeString(stack[stack.length - 1] ?? '', font) });
    } else if (t === 'TJ') {
      const open = stack.lastIndexOf('[');
      const parts = stack.slice(open + 1).filter((s) => s.startsWith('<') || s.startsWith('('));
      out.push({ x, y, text: parts.map((s) => decodeString(s, font)).join('') });
    } else if (t === 'Do') paintForm(doc, resources, stack[stack.length - 1]?.slice(1) ?? '', out, depth);
    stack.length = 0;
  }
}

function paintForm(
  doc: PDFDocument,
  resources: PDFDict | undefined,
  name: string,
  out: Piece[],
  depth: number,
) {
  const xobjects = resources && lookupDict(doc, resources.get(PDFName.of('XObject')));
  const form = xobjects && doc.context.lookup(xobjects.get(PDFName.of(name)));
  if (!(form instanceof PDFStream) || form.dict.get(PDFName.of('Subtype')) !== PDFName.of('Form')) return;
  const own = lookupDict(doc, form.dict.get(PDFName.of('Resources'))) ?? resources;
  readContent(doc, streamText(form), own, out, depth + 1);
}

function lookupDict(doc: PDFDocument, v: unknown): PDFDict | undefined {
  const o = v instanceof PDFRef ? doc.context.lookup(v) : v;
  return o instanceof PDFDict ? o : undefined;
}

function fontInfo(doc: PDFDocument, resources: PDFDict | undefined, name: string): FontInfo {
  const fontsDict = resources && lookupDict(doc, resources.get(PDFName.of('Font')));
  const font = fontsDict && lookupDict(doc, fontsDict.get(PDFName.of(name)));
  if (!font) return { twoByte: false, map: undefined };
  const twoByte = font.get(PDFName.of('Subtype')) === PDFName.of('Type0');
  const tu = doc.context.lookup(font.get(PDFName.of('ToUnicode')));
  return { twoByte, map: tu instanceof PDFStream ? parseCMap(streamText(tu)) : undefined };
}

/** bfchar and bfrange entries of a ToUnicode CMap. */
function parseCMap(text: string): CMap {
  const map: CMap = new Map();
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f\s]*)>/g))
      map.set(Number.parseInt(src!, 16), utf16(dst!.replace(/\s/g, '')));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, rest] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f\s]*>|\[[^\]]*\])/g,
    )) {
      const from = Number.parseInt(lo!, 16);
      const to = Math.min(Number.parseInt(hi!, 16), from + 0xffff);
      const list = rest!.startsWith('[')
        ? [...rest!.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map((x) => x[1]!.replace(/\s/g, ''))
        : undefined;
      for (let c = from; c <= to; c++) {
        if (list) map.set(c, utf16(list[c - from] ?? ''));
        else {
          const base = rest!.slice(1, -1).replace(/\s/g, '');
          const last = Number.parseInt(base.slice(-4), 16) + (c - from);
          map.set(c, utf16(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
        }
      }
    }
  return map;
}

function decodeString(token: string, font: FontInfo): string {
  const bytes = token.startsWith('<') ? hexBytes(token) : literalBytes(token);
  let out = '';
  const step = font.twoByte ? 2 : 1;
  for (let i = 0; i + step <= bytes.length; i += step) {
    const code = step === 2 ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
    out += font.map?.get(code) ?? (font.twoByte ? '\ufffd' : String.fromCharCode(code));
  }
  return out;
}

function hexBytes(token: string): number[] {
  const hex = token.slice(1, -1).replace(/\s/g, '');
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 2) out.push(Number.parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

function literalBytes(token: string): number[] {
  const s = PDFString.of(token.slice(1, -1)).asBytes();
  return [...s];
}

/** Pieces on one baseline (within a point) form a line; lines run from the top of the page. */
function toLines(pieces: Piece[]): string[] {
  const rows = new Map<number, Piece[]>();
  for (const p of pieces) {
    if (!p.text) continue;
    const key = Math.round(p.y);
    rows.set(key, [...(rows.get(key) ?? []), p]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, ps]) =>
      ps
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text)
        .join(' ')
        .trim(),
    );
}
