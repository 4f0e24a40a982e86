/**
 * Structured JSON logs (pino): one line per request with its id, method, route, status and
 * duration — never bodies, tokens, keys or query strings, which may carry case data.
 * @module
 */
import type { RequestHandler } from 'express';
import { type Logger, pino } from 'pino';

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'custos' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.token', '*.seed'],
        remove: true,
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as never,
  );
}

/**
 * One log line per finished request: `debug` for successes, `info` for refusals, `error` for
 * failures. Written on the root logger (no child logger per request, which pino-http would
 * create: it cost 6 % of the append path's CPU), and only built when the level is enabled.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const requestId = res.getHeader('X-Request-Id');
      logRequest(logger, {
        requestId: typeof requestId === 'string' ? requestId : undefined,
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        started,
      });
    });
    next();
  };
}

export interface FinishedRequest {
  readonly requestId: string | undefined;
  readonly method: string;
  /** As requested; the query string is cut off here. */
  readonly path: string;
  readonly status: number;
  /** process.hrtime.bigint() when the request came in. */
  readonly started: bigint;
}

/** The request line, for Express routes and the append lane alike. */
export function logRequest(logger: Logger, r: FinishedRequest): void {
  const level = r.status >= 500 ? 'error' : r.status >= 400 ? 'info' : 'debug';
  if (!logger.isLevelEnabled(level)) return;
  const ms = Number(process.hrtime.bigint() - r.started) / 1e6;
  const path = r.path.split('?')[0];
  logger[level](
    { reqId: r.requestId, method: r.method, path, status: r.status, ms: Math.round(ms * 10) / 10 },
    `${r.method} ${path} ${r.status}`,
  );
}
