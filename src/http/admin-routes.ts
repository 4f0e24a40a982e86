/**
 * Operator endpoints, for administrators only: `GET /v1/admin/backup` streams a consistent
 * online backup of the whole store (src/storage/backup.ts) while the log keeps appending.
 * @module
 */

import type { Writable } from 'node:stream';
import { type RequestHandler, Router } from 'express';
import { hasAnyRole } from '../core/ledger/roles.ts';
import { actorOf } from './authenticate.ts';
import { HttpError } from './http-errors.ts';

export interface AdminRoutesDeps {
  /** Streams a consistent backup of the store into `out` (src/storage/backup.ts). */
  readonly backup: (out: Writable) => Promise<unknown>;
  readonly authenticate: RequestHandler;
  readonly now: () => number;
}

export function adminRoutes(deps: AdminRoutesDeps): Router {
  const router = Router();
  router.get('/v1/admin/backup', deps.authenticate, async (_req, res) => {
    if (!hasAnyRole(actorOf(res).roles, ['administrator']))
      throw new HttpError('forbidden', 'backups are for administrators');
    const stamp = new Date(deps.now()).toISOString().replace(/[:.]/g, '-');
    res.set({
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="custos-${stamp}.backup"`,
      'Cache-Control': 'no-store',
    });
    await deps.backup(res);
  });
  return router;
}
