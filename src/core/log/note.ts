/**
 * C2SP signed-note v1: a text ending in a newline, a blank line, then signature lines
 * `— <key name> base64(4-byte key ID ‖ signature)`. Also the verifier-key string form
 * `<name>+<hex key ID>+<base64(type ‖ public key)>` that outsiders pin.
 *
 * Policies from the spec, enforced here: unknown keys are ignored (they may be witnesses or a
 * rotated key); a known key whose signature fails rejects the whole note; a note no known key
 * signs is rejected; at least 16 signature lines are accepted (we accept up to 100).
 *
 * ```ts
 * const signer = ed25519NoteSigner('example.com/log', seed);
 * const note = signNote('hello\n', [signer]);
 * openNote(note, [verifierFromKey(formatVerifierKey('example.com/log', pub))]);
 * ```
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { sign, verifySignature } from '../crypto/ed25519.ts';
import { concatBytes, fromBase64, fromUtf8, toBase64, utf8 } from '../encoding.ts';
import { ValidationError, VerificationError } from '../errors.ts';

export const SIGNATURE_DASH = '\u2014';
/** signed-note signature type bytes. */
export const SIG_TYPE_ED25519 = 0x01;
export const SIG_TYPE_COSIGNATURE_V1 = 0x04;
export const MAX_NOTE_SIGNATURES = 100;

export interface NoteSignature {
  readonly name: string;
  /** Big-endian uint32 key ID, the first four bytes of the encoded signature. */
  readonly keyId: number;
  /** The signature proper, without the key ID. */
  readonly signature: Uint8Array;
}

export interface SignedNote {
  /** The signed text, including its final newline. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(text: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  sign(text: Uint8Array): Uint8Array;
}

export function checkKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) {
    throw new ValidationError('bad_format', 'a key name must be non-empty, without spaces or "+"');
  }
}

/** key ID = SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key)[:4], big-endian. */
export function computeKeyId(name: string, type: number, publicKey: Uint8Array): number {
  const digest = sha256(concatBytes(utf8(name), Uint8Array.of(0x0a, type), publicKey));
  return new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0);
}

export function formatVerifierKey(name: string, type: number, publicKey: Uint8Array): string {
  checkKeyName(name);
  const id = computeKeyId(name, type, publicKey).toString(16).padStart(8, '0');
  return `${name}+${id}+${toBase64(concatBytes(Uint8Array.of(type), publicKey))}`;
}

export interface VerifierKey {
  readonly name: string;
  readonly keyId: number;
  readonly type: number;
  readonly publicKey: Uint8Array;
}

/** Splits on the first two "+" only: the base64 part may itself contain "+". */
export function parseVerifierKey(vkey: string): VerifierKey {
  const text = vkey.trim();
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  if (first <= 0 || second < 0) throw new ValidationError('bad_format', 'a verifier key is name+keyid+key');
  const name = text.slice(0, first);
  const idHex = text.slice(first + 1, second);
  checkKeyName(name);
  if (!/^[0-9a-f]{8}$/.test(idHex))
    throw new ValidationError('bad_format', 'verifier key ID must be 8 hex digits');
  const body = fromBase64(text.slice(second + 1), 'verifier key');
  if (body.length < 2) throw new ValidationError('bad_length', 'verifier key is too short');
  const type = body[0]!;
  const publicKey = body.subarray(1);
  const keyId = Number.parseInt(idHex, 16);
  if (computeKeyId(name, type, publicKey) !== keyId) {
    throw new ValidationError('bad_format', 'verifier key ID does not match its name and key');
  }
  return { name, keyId, type, publicKey };
}

/** `verify` may be a faster equivalent of the core's (the server passes OpenSSL's). */
export function ed25519NoteVerifier(
  name: string,
  publicKey: Uint8Array,
  verify: typeof verifySignature = verifySignature,
): NoteVerifier {
  checkKeyName(name);
  const keyId = computeKeyId(name, SIG_TYPE_ED25519, publicKey);
  return { name, keyId, verify: (text, sig) => verify(sig, text, publicKey) };
}

export function ed25519NoteSigner(name: string, seed: Uint8Array, publicKey: Uint8Array): NoteSigner {
  checkKeyName(name);
  return { name, keyId: computeKeyId(name, SIG_TYPE_ED25519, publicKey), sign: (text) => sign(text, seed) };
}

