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

/**
 * SHA-256 of each face's file, pinned in the source: a browser that fetches the fonts to check a
 * report's pages (the /verify page) accepts only these bytes, so a server cannot make the
 * re-rendering come out as a forged page; a test holds them equal to the packaged files.
 */
export const FACE_SHA256: Record<Face, string> = {
  sans: 'fe8c022f48d8dd29f17b744d16f9346f4357e16f7d4f7be58b000ae7c291b614',
  'sans-bold': '13a813c49624ae3ba3c5c6e72c5ebffc4b9e1e6ea32f421c04069b037c6ad431',
  arabic: '252629ca0e87b6233851249b8cbf7b43445211a8caf199f1b306a19202251508',
  'arabic-bold': 'a86a704ff8b315082f4859b04c2f8f746f4cefb14553ef10505f143e0d4829d3',
  cjk: 'd45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16',
  'cjk-bold': '9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96',
  mono: '11b5d661e57865bce89d3f103a654cfa4faf9347abebac252e30742be1e657b2',
  'mono-bold': 'c13b63c28f97181761213a0ba8fdb5d887c6d3855098937907c76b3b6efc1566',
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
  /**
   * What the fonts say of each code point, asked once per report: the layout asks for every
   * character of every text (a cmap search in fontkit), and a report's texts use few characters.
   */
  readonly #has = new Map<Face, Map<number, boolean>>();
  readonly #first = new Map<FontStyle, Map<number, Face | null>>();

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
    let byStyle = this.#first.get(style);
    if (!byStyle) {
      byStyle = new Map();
      this.#first.set(style, byStyle);
    }
    let face = byStyle.get(codePoint);
    if (face === undefined) {
      face = CHAINS[style].find((f) => this.has(f, codePoint)) ?? null;
      byStyle.set(codePoint, face);
    }
    return face ?? undefined;
  }

  has(face: Face, codePoint: number): boolean {
    let byFace = this.#has.get(face);
    if (!byFace) {
      byFace = new Map();
      this.#has.set(face, byFace);
    }
    let has = byFace.get(codePoint);
    if (has === undefined) {
      has = this.font(face).hasGlyphForCodePoint(codePoint);
      byFace.set(codePoint, has);
    }
    return has;
  }
}
