/**
 * C2SP tlog-checkpoint: the note text `<origin>\n<size>\n<base64 root>\n[extension lines]`,
 * signed by the log (docs/formats.md, Checkpoints). Opening a checkpoint is strict, as in Sunlight: the log's
 * key name must be the origin, so a note signed by the right key for another log is refused.
 *
 * ```ts
 * const note = signCheckpoint({ origin, size: 3, rootHash, extensions: [] }, logSigner);
 * const { checkpoint } = openCheckpoint(note, logVerifier);
 * ```
 * @module
 */
import { fromBase64Exact, toBase64 } from '../encoding.ts';
import { ValidationError, VerificationError } from '../errors.ts';
import { HASH_SIZE } from './merkle.ts';
import { type NoteSigner, type NoteVerifier, type OpenedNote, openNote, signNote } from './note.ts';

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Uint8Array;
  readonly extensions: readonly string[];
}

export function formatCheckpoint(cp: Checkpoint): string {
  if (!Number.isSafeInteger(cp.size) || cp.size < 0)
    throw new RangeError('checkpoint size must be a safe integer');
  if (cp.rootHash.length !== HASH_SIZE) throw new RangeError('checkpoint root must be 32 bytes');
  const lines = [cp.origin, String(cp.size), toBase64(cp.rootHash), ...cp.extensions];
  return `${lines.join('\n')}\n`;
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n'))
    throw new ValidationError('bad_format', 'checkpoint text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3)
    throw new ValidationError('bad_format', 'checkpoint needs origin, size and root lines');
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0) throw new ValidationError('bad_format', 'checkpoint origin is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine)) {
    throw new ValidationError('bad_format', 'checkpoint size must be decimal without leading zeros');
  }
  const size = Number(sizeLine);
  if (!Number.isSafeInteger(size)) throw new ValidationError('bad_range', 'checkpoint size is too large');
  const rootHash = fromBase64Exact(rootLine, HASH_SIZE, 'checkpoint root hash');
  if (extensions.some((l) => l.length === 0)) {
    throw new ValidationError('bad_format', 'checkpoint extension lines must not be empty');
  }
  return { origin, size, rootHash, extensions };
}

/** The log's signers, its own key first (at least one). */
export type CheckpointSigners = readonly [NoteSigner, ...NoteSigner[]];

export function signCheckpoint(cp: Checkpoint, ...signers: CheckpointSigners): string {
  return signNote(formatCheckpoint(cp), signers);
}

export interface OpenedCheckpoint {
  readonly checkpoint: Checkpoint;
  readonly note: OpenedNote;
}

/**
 * Verifies the log's signature and parses the body. `extraVerifiers` (witnesses) are checked
 * when their signatures are present; which of them signed is in `note.verifiedBy`.
 */
export function openCheckpoint(
  noteText: string | Uint8Array,
  logVerifier: NoteVerifier,
  extraVerifiers: readonly NoteVerifier[] = [],
): OpenedCheckpoint {
  const note = openNote(noteText, [logVerifier, ...extraVerifiers]);
  if (!note.verifiedBy.includes(logVerifier)) {
    throw new VerificationError('unknown_key', `checkpoint is not signed by the log key ${logVerifier.name}`);
  }
  const checkpoint = parseCheckpoint(note.text);
  if (checkpoint.origin !== logVerifier.name) {
    throw new VerificationError(
      'origin_mismatch',
      `checkpoint origin "${checkpoint.origin}" is not the log key's name "${logVerifier.name}"`,
      [],
      { origin: checkpoint.origin, pinned: logVerifier.name },
    );
  }
  return { checkpoint, note };
}
