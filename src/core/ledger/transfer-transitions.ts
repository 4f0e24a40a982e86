/**
 * How the two cross-border entries change their items (transitions.ts does the rest): an import
 * creates the receiving log's item, held by the importer and linked to the sending log's item;
 * a receipt closes the pending disclosure it answers.
 * @module
 */
import { fromBase64 } from '../encoding.ts';
import type { ParsedEntry } from './entry.ts';
import { EntryHashes } from './entry-hashes.ts';
import { timeMs } from './rule-context.ts';
import { type ItemState, nextHead, UNENCUMBERED_ITEM } from './state.ts';
import type { ForeignEntry } from './transfer-payloads.ts';

/** The payload of the other log's entry; the rules have checked that it parses. */
export function foreignPayload(fe: ForeignEntry): Record<string, unknown> {
  const entry = JSON.parse(new TextDecoder().decode(fromBase64(fe.entry))) as { payload?: unknown };
  return (entry.payload ?? {}) as Record<string, unknown>;
}

export function applyTransferImported(
  entry: ParsedEntry & { kind: 'transfer.imported' },
  leafHash: string,
): ItemState {
  const p = entry.payload;
  const d = p.disclosure;
  return {
    kind: 'item',
    id: p.id,
    case: p.case,
    description: p.description,
    mediaType: p.mediaType,
    size: p.size,
    digests: p.digests,
    registeredBy: entry.signer.actor,
    custodian: entry.signer.actor,
    holders: [entry.signer.actor],
    ...UNENCUMBERED_ITEM,
    conditions: [],
    imported: {
      origin: d.origin,
      index: d.index,
      leafHash: d.leafHash,
      item: String(foreignPayload(d).item),
    },
    entries: EntryHashes.of(leafHash),
    lastOccurredAtMs: timeMs(p.receivedAt),
    registeredAt: entry.loggedAt,
    head: nextHead(undefined, entry, leafHash),
  };
}

export function applyTransferReceipt(
  item: ItemState,
  entry: ParsedEntry & { kind: 'transfer.receipt' },
  leafHash: string,
): ItemState {
  const p = entry.payload;
  const receipt = {
    origin: p.import.origin,
    index: p.import.index,
    leafHash: p.import.leafHash,
    disclosure: p.disclosure,
  };
  return {
    ...item,
    pending: null,
    receipts: [...(item.receipts ?? []), receipt],
    entries: item.entries.with(leafHash),
    head: nextHead(item.head, entry, leafHash),
  };
}
