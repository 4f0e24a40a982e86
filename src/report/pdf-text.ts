/**
 * Text for the PDF's standard fonts. pdfkit's built-in Helvetica and Courier are encoded in
 * WinAnsi (Windows-1252): a character outside it would print as garbage, so each one is
 * transliterated (→ as ->, ł as l, é in decomposed form as é) or, failing that, shown as `?`.
 * The exact text stays in the attached bundle; the report says when it had to substitute.
 * @module
 */

/** The Windows-1252 characters above Latin-1 that pdfkit maps into the font's 0x80–0x9F slots. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↔': '<->',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '‖': '||',
  '\t': ' ',
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'n',
  Ŋ: 'N',
  ſ: 's',
};

/** Zero-width characters carry nothing a reader can see. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;
const SPACES = /[\u2000-\u200a\u202f\u205f\u3000]/;

export function inWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return ch === '\n' || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
}

function substitute(ch: string): string {
  const known = SUBSTITUTES[ch];
  if (known !== undefined) return known;
  if (INVISIBLE.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  // Accented letters outside Latin-1 (ő, ș, č…) keep their base letter.
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  return base && [...base].every(inWinAnsi) ? base : '?';
}

/** The text as the standard fonts can print it. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += inWinAnsi(ch) ? ch : substitute(ch);
  return out;
}

/**
 * Whether printing the text loses information — a letter spelled differently or a `?` — so the
 * report can warn its reader. Arrows and spaces drawn another way lose nothing.
 */
export function needsSubstitution(text: string): boolean {
  for (const ch of text.normalize('NFC'))
    if (!inWinAnsi(ch) && (/\p{L}/u.test(ch) || substitute(ch) === '?')) return true;
  return false;
}
