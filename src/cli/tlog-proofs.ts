/**
 * C2SP tlog-proof files from the CLI: `custos proof <n> --format tlog-proof` writes one (the
 * proof is a public read; with --with-entry the entry's bytes, read with your login, go in its
 * `extra` line), and `custos verify <file>.tlog-proof` checks one offline against the trust store.
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { canonicalBytes } from '../core/canonical.ts';
import { fromUtf8, utf8 } from '../core/encoding.ts';
import { parseEntry } from '../core/ledger/entry.ts';
import { formatTlogProof, parseTlogProof, TLOG_PROOF_HEADER } from '../core/log/tlog-proof.ts';
import type { WitnessPolicy } from '../core/verify/trust-policy.ts';
import { originOfNote, requireConfirmed } from '../core/verify/trust-store.ts';
import {
  openProofCheckpoint,
  type VerifiedTlogProof,
  verifyTlogProof,
} from '../core/verify/verify-tlog-proof.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { pinnedLogKey, trustedEntry, verifierKeyArg } from './log-trust.ts';
import type { Session } from './session.ts';
import { readTrustStore } from './trust-store-file.ts';

const HEADER_LINE = utf8(`${TLOG_PROOF_HEADER}\n`);

/** Whether a file is a tlog-proof, by its first line (any other file may be binary: a PDF). */
export function isTlogProof(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_LINE.length && HEADER_LINE.every((b, i) => bytes[i] === b);
}

/** Fetches entry `index`'s tlog-proof, verifies it with the pinned key, and returns its text. */
export async function fetchTlogProof(
  session: Session,
  index: number,
  withEntry: boolean,
): Promise<{ text: string; verified: VerifiedTlogProof | undefined }> {
  const logKey = await pinnedLogKey(session);
  let text = await session.publicClient().text(`/v1/entries/${index}/tlog-proof`);
  const witnesses = (await trustedEntry(session, logKey))?.witnesses;
  if (!withEntry) {
    // Without the entry nothing can be proven included yet; check the checkpoint and its cosignatures now.
    const parsed = parseTlogProof(text);
    openProofCheckpoint(parsed.checkpoint, { logKey, ...(witnesses ? { witnesses } : {}) });
    return { text, verified: undefined };
  }
  const { entry } = await (await session.client()).get<{ entry: Record<string, unknown> }>(
    `/v1/entries/${index}`,
  );
  const bytes = canonicalBytes(entry);
  parseEntry(bytes);
  text = formatTlogProof({ ...parseTlogProof(text), extra: bytes });
  const verified = verifyTlogProof(text, { logKey, ...(witnesses ? { witnesses } : {}) });
  return { text, verified };
}

export async function writeTlogProof(path: string, text: string): Promise<void> {
  if (path === '-') {
    process.stdout.write(text);
    return;
  }
  await writeFile(path, text).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot write ${path}: ${e.code ?? e.message}`, EXIT.local);
  });
}

export interface TlogProofCheck {
  readonly logKey?: string;
  readonly witnesses?: WitnessPolicy;
  readonly entryFile?: string;
}

/**
 * Verifies a tlog-proof file: the log key given, or else the trust store's for the proof's
 * origin (an origin not in the store is refused), with that log's witness policy.
 */
export async function verifyTlogProofFile(bytes: Uint8Array, o: TlogProofCheck): Promise<VerifiedTlogProof> {
  const text = fromUtf8(bytes, 'tlog-proof');
  const origin = originOfNote(parseTlogProof(text).checkpoint);
  const pinned = o.logKey ? undefined : requireConfirmed(await readTrustStore(), origin);
  const logKey = o.logKey ? await verifierKeyArg(o.logKey) : pinned!.verifierKey;
  const witnesses = o.witnesses ?? pinned?.witnesses;
  const entry = o.entryFile ? await readEntryFile(o.entryFile) : undefined;
  return verifyTlogProof(text, { logKey, ...(witnesses ? { witnesses } : {}) }, entry);
}

/** An entry as JSON (as `custos history --json` or a bundle holds it): its leaf bytes are its JCS form. */
async function readEntryFile(path: string): Promise<Uint8Array> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code}`, EXIT.local);
  }
  try {
    return canonicalBytes(JSON.parse(text));
  } catch {
    throw new CliError(`${path} is not an entry in JSON`, EXIT.usage);
  }
}
