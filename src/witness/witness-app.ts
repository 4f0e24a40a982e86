/**
 * The witness's HTTP interface: `POST /add-checkpoint` (C2SP tlog-witness), rate-limited per
 * client address, `GET /evidence` (fork proofs, for the witness's operator and for courts),
 * `GET /key` and `GET /healthz`. The same error and header conventions as the log.
 * @module
 */
import express, { type Express, Router } from 'express';
import { parseAddCheckpoint } from '../core/witness/witness-protocol.ts';
import { createApp } from '../http/app.ts';
import { HttpError } from '../http/http-errors.ts';
import { rateLimiter, securityHeaders } from '../http/security.ts';
import type { Witness } from './witness.ts';
import type { WitnessStore } from './witness-store.ts';

/** Per client address and minute; 0 turns a limit off. */
export interface WitnessLimits {
  /** Every add-checkpoint request: the log sends one per committed batch at most. */
  readonly requests: number;
  /** Refused ones (any status but 200): an honest log is rarely refused, junk always is. */
  readonly refusals: number;
}

export const DEFAULT_WITNESS_LIMITS: WitnessLimits = { requests: 6000, refusals: 60 };

export function witnessApp(
  witness: Witness,
  store: WitnessStore,
  verifierKey: string,
  limits: WitnessLimits = DEFAULT_WITNESS_LIMITS,
): Express {
  const router = Router();
  const body = express.text({ type: () => true, limit: 64 * 1024 });
  const limiters = [
    ...(limits.requests > 0
      ? [rateLimiter({ windowMs: 60_000, limit: limits.requests, what: 'checkpoint submissions' })]
      : []),
    ...(limits.refusals > 0
      ? [
          rateLimiter({
            windowMs: 60_000,
            limit: limits.refusals,
            what: 'refused checkpoint submissions',
            refusalsOnly: true,
          }),
        ]
      : []),
  ];

  router.post('/add-checkpoint', ...limiters, body, async (req, res) => {
    if (typeof req.body !== 'string') throw new HttpError('bad_json', 'send the add-checkpoint body as text');
    const answer = await witness.addCheckpoint(parseAddCheckpoint(req.body));
    res
      .status(answer.status)
      .type('contentType' in answer ? answer.contentType : 'text/plain; charset=utf-8')
      .send(answer.body);
  });

  router.get('/evidence', async (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json({ witness: witness.identity.name, evidence: await store.evidence() });
  });

  router.get('/key', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(`${verifierKey}\n`);
  });

  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', witness: witness.identity.name });
  });

  return createApp({ before: [securityHeaders], routers: [router] });
}
