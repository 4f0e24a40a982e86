/**
 * C2SP tlog-cosignature v1 with Ed25519 (signature type 0x04): a witness's statement that, at
 * `time`, the checkpoint is the largest consistent tree head it has seen for the log. The
 * signature line's bytes are key ID ‖ u64 timestamp ‖ Ed25519 signature over
 * `cosignature/v1\ntime <timestamp>\n` followed by the checkpoint's note text.
 *
 * ```ts
 * const line = cosign(noteText, witness, 1767139200n);
 * openNote(note + formatSignatureLine(line), [logVerifier, cosignatureVerifier(name, pub)]);
 * ```
 * @module
 */
import { sign, verifySignature } from '../crypto/ed25519.ts';
import { concatBytes, utf8 } from '../encoding.ts';
import { ValidationError } from '../errors.ts';
import {
  checkKeyName,
  computeKeyId,
  type NoteSignature,
  type NoteVerifier,
  parseVerifierKey,
  SIG_TYPE_COSIGNATURE_V1,
} from '../log/note.ts';

const MAX_TIMESTAMP = 2n ** 63n - 1n;

export function cosignatureMessage(noteText: string, timestamp: bigint): Uint8Array {
  return utf8(`cosignature/v1\ntime ${timestamp}\n${noteText}`);
}

/** Splits a cosignature's bytes (after the key ID) into its timestamp and Ed25519 signature. */
export function parseTimestampedSignature(
  bytes: Uint8Array,
): { timestamp: bigint; signature: Uint8Array } | null {
  if (bytes.length !== 72) return null;
  const timestamp = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0);
  if (timestamp > MAX_TIMESTAMP) return null;
  return { timestamp, signature: bytes.subarray(8) };
}

export interface CosignatureVerifier extends NoteVerifier {
  readonly publicKey: Uint8Array;
}

export function cosignatureVerifier(name: string, publicKey: Uint8Array): CosignatureVerifier {
  checkKeyName(name);
  return {
    name,
    publicKey,
    keyId: computeKeyId(name, SIG_TYPE_COSIGNATURE_V1, publicKey),
    verify: (text, sig) => {
      const parsed = parseTimestampedSignature(sig);
      if (!parsed) return false;
      const message = concatBytes(utf8(`cosignature/v1\ntime ${parsed.timestamp}\n`), text);
      return verifySignature(parsed.signature, message, publicKey);
    },
  };
}

/** A cosignature verifier from a `name+id+base64(0x04 ‖ key)` verifier key. */
export function cosignatureVerifierFromKey(vkey: string): CosignatureVerifier {
  const key = parseVerifierKey(vkey);
  if (key.type !== SIG_TYPE_COSIGNATURE_V1 || key.publicKey.length !== 32) {
    throw new ValidationError(
      'bad_format',
      `verifier key type 0x${key.type.toString(16)} is not an Ed25519 cosignature key`,
    );
  }
  return cosignatureVerifier(key.name, key.publicKey);
}

/** A witness's cosignature line over `noteText`, made at `timestamp` (POSIX seconds). */
export function cosign(
  noteText: string,
  witness: { name: string; seed: Uint8Array; publicKey: Uint8Array },
  timestamp: bigint,
): NoteSignature {
  if (timestamp < 0n || timestamp > MAX_TIMESTAMP) throw new RangeError('cosignature timestamp out of range');
  const ts = new Uint8Array(8);
  new DataView(ts.buffer).setBigUint64(0, timestamp);
  const signature = sign(cosignatureMessage(noteText, timestamp), witness.seed);
  return {
    name: witness.name,
    keyId: computeKeyId(witness.name, SIG_TYPE_COSIGNATURE_V1, witness.publicKey),
    signature: concatBytes(ts, signature),
  };
}
