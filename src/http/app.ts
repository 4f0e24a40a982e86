/**
 * The Express application, assembled from route modules; no `listen` here, so tests run it on
 * an ephemeral port and the server decides where it lives.
 * @module
 */
import { randomUUID } from 'node:crypto';
import express, { type Express, type Request, type RequestHandler, type Router } from 'express';
import { notFound } from './http-errors.ts';
import { problemHandler } from './problem.ts';

export interface AppParts {
  /** Route modules, mounted in order. */
  readonly routers: readonly Router[];
  /** Middleware that runs before every route (logging, headers, limits). */
  readonly before?: readonly RequestHandler[];
  /** Where unexpected (500) errors are reported. */
  readonly reportError?: (err: unknown, req: Request) => void;
}

export function createApp(parts: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  // ETags would hash every body (SHA-1) on the append path; immutable resources carry
  // Cache-Control instead, and the checkpoint is meant to be fetched fresh.
  app.set('etag', false);
  // Proxies are not trusted: req.ip is the peer address, which rate limits key on.
  app.set('trust proxy', false);
  app.use(requestId);
  for (const mw of parts.before ?? []) app.use(mw);
  for (const router of parts.routers) app.use(router);
  app.use((_req, _res, next) => next(notFound()));
  app.use(problemHandler(parts.reportError));
  return app;
}

/** Every response names its request, so a client's report can be matched to the server log. */
const requestId: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Request-Id', randomUUID());
  next();
};
