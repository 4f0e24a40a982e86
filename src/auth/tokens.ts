/**
 * Short-lived bearer tokens that any process of the log can check (session-mac.ts): a token
 * names the actor and the public key it logged in with, its expiry, and a MAC under the log's
 * session key. A token carries no authority of its own: every request re-reads the actor's
 * current roles and key status, so a revocation or a rotation takes effect at once.
 *
 * Layout: base64url(expiry (u64 BE, ms) ‖ public key (32) ‖ actor id, UTF-8) "." base64url(the
 * first 24 bytes of HMAC(session key, "token", that payload)).
 * @module
 */
import { fromBase64, toBase64, utf8 } from '../core/encoding.ts';
import { decodeMillis, encodeMillis, type SessionMac } from './session-mac.ts';

export const TOKEN_TTL_MS = 15 * 60 * 1000;
/** What `Authorization: Bearer …` must look like before anything is decoded. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{54,150}\.[A-Za-z0-9_-]{32}$/;
const TAG = 24;

export class TokenStore {
  constructor(
    private readonly mac: SessionMac,
    private readonly now: () => number,
  ) {}

  /** `key` (base64) is the public key the actor logged in with; the token dies with it. */
  issue(actor: string, key: string): { token: string; expiresAtMs: number } {
    const expiresAtMs = this.now() + TOKEN_TTL_MS;
    const payload = Buffer.concat([encodeMillis(expiresAtMs), fromBase64(key), utf8(actor)]);
    const tag = this.mac.tag('token', payload).subarray(0, TAG);
    return { token: `${payload.toString('base64url')}.${tag.toString('base64url')}`, expiresAtMs };
  }

  resolve(token: string): { actor: string; key: string } | undefined {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const [body, mac] = token.split('.') as [string, string];
    const payload = Buffer.from(body, 'base64url');
    const tag = Buffer.from(mac, 'base64url');
    if (payload.length < 41 || tag.length !== TAG || !this.mac.check(tag, 'token', payload)) return undefined;
    if (decodeMillis(payload) <= this.now()) return undefined;
    return {
      key: toBase64(payload.subarray(8, 40)),
      actor: new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(40)),
    };
  }
}
