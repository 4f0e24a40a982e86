/**
 * `GET /healthz`: 200 while the log takes appends and serves a signed head, 503 otherwise,
 * with the reason; for load balancers and operators, public by docs/model.md, Who may read what.
 * @module
 */
import { Router } from 'express';

export interface HealthDeps {
  readonly treeSize: () => number;
  /** Why the service cannot take writes, if it cannot. */
  readonly failure: () => Error | undefined;
  /** Extra facts for operators: integrity check state, witnesses. */
  readonly details?: () => Record<string, unknown>;
  readonly startedAtMs: number;
  readonly now: () => number;
}

export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    const failure = deps.failure();
    res
      .status(failure ? 503 : 200)
      .set('Cache-Control', 'no-store')
      .json({
        status: failure ? 'failing' : 'ok',
        ...(failure ? { reason: failure.message } : {}),
        treeSize: deps.treeSize(),
        uptimeSeconds: Math.round((deps.now() - deps.startedAtMs) / 1000),
        ...(deps.details?.() ?? {}),
      });
  });
  return router;
}