/** A verifier from a pinned `name+id+key` string; only Ed25519 (type 0x01) keys sign notes here. */
export function noteVerifierFromKey(
  vkey: string,
  verify: typeof verifySignature = verifySignature,
): NoteVerifier {
  const key = parseVerifierKey(vkey);
  if (key.type !== SIG_TYPE_ED25519 || key.publicKey.length !== 32) {
    throw new ValidationError(
      'bad_format',
      `verifier key type 0x${key.type.toString(16)} is not an Ed25519 note key`,
    );
  }
  return ed25519NoteVerifier(key.name, key.publicKey, verify);
}

export function formatSignatureLine(sig: NoteSignature): string {
  const id = new Uint8Array(4);
  new DataView(id.buffer).setUint32(0, sig.keyId);
  return `${SIGNATURE_DASH} ${sig.name} ${toBase64(concatBytes(id, sig.signature))}\n`;
}

export function formatNote(note: SignedNote): string {
  checkNoteText(note.text);
  return `${note.text}\n${note.signatures.map(formatSignatureLine).join('')}`;
}

export function signNote(text: string, signers: readonly NoteSigner[]): string {
  checkNoteText(text);
  const bytes = utf8(text);
  const signatures = signers.map((s) => ({ name: s.name, keyId: s.keyId, signature: s.sign(bytes) }));
  return formatNote({ text, signatures });
}

function checkNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new ValidationError('bad_format', 'note text must end with a newline');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the spec forbids exactly these.
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) {
    throw new ValidationError('bad_format', 'note holds an ASCII control character other than newline');
  }
}

/** Parses without verifying. Accepts a string or the raw bytes (which must be valid UTF-8). */
export function parseNote(input: string | Uint8Array): SignedNote {
  const note = typeof input === 'string' ? input : fromUtf8(input, 'note');
  checkNoteText(note);
  // The text ends at the last blank line; the text itself may contain blank lines.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new ValidationError('bad_format', 'note has no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2).split('\n');
  lines.pop(); // checkNoteText guaranteed the final newline, so the last piece is empty.
  if (lines.length === 0) throw new ValidationError('bad_format', 'note has no signature lines');
  if (lines.length > MAX_NOTE_SIGNATURES)
    throw new ValidationError('too_large', 'note has too many signatures');
  return { text, signatures: lines.map(parseSignatureLine) };
}

function parseSignatureLine(line: string): NoteSignature {
  const prefix = `${SIGNATURE_DASH} `;
  if (!line.startsWith(prefix))
    throw new ValidationError('bad_format', 'signature line must start with "— "');
  const rest = line.slice(prefix.length);
  const space = rest.indexOf(' ');
  if (space <= 0) throw new ValidationError('bad_format', 'signature line must be "— <name> <signature>"');
  const name = rest.slice(0, space);
  checkKeyName(name);
  const bytes = fromBase64(rest.slice(space + 1), 'note signature');
  if (bytes.length < 5) throw new ValidationError('bad_length', 'note signature is too short');
  const keyId = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  return { name, keyId, signature: bytes.slice(4) };
}

export interface OpenedNote extends SignedNote {
  /** Signatures by the given verifiers, all of which verified. */
  readonly verifiedBy: readonly NoteVerifier[];
}

/**
 * Parses and verifies: every signature from a known key (same name AND key ID) must verify,
 * at least one must be present; signatures from unknown keys are kept but not trusted.
 */
export function openNote(input: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const note = parseNote(input);
  const text = utf8(note.text);
  const verifiedBy: NoteVerifier[] = [];
  for (const sig of note.signatures) {
    const verifier = verifiers.find((v) => v.name === sig.name && v.keyId === sig.keyId);
    if (!verifier) continue;
    if (!verifier.verify(text, sig.signature)) {
      throw new VerificationError('bad_signature', `signature by ${sig.name} does not verify`, [], {
        signer: sig.name,
      });
    }
    if (!verifiedBy.includes(verifier)) verifiedBy.push(verifier);
  }
  if (verifiedBy.length === 0) throw new VerificationError('unknown_key', 'no known key signed this note');
  return { ...note, verifiedBy };
}

/** Hex key ID as printed in verifier keys, for messages and reports. */
export function keyIdHex(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}
