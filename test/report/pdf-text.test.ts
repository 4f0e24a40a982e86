import { expect } from 'chai';
import { inWinAnsi, needsSubstitution, toWinAnsi } from '../../src/report/pdf-text.ts';

describe('text for the PDF standard fonts', () => {
  it('keeps everything WinAnsi can print, accents and typographic punctuation included', () => {
    const text = 'Ministère de la Justice – BEPI, Bundesamt für Justiz: „Übergabe“ … €12 — Œuvre ’s';
    expect(toWinAnsi(text)).to.equal(text);
    expect(needsSubstitution(text)).to.equal(false);
  });

  it('composes decomposed accents before deciding', () => {
    expect(toWinAnsi('e\u0301te\u0301')).to.equal('été');
  });

  it('spells letters outside WinAnsi with their base letter and marks what it cannot show', () => {
    expect(toWinAnsi('Łódź, Kraków, Ștefan, Dvořák')).to.equal('Lódz, Kraków, Stefan, Dvorák');
    expect(toWinAnsi('東京 😀')).to.equal('?? ?');
    expect(needsSubstitution('Łódź')).to.equal(true);
    expect(needsSubstitution('東京')).to.equal(true);
  });

  it('draws arrows and odd spaces another way without calling it a loss', () => {
    expect(toWinAnsi('DE → FR\u202f≥ 2\u200b')).to.equal('DE -> FR >= 2');
    expect(needsSubstitution('DE → FR')).to.equal(false);
  });

  it('never passes a control character or a C1 code to the font', () => {
    expect(toWinAnsi('a\u0007b\u0085c')).to.equal('a?b?c');
    expect(inWinAnsi('\u0085')).to.equal(false);
    expect(inWinAnsi('\n')).to.equal(true);
  });
});
