/**
 * `POST /v1/auth/challenge` and `POST /v1/auth/token` (docs/api.md, Authentication): log in by signing a
 * one-time challenge with the actor's own key. Failures say nothing about which part failed,
 * and nothing about whether the actor exists.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import { authMessage, type ChallengeStore } from '../auth/challenges.ts';
import type { TokenStore } from '../auth/tokens.ts';
import { fromBase64 } from '../core/encoding.ts';
import { Id, Signature } from '../core/ledger/fields.ts';
import { revocationOf } from '../core/ledger/signer-rules.ts';
import { currentKey } from '../core/ledger/state.ts';
import { verifySignatureFast } from '../crypto/node-ed25519.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { unauthenticated } from './authenticate.ts';
import { parseInput } from './validate.ts';

export const ChallengeRequest = z.object({ actor: Id }).strict();
export const TokenRequest = z
  .object({ actor: Id, challenge: z.string().max(64), signature: Signature })
  .strict();

export interface AuthRoutesDeps {
  readonly challenges: ChallengeStore;
  readonly tokens: TokenStore;
  readonly queries: LedgerQueries;
  readonly now: () => number;
  readonly json: RequestHandler;
  readonly limit: RequestHandler;
}

export function authRoutes(deps: AuthRoutesDeps): Router {
  const router = Router();

  router.post('/v1/auth/challenge', deps.limit, deps.json, (req, res) => {
    const { actor } = parseInput(ChallengeRequest, req.body, 'challenge request');
    // Issued whether or not the actor exists: the answer must not reveal who is registered.
    const { challenge, expiresAtMs } = deps.challenges.issue(actor);
    res.set('Cache-Control', 'no-store').json({ challenge, expiresAt: new Date(expiresAtMs).toISOString() });
  });

  router.post('/v1/auth/token', deps.limit, deps.json, async (req, res) => {
    const body = parseInput(TokenRequest, req.body, 'token request');
    const challenge = deps.challenges.authentic(body.actor, body.challenge);
    const actor = await deps.queries.actor(body.actor);
    const key = actor ? currentKey(actor) : undefined;
    // Marked used only once the signature verifies: failed answers, from anyone, cost no memory.
    const valid =
      challenge !== undefined &&
      actor !== undefined &&
      key !== undefined &&
      !revocationOf(actor, key) &&
      verifySignatureFast(fromBase64(body.signature), authMessage(challenge), fromBase64(key)) &&
      deps.challenges.consume(body.actor, body.challenge);
    if (!valid)
      throw unauthenticated(
        'the challenge, the actor or the signature is not valid; request a new challenge',
      );
    const { token, expiresAtMs } = deps.tokens.issue(actor!.id, key!);
    res.set('Cache-Control', 'no-store').json({ token, expiresAt: new Date(expiresAtMs).toISOString() });
  });

  return router;
}
