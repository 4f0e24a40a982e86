import { expect } from 'chai';
import { LANGUAGES } from '../../../src/core/i18n/languages.ts';
import { formatNumber, formatUtc, LOCALE_FORMATS } from '../../../src/core/i18n/locale-formats.ts';
import { translator } from '../../../src/core/i18n/translator.ts';

/** The locales the table was taken from: Node's full ICU, as the reports used to ask it. */
const ICU_LOCALE = { en: 'en-GB', az: 'az', ru: 'ru', ar: 'ar', zh: 'zh-CN', fr: 'fr', es: 'es' } as const;

describe('dates, times and numbers of each report language (locale-formats.ts)', () => {
  for (const language of LANGUAGES) {
    const f = LOCALE_FORMATS[language];
    const locale = `${ICU_LOCALE[language]}-u-nu-latn`;

    it(`${language}: writes every month's date and the clock as full ICU (CLDR) does`, () => {
      const utc = { timeZone: 'UTC', numberingSystem: 'latn' } as const;
      const date = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'long' });
      const clock = new Intl.DateTimeFormat(locale, { ...utc, timeStyle: 'medium', hourCycle: 'h23' });
      for (let m = 0; m < 12; m++)
        for (const [d, h] of [
          [1, 0],
          [17, 9],
          [31, 23],
        ] as const) {
          const at = new Date(Date.UTC(2026, m, d, h, 5, 7));
          if (at.getUTCMonth() !== m) continue;
          expect(formatUtc(f, at), at.toISOString()).to.deep.equal({
            date: date.format(at),
            time: clock.format(at),
          });
        }
    });

    it(`${language}: writes numbers as full ICU does, in plain numbers and in messages`, () => {
      const icu = new Intl.NumberFormat(locale, { numberingSystem: 'latn' });
      for (const n of [0, 7, 999, 1000, 9999, 10_000, 123_456, 1_234_567, 61_000_000_000, 1.5, 12.25, -4321])
        expect(formatNumber(f, n), String(n)).to.equal(icu.format(n));
      expect(translator([language]).t('size.bytes', { n: 61_000_000_000 })).to.include(
        icu.format(61_000_000_000),
      );
    });
  }
});
