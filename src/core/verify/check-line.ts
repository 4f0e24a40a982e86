/**
 * A check line as a catalogue message (src/core/i18n) with the values the verifier computed, and
 * its English sentence beside it: the CLI and `--json` print `detail`, a report or the /verify
 * page prints `message` in the reader's language. One builder, so that no check can carry a
 * sentence that has no message.
 *
 * ```ts
 * checkLine('signatures', 'pass', 'detail.signatures', { n: 12, total: 12 });
 * // { id: 'signatures', status: 'pass', detail: '12 of 12 entry signatures verify (…)', message: … }
 * ```
 * @module
 */
import type { MessageKey } from '../i18n/en.ts';
import { type Message, type Translator, translator, type Values } from '../i18n/translator.ts';
import type { Check, CheckId, CheckStatus, TimeBound } from './result.ts';

export type CheckDetailKey = Extract<MessageKey, `detail.${string}`>;

const english = translator(['en'], { isolate: false });

export function checkLine(
  id: CheckId,
  status: CheckStatus,
  key: CheckDetailKey,
  values: Values = {},
  about: { readonly entry?: number; readonly code?: string } = {},
): Check {
  return { id, status, ...about, detail: english.t(key, values), message: { key, values } };
}

/** A message as the value of another, e.g. an enum word inside a check's sentence. */
export function nested(key: MessageKey, values?: Values): Message {
  return values ? { key, values } : { key };
}

export function englishText(m: Message): string {
  return english.t(m.key, m.values);
}

/** What went wrong, as the thrown error says it (in English: it is not ours to translate). */
export function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Who bounds an entry's time (`TSA …`, `witness …`) in the reader's language. */
export function boundSource(b: TimeBound, tr: Translator): string {
  return b.by ? tr.t(b.by.kind === 'tsa' ? 'time.byTsa' : 'time.byWitness', { name: b.by.name }) : b.source;
}

/** A check's sentence in the reader's language(s); the verifier's English when it has no message. */
export function checkText(c: Check, tr: Translator): string {
  return c.message ? tr.lines(c.message.key, c.message.values) : c.detail;
}

/** Names, if any, as a `has…` flag and one comma-separated value. */
export function listed(name: string, names: readonly string[]): Record<string, string> {
  const flag = `has${name[0]!.toUpperCase()}${name.slice(1)}`;
  return names.length ? { [flag]: 'yes', [name]: names.join(', ') } : { [flag]: 'no' };
}
