/**
 * Structured JSON logs (pino): one line per request with its id, method, route, status and
 * duration — never bodies, tokens, keys or query strings, which may carry case data.
 * @module
 */
import type { RequestHandler } from 'express';
import { type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';

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

export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    // The request id is the one the client sees in X-Request-Id and in problem documents.
    genReqId: (_req, res) => String(res.getHeader('X-Request-Id') ?? ''),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
    customSuccessMessage: (req, res) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode}`,
    quietReqLogger: true,
  }) as unknown as RequestHandler;
}
