/**
 * The cross-border hand-off between two logs (docs/api.md, Across a border). Like
 * `POST /v1/entries`, both routes take a signed draft and answer with the entry as logged; the
 * signature authenticates the officer, and no login is needed. Before the ledger's rules run,
 * the other log's part is checked against the key and witness policy this service pinned for it
 * (its trust store, `CUSTOS_TRUST_STORE`), with the core's verifier:
 *
 * - `POST /v1/transfers/imports` `{ "package": <custos-transfer/v1>, "entry": <transfer.imported draft> }`:
 *   the package must verify in full and the draft must name what it proves;
 * - `POST /v1/transfers/receipts` `{ "entry": <transfer.receipt draft> }`: the receiving log's
 *   import it carries must be proven in that log.
 *
 * These two kinds are accepted only here: `POST /v1/entries` refuses them (bad_request).
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import { DraftSchema, parsePayload } from '../core/ledger/entry.ts';
import type { TrustStore } from '../core/verify/trust-store.ts';
import { verifyImport, verifyReceipt } from '../core/verify/verify-foreign-entry.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { parseInput } from './validate.ts';

/** A package carries the disclosed item's whole bundle: larger than one entry. */
export const MAX_TRANSFER_BODY_BYTES = 8 * 1024 * 1024;

export interface TransferRoutesDeps {
  readonly ledger: Ledger;
  /** The logs this service trusts, read for each request so a new pin needs no restart. */
  readonly trustStore: () => Promise<TrustStore>;
  /** JSON body parser allowing MAX_TRANSFER_BODY_BYTES. */
  readonly json: RequestHandler;
  readonly limit?: RequestHandler;
}

const ImportBody = z
  .object({ package: z.unknown(), entry: DraftSchema.extend({ kind: z.literal('transfer.imported') }) })
  .strict();
const ReceiptBody = z.object({ entry: DraftSchema.extend({ kind: z.literal('transfer.receipt') }) }).strict();

export function transferRoutes(deps: TransferRoutesDeps): Router {
  const router = Router();
  const before = deps.limit ? [deps.limit, deps.json] : [deps.json];

  router.post('/v1/transfers/imports', ...before, async (req, res) => {
    const { package: pkg, entry } = parseInput(ImportBody, req.body, 'body');
    const typed = parsePayload(entry.kind, entry.payload);
    if (typed.kind === 'transfer.imported') verifyImport(pkg, typed.payload, await deps.trustStore());
    const done = await deps.ledger.submit(entry, { crossBorderChecked: true });
    res.status(201).location(`/v1/entries/${done.index}`).json(done);
  });

  router.post('/v1/transfers/receipts', ...before, async (req, res) => {
    const { entry } = parseInput(ReceiptBody, req.body, 'body');
    const typed = parsePayload(entry.kind, entry.payload);
    if (typed.kind === 'transfer.receipt') verifyReceipt(typed.payload, await deps.trustStore());
    const done = await deps.ledger.submit(entry, { crossBorderChecked: true });
    res.status(201).location(`/v1/entries/${done.index}`).json(done);
  });

  return router;
}
