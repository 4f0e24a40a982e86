/**
 * C2SP tlog-proof@v1 (https://c2sp.org/tlog-proof, docs/formats.md): an offline-verifiable
 * proof that an entry is in a log, for one entry: the header line, an optional `extra` line,
 * `index N`, the RFC 6962 inclusion path (one base64 hash per line, leaf's sibling first), an
 * empty line, then the log's checkpoint verbatim with any witness cosignatures.
 *
 * Parsing is strict where the spec is: the header exactly, the index in decimal without leading
 * zeros, each hash canonical standard base64 of 32 bytes, lines ended by U+000A only (a CR is
 * refused, not dropped). The checkpoint is kept as bytes; verify-tlog-proof.ts opens it.
 *
 * ```ts
 * const text = formatTlogProof({ index: 5, proof, checkpoint: note });
 * parseTlogProof(text).index; // 5
 * ```
 * @module
 */
import { fromBase64, fromBase64Exact, toBase64 } from '../encoding.ts';
import { ValidationError } from '../errors.ts';
import { HASH_SIZE } from './merkle.ts';

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
/** The spec's SHOULD for files. */
export const TLOG_PROOF_EXTENSION = '.tlog-proof';
/** Inclusion paths are at most 63 hashes long in a tree of 2^63 entries. */
const MAX_PROOF_HASHES = 63;

export interface TlogProof {
  readonly index: number;
  /** Leaf's sibling first, up to the root's child (RFC 6962 §2.1.1). */
  readonly proof: readonly Uint8Array[];
  /** The checkpoint note, verbatim, with its signature lines. */
  readonly checkpoint: string;
  /** Opaque and unauthenticated (Custos puts an entry's leaf bytes here when asked). */
  readonly extra?: Uint8Array;
}

export function formatTlogProof(p: TlogProof): string {
  if (!Number.isSafeInteger(p.index) || p.index < 0) throw new RangeError('index must be a safe integer');
  if (p.proof.some((h) => h.length !== HASH_SIZE)) throw new RangeError('proof hashes must be 32 bytes');
  if (!p.checkpoint.endsWith('\n')) throw new RangeError('a checkpoint note ends with a newline');
  const lines = [
    TLOG_PROOF_HEADER,
    ...(p.extra ? [`extra ${toBase64(p.extra)}`] : []),
    `index ${p.index}`,
    ...p.proof.map(toBase64),
    '',
  ];
  return `${lines.join('\n')}\n${p.checkpoint}`;
}

const bad = (message: string) => new ValidationError('bad_format', `tlog-proof: ${message}`);

export function parseTlogProof(text: string): TlogProof {
  if (text.includes('\r')) throw bad('lines end with U+000A only');
  let rest = text;
  const next = (): string => {
    const end = rest.indexOf('\n');
    if (end < 0) throw bad('it ends before the empty line that precedes the checkpoint');
    const line = rest.slice(0, end);
    rest = rest.slice(end + 1);
    return line;
  };
  if (next() !== TLOG_PROOF_HEADER) throw bad(`the first line must be ${TLOG_PROOF_HEADER}`);
  let line = next();
  let extra: Uint8Array | undefined;
  if (line.startsWith('extra ')) {
    extra = fromBase64(line.slice('extra '.length), 'tlog-proof extra data');
    line = next();
  }
  const index = /^index (0|[1-9][0-9]*)$/.exec(line)?.[1];
  if (index === undefined) throw bad('"index N" must follow, N in decimal without leading zeros');
  if (!Number.isSafeInteger(Number(index)))
    throw new ValidationError('bad_range', 'tlog-proof: the index is beyond what this verifier handles');
  const proof: Uint8Array[] = [];
  for (line = next(); line !== ''; line = next()) {
    if (proof.length === MAX_PROOF_HASHES) throw bad(`more than ${MAX_PROOF_HASHES} proof hashes`);
    proof.push(fromBase64Exact(line, HASH_SIZE, 'tlog-proof hash'));
  }
  if (rest.length === 0) throw bad('no checkpoint after the empty line');
  return { index: Number(index), proof, checkpoint: rest, ...(extra ? { extra } : {}) };
}
