/**
 * The full offline audit that `custos audit` and `custos restore` run: the log's records
 * (src/log/audit.ts), then the ledger's index against the entries (src/ledger/index-audit.ts),
 * then the history map against the entries and the checkpoints (src/log/map-audit.ts).
 * @module
 */
import { noteVerifierFromKey } from '../core/log/note.ts';
import { verifySignatureFast } from '../crypto/node-ed25519.ts';
import type { IndexAuditReport } from '../ledger/index-audit.ts';
import type { AuditReport } from '../log/audit.ts';
import type { MapAuditReport } from '../log/map-audit.ts';
import type { MaintainedStore } from '../storage/log-store.ts';

export type StoreAudit = AuditReport & { readonly index: IndexAuditReport; readonly map: MapAuditReport };

/** Audits one snapshot of the store: a PostgreSQL store may be audited while it serves. */
export async function auditStore(store: MaintainedStore, vkey: string): Promise<StoreAudit> {
  const { auditLog } = await import('../log/audit.ts');
  const { auditLedgerIndex } = await import('../ledger/index-audit.ts');
  const { auditMap } = await import('../log/map-audit.ts');
  const { entryBytesMapKeys } = await import('../ledger/ledger-map.ts');
  const snapshot = await store.snapshot();
  try {
    const log = await auditLog(snapshot, noteVerifierFromKey(vkey, verifySignatureFast));
    const index = await auditLedgerIndex(snapshot, log.treeSize);
    const map = await auditMap(snapshot, log.treeSize, entryBytesMapKeys);
    return { ...log, ok: log.ok && index.ok && map.ok, index, map };
  } finally {
    await snapshot.release();
  }
}

/** Every finding of both audits, as "record: code: message". */
export function findingLines(audit: StoreAudit): string[] {
  const lines = [...audit.findings, ...audit.index.findings, ...audit.map.findings].map(
    (f) => `${f.record}: ${f.code}: ${f.message}`,
  );
  const unlisted = audit.unlisted + audit.index.unlisted + audit.map.unlisted;
  return unlisted ? [...lines, `… and ${unlisted} more findings`] : lines;
}
