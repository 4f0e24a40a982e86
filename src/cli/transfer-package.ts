/**
 * Builds a transfer package (docs/formats.md, custos-transfer/v1) from the sending log: the
 * item's court bundle (read with the caller's login), the tlog-proof of the disclosure and the
 * consistency proof between their checkpoints (public reads). `custos transfer export` and
 * `npm run demo:cross-border` both use it.
 * @module
 */
import type { CustosClient } from '../client/custos-client.ts';
import { canonicalBytes } from '../core/canonical.ts';
import { fromBase64, toBase64 } from '../core/encoding.ts';
import { type Bundle, MULTI_LOG_BUNDLE_FORMAT } from '../core/ledger/bundle.ts';
import { openCheckpoint } from '../core/log/checkpoint.ts';
import { hashLeaf } from '../core/log/merkle.ts';
import { noteVerifierFromKey } from '../core/log/note.ts';
import { formatTlogProof, parseTlogProof } from '../core/log/tlog-proof.ts';
import { registeredItem } from '../core/verify/verify-foreign-entry.ts';
import {
  TRANSFER_FORMAT,
  type TransferPackage,
  type VerifiedTransfer,
} from '../core/verify/verify-transfer.ts';

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

/** What the receiving officer says of the import: B's new item, case, request and time of receipt. */
export interface ImportOptions {
  readonly id: string;
  readonly case: string;
  readonly request: string;
  readonly receivedAt: string;
  readonly description?: string;
}

/**
 * The `transfer.imported` payload for a package that verified: the disclosure as the package
 * proves it, and the item's size, media type and digests as the sending log registered them.
 */
export function importPayload(pkg: TransferPackage, verified: VerifiedTransfer, o: ImportOptions) {
  const registered = registeredItem(pkg, verified.item);
  const disclosure = pkg.bundle.entries?.find(
    (e) => (e.entry as { index?: unknown }).index === verified.index,
  );
  if (!registered || !disclosure)
    throw new Error(`the package does not hold item ${verified.item} and its disclosure`);
  return {
    id: o.id,
    case: o.case,
    request: o.request,
    description: o.description ?? String(registered.description),
    mediaType: registered.mediaType,
    size: registered.size,
    digests: registered.digests,
    receivedAt: o.receivedAt,
    disclosure: {
      origin: verified.origin,
      index: verified.index,
      leafHash: verified.leafHash,
      entry: toBase64(canonicalBytes(disclosure.entry)),
      tlogProof: pkg.disclosure.tlogProof,
    },
  };
}

/**
 * The `transfer.receipt` payload from the receiving log's tlog-proof of its import, which carries
 * the import entry's bytes (`custos proof <i> --format tlog-proof --with-entry` in that log): the
 * sending log's item and disclosure are the ones the import names. The proof is kept without its
 * `extra` line, since the entry's bytes travel beside it.
 */
export async function receiptPayload(tlogProof: string, headOf: (item: string) => Promise<string>) {
  const parsed = parseTlogProof(tlogProof);
  if (!parsed.extra) throw new Error('the tlog-proof carries no entry: make it with --with-entry');
  const imported = JSON.parse(new TextDecoder().decode(parsed.extra)) as {
    kind?: string;
    payload?: { disclosure?: { index?: number; entry?: string } };
  };
  const d = imported.payload?.disclosure;
  if (imported.kind !== 'transfer.imported' || d?.entry === undefined || d.index === undefined)
    throw new Error('the tlog-proof is not of a transfer.imported entry');
  const disclosed = JSON.parse(new TextDecoder().decode(fromBase64(d.entry))) as {
    payload?: { item?: string };
  };
  const item = String(disclosed.payload?.item);
  const { extra: _unused, ...bare } = parsed;
  return {
    item,
    prev: await headOf(item),
    disclosure: d.index,
    import: {
      origin: parsed.checkpoint.slice(0, parsed.checkpoint.indexOf('\n')),
      index: parsed.index,
      leafHash: toBase64(hashLeaf(parsed.extra!)),
      entry: toBase64(parsed.extra!),
      tlogProof: formatTlogProof(bare),
    },
  };
}

/**
 * The multi-log bundle of an item this log imported (docs/bundle.md, custos-bundle/v3): this
 * log's bundle with, as other logs' parts, the transfer packages its imports were made from, as
 * the importer received them. The service does not keep packages: the importer keeps the file it
 * imported (`custos transfer import <file>`) with the case papers, and gives it again here. The
 * verifier checks each part against the reader's own pin for its log, and that it is the very
 * disclosure the import names; nothing needs the sending log at export time.
 */
export function multiLogBundle(bundle: Bundle, packages: readonly TransferPackage[]): Bundle {
  if (packages.length === 0) return bundle;
  return {
    ...bundle,
    format: MULTI_LOG_BUNDLE_FORMAT,
    parts: packages.map((p) => ({
      format: p.format,
      bundle: p.bundle as unknown as Record<string, unknown>,
      disclosure: p.disclosure,
      consistency: [...p.consistency],
    })),
  };
}
