/**
 * The one mapping from errors to RFC 9457 `application/problem+json` responses. Clients get a
 * stable `code`, a human `detail`, field paths in `errors`, and the request id; never a stack
 * trace or an internal message. Unknown errors are logged in full and answered as 500.
 * @module
 */
import type { NextFunction, Request, Response } from 'express';
import { ERROR_CODES, type ErrorCode, statusOf } from '../core/error-codes.ts';
import { CustosError, type FieldIssue } from '../core/errors.ts';
import { IntegrityError, LogUnavailableError } from '../log/log-errors.ts';
import { HttpError } from './http-errors.ts';

export interface Problem {
  [extension: string]: unknown;
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldIssue[];
}

export const PROBLEM_TYPE_PREFIX = 'urn:custos:problem:';

export const UNSUPPORTED_BODY =
  'request body must be UTF-8 JSON, unencoded or with gzip, deflate or br content encoding';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable entry',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Extension members (RFC 9457 §3.2) that help the client recover, e.g. the current head. */
function withDetails(m: MappedProblem, details: Record<string, unknown>): MappedProblem {
  const extra = Object.fromEntries(Object.entries(details).filter(([k]) => !(k in m.problem)));
  return { ...m, problem: { ...m.problem, ...extra } };
}

export interface MappedProblem {
  problem: Problem;
  headers: Record<string, string>;
  /** Whether the server, not the client, is at fault: log it in full. */
  internal: boolean;
}

export function toProblem(err: unknown): MappedProblem {
  if (err instanceof LogUnavailableError) {
    const headers = { 'Retry-After': String(err.retryAfterSeconds) };
    return mapped(err.status, err.code, err.message, [], headers, true);
  }
  if (err instanceof IntegrityError) {
    const detail = 'the log failed an integrity check and is refusing to serve this request';
    return mapped(err.status, err.code, detail, [], {}, true);
  }
  if (err instanceof CustosError && !ERROR_CODES[err.code].local) {
    const headers = err instanceof HttpError ? err.headers : {};
    return withDetails(mapped(err.status, err.code, err.message, err.issues, headers), err.details);
  }
  const parserError = bodyParserProblem(err);
  if (parserError) return parserError;
  // Local errors (a configuration or key file problem) and bugs: logged in full, never told.
  return mapped(500, 'internal', 'the server failed to handle this request', [], {}, true);
}

/** Errors raised by express.json()/raw() carry a `type` and a `status`. */
function bodyParserProblem(err: unknown): MappedProblem | undefined {
  const e = err as { type?: string; status?: number; expose?: boolean };
  if (typeof e?.type !== 'string' || typeof e.status !== 'number' || e.status >= 500) return undefined;
  switch (e.type) {
    case 'entity.too.large':
      return mapped(
        statusOf('payload_too_large'),
        'payload_too_large',
        'request body is larger than this endpoint accepts',
      );
    case 'entity.parse.failed':
      return mapped(statusOf('bad_json'), 'bad_json', 'request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return mapped(statusOf('unsupported_media_type'), 'unsupported_media_type', UNSUPPORTED_BODY);
    default:
      return mapped(statusOf('bad_request'), 'bad_request', 'request body could not be read');
  }
}

function mapped(
  status: number,
  code: ErrorCode,
  detail: string,
  issues: FieldIssue[] = [],
  headers: Record<string, string> = {},
  internal = false,
): MappedProblem {
  const problem: Problem = {
    type: `${PROBLEM_TYPE_PREFIX}${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
  };
  if (issues.length > 0) problem.errors = issues;
  return { problem, headers, internal: internal || status >= 500 };
}

/** The response for an error: status, headers and the problem+json body naming the request. */
export function problemResponse(
  err: unknown,
  instance: string,
  requestId: string | undefined,
): MappedProblem & { body: string } {
  const m = toProblem(err);
  m.problem.instance = instance.slice(0, 512);
  if (requestId) m.problem.requestId = requestId;
  return { ...m, body: JSON.stringify(m.problem) };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function sendProblem(
  req: Request,
  res: Response,
  err: unknown,
  log?: (err: unknown, req: Request) => void,
): void {
  const requestId = res.getHeader('X-Request-Id');
  const { problem, headers, internal, body } = problemResponse(
    err,
    req.originalUrl,
    typeof requestId === 'string' ? requestId : undefined,
  );
  if (internal && log) log(err, req);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(problem.status).set(headers).set('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
}

/** Express error middleware: the only place errors become responses. */
export function problemHandler(log?: (err: unknown, req: Request) => void) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void =>
    sendProblem(req, res, err, log);
}
