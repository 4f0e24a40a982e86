/**
 * `GET /metrics`: Prometheus text, never cached, public like `/healthz` (it holds counts and
 * sizes, no case data).
 * @module
 */
import { Router } from 'express';
import type { Metrics } from '../observability/metrics.ts';

export function metricsRoutes(metrics: Metrics): Router {
  return Router().get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.text();
    res.set('Cache-Control', 'no-store').type(contentType).send(body);
  });
}
