/**
 * JSON request bodies, one set of rules for the append lane and the Express routes alike:
 * `application/json` in UTF-8 (RFC 8259 §8.1), unencoded or gzip, deflate or br, at most
 * 96 KiB once decoded whether declared or streamed, objects and arrays only. What
 * express.json() took, it takes; a byte order mark is ignored.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { RequestHandler } from 'express';
import { ValidationError } from '../core/errors.ts';
import { parseJsonStrict } from '../core/strict-json.ts';
import { HttpError } from './http-errors.ts';
import { UNSUPPORTED_BODY } from './problem.ts';

/** The largest entry is 65,535 bytes of JCS; a submitted draft is a little smaller. */
export const MAX_JSON_BODY_BYTES = 96 * 1024;

/** For Express routes: the parsed body in `req.body`, or the refusal passed on. */
export function jsonBody(limit = MAX_JSON_BODY_BYTES): RequestHandler {
  return (req, res, next) => {
    readJson(req, res, limit).then((body) => {
      req.body = body;
      next();
    }, next);
  };
}

/** The parsed body, under the rules above. */
export async function readJson(
  req: IncomingMessage,
  res: ServerResponse,
  limit = MAX_JSON_BODY_BYTES,
): Promise<unknown> {
  try {
    return parseStrictJson(await readJsonBody(req, limit));
  } catch (err) {
    // A body refused for its size is not read to the end: close rather than drain it.
    if (err instanceof HttpError && err.status === 413) res.shouldKeepAlive = false;
    throw err;
  }
}

/** Content codings taken, as express.json() takes them; anything else is 415. */
const DECODERS: Record<string, (() => Transform) | undefined> = {
  identity: undefined,
  gzip: () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
};

/** The body as text, under the rules above. */
export function readJsonBody(req: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<string> {
  const refusal = mediaTypeRefusal(req) ?? declaredSizeRefusal(req, limit);
  if (refusal) return Promise.reject(refusal);
  const decoder = DECODERS[contentEncoding(req)]?.();
  const source: Readable = decoder ? req.pipe(decoder) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const unreadable = () => reject(new HttpError('bad_json', 'request body could not be read'));
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
    return new HttpError('unsupported_media_type', 'send the body as application/json');
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  if ((charset && charset.replace(/"/g, '') !== 'charset=utf-8') || !(contentEncoding(req) in DECODERS))
    return new HttpError('unsupported_media_type', UNSUPPORTED_BODY);
  return undefined;
}

function declaredSizeRefusal(req: IncomingMessage, limit: number): HttpError | undefined {
  const declared = Number(req.headers['content-length'] ?? 0);
  return declared > limit ? tooLarge() : undefined;
}

const tooLarge = () =>
  new HttpError('payload_too_large', 'request body is larger than this endpoint accepts');

/**
 * JSON objects and arrays only, as express.json({ strict: true }) takes them, read as I-JSON
 * (RFC 7493): a repeated member name or a lone surrogate is refused with the verifier's own
 * reader (src/core/strict-json.ts), so the server never keeps one of two values a client's
 * tool might have shown the signer.
 */
export function parseStrictJson(text: string): unknown {
  // RFC 8259 §8.1: a parser may ignore a byte order mark, and express.json() does.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = json.trimStart()[0];
  if (first !== '{' && first !== '[') throw notJson();
  try {
    return parseJsonStrict(json);
  } catch (err) {
    // Not JSON at all keeps the one generic refusal; a repeated name or lone surrogate says which.
    if (err instanceof ValidationError && err.issues.length > 0)
      throw new HttpError('bad_json', err.message, err.issues);
    throw notJson();
  }
}

const notJson = () => new HttpError('bad_json', 'request body is not valid JSON');
