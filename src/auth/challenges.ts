/**
 * Challenge-response login (docs/api.md, Authentication): a challenge is 32 random bytes bound to one actor,
 * usable once, within minutes. Kept in memory: a restart simply invalidates open challenges.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { concatBytes, fromBase64, toBase64, utf8 } from '../core/encoding.ts';

export const AUTH_DOMAIN = 'custos/v1/auth\n';
export const CHALLENGE_TTL_MS = 2 * 60 * 1000;

/** The bytes an actor signs to log in: the domain prefix, then the raw challenge. */
export function authMessage(challenge: Uint8Array): Uint8Array {
  return concatBytes(utf8(AUTH_DOMAIN), challenge);
}

interface Open {
  readonly actor: string;
  readonly expiresAtMs: number;
}

export class ChallengeStore {
  private readonly open = new Map<string, Open>();

  constructor(
    private readonly now: () => number,
    private readonly limit = 10_000,
  ) {}

  issue(actor: string): { challenge: string; expiresAtMs: number } {
    this.sweep();
    if (this.open.size >= this.limit) this.open.delete(this.open.keys().next().value!);
    const challenge = toBase64(randomBytes(32));
    const expiresAtMs = this.now() + CHALLENGE_TTL_MS;
    this.open.set(challenge, { actor, expiresAtMs });
    return { challenge, expiresAtMs };
  }

  /** True once for a live challenge issued to this actor; it is gone afterwards either way. */
  consume(actor: string, challenge: string): boolean {
    const found = this.open.get(challenge);
    this.open.delete(challenge);
    return found !== undefined && found.actor === actor && found.expiresAtMs > this.now();
  }

  private sweep(): void {
    const now = this.now();
    for (const [c, o] of this.open) if (o.expiresAtMs <= now) this.open.delete(c);
  }
}

export function challengeBytes(challenge: string): Uint8Array {
  return fromBase64(challenge, 'challenge');
}
