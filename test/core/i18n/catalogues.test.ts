import { expect } from 'chai';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES } from '../../../src/core/i18n/catalogues.ts';
import { EN_MESSAGES, type MessageKey } from '../../../src/core/i18n/en.ts';
import { LANGUAGES } from '../../../src/core/i18n/languages.ts';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** Every argument a message uses, at any depth (inside plural and select options too). */
function argumentsOf(ast: Ast, out = new Set<string>()): Set<string> {
  for (const node of ast) {
    const n = node as { value?: unknown; options?: Record<string, { value: Ast }>; type: number };
    // Type 0 is literal text and 7 the `#` of a plural; every other node names an argument.
    if (n.type !== 0 && n.type !== 7 && typeof n.value === 'string') out.add(n.value);
    for (const option of Object.values(n.options ?? {})) argumentsOf(option.value, out);
  }
  return out;
}

const keys = Object.keys(EN_MESSAGES) as MessageKey[];
const sorted = (s: Set<string>) => [...s].sort();

describe('message catalogues', () => {
  it('has one catalogue per language, each naming its own language', () => {
    expect(Object.keys(CATALOGUES).sort()).to.deep.equal([...LANGUAGES].sort());
    for (const l of LANGUAGES) expect(CATALOGUES[l].language).to.equal(l);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const c = CATALOGUES[language];

      it('has every key of the English catalogue and no other', () => {
        expect(Object.keys(c.messages).sort()).to.deep.equal([...keys].sort());
      });

      it('parses as ICU MessageFormat, each message with the same placeholders as in English', () => {
        const differ: string[] = [];
        for (const key of keys) {
          const mine = argumentsOf(new IntlMessageFormat(c.messages[key], language).getAst());
          const english = argumentsOf(new IntlMessageFormat(EN_MESSAGES[key], 'en').getAst());
          if (sorted(mine).join() !== sorted(english).join()) differ.push(key);
        }
        expect(differ).to.deep.equal([]);
      });

      it('has a plural form for every category the language has', () => {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const key of keys) {
          for (const node of new IntlMessageFormat(c.messages[key], language).getAst()) {
            const n = node as { type: number; options?: Record<string, unknown>; pluralType?: string };
            if (n.type !== 6 || !n.options) continue;
            // `other` stands for any category a message does not name, so it must be there.
            expect(Object.keys(n.options), key).to.include('other');
            for (const option of Object.keys(n.options))
              expect([...categories, ...[0, 1, 2].map((k) => `=${k}`)], `${key}: ${option}`).to.include(
                option,
              );
          }
        }
      });

      it('says who reviewed it, or that it is a machine draft', () => {
        if (c.origin === 'source') expect(language).to.equal('en');
        else if (c.origin === 'translator') expect(c.reviewedBy).to.be.a('string').and.not.empty;
        else expect(c.origin).to.equal('machine-drafted');
      });

      it('writes no ASCII apostrophe, which ICU would read as a quote', () => {
        expect(keys.filter((k) => c.messages[k].includes("'"))).to.deep.equal([]);
      });
    });
  }
});
