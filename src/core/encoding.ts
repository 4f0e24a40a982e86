/**
 * Byte encodings used at the edges of the core: standard padded base64 (RFC 4648 §4),
 * lowercase hex and UTF-8. Everything inside the core works on Uint8Array.
 *
 * Decoders are strict because their input is attacker-controlled: a value that has
 * two encodings could be used to make two different-looking records hash or sign alike.
 * @module
 */
import { ValidationError } from './errors.ts';

const HEX_SHAPE = /^(?:[0-9a-f]{2})*$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding. Hand-rolled because it runs several times per append. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[v >> 18]! + ALPHABET[(v >> 12) & 63]! + ALPHABET[(v >> 6) & 63]! + ALPHABET[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += `${ALPHABET[v >> 18]! + ALPHABET[(v >> 12) & 63]! + (i + 1 < n ? ALPHABET[(v >> 6) & 63]! : '=')}=`;
  }
  return out;
}

/** Each base64 character's value, -1 for anything else (padding included). */
const SEXTETS = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;

function sextet(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? SEXTETS[code]! : -1;
}

/**
 * RFC 4648 §4 with padding; rejects whitespace, URL-safe letters and non-zero pad bits.
 * One pass, hand-rolled: it runs several times per append.
 */
export function fromBase64(text: string, what = 'base64 value'): Uint8Array {
  const n = text.length;
  const pad = n > 0 && text[n - 1] === '=' ? (text[n - 2] === '=' ? 2 : 1) : 0;
  if (n % 4 !== 0) throw notBase64(what);
  const bytes = new Uint8Array((n / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    const tail = i + 4 === n ? pad : 0;
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = tail === 2 ? 0 : sextet(text, i + 2);
    const d = tail >= 1 ? 0 : sextet(text, i + 3);
    if ((a | b | c | d) < 0) throw notBase64(what);
    // Non-zero bits under the padding would give a second spelling of the same bytes.
    if ((tail === 2 && (b & 15) !== 0) || (tail === 1 && (c & 3) !== 0))
      throw new ValidationError('bad_encoding', `${what} is not canonical base64`);
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o++] = v >> 16;
    if (tail < 2) bytes[o++] = (v >> 8) & 255;
    if (tail < 1) bytes[o++] = v & 255;
  }
  return bytes;
}

const notBase64 = (what: string) =>
  new ValidationError('bad_encoding', `${what} is not padded standard base64`);

/** Decodes base64 that must hold exactly `length` bytes (a hash, a key, a signature). */
export function fromBase64Exact(text: string, length: number, what: string): Uint8Array {
  const bytes = fromBase64(text, what);
  if (bytes.length !== length) {
    throw new ValidationError('bad_length', `${what} must be ${length} bytes, got ${bytes.length}`);
  }
  return bytes;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX_PAIRS[b]!;
  return out;
}

/** Lowercase only, as sha256sum prints digests: one spelling per value. */
export function fromHex(text: string, what = 'hex value'): Uint8Array {
  if (!HEX_SHAPE.test(text)) throw new ValidationError('bad_encoding', `${what} is not lowercase hex`);
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Strings this short and all ASCII are encoded in JavaScript (see `utf8`). */
const SHORT_ASCII = 64;

/**
 * UTF-8 of `text` (lone surrogates become U+FFFD, as TextEncoder does). The append path encodes
 * a dozen short ids, tags and map-key names per entry: for those, a JavaScript loop into a small
 * array costs a tenth of TextEncoder's native call and the buffer it allocates each time.
 */
export function utf8(text: string): Uint8Array {
  const n = text.length;
  if (n > SHORT_ASCII) return encoder.encode(text);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return encoder.encode(text);
    out[i] = c;
  }
  return out;
}

/** Throws on invalid UTF-8 rather than substituting U+FFFD, which would hide altered bytes. */
export function fromUtf8(bytes: Uint8Array, what = 'text'): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new ValidationError('bad_encoding', `${what} is not valid UTF-8`);
  }
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  // The same array: its bytes are public (hashes, leaves), so answering early leaks nothing.
  if (a === b) return true;
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
