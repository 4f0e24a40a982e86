/**
 * The witness's HTTP interface: `POST /add-checkpoint` (C2SP tlog-witness), `GET /evidence`
 * (refused forks and rollbacks, for the witness's operator and for courts), `GET /key` and
 * `GET /healthz`. The same error and header conventions as the log.
 * @module
 */
import express, { type Express, Router } from 'express';
import { parseAddCheckpoint } from '../core/witness/witness-protocol.ts';
import { createApp } from '../http/app.ts';
import { HttpError } from '../http/http-errors.ts';
import { securityHeaders } from '../http/security.ts';
import type { Witness } from './witness.ts';
import type { WitnessStore } from './witness-store.ts';

export function witnessApp(witness: Witness, store: WitnessStore, verifierKey: string): Express {
  const router = Router();
  const body = express.text({ type: () => true, limit: 64 * 1024 });

  router.post('/add-checkpoint', body, async (req, res) => {
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
