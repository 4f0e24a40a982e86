/**
 * Builds a transfer package (docs/formats.md, custos-transfer/v1) from the sending log: the
 * item's court bundle (read with the caller's login), the tlog-proof of the disclosure and the
 * consistency proof between their checkpoints (public reads). `custos transfer export` and
 * `npm run demo:cross-border` both use it.
 * @module
 */
import type { CustosClient } from '../client/custos-client.ts';
import { openCheckpoint } from '../core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../core/log/note.ts';
import { parseTlogProof } from '../core/log/tlog-proof.ts';
import { TRANSFER_FORMAT, type TransferPackage } from '../core/verify/verify-transfer.ts';

export async function buildTransferPackage(
  reader: CustosClient,
  logKey: string,
  item: string,
  disclosure: number,
): Promise<TransferPackage> {
  const bundle = await reader.get<TransferPackage['bundle']>(`/v1/items/${encodeURIComponent(item)}/bundle`);
  const tlogProof = await reader.text(`/v1/entries/${disclosure}/tlog-proof`);
  const verifier = noteVerifierFromKey(logKey);
  const sizes = [bundle.checkpoint, parseTlogProof(tlogProof).checkpoint].map(
    (note) => openCheckpoint(note, verifier).checkpoint.size,
  );
  const [from, to] = [Math.min(...sizes), Math.max(...sizes)];
  const consistency =
    from === to || from === 0
      ? []
      : (await reader.getPublic<{ proof: string[] }>(`/v1/proofs/consistency?from=${from}&to=${to}`)).proof;
  return { format: TRANSFER_FORMAT, bundle, disclosure: { index: disclosure, tlogProof }, consistency };
}
