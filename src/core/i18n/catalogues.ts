/**
 * Every catalogue, by language: one file per language beside this one (docs/i18n.md says which
 * are machine-drafted and who reviewed the others).
 * @module
 */
import { AR } from './ar.ts';
import { AZ } from './az.ts';
import type { Catalogue } from './catalogue.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import type { Language } from './languages.ts';
import { RU } from './ru.ts';
import { ZH } from './zh.ts';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en: EN,
  az: AZ,
  ru: RU,
  ar: AR,
  zh: ZH,
  fr: FR,
  es: ES,
};
