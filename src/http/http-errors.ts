/**
 * Errors raised by the HTTP layer itself (routing, authentication). Every other error class
 * is mapped to a status in problem.ts, in one place.
 * @module
 */
import type { FieldIssue } from '../core/errors.ts';

export type HttpCode =
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'bad_json'
  | 'rate_limited';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what = 'no such resource'): HttpError => new HttpError(404, 'not_found', what);
