/**
 * Byte encodings used at the edges of the core: standard padded base64 (RFC 4648 §4),
 * lowercase hex and UTF-8. Everything inside the core works on Uint8Array.
 *
 * Decoders are strict because their input is attacker-controlled: a value that has
 * two encodings could be used to make two different-looking records hash or sign alike.
 * @module
 */
import { ValidationError } from './errors.ts';

const BASE64_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
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
    out +=
      ALPHABET[v >> 18]! + ALPHABET[(v >> 12) & 63]! + (i + 1 < n ? ALPHABET[(v >> 6) & 63]! : '=') + '=';
  }
  return out;
}

/** RFC 4648 §4 with padding; rejects whitespace, URL-safe letters and non-zero pad bits. */
export function fromBase64(text: string, what = 'base64 value'): Uint8Array {
  if (!BASE64_SHAPE.test(text))
    throw new ValidationError('bad_encoding', `${what} is not padded standard base64`);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Non-zero bits in the last character's padding would give a second spelling of the same bytes.
  if (toBase64(bytes) !== text) throw new ValidationError('bad_encoding', `${what} is not canonical base64`);
  return bytes;
}

/** Decodes base64 that must hold exactly `length` bytes (a hash, a key, a signature). */
export function fromBase64Exact(text: string, length: number, what: string): Uint8Array {
  const bytes = fromBase64(text, what);
  if (bytes.length !== length) {
    throw new ValidationError('bad_length', `${what} must be ${length} bytes, got ${bytes.length}`);
  }
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
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

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
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
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
