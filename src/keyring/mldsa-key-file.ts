/**
 * The log's optional ML-DSA-44 key file: PKCS#8 PEM in the seed-only form of the IETF LAMPS
 * ML-DSA key format (algorithm 2.16.840.1.101.3.4.3.17, private key `[0] IMPLICIT OCTET STRING`
 * holding the 32-byte FIPS 204 seed), as OpenSSL 3.5 writes it. Node 20 cannot read ML-DSA keys,
 * and the seed form is one fixed 22-byte header before the seed, so it is checked byte for byte
 * rather than parsed.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { concatBytes, equalBytes } from '../core/encoding.ts';
import { checkPrivateKeyMode, exists, KeyFileError } from './key-files.ts';

const SEED_FORM_HEADER = Uint8Array.from([
  0x30, 0x34, 0x02, 0x01, 0x00, 0x30, 0x0b, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x11,
  0x04, 0x22, 0x80, 0x20,
]);

export function formatMldsaPrivateKeyPem(seed: Uint8Array): string {
  const body = Buffer.from(concatBytes(SEED_FORM_HEADER, seed)).toString('base64');
  return `-----BEGIN PRIVATE KEY-----\n${body.replace(/.{1,64}/g, '$&\n')}-----END PRIVATE KEY-----\n`;
}

export function parseMldsaPrivateKeyPem(pem: string, where: string): Uint8Array {
  const match = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(pem);
  const der = match ? new Uint8Array(Buffer.from(match[1]!.replace(/\s/g, ''), 'base64')) : undefined;
  if (
    !der ||
    der.length !== SEED_FORM_HEADER.length + 32 ||
    !equalBytes(der.subarray(0, 22), SEED_FORM_HEADER)
  ) {
    throw new KeyFileError(
      `${where} is not an ML-DSA-44 private key in PKCS#8 seed form (BEGIN PRIVATE KEY, 54 bytes)`,
    );
  }
  return der.slice(22);
}

/** Loads the 32-byte seed at `path`, or makes one there (mode 0600). */
export async function loadOrCreateMldsaSeed(path: string): Promise<Uint8Array> {
  if (!(await exists(path))) {
    const seed = new Uint8Array(randomBytes(32));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, formatMldsaPrivateKeyPem(seed), { mode: 0o600, flag: 'wx' });
    await chmod(path, 0o600);
    return seed;
  }
  await checkPrivateKeyMode(path);
  return parseMldsaPrivateKeyPem(await readFile(path, 'utf8'), path);
}
