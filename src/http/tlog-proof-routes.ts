/**
 * `GET /v1/entries/{index}/tlog-proof`: a C2SP tlog-proof@v1 of one entry against the latest
 * witnessed checkpoint (docs/api.md). Public, like the other proofs: it holds the index, hashes
 * and the signed checkpoint, nothing of the entry (a reader who may read the entry adds its
 * bytes on its side: `custos proof --format tlog-proof`).
 * @module
 */
import { Router } from 'express';
import { fromUtf8 } from '../core/encoding.ts';
import { formatTlogProof } from '../core/log/tlog-proof.ts';
import type { LogHead } from '../log/head.ts';
import type { LogReader } from '../log/log-reader.ts';
import { IndexParam } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface TlogProofRoutesDeps {
  readonly reader: LogReader;
  /** The head with the cosignatures its witnesses gave (after waiting a bounded time for them). */
  readonly witnessedHead: () => Promise<{ head: LogHead; note: Uint8Array }>;
}

export function tlogProofRoutes(deps: TlogProofRoutesDeps): Router {
  const router = Router();
  router.get('/v1/entries/:index/tlog-proof', async (req, res) => {
    const { index } = parseInput(IndexParam, req.params, 'path');
    const { head, note } = await deps.witnessedHead();
    const inclusion = await deps.reader.inclusionProof(index, head.checkpoint.size);
    res
      .set('Cache-Control', 'no-cache')
      .type('text/plain; charset=utf-8')
      .send(formatTlogProof({ index, proof: inclusion.proof, checkpoint: fromUtf8(note) }));
  });
  return router;
}
