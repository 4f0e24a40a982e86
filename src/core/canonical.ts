/**
 * RFC 8785 JSON Canonicalization Scheme (JCS), through the `canonicalize` package by one of
 * the RFC's authors. Signatures and leaf hashes are computed over these bytes, so the same
 * JSON value always has exactly one byte representation.
 *
 * ```ts
 * canonicalBytes({ b: 1, a: 'x' }); // UTF-8 of {"a":"x","b":1}
 * ```
 * @module
 */
import canonicalize from 'canonicalize';
import { utf8 } from './encoding.ts';
import { ValidationError } from './errors.ts';

/** JCS text. Refuses what JSON cannot carry faithfully (NaN, Infinity, lone surrogates). */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (e) {
    throw new ValidationError('bad_format', `value cannot be canonicalised: ${(e as Error).message}`);
  }
  if (text === undefined) throw new ValidationError('bad_format', 'value has no JSON representation');
  return text;
}

export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}
