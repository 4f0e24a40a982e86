/**
 * The page's language: the one the reader chose before (kept in the browser's localStorage),
 * else the first of the browser's languages Custos has a catalogue for, else English. A switcher
 * in the masthead changes it at once; Arabic turns the page right to left. The catalogues are
 * the reports' (src/core/i18n), bundled into the page: nothing is fetched.
 *
 * ```ts
 * const tr = currentTranslator();
 * tr.t('page.verified'); // 'TƏSDİQLƏNDİ' for a reader who chose Azerbaijani
 * ```
 * @module
 */
import { CATALOGUES } from '../../core/i18n/catalogues.ts';
import type { MessageKey } from '../../core/i18n/en.ts';
import { isLanguage, LANGUAGES, type Language } from '../../core/i18n/languages.ts';
import { type Translator, translator } from '../../core/i18n/translator.ts';
import { byId, el } from './dom.ts';

const STORAGE_KEY = 'custos.verify.lang';

let current: Translator = translator(['en']);

/** The translator of the page's language, for the parts the script writes. */
export function currentTranslator(): Translator {
  return current;
}

/** Reads the choice, fills the switcher, translates the page; `onChange` re-renders a result. */
export function setUpLanguage(onChange: () => void): void {
  const select = byId('lang', HTMLSelectElement);
  select.replaceChildren(...LANGUAGES.map((l) => el('option', { value: l, lang: l }, CATALOGUES[l].name)));
  apply(initialLanguage());
  select.value = current.languages[0]!;
  select.addEventListener('change', () => {
    if (!isLanguage(select.value)) return;
    remember(select.value);
    apply(select.value);
    onChange();
  });
}

function initialLanguage(): Language {
  const stored = recalled();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function apply(language: Language): void {
  current = translator([language]);
  const root = document.documentElement;
  root.lang = language;
  root.dir = current.direction;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = current.t(node.dataset.i18n as MessageKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]'))
    node.setAttribute('aria-label', current.t(node.dataset.i18nAriaLabel as MessageKey));
  const note = byId('review-note', HTMLElement);
  const notes = current.reviewNotes('page');
  note.textContent = notes.join(' ');
  note.hidden = notes.length === 0;
}

// Storage may be refused (a file opened from disk under some settings, private modes): the
// page then works in the browser's language, and forgets the choice.
function recalled(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored && isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See recalled().
  }
}
