/**
 * `POST /v1/entries` (CONTRACT §2), served on Node's HTTP server directly, in front of Express.
 * It is the one hot path: every event of every custodian comes through it, and under load
 * Express's router, middleware chain and body parser cost about as much CPU per append as the
 * ledger itself (docs/operations.md, "Where HTTP throughput stands"). Every other request goes
 * to Express.
 *
 * The lane keeps every promise the Express routes make: helmet's security headers (helmet
 * itself runs here), a request id, the same per-address rate-limit budget, the integrity guard,
 * the JSON-only body with its size limit, the same zod schema, the one error mapping to
 * problem+json, and a request log line and metrics through the same functions.
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { DraftSchema } from '../core/ledger/entry.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { HttpError } from './http-errors.ts';
import { PROBLEM_CONTENT_TYPE, problemResponse } from './problem.ts';
import { MAX_JSON_BODY_BYTES, type NodeMiddleware, type RateLimiter } from './security.ts';
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
    if (req.method === 'POST' && isAppendPath(req.url ?? '')) void serveAppend(deps, req, res);
    else fallback(req, res);
  };
}

/** As Express matches routes: case-insensitive, an optional trailing slash, any query string. */
function isAppendPath(url: string): boolean {
  const end = url.indexOf('?');
  const path = (end === -1 ? url : url.slice(0, end)).toLowerCase();
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
    const draft = parseInput(DraftSchema, parseStrictJson(await readJsonBody(req)), 'entry');
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
  // A body refused for its size is not read to the end: close rather than drain it.
  if (problem.status === 413) res.shouldKeepAlive = false;
  res.writeHead(problem.status, {
    ...headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * The body as text: declared `application/json` (UTF-8, no content encoding), at most
 * `limit` bytes whether declared or streamed. Same rules and refusals as the Express routes.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<string> {
  const refusal = mediaTypeRefusal(req) ?? declaredSizeRefusal(req, limit);
  if (refusal) return Promise.reject(refusal);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(tooLarge());
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    // A client that goes away mid-body gets no answer, but the request must not wait forever.
    const unreadable = () => reject(new HttpError(400, 'bad_json', 'request body could not be read'));
    req.once('error', unreadable);
    req.once('close', unreadable);
  });
}

function mediaTypeRefusal(req: IncomingMessage): HttpError | undefined {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json')
    return new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if ((charset && charset.replace(/"/g, '') !== 'charset=utf-8') || encoding !== 'identity')
    return new HttpError(
      415,
      'unsupported_media_type',
      'request body must be UTF-8 JSON without content encoding',
    );
  return undefined;
}

function declaredSizeRefusal(req: IncomingMessage, limit: number): HttpError | undefined {
  const declared = Number(req.headers['content-length'] ?? 0);
  return declared > limit ? tooLarge() : undefined;
}

const tooLarge = () =>
  new HttpError(413, 'payload_too_large', 'request body is larger than this endpoint accepts');

/** JSON objects and arrays only, as express.json({ strict: true }) takes them. */
export function parseStrictJson(text: string): unknown {
  const first = text.trimStart()[0];
  try {
    if (first === '{' || first === '[') return JSON.parse(text);
  } catch {
    // falls through to the one refusal below
  }
  throw new HttpError(400, 'bad_json', 'request body is not valid JSON');
}
