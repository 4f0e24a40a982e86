/**
 * The key that makes login challenges and bearer tokens checkable by every process of one log
 * (docs/operations.md, Several processes): derived from the log's private key, which every
 * process that may sequence already holds, so a challenge issued by one process is accepted by
 * another and a token works wherever the load balancer sends the next request. Nothing about a
 * session is kept in memory except the challenges already used.
 * @module
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export class SessionMac {
  /** `key`: the log identity's session key (src/keyring/log-keys.ts). */
  constructor(private readonly key: Uint8Array) {}

  /** HMAC-SHA256 over a purpose label and the parts, each length-prefixed so none can bleed into the next. */
  tag(purpose: string, ...parts: Uint8Array[]): Buffer {
    const mac = createHmac('sha256', this.key).update(lengthPrefixed(Buffer.from(purpose)));
    for (const p of parts) mac.update(lengthPrefixed(p));
    return mac.digest();
  }

  /** Constant-time comparison of `tag` with the first `tag.length` bytes of the expected tag. */
  check(tag: Uint8Array, purpose: string, ...parts: Uint8Array[]): boolean {
    const expected = this.tag(purpose, ...parts).subarray(0, tag.length);
    return tag.length >= 16 && timingSafeEqual(expected, tag);
  }
}

function lengthPrefixed(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + bytes.length);
  out.writeUInt32BE(bytes.length, 0);
  out.set(bytes, 4);
  return out;
}

/** 8 bytes, big-endian milliseconds since the epoch. */
export function encodeMillis(ms: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(Math.max(0, Math.floor(ms))), 0);
  return out;
}

export function decodeMillis(bytes: Uint8Array): number {
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset, 8).readBigUInt64BE(0));
}
