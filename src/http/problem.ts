/**
 * The one mapping from errors to RFC 9457 `application/problem+json` responses. Clients get a
 * stable `code`, a human `detail`, field paths in `errors`, and the request id; never a stack
 * trace or an internal message. Unknown errors are logged in full and answered as 500.
 * @module
 */
import type { NextFunction, Request, Response } from 'express';
import { CustosError, type FieldIssue, type RuleNature, RuleViolation } from '../core/errors.ts';
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

/** Status for each core error code that is not a plain 400. */
const STATUS_BY_CODE: Record<string, number> = {
  bad_signature: 422,
  unknown_key: 422,
  bad_proof: 422,
  origin_mismatch: 422,
  too_large: 413,
};

const STATUS_BY_NATURE: Record<RuleNature, number> = { conflict: 409, forbidden: 403, invalid: 422 };

/** Extension members (RFC 9457 §3.2) that help the client recover, e.g. the current head. */
function withDetails(m: MappedProblem, details: Record<string, unknown>): MappedProblem {
  const extra = Object.fromEntries(Object.entries(details).filter(([k]) => !(k in m.problem)));
  return { ...m, problem: { ...m.problem, ...extra } };
}

/** Errors other modules define with their own `status` (custody rules, auth) map through it. */
interface StatusCarrier {
  status: number;
  code: string;
  message: string;
  issues?: FieldIssue[];
  headers?: Record<string, string>;
}

function isStatusCarrier(e: unknown): e is StatusCarrier {
  return (
    e instanceof Error &&
    typeof (e as Partial<StatusCarrier>).status === 'number' &&
    typeof (e as Partial<StatusCarrier>).code === 'string'
  );
}

export interface MappedProblem {
  problem: Problem;
  headers: Record<string, string>;
  /** Whether the server, not the client, is at fault: log it in full. */
  internal: boolean;
}

export function toProblem(err: unknown): MappedProblem {
  if (err instanceof HttpError || isStatusCarrier(err)) {
    const e = err as StatusCarrier;
    return mapped(e.status, e.code, e.message, e.issues ?? [], e.headers ?? {});
  }
  if (err instanceof RuleViolation) {
    return withDetails(mapped(STATUS_BY_NATURE[err.nature], err.code, err.message, err.issues), err.details);
  }
  if (err instanceof CustosError) {
    return mapped(STATUS_BY_CODE[err.code] ?? 400, err.code, err.message, err.issues, {});
  }
  if (err instanceof LogUnavailableError) {
    return mapped(
      503,
      'log_unavailable',
      err.message,
      [],
      { 'Retry-After': String(err.retryAfterSeconds) },
      true,
    );
  }
  const parserError = bodyParserProblem(err);
  if (parserError) return parserError;
  const detail =
    err instanceof IntegrityError
      ? 'the log failed an integrity check and is refusing to serve this request'
      : 'the server failed to handle this request';
  return mapped(500, err instanceof IntegrityError ? 'integrity' : 'internal', detail, [], {}, true);
}

/** Errors raised by express.json()/raw() carry a `type` and a `status`. */
function bodyParserProblem(err: unknown): MappedProblem | undefined {
  const e = err as { type?: string; status?: number; expose?: boolean };
  if (typeof e?.type !== 'string' || typeof e.status !== 'number' || e.status >= 500) return undefined;
  switch (e.type) {
    case 'entity.too.large':
      return mapped(413, 'payload_too_large', 'request body is larger than this endpoint accepts');
    case 'entity.parse.failed':
      return mapped(400, 'bad_json', 'request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return mapped(415, 'unsupported_media_type', UNSUPPORTED_BODY);
    default:
      return mapped(400, 'bad_request', 'request body could not be read');
  }
}

function mapped(
  status: number,
  code: string,
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
