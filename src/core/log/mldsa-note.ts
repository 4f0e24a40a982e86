/**
 * ML-DSA-44 checkpoint signatures, in the signed-note form C2SP specifies for them
 * (tlog-cosignature `subtree/v1`, signature type 0x06; tlog-checkpoint: "Logs SHOULD use ML-DSA-44
 * cosignatures to sign the checkpoint"). The signature line's bytes are key ID ‖ u64 timestamp ‖
 * ML-DSA-44 signature (pure FIPS 204, empty context) over the binary message
 *
 * ```
 * "subtree/v1\n\0" ‖ u8 len ‖ signer name ‖ u64 timestamp ‖ u8 len ‖ origin ‖ u64 start ‖ u64 end ‖ root
 * ```
 *
 * with start = 0, end = the tree size and root = its hash: the message covers the checkpoint's
 * three lines, not the note text, so a checkpoint with extension lines cannot be signed this way.
 * A log signing its own checkpoint uses its origin as the name and timestamp 0 ("no statement
 * about time": the log's own word on time is each entry's `loggedAt`). Verifiers that know only
 * Ed25519 ignore this line, as signed-note requires of unknown keys.
 *
 * ```ts
 * const signer = mldsaCheckpointSigner(origin, seed);
 * const note = signCheckpoint(cp, ed25519Signer, signer);
 * openCheckpoint(note, ed25519Verifier, [mldsaNoteVerifier(origin, signer.publicKey)]);
 * ```
 * @module
 */
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { concatBytes, fromUtf8, utf8 } from '../encoding.ts';
import { ValidationError } from '../errors.ts';
import { type Checkpoint, parseCheckpoint } from './checkpoint.ts';
import { checkKeyName, computeKeyId, type NoteSigner, type NoteVerifier, parseVerifierKey } from './note.ts';

/** signed-note type of a timestamped ML-DSA-44 (sub)tree cosignature. */
export const SIG_TYPE_MLDSA44 = 0x06;
export const MLDSA44_PUBLIC_KEY_SIZE = 1312;
export const MLDSA44_SIGNATURE_SIZE = 2420;
const LABEL = utf8('subtree/v1\n\0');
const MAX_TIMESTAMP = 2n ** 63n - 1n;

function u64(n: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, n);
  return out;
}

function lengthPrefixed(text: string, what: string): Uint8Array {
  const bytes = utf8(text);
  if (bytes.length < 1 || bytes.length > 255)
    throw new ValidationError('bad_length', `${what} must be 1–255 bytes`);
  return concatBytes(Uint8Array.of(bytes.length), bytes);
}

/** The `subtree/v1` message for a whole-tree (checkpoint) signature. */
export function subtreeMessage(signerName: string, timestamp: bigint, cp: Checkpoint): Uint8Array {
  // subtree/v1 covers origin, size and root only: a checkpoint's extension lines (the history
  // map's, docs/formats.md) are covered by the Ed25519 signature and witness cosignatures.
  return concatBytes(
    LABEL,
    lengthPrefixed(signerName, 'signer name'),
    u64(timestamp),
    lengthPrefixed(cp.origin, 'origin'),
    u64(0n),
    u64(BigInt(cp.size)),
    cp.rootHash,
  );
}

export interface MldsaNoteSigner extends NoteSigner {
  readonly publicKey: Uint8Array;
}

/** Signs checkpoint note texts; `seed` is the 32-byte FIPS 204 key-generation seed. */
export function mldsaCheckpointSigner(name: string, seed: Uint8Array): MldsaNoteSigner {
  checkKeyName(name);
  const { secretKey, publicKey } = ml_dsa44.keygen(seed);
  return {
    name,
    publicKey,
    keyId: computeKeyId(name, SIG_TYPE_MLDSA44, publicKey),
    sign: (text) => {
      const message = subtreeMessage(name, 0n, parseCheckpoint(fromUtf8(text)));
      return concatBytes(u64(0n), ml_dsa44.sign(message, secretKey));
    },
  };
}

export function mldsaNoteVerifier(name: string, publicKey: Uint8Array): NoteVerifier {
  checkKeyName(name);
  if (publicKey.length !== MLDSA44_PUBLIC_KEY_SIZE) {
    throw new ValidationError('bad_length', `an ML-DSA-44 public key is ${MLDSA44_PUBLIC_KEY_SIZE} bytes`);
  }
  return {
    name,
    keyId: computeKeyId(name, SIG_TYPE_MLDSA44, publicKey),
    verify: (text, sig) => {
      if (sig.length !== 8 + MLDSA44_SIGNATURE_SIZE) return false;
      const timestamp = new DataView(sig.buffer, sig.byteOffset, 8).getBigUint64(0);
      if (timestamp > MAX_TIMESTAMP) return false;
      let message: Uint8Array;
      try {
        message = subtreeMessage(name, timestamp, parseCheckpoint(fromUtf8(text)));
      } catch {
        return false;
      }
      return ml_dsa44.verify(sig.subarray(8), message, publicKey);
    },
  };
}

/** A verifier from a pinned `name+id+base64(0x06 ‖ 1312-byte key)` string. */
export function mldsaVerifierFromKey(vkey: string): NoteVerifier {
  const key = parseVerifierKey(vkey);
  if (key.type !== SIG_TYPE_MLDSA44) {
    throw new ValidationError('bad_format', `verifier key type 0x${key.type.toString(16)} is not ML-DSA-44`);
  }
  return mldsaNoteVerifier(key.name, key.publicKey);
}
