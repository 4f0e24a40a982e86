/**
 * English that Custos's own catalogue would print, found in a text meant to be in another
 * language: every run of three or more words of an English message's literal text that the
 * other language's message for the same key does not itself contain (a shared term such as
 * "RFC 9162" is not a leak). Logged values are never English phrases of the catalogue, so
 * whatever this finds came from a string that bypassed the catalogue.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES } from '../../src/core/i18n/catalogues.ts';
import { EN_MESSAGES, type MessageKey } from '../../src/core/i18n/en.ts';
import type { Language } from '../../src/core/i18n/languages.ts';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

function literals(ast: Ast, out: string[] = []): string[] {
  for (const node of ast) {
    const n = node as { type: number; value?: unknown; options?: Record<string, { value: Ast }> };
    if (n.type === 0 && typeof n.value === 'string') out.push(n.value);
    for (const option of Object.values(n.options ?? {})) literals(option.value, out);
  }
  return out;
}

/** The runs of three or more English words in `literal`, between punctuation. */
function phrasesIn(literal: string): string[] {
  return literal
    .split(/[;:,.()“”"—–?!\n]/)
    .map((piece) => piece.trim().replace(/\s+/g, ' '))
    .filter((phrase) => phrase.split(' ').filter((w) => /^[A-Za-z’-]{2,}$/.test(w)).length >= 3);
}

/** English phrases (three words or more) of the catalogue that `language` translates. */
export function englishPhrases(language: Language): string[] {
  const theirs = CATALOGUES[language].messages;
  const phrases = new Set<string>();
  for (const key of Object.keys(EN_MESSAGES) as MessageKey[]) {
    const english = EN_MESSAGES[key];
    for (const literal of literals(new IntlMessageFormat(english, 'en').getAst()))
      for (const phrase of phrasesIn(literal)) if (!theirs[key].includes(phrase)) phrases.add(phrase);
  }
  return [...phrases];
}

/**
 * The phrases of {@link englishPhrases} that `text` contains (whitespace runs as one space), and
 * those of `english`: texts the verifier printed in English for the same result (`custos verify`'s
 * lines, a check's `detail`), whose phrases would show a reason that bypassed the catalogue, such
 * as a thrown error's message.
 */
export function englishLeaks(text: string, language: Language, english: readonly string[] = []): string[] {
  const flat = text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
  const phrases = new Set([...englishPhrases(language), ...english.flatMap(phrasesIn)]);
  return [...phrases].filter((p) => flat.includes(p));
}
