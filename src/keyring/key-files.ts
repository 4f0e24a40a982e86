/**
 * Ed25519 key files (docs/operations.md): private keys as PKCS#8 PEM, the format
 * `openssl genpkey -algorithm ed25519` writes, created with mode 0600 and never overwritten;
 * public keys as SPKI PEM. Inside Custos a private key is its 32-byte RFC 8032 seed.
 * @module
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { publicKeyFromSeed, randomSeed } from '../core/crypto/ed25519.ts';
import { CustosError } from '../core/errors.ts';

export class KeyFileError extends CustosError {
  readonly code = 'local_file';
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

export interface Ed25519KeyPair {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** Parses a PKCS#8 PEM Ed25519 private key; any other key type is refused. */
export function parsePrivateKeyPem(pem: string, where = 'key'): Ed25519KeyPair {
  const seed = ed25519Field(() => createPrivateKey({ key: pem, format: 'pem' }), 'd', 'private', where);
  return { seed, publicKey: publicKeyFromSeed(seed) };
}

/** The raw bytes behind a PEM Ed25519 key's JWK field (`d`, the seed, or `x`, the public key). */
function ed25519Field(
  load: () => KeyObject,
  field: 'd' | 'x',
  kind: 'private' | 'public',
  where: string,
): Uint8Array {
  let jwk: { kty?: string; crv?: string; d?: string; x?: string };
  try {
    jwk = load().export({ format: 'jwk' }) as typeof jwk;
  } catch (e) {
    throw new KeyFileError(`${where} is not a PEM ${kind} key: ${(e as Error).message}`);
  }
  const value = jwk[field];
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !value)
    throw new KeyFileError(`${where} is not an Ed25519 key`);
  return new Uint8Array(Buffer.from(value, 'base64url'));
}

export function formatPrivateKeyPem(pair: Ed25519KeyPair): string {
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: b64url(pair.seed), x: b64url(pair.publicKey) },
    format: 'jwk',
  });
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function formatPublicKeyPem(publicKey: Uint8Array): string {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(publicKey) }, format: 'jwk' });
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** Parses an SPKI PEM Ed25519 public key to its 32 raw bytes. */
export function parsePublicKeyPem(pem: string, where = 'public key'): Uint8Array {
  return ed25519Field(() => createPublicKey({ key: pem, format: 'pem' }), 'x', 'public', where);
}

export async function readPrivateKeyFile(path: string): Promise<Ed25519KeyPair> {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (e) {
    throw new KeyFileError(`cannot read the key file ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return parsePrivateKeyPem(pem, path);
}

/** Writes a new private key with mode 0600; refuses to replace an existing file. */
export async function writePrivateKeyFile(path: string, pair: Ed25519KeyPair): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, formatPrivateKeyPem(pair), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new KeyFileError(`${path} exists; not replacing a key`);
    throw e;
  }
  // The umask may have narrowed the mode further; it can never have widened it, but say so.
  await chmod(path, 0o600);
}

/** Public, derived files (public keys, verifier keys, ids): written or refreshed freely. */
export async function writePublicFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { mode: 0o644 });
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Loads the key at `path`, or creates one there (0600) if there is none. */
export async function loadOrCreateKey(path: string): Promise<{ pair: Ed25519KeyPair; created: boolean }> {
  if (await exists(path)) return { pair: await readPrivateKeyFile(path), created: false };
  const seed = randomSeed();
  const pair = { seed, publicKey: publicKeyFromSeed(seed) };
  await writePrivateKeyFile(path, pair);
  return { pair, created: true };
}

/** Refuses a private key that group or others can read: docs/operations.md requires 0600. */
export async function checkPrivateKeyMode(path: string): Promise<void> {
  const mode = (await stat(path)).mode & 0o777;
  if (mode & 0o077) {
    throw new KeyFileError(
      `${path} is readable by others (mode ${mode.toString(8)}); run: chmod 600 ${path}`,
    );
  }
}
