/**
 * Once the background audit has found the store altered, nothing but health and metrics is
 * served: not appends (the sequencer also halts), not data reads, whose answers could rest on
 * altered records. One refusal, shared by the append lane and the Express app.
 * @module
 */
import type { RequestHandler } from 'express';
import { IntegrityError } from '../log/log-errors.ts';

/** Paths an operator needs to see why the service refuses everything else. */
const ALWAYS_SERVED = new Set(['/healthz', '/metrics']);

export interface IntegrityGuard {
  /** The error every refused request gets, or undefined while the store is believed intact. */
  readonly refusal: () => IntegrityError | undefined;
  readonly middleware: RequestHandler;
}

export function integrityGuard(state: () => 'ok' | 'checking' | 'failed' | 'not checked'): IntegrityGuard {
  const refusal = () =>
    state() === 'failed' ? new IntegrityError('the store failed its integrity audit') : undefined;
  return {
    refusal,
    middleware: (req, _res, next) => next(ALWAYS_SERVED.has(req.path) ? undefined : refusal()),
  };
}
