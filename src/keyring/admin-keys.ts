/**
 * The genesis administrator's identity in the keys directory (docs/operations.md): `admin.key`
 * (PKCS#8, 0600), `admin.pub` (SPKI) and `admin.id` (the actor id). Made on first start; the
 * private key may be moved offline afterwards, the public files are enough to run the log.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toBase64 } from '../core/encoding.ts';
import {
  checkPrivateKeyMode,
  exists,
  formatPublicKeyPem,
  KeyFileError,
  loadOrCreateKey,
  parsePublicKeyPem,
  writePublicFile,
} from './key-files.ts';

export interface GenesisIdentity {
  readonly actor: string;
  /** Base64. */
  readonly publicKey: string;
  /** Present when `admin.key` is in the keys directory. */
  readonly seed?: Uint8Array;
}

export async function loadGenesisIdentity(keysDir: string, defaultId: string): Promise<GenesisIdentity> {
  const keyPath = join(keysDir, 'admin.key');
  const idPath = join(keysDir, 'admin.id');
  const pubPath = join(keysDir, 'admin.pub');
  const actor = (await exists(idPath)) ? (await readFile(idPath, 'utf8')).trim() : defaultId;
  if (!(await exists(keyPath)) && (await exists(pubPath))) {
    return { actor, publicKey: toBase64(parsePublicKeyPem(await readFile(pubPath, 'utf8'), pubPath)) };
  }
  const { pair } = await loadOrCreateKey(keyPath);
  await checkPrivateKeyMode(keyPath);
  await writePublicFile(pubPath, formatPublicKeyPem(pair.publicKey));
  if (!(await exists(idPath))) await writePublicFile(idPath, `${actor}\n`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(actor))
    throw new KeyFileError(`${idPath} does not hold a valid actor id`);
  return { actor, publicKey: toBase64(pair.publicKey), seed: pair.seed };
}
