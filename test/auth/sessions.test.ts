/**
 * Login challenges and bearer tokens carry their own expiry and a MAC under the log's session
 * key (src/auth/session-mac.ts), so any process of one log accepts them. These tests try to
 * break that: forged, altered, expired, replayed, foreign-log and other-actor values.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { CHALLENGE_TTL_MS, ChallengeStore } from '../../src/auth/challenges.ts';
import { SessionMac } from '../../src/auth/session-mac.ts';
import { TOKEN_TTL_MS, TokenStore } from '../../src/auth/tokens.ts';
import { toBase64 } from '../../src/core/encoding.ts';

describe('sessions any process of a log can check', () => {
  const key = randomBytes(32);
  const other = new SessionMac(randomBytes(32));
  let t = 1_800_000_000_000;
  const now = () => t;
  const publicKey = toBase64(randomBytes(32));

  it('accepts a challenge issued by another process holding the same log key, once', () => {
    const a = new ChallengeStore(new SessionMac(key), now);
    const b = new ChallengeStore(new SessionMac(key), now);
    const { challenge } = a.issue('fr-inv');
    expect(b.consume('fr-inv', challenge)).to.equal(true);
    expect(b.consume('fr-inv', challenge), 'replayed at the same process').to.equal(false);
  });

  it('refuses a challenge for another actor, of another log, expired, altered or made up', () => {
    const store = new ChallengeStore(new SessionMac(key), now);
    const { challenge } = store.issue('fr-inv');
    expect(store.consume('fr-lab', challenge), 'issued to fr-inv').to.equal(false);
    expect(new ChallengeStore(other, now).consume('fr-inv', challenge), 'another log').to.equal(false);
    const bytes = Buffer.from(challenge, 'base64');
    for (const i of [0, 20, 39]) {
      const altered = Buffer.from(bytes);
      altered[i]! ^= 1;
      expect(store.consume('fr-inv', altered.toString('base64')), `byte ${i} flipped`).to.equal(false);
    }
    expect(store.consume('fr-inv', randomBytes(40).toString('base64'))).to.equal(false);
    expect(store.consume('fr-inv', randomBytes(32).toString('base64')), 'the old 32-byte form').to.equal(
      false,
    );
    expect(store.consume('fr-inv', 'not base64!')).to.equal(false);
    const later = store.issue('fr-inv').challenge;
    t += CHALLENGE_TTL_MS;
    expect(store.consume('fr-inv', later), 'expired').to.equal(false);
  });

  it('remembers only challenges whose answer verified, so failed answers cannot fill its memory', () => {
    const store = new ChallengeStore(new SessionMac(key), now, 2);
    const { challenge } = store.issue('fr-inv');
    for (let i = 0; i < 10; i++) expect(store.authentic('fr-inv', challenge)).to.be.instanceOf(Uint8Array);
    expect(store.consume('fr-inv', challenge)).to.equal(true);
    expect(store.authentic('fr-inv', challenge), 'used').to.equal(undefined);
    expect(store.consume('fr-inv', store.issue('fr-inv').challenge)).to.equal(true);
    // Full of live used challenges: a third login waits rather than forget one and accept its replay.
    const third = store.issue('fr-inv').challenge;
    expect(store.consume('fr-inv', third)).to.equal(false);
    t += CHALLENGE_TTL_MS;
    expect(store.consume('fr-inv', store.issue('fr-inv').challenge), 'the first two expired').to.equal(true);
  });

  it('resolves a token issued by another process to the actor and key it was issued for', () => {
    const token = new TokenStore(new SessionMac(key), now).issue('az-dtx~inv', publicKey).token;
    expect(new TokenStore(new SessionMac(key), now).resolve(token)).to.deep.equal({
      actor: 'az-dtx~inv',
      key: publicKey,
    });
  });

  it('refuses a token of another log, altered in any part, truncated or expired', () => {
    const tokens = new TokenStore(new SessionMac(key), now);
    const { token } = tokens.issue('fr-inv', publicKey);
    expect(new TokenStore(other, now).resolve(token)).to.equal(undefined);
    const [body, mac] = token.split('.') as [string, string];
    const payload = Buffer.from(body, 'base64url');
    // Another actor's name, a later expiry, another key: each needs a new MAC.
    const renamed = Buffer.concat([payload.subarray(0, 40), Buffer.from('admin')]);
    const later = Buffer.from(payload);
    later.writeBigUInt64BE(BigInt(t + 10 * TOKEN_TTL_MS), 0);
    const rekeyed = Buffer.from(payload);
    rekeyed[12]! ^= 1;
    for (const forged of [renamed, later, rekeyed])
      expect(tokens.resolve(`${forged.toString('base64url')}.${mac}`)).to.equal(undefined);
    const flipped = Buffer.from(mac, 'base64url');
    flipped[0]! ^= 1;
    expect(tokens.resolve(`${body}.${flipped.toString('base64url')}`)).to.equal(undefined);
    expect(tokens.resolve(`${body}.${mac.slice(0, 22)}`)).to.equal(undefined);
    expect(tokens.resolve(randomBytes(32).toString('base64url')), 'the old opaque form').to.equal(undefined);
    t += TOKEN_TTL_MS;
    expect(tokens.resolve(token), 'expired').to.equal(undefined);
  });
});
