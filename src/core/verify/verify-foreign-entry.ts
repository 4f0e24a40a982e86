/**
 * The half of a cross-border entry's check that needs trust (docs/rules.md, Across a border):
 * the other log's entry it carries must be proven, by its tlog-proof, in a checkpoint signed by
 * the key pinned for that log's origin and cosigned as its witness policy demands. The receiving
 * server runs it with its trust store before it admits `transfer.imported` (together with the
 * full check of the transfer package) or `transfer.receipt`; an offline verifier runs it with its
 * own. The pure rules (src/core/ledger/transfer-rules.ts) check the rest.
 *
 * ```ts
 * verifyImport(pkg, draft.payload, trustStore); // VerificationError or RuleViolation
 * verifyReceipt(draft.payload, trustStore);
 * ```
 * @module
 */
import { RuleViolation } from '../errors.ts';
import type { TransferImported, TransferReceipt } from '../ledger/transfer-payloads.ts';
import { requireConfirmed, type TrustStore } from './trust-store.ts';
import { verifyForeignEntry } from './verify-foreign-proof.ts';
import type { TlogProofTrust, VerifiedTlogProof } from './verify-tlog-proof.ts';
import { type VerifiedTransfer, verifyTransfer } from './verify-transfer.ts';

/** The key and witness policy pinned, explicitly, for `origin`; `untrusted_origin` otherwise. */
export function trustFor(store: TrustStore, origin: string): TlogProofTrust {
  const pinned = requireConfirmed(store, origin);
  return { logKey: pinned.verifierKey, ...(pinned.witnesses ? { witnesses: pinned.witnesses } : {}) };
}

const mismatch = (message: string): never => {
  throw new RuleViolation('foreign_proof', `the import does not match its transfer package: ${message}`);
};

/**
 * The transfer package verifies in full against the key pinned for its sender (verify-transfer.ts),
 * and the import names what it proves: the same disclosure (origin, index, leaf hash, tlog-proof)
 * and the disclosed item's size, media type and digests as the sending log registered them.
 */
export function verifyImport(pkg: unknown, p: TransferImported, store: TrustStore): VerifiedTransfer {
  const origin = (pkg as { bundle?: { log?: { origin?: unknown } } } | null)?.bundle?.log?.origin;
  const verified = verifyTransfer(pkg, trustFor(store, typeof origin === 'string' ? origin : ''));
  const d = p.disclosure;
  if (d.origin !== verified.origin || d.index !== verified.index || d.leafHash !== verified.leafHash)
    mismatch(
      `it names entry ${d.index} of ${d.origin}; the package proves entry ${verified.index} of ${verified.origin}`,
    );
  if (d.tlogProof !== (pkg as { disclosure: { tlogProof: string } }).disclosure.tlogProof)
    mismatch('its tlog-proof is not the package’s');
  const item = registeredItem(pkg as { bundle: { entries?: unknown[] } }, verified.item);
  if (!item) return mismatch(`the package's bundle does not register item ${verified.item}`);
  if (item.size !== p.size || item.mediaType !== p.mediaType || !sameDigests(item.digests, p.digests))
    mismatch(
      `its size, media type or digests differ from item ${verified.item} as the sending log registered it`,
    );
  return verified;
}

/** B's import in the receipt is proven in B's log, with the key A pinned for B. */
export function verifyReceipt(p: TransferReceipt, store: TrustStore): VerifiedTlogProof {
  return verifyForeignEntry(p.import, trustFor(store, p.import.origin));
}

export interface RegisteredItem {
  readonly size?: unknown;
  readonly mediaType?: unknown;
  readonly description?: unknown;
  readonly digests?: Record<string, unknown>;
}

/** The item as registered, or created as a copy, in the bundle (which verified in full). */
export function registeredItem(
  pkg: { bundle: { entries?: unknown[] } },
  id: string,
): RegisteredItem | undefined {
  for (const e of pkg.bundle.entries ?? []) {
    const entry = (e as { entry?: { kind?: string; payload?: Record<string, unknown> } }).entry;
    const p = entry?.payload;
    if (entry?.kind === 'evidence.registered' && p?.id === id) return p as RegisteredItem;
    if (entry?.kind === 'transfer.imported' && p?.id === id) return p as RegisteredItem;
    const derivative = p?.derivative as (RegisteredItem & { id?: unknown }) | undefined;
    if (entry?.kind === 'custody.event' && p?.type === 'copied' && derivative?.id === id) return derivative;
  }
  return undefined;
}

function sameDigests(
  registered: Record<string, unknown> | undefined,
  named: Record<string, string>,
): boolean {
  const keys = new Set([...Object.keys(registered ?? {}), ...Object.keys(named)]);
  return [...keys].every((k) => registered?.[k] === named[k]);
}
