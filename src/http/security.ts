/**
 * Request hygiene applied before any route: security headers (helmet) and rate limits that
 * answer 429 problem+json with Retry-After. Body rules are in json-body.ts.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { HttpError } from './http-errors.ts';

/** Connect-style middleware on Node's own request and response, as helmet's are. */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

/** Express routes run it as middleware; the append lane calls it directly. */
export const securityHeaders: NodeMiddleware = helmet({
  // The verifier page loads its bundled script and styles from this origin only.
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
    },
  },
  crossOriginEmbedderPolicy: false,
});

/**
 * A per-address limit: Express middleware, and `charge` for the append lane, which serves
 * outside Express. Both count in one store, so an address has one budget whichever path it hits.
 */
export interface RateLimiter extends RequestHandler {
  /** Counts one request from the peer; sets the RateLimit headers, throws 429 when over. */
  charge(address: string | undefined, res: ServerResponse): Promise<void>;
}

export function rateLimiter(options: {
  windowMs: number;
  limit: number;
  what: string;
  /** Count only requests answered with an error status (express-rate-limit's skipSuccessfulRequests). */
  refusalsOnly?: boolean;
}): RateLimiter {
  const store = new MemoryStore();
  const middleware = rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: options.refusalsOnly ?? false,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store,
    handler: (_req, _res, next) => next(tooMany(options.what)),
  });
  const windowSeconds = Math.ceil(options.windowMs / 1000);
  const charge = async (address: string | undefined, res: ServerResponse): Promise<void> => {
    const { totalHits, resetTime } = await store.increment(ipKeyGenerator(address ?? ''));
    const reset = Math.max(0, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
    const remaining = Math.max(0, options.limit - totalHits);
    // The same headers express-rate-limit writes with standardHeaders 'draft-7'.
    res.setHeader('RateLimit-Policy', `${options.limit};w=${windowSeconds}`);
    res.setHeader('RateLimit', `limit=${options.limit}, remaining=${remaining}, reset=${reset}`);
    if (totalHits > options.limit) throw tooMany(options.what, reset);
  };
  return Object.assign(middleware, { charge });
}

function tooMany(what: string, retryAfterSeconds?: number): HttpError {
  const headers: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
  return new HttpError('rate_limited', `too many ${what}; try again later`, [], headers);
}
