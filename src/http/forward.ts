/**
 * Forwards a write that reached a process which does not sequence to the one that does
 * (src/cluster/sequencer-lease.ts), so that clients behind a load balancer need not know which
 * process leads. The body streams through untouched; the sequencer validates it as it would
 * any request, and its answer streams back as it is.
 *
 * A forwarded request carries `X-Custos-Forwarded`, and a process never forwards such a
 * request again: during an election the leader row can name a process that no longer leads,
 * and two followers must not bounce a request between them.
 * @module
 */
import { Agent, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { LogUnavailableError } from '../log/log-errors.ts';

export const FORWARDED_HEADER = 'x-custos-forwarded';

/** The request headers the sequencer needs; hop-by-hop ones stay behind. */
const PASSED = [
  'content-type',
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'authorization',
  'accept',
];

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

export function wasForwarded(req: IncomingMessage): boolean {
  return req.headers[FORWARDED_HEADER] !== undefined;
}

/**
 * Streams `req` to `base` and the answer back to `res`. Rejects with LogUnavailableError (503,
 * retry) if the sequencer cannot be reached before it answers; whether a request cut off after
 * that was committed is unknown to this process, as to any client whose connection broke.
 */
export function forwardTo(base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | string[]> = { [FORWARDED_HEADER]: '1' };
    for (const name of PASSED) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const forwardedFor = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = [forwardedFor, req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = request(
      new URL(req.url ?? '/', base),
      { method: req.method, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.once('end', () => resolve());
        answer.once('error', () => {
          res.destroy();
          resolve();
        });
      },
    );
    upstream.once('error', (e) => {
      if (res.headersSent) {
        res.destroy();
        resolve();
      } else {
        reject(new LogUnavailableError('the sequencer could not be reached; retry', 1, { cause: e }));
      }
    });
    req.pipe(upstream);
  });
}
