/**
 * JSON that every reader reads alike. RFC 8259 §4 only says member names SHOULD be unique and
 * leaves a repeated name to the reader: `JSON.parse` keeps the last value, other parsers the
 * first or refuse. A verifier that keeps one value while a person's tool shows the other would
 * vouch for something the person never read, so attacker-supplied JSON (a court bundle) is
 * refused when any object anywhere in it repeats a name (as I-JSON, RFC 7493 §2.3, requires).
 * Names are compared after unescaping: `"a"` and `"\u0061"` are the same name. A string holding
 * half a UTF-16 surrogate pair (raw or escaped, `"\ud800"`) is refused too: it is no Unicode
 * text, and a UTF-8 reader replaces it with U+FFFD, so two names that differ here only by
 * their lone surrogates would become one name repeated.
 *
 * ```ts
 * parseJsonStrict('{"a":1,"b":2}'); // { a: 1, b: 2 }
 * parseJsonStrict('{"a":1,"a":2}'); // throws ValidationError bad_json: member "a" appears twice in (root)
 * ```
 * @module
 */
import { ValidationError } from './errors.ts';

/**
 * The value of `text`; ValidationError `bad_json` when it is not JSON, repeats a member name or
 * holds a lone surrogate.
 */
export function parseJsonStrict(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ValidationError('bad_json', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const repeated = findRepeatedMember(text);
  if (repeated) {
    const where = repeated.path.length ? pathText(repeated.path) : '(root)';
    throw new ValidationError(
      'bad_json',
      `member "${clip(repeated.name)}" appears twice in ${where}: readers would disagree on its value`,
      [{ path: repeated.path, message: `member "${clip(repeated.name)}" appears twice` }],
    );
  }
  const lone = mayHoldSurrogate(text) ? findLoneSurrogate(value) : undefined;
  if (lone) {
    const where = lone.length ? pathText(lone) : '(root)';
    throw new ValidationError(
      'bad_json',
      `a string at ${where} holds an unpaired UTF-16 surrogate (\\uD800–\\uDFFF alone): not Unicode text, and readers would disagree on it`,
      [{ path: lone, message: 'unpaired UTF-16 surrogate' }],
    );
  }
  return value;
}

/**
 * A parsed string holds a surrogate code unit only if the text has one, raw or as a `\uD800`–
 * `\uDFFF` escape: text with neither (nearly every bundle) needs no walk through its values.
 * The test is loose on purpose (an escaped backslash before `uD8…` also matches): a match only
 * means the walk below decides.
 */
const ANY_SURROGATE = /[\uD800-\uDFFF]|\\u[dD][89a-fA-F]/;

function mayHoldSurrogate(text: string): boolean {
  return ANY_SURROGATE.test(text);
}

/** Matches a surrogate code unit that is not half of a pair (with `u`, a pair is one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

interface Visit {
  readonly v: unknown;
  readonly key?: string | number;
  readonly parent?: Visit;
}

/** The path of the first name or string of `value` holding a lone surrogate; iterative, for deep input. */
function findLoneSurrogate(value: unknown): (string | number)[] | undefined {
  const todo: Visit[] = [{ v: value }];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const { v } = next;
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return pathOf(next);
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) todo.push({ v: x, key: i, parent: next });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k)) return [...pathOf(next), k];
        todo.push({ v: x, key: k, parent: next });
      }
    }
  }
  return undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** An open object (its names so far) or array (the index of the element being read). */
interface Frame {
  readonly names: Set<string> | undefined;
  at: string | number;
  expectName: boolean;
}

/**
 * The first repeated member name of `text`, which must already be valid JSON (so only strings,
 * brackets and commas need attention), with the path of the object it is in. One pass; strings
 * are skipped with indexOf, and only member names are sliced.
 */
export function findRepeatedMember(text: string): { name: string; path: (string | number)[] } | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (top?.names && top.expectName) {
        const raw = text.slice(i + 1, end);
        const name = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.names.has(name)) return { name, path: stack.slice(0, -1).map((f) => f.at) };
        top.names.add(name);
        top.at = name;
        top.expectName = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) stack.push({ names: new Set(), at: '', expectName: true });
    else if (c === OPEN_ARRAY) stack.push({ names: undefined, at: 0, expectName: false });
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) stack.pop();
    else if (c === COMMA) {
      const top = stack[stack.length - 1]!;
      if (top.names) top.expectName = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `open` (one not escaped). */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${clip(p)}`)).join('');
}

/** A hostile name can be megabytes long: show enough of it to find it. */
function clip(name: string): string {
  return name.length > 64 ? `${name.slice(0, 64)}…` : name;
}
