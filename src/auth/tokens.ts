/**
 * Short-lived bearer tokens: 32 random bytes, base64url, mapped in memory to the actor who
 * logged in. A token carries no authority of its own: every request re-reads the actor's
 * current roles and key status, so a revocation takes effect at once.
 * @module
 */
import { randomBytes } from 'node:crypto';

export const TOKEN_TTL_MS = 15 * 60 * 1000;

export class TokenStore {
  private readonly tokens = new Map<string, { actor: string; expiresAtMs: number; key: string }>();

  constructor(
    private readonly now: () => number,
    private readonly limit = 100_000,
  ) {}

  /** `key` is the public key the actor logged in with; the token dies with it. */
  issue(actor: string, key: string): { token: string; expiresAtMs: number } {
    if (this.tokens.size >= this.limit) this.tokens.delete(this.tokens.keys().next().value!);
    const token = randomBytes(32).toString('base64url');
    const expiresAtMs = this.now() + TOKEN_TTL_MS;
    this.tokens.set(token, { actor, expiresAtMs, key });
    return { token, expiresAtMs };
  }

  resolve(token: string): { actor: string; key: string } | undefined {
    const found = this.tokens.get(token);
    if (!found) return undefined;
    if (found.expiresAtMs <= this.now()) {
      this.tokens.delete(token);
      return undefined;
    }
    return { actor: found.actor, key: found.key };
  }
}
