/**
 * Codes the log records (`handed-over`, `partially-executed`, `seizure`) as words in the reader's
 * language. A code the catalogue does not know (a newer format, a hostile bundle) is printed as
 * recorded, never dropped, with its hyphens as spaces.
 *
 * ```ts
 * codeWord(translator(['fr']), 'requestStatus', 'partially-executed'); // 'partiellement exécutée'
 * ```
 * @module
 */
import { EN_MESSAGES, type MessageKey } from './en.ts';
import type { Translator } from './translator.ts';

export type CodeFamily =
  | 'origin'
  | 'itemStatus'
  | 'requestType'
  | 'requestStatus'
  | 'eventType'
  | 'subjectKind';

export function codeWord(tr: Translator, family: CodeFamily, code: string): string {
  const key = `${family}.${code}`;
  return Object.hasOwn(EN_MESSAGES, key) ? tr.t(key as MessageKey) : tr.isolate(code.replace(/-/g, ' '));
}
