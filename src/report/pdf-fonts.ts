/**
 * The fonts of the PDF report: OFL-licensed Noto faces shipped in npm packages (licences in
 * docs/fonts.md), never fetched at run time. A style is a fallback chain of faces: each
 * character is printed in the first face of its chain that has a glyph for it, so Latin
 * (Azerbaijani, Vietnamese, French…), Greek and Cyrillic come from Noto Sans, Arabic from Noto
 * Sans Arabic, Chinese from Noto Sans SC, and arrows and mathematical signs from Noto Sans Mono.
 * Only the glyphs a report uses are embedded (pdfkit subsets every face).
 *
 * The bytes come through a {@link FontSource}, so that the renderer itself reads no file: Node
 * reads them from node_modules (src/report/node-font-source.ts), a browser would fetch them.
 * @module
 */
import * as fontkit from 'fontkit';
import { keyGlyphsByCharacters } from './pdf-glyph-map.ts';

export type Face =
  | 'sans'
  | 'sans-bold'
  | 'arabic'
  | 'arabic-bold'
  | 'cjk'
  | 'cjk-bold'
  | 'mono'
  | 'mono-bold';

export const FACES: readonly Face[] = [
  'sans',
  'sans-bold',
  'arabic',
  'arabic-bold',
  'cjk',
  'cjk-bold',
  'mono',
  'mono-bold',
];

/** Where each face's file is, inside which npm package (recorded in every report's XMP). */
export const FACE_FILES: Record<Face, { readonly pkg: string; readonly file: string }> = {
  sans: { pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
  'sans-bold': { pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf' },
  arabic: { pkg: '@expo-google-fonts/noto-sans-arabic', file: '400Regular/NotoSansArabic_400Regular.ttf' },
  'arabic-bold': { pkg: '@expo-google-fonts/noto-sans-arabic', file: '700Bold/NotoSansArabic_700Bold.ttf' },
  cjk: { pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf' },
  'cjk-bold': { pkg: '@expo-google-fonts/noto-sans-sc', file: '700Bold/NotoSansSC_700Bold.ttf' },
  mono: { pkg: '@expo-google-fonts/noto-sans-mono', file: '400Regular/NotoSansMono_400Regular.ttf' },
  'mono-bold': { pkg: '@expo-google-fonts/noto-sans-mono', file: '700Bold/NotoSansMono_700Bold.ttf' },
};

/** The bytes of each face. Synchronous: a browser loads them before it renders. */
export interface FontSource {
  bytes(face: Face): Uint8Array;
}

export type FontStyle = 'body' | 'bold' | 'mono';

/** Fallback chains, most specific first; the mono chain keeps hashes and keys fixed-width. */
export const CHAINS: Record<FontStyle, readonly Face[]> = {
  body: ['sans', 'arabic', 'cjk', 'mono'],
  bold: ['sans-bold', 'arabic-bold', 'cjk-bold', 'mono-bold'],
  mono: ['mono', 'sans', 'arabic', 'cjk'],
};

/** The faces of one report, parsed once from the source (fontkit parses lazily: cheap). */
export class FontSet {
  readonly #fonts = new Map<Face, fontkit.Font>();

  constructor(readonly source: FontSource) {}

  font(face: Face): fontkit.Font {
    let f = this.#fonts.get(face);
    if (!f) {
      // fontkit reads any Uint8Array; its types ask for a Buffer, which browsers lack.
      f = fontkit.create(this.source.bytes(face) as Buffer) as fontkit.Font;
      keyGlyphsByCharacters(f);
      this.#fonts.set(face, f);
    }
    return f;
  }

  /** The first face of the chain with a glyph for the code point, if any. */
  faceFor(codePoint: number, style: FontStyle): Face | undefined {
    return CHAINS[style].find((face) => this.font(face).hasGlyphForCodePoint(codePoint));
  }

  has(face: Face, codePoint: number): boolean {
    return this.font(face).hasGlyphForCodePoint(codePoint);
  }
}
