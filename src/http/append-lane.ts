/**
 * `POST /v1/entries` (docs/formats.md, Entries), served on Node's HTTP server directly, in front of Express.
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
import { z } from 'zod';
import { DraftSchema, type EntryDraft } from '../core/ledger/entry.ts';
import type { Ledger, Submitted } from '../ledger/ledger.ts';
import { LogUnavailableError } from '../log/log-errors.ts';
import { forwardTo, wasForwarded } from './forward.ts';
import { readJson } from './json-body.ts';
import { PROBLEM_CONTENT_TYPE, problemResponse } from './problem.ts';
import type { NodeMiddleware, RateLimiter } from './security.ts';
import { parseInput } from './validate.ts';

export const APPEND_PATH = '/v1/entries';
export const BATCH_PATH = '/v1/entries/batch';
/** The most entries one `POST /v1/entries/batch` may carry (docs/api.md). */
export const MAX_BATCH_ENTRIES = 1000;
/** A batch's body limit once decoded: 1,000 entries of 4 KiB. A single entry keeps its 96 KiB. */
export const MAX_BATCH_BODY_BYTES = 4 * 1024 * 1024;

const BatchSchema = z.object({ entries: z.array(z.unknown()).min(1).max(MAX_BATCH_ENTRIES) }).strict();

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
  /** Where writes go, when several processes share a store (src/cluster); here, if unset. */
  readonly writesGoTo?: () => WriteRoute;
}

/** This process sequences; or another does, at `url`; or none does right now (an election). */
export type WriteRoute =
  | { readonly to: 'here' }
  | { readonly to: 'sequencer'; readonly url: string }
  | { readonly to: 'nobody' };

/** A request listener: the append lane for `POST /v1/entries`, `fallback` (Express) for the rest. */
export function withAppendLane(deps: AppendLaneDeps, fallback: RequestListener): RequestListener {
  return (req, res) => {
    const path = req.method === 'POST' ? laneOf(req.url ?? '') : undefined;
    if (!path) return fallback(req, res);
    (path === APPEND_PATH ? serveAppend : serveBatch)(deps, req, res).catch((err) => {
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
  return laneOf(url) === APPEND_PATH;
}

/** Which of the lane's two paths `url` is, if either. */
function laneOf(url: string): typeof APPEND_PATH | typeof BATCH_PATH | undefined {
  if (url === APPEND_PATH) return APPEND_PATH;
  const origin = url.startsWith('/') ? undefined : /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  const target = origin ? url.slice(origin[0].length) : url;
  const end = target.search(/[?#]/);
  const path = (end === -1 ? target : target.slice(0, end)).toLowerCase().replace(/\/$/, '');
  return path === APPEND_PATH ? APPEND_PATH : path === BATCH_PATH ? BATCH_PATH : undefined;
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
    if (await forwarded(deps, req, res)) return;
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

/**
 * `POST /v1/entries/batch`: up to MAX_BATCH_ENTRIES drafts, admitted in their order, answered
 * once all are settled with one result per draft: the entry's place in the log, or the problem
 * that kept it out. A malformed draft is its own problem, not the batch's.
 */
async function serveBatch(deps: AppendLaneDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = process.hrtime.bigint();
  const requestId = randomUUID();
  const url = req.url ?? BATCH_PATH;
  res.setHeader('X-Request-Id', requestId);
  deps.securityHeaders(req, res, () => {});
  res.once('finish', () => deps.finished({ requestId, url, status: res.statusCode, started }));
  try {
    const refusal = deps.refusal();
    if (refusal) throw refusal;
    await deps.limiter?.charge(req.socket.remoteAddress, res);
    if (await forwarded(deps, req, res)) return;
    const { entries } = parseInput(BatchSchema, await readJson(req, res, MAX_BATCH_BODY_BYTES), 'batch');
    const drafts = entries.map((raw, i) => {
      try {
        return parseInput(DraftSchema, raw, `entries[${i}]`);
      } catch (e) {
        return e as Error;
      }
    });
    const valid = drafts.filter((d): d is EntryDraft => !(d instanceof Error));
    const outcomes = (await deps.ledger.submitMany(valid)).values();
    const results = drafts.map((d) => {
      const outcome: PromiseSettledResult<Submitted> =
        d instanceof Error ? { status: 'rejected', reason: d } : outcomes.next().value!;
      if (outcome.status === 'fulfilled') {
        const { index, leafHash, treeSize } = outcome.value;
        return { index, leafHash, treeSize };
      }
      const mapped = problemResponse(outcome.reason, url, requestId);
      if (mapped.internal) deps.reportError(outcome.reason, BATCH_PATH);
      return { problem: mapped.problem };
    });
    const body = JSON.stringify({ results });
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  } catch (err) {
    sendProblem(deps, res, url, requestId, err);
  }
}

/** Hands the request to the sequencer if another process is it; true if it did. */
async function forwarded(deps: AppendLaneDeps, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const route = deps.writesGoTo?.() ?? { to: 'here' };
  if (route.to === 'here') return false;
  if (route.to === 'nobody' || wasForwarded(req))
    throw new LogUnavailableError('no process is the sequencer right now (an election); retry', 1);
  await forwardTo(route.url, req, res);
  return true;
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
