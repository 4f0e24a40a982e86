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
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DraftSchema } from '../core/ledger/entry.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { HttpError } from './http-errors.ts';
import { PROBLEM_CONTENT_TYPE, problemResponse, UNSUPPORTED_BODY } from './problem.ts';
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

/** Content codings taken, as express.json() takes them; anything else is 415. */
const DECODERS: Record<string, (() => Transform) | undefined> = {
  identity: undefined,
  gzip: () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
};

/**
 * The body as text: declared `application/json` in UTF-8 (RFC 8259 §8.1), unencoded or
 * gzip, deflate or br, at most `limit` bytes once decoded, whether declared or streamed. Same
 * rules as the Express routes' body parser.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<string> {
  const refusal = mediaTypeRefusal(req) ?? declaredSizeRefusal(req, limit);
  if (refusal) return Promise.reject(refusal);
  const decoder = DECODERS[contentEncoding(req)]?.();
  const source: Readable = decoder ? req.pipe(decoder) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const unreadable = () => reject(new HttpError(400, 'bad_json', 'request body could not be read'));
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        source.off('data', onData);
        req.pause();
        decoder?.destroy();
        reject(tooLarge());
      } else chunks.push(chunk);
    };
    source.on('data', onData);
    source.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    source.once('error', unreadable);
    req.once('error', unreadable);
    // A client that goes away mid-body gets no answer, but the request must not wait forever.
    req.once('close', () => {
      if (!req.complete) unreadable();
    });
  });
}

function contentEncoding(req: IncomingMessage): string {
  return (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
}

function mediaTypeRefusal(req: IncomingMessage): HttpError | undefined {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json')
    return new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  if ((charset && charset.replace(/"/g, '') !== 'charset=utf-8') || !(contentEncoding(req) in DECODERS))
    return new HttpError(415, 'unsupported_media_type', UNSUPPORTED_BODY);
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
  // RFC 8259 §8.1: a parser may ignore a byte order mark, and express.json() does.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = json.trimStart()[0];
  try {
    if (first === '{' || first === '[') return JSON.parse(json);
  } catch {
    // falls through to the one refusal below
  }
  throw new HttpError(400, 'bad_json', 'request body is not valid JSON');
}
