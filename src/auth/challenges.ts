/**
 * Challenge-response login (docs/api.md, Authentication): a challenge is bound to one actor,
 * usable once, within minutes. It carries its own expiry and a MAC under the log's session key
 * (session-mac.ts), so any process of the log can check it; only the challenges already used
 * are remembered, until they expire.
 *
 * Layout (40 bytes, base64 on the wire): 16 random bytes ‖ expiry (u64 BE, ms) ‖ the first 16
 * bytes of HMAC(session key, "challenge", actor, nonce, expiry).
 *
 * Used-once is enforced by each process for what reaches it: a signed answer replayed at another
 * process within the challenge's two minutes would open a second session for the same actor.
 * Whoever can capture that answer (inside TLS) can capture the token it was exchanged for, so
 * the replay gives an attacker nothing the capture did not.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { concatBytes, fromBase64, toBase64, utf8 } from '../core/encoding.ts';
import { decodeMillis, encodeMillis, type SessionMac } from './session-mac.ts';

export { AUTH_DOMAIN, authMessage } from '../core/auth/auth-message.ts';
export const CHALLENGE_TTL_MS = 2 * 60 * 1000;
const NONCE = 16;
const CHALLENGE_BYTES = NONCE + 8 + 16;

export class ChallengeStore {
  /** Challenges this process has accepted, until they expire. */
  private readonly used = new Map<string, number>();

  constructor(
    private readonly mac: SessionMac,
    private readonly now: () => number,
    private readonly limit = 100_000,
  ) {}

  issue(actor: string): { challenge: string; expiresAtMs: number } {
    const nonce = randomBytes(NONCE);
    const expiresAtMs = this.now() + CHALLENGE_TTL_MS;
    const expiry = encodeMillis(expiresAtMs);
    const tag = this.mac.tag('challenge', utf8(actor), nonce, expiry).subarray(0, 16);
    return { challenge: toBase64(concatBytes(nonce, expiry, tag)), expiresAtMs };
  }

  /**
   * The raw bytes of a live challenge that some process of this log issued to this actor and
   * this process has not accepted yet; undefined otherwise. Marks nothing: `consume` once the
   * answer's signature verifies, so that failed answers, from anyone, cost no memory.
   */
  authentic(actor: string, challenge: string): Uint8Array | undefined {
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(challenge, 'challenge');
    } catch {
      return undefined;
    }
    if (bytes.length !== CHALLENGE_BYTES) return undefined;
    const nonce = bytes.subarray(0, NONCE);
    const expiry = bytes.subarray(NONCE, NONCE + 8);
    const tag = bytes.subarray(NONCE + 8);
    if (decodeMillis(expiry) <= this.now() || !this.mac.check(tag, 'challenge', utf8(actor), nonce, expiry))
      return undefined;
    return this.used.has(challenge) ? undefined : bytes;
  }

  /** True once for a live challenge issued to this actor by any process of this log. */
  consume(actor: string, challenge: string): boolean {
    const bytes = this.authentic(actor, challenge);
    if (!bytes) return false;
    if (this.used.size >= this.limit) this.sweep();
    // Full of live used challenges (valid logins beyond any rate limit): refuse rather than forget one.
    if (this.used.size >= this.limit) return false;
    this.used.set(challenge, decodeMillis(bytes.subarray(NONCE, NONCE + 8)));
    return true;
  }

  private sweep(): void {
    const now = this.now();
    for (const [c, expiresAtMs] of this.used) if (expiresAtMs <= now) this.used.delete(c);
  }
}
