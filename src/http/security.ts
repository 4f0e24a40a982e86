/**
 * Request hygiene applied before any route: security headers (helmet), JSON bodies only with
 * a size limit, and rate limits that answer 429 problem+json with Retry-After.
 * @module
 */
import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { HttpError } from './http-errors.ts';

/** The largest entry is 65,535 bytes of JCS; a submitted draft is a little smaller. */
export const MAX_JSON_BODY_BYTES = 96 * 1024;

export const securityHeaders: RequestHandler = helmet({
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

/** JSON objects and arrays only, UTF-8, at most `limit` bytes; anything else is 415 or 413. */
export function jsonBody(limit = MAX_JSON_BODY_BYTES): RequestHandler {
  const parse = express.json({ limit, strict: true });
  return (req, res, next) => {
    if (!req.is('application/json')) {
      return next(new HttpError(415, 'unsupported_media_type', 'send the body as application/json'));
    }
    parse(req, res, next);
  };
}

export function rateLimiter(options: { windowMs: number; limit: number; what: string }): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new HttpError(429, 'rate_limited', `too many ${options.what}; try again later`)),
  });
}
