/**
 * `POST /v1/entries` (CONTRACT §2), served on Node's HTTP server directly, in front of Express.
 * It is the one hot path: every event of every custodian comes through it, and under load
 * Express's router, middleware chain and body parser cost about as much CPU per append as the
 * ledger itself (docs/operations.md, "Where HTTP throughput stands"). Every other request goes
 * to Express.
 *
 * The lane keeps every promise the Express routes make: helmet's security headers (helmet
 * itself runs here), a request id, the same per-address rate-limit budget, the integrity guard,
 * the same JSON body rules (json-body.ts), the same zod schema, the one error mapping to
 * problem+json, and a request log line and metrics through the same functions.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { DraftSchema } from '../core/ledger/entry.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { readJson } from './json-body.ts';
import { PROBLEM_CONTENT_TYPE, problemResponse } from './problem.ts';
import type { NodeMiddleware, RateLimiter } from './security.ts';
import { parseInput } from './validate.ts';

export const APPEND_PATH = '/v1/entries';

export interface FinishedAppend {
  readonly requestId: string;
  readonly url: string;
  readonly status: number;
  /** process.hrtime.bigint() when the request came in. */
  readonly started: bigint;
}

export interface AppendLaneDeps {
  readonly ledger: Ledger;
  readonly securityHeaders: NodeMiddleware;
  readonly limiter?: RateLimiter;
  /** Why the service refuses every request right now (a failed integrity audit), if it does. */
  readonly refusal: () => Error | undefined;
  /** Once the response is sent: the request log line and metrics. */
  readonly finished: (f: FinishedAppend) => void;
  /** Errors that are the server's fault, in full (the client gets a 500 problem). */
  readonly reportError: (err: unknown, path: string) => void;
}

/** A request listener: the append lane for `POST /v1/entries`, `fallback` (Express) for the rest. */
export function withAppendLane(deps: AppendLaneDeps, fallback: RequestListener): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST' || !isAppendPath(req.url ?? '')) return fallback(req, res);
    serveAppend(deps, req, res).catch((err) => {
      // Only a fault in the error path itself gets here: log it, and drop the connection
      // rather than leave the client waiting.
      deps.reportError(err, APPEND_PATH);
      res.destroy();
    });
  };
}

/**
 * As Express matches routes: case-insensitive, an optional trailing slash, whatever follows
 * `?` or `#`, and a request target in absolute form (`http://host/v1/entries`).
 */
export function isAppendPath(url: string): boolean {
  if (url === APPEND_PATH) return true;
  const origin = url.startsWith('/') ? undefined : /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  const target = origin ? url.slice(origin[0].length) : url;
  const end = target.search(/[?#]/);
  const path = (end === -1 ? target : target.slice(0, end)).toLowerCase();
  return path === APPEND_PATH || path === `${APPEND_PATH}/`;
}

async function serveAppend(deps: AppendLaneDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  const url = req.url ?? APPEND_PATH;
  res.setHeader('X-Request-Id', requestId);
  deps.securityHeaders(req, res, () => {});
  res.once('finish', () => deps.finished({ requestId, url, status: res.statusCode, started }));
  try {
    const refusal = deps.refusal();
    if (refusal) throw refusal;
    await deps.limiter?.charge(req.socket.remoteAddress, res);
    const draft = parseInput(DraftSchema, await readJson(req, res), 'entry');
    const done = await deps.ledger.submit(draft);
    const body = JSON.stringify(done);
    res.writeHead(201, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      Location: `${APPEND_PATH}/${done.index}`,
    });
    res.end(body);
  } catch (err) {
    sendProblem(deps, res, url, requestId, err);
  }
}

function sendProblem(
  deps: AppendLaneDeps,
  res: ServerResponse,
  url: string,
  requestId: string,
  err: unknown,
): void {
  const { problem, headers, internal, body } = problemResponse(err, url, requestId);
  if (internal) deps.reportError(err, APPEND_PATH);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(problem.status, {
    ...headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
