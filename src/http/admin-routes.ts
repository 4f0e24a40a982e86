/**
 * Operator endpoints, for administrators only: `GET /v1/admin/backup` streams a consistent
 * online backup of the whole store (src/storage/backup.ts) while the log keeps appending.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { hasAnyRole } from '../core/ledger/roles.ts';
import type { LogStore } from '../storage/log-store.ts';
import { writeBackup } from '../storage/backup.ts';
import { actorOf } from './authenticate.ts';
import { HttpError } from './http-errors.ts';

export function adminRoutes(deps: { store: LogStore; authenticate: RequestHandler; now: () => number }): Router {
  const router = Router();
  router.get('/v1/admin/backup', deps.authenticate, async (_req, res) => {
    if (!hasAnyRole(actorOf(res).roles, ['administrator'])) throw new HttpError(403, 'forbidden', 'backups are for administrators');
    const stamp = new Date(deps.now()).toISOString().replace(/[:.]/g, '-');
    res.set({
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="custos-${stamp}.backup"`,
      'Cache-Control': 'no-store',
    });
    await writeBackup(deps.store, res);
  });
  return router;
}
