/**
 * Edits of the cosignature lines on the checkpoint of a multi-log bundle's part (its disclosure's
 * tlog-proof), to try to break the witness policy pinned for the other log: a line removed, one
 * witness's line repeated, a forged line, an impostor's line.
 */
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { parseTlogProof } from '../../src/core/log/tlog-proof.ts';

// biome-ignore lint/suspicious/noExplicitAny: bundles are edited as plain JSON to tamper with them.
type Json = any;

/** The part's tlog-proof with its checkpoint's signature lines changed by `edit`. */
export function editProofLines(bundle: Bundle, edit: (lines: string[], note: string) => string[]): Json {
  const out: Json = structuredClone(bundle);
  const proof: string = out.parts[0].disclosure.tlogProof;
  const note = parseTlogProof(proof).checkpoint;
  const head = proof.slice(0, proof.length - note.length);
  const body = note.slice(0, note.indexOf('\n\n') + 2);
  const lines = note.slice(body.length).split('\n').filter(Boolean);
  out.parts[0].disclosure.tlogProof = `${head}${body}${edit(lines, body.slice(0, -1)).join('\n')}\n`;
  return out;
}

export const by = (w: { name: string }) => (l: string) => l.startsWith(`— ${w.name} `);

/** `w`'s cosignature line with one bit of its signature flipped: its name and key ID kept. */
export const forgedLine = (w: { name: string }) => (l: string) => {
  if (!by(w)(l)) return l;
  const at = l.lastIndexOf(' ');
  const bytes = fromBase64(l.slice(at + 1));
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
  return `${l.slice(0, at)} ${toBase64(bytes)}`;
};
