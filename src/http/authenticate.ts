/**
 * Bearer-token authentication (docs/api.md, Authentication). Every authenticated request re-reads the actor's
 * state, so a revoked key or a rotation ends its sessions at once.
 * @module
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { TOKEN_PATTERN, type TokenStore } from '../auth/tokens.ts';
import { readsEverything } from '../core/ledger/access.ts';
import { revocationOf } from '../core/ledger/signer-rules.ts';
import type { ActorState } from '../core/ledger/state.ts';
import { currentKey } from '../core/ledger/state.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { HttpError } from './http-errors.ts';

const challengeHeader = { 'WWW-Authenticate': 'Bearer realm="custos"' };

export const unauthenticated = (detail = 'this needs a bearer token from POST /v1/auth/token'): HttpError =>
  new HttpError('unauthenticated', detail, [], challengeHeader);

export interface AuthenticateDeps {
  readonly tokens: TokenStore;
  readonly queries: LedgerQueries;
  readonly now: () => number;
}

/** Sets `res.locals.actor` for a valid token; refuses with 401 otherwise. */
export function authenticate(deps: AuthenticateDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    if (!match || !TOKEN_PATTERN.test(match[1]!)) throw unauthenticated();
    const session = deps.tokens.resolve(match[1]!);
    if (!session) throw unauthenticated('the token is unknown or expired; log in again');
    const actor = await deps.queries.actor(session.actor);
    if (!actor || currentKey(actor) !== session.key || revocationOf(actor, session.key)) {
      throw unauthenticated('the key this session was opened with is no longer valid');
    }
    res.locals.actor = actor;
    next();
  };
}

export function actorOf(res: Response): ActorState {
  const actor = res.locals.actor as ActorState | undefined;
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * Entry bundles (`/log/tile/entries/…`) hold every entry of a range, whatever case it is in:
 * only those who may read the whole log (administrators, auditors) may fetch them.
 */
export const requireWholeLogReader: RequestHandler = (_req, res, next) => {
  if (!readsEverything(actorOf(res)))
    return next(new HttpError('forbidden', 'entry bundles are for administrators and auditors'));
  next();
};

/** What a reader is told when something does not exist or may not be seen: nothing more. */
export const notPermitted = (): HttpError =>
  new HttpError('forbidden', 'this does not exist or you may not read it');
