/**
 * The log's signing identity from the keys directory: `log.key` (made on first start),
 * `log.pub`, and `log.vkey`, the verifier key outsiders pin (CONTRACT §3).
 * @module
 */
import { join } from 'node:path';
import { ed25519NoteVerifier, formatVerifierKey, SIG_TYPE_ED25519 } from '../core/log/note.ts';
import { nodeNoteSigner, verifySignatureFast } from '../crypto/node-ed25519.ts';
import type { LogIdentity } from '../log/head.ts';
import { checkPrivateKeyMode, formatPublicKeyPem, loadOrCreateKey, writePublicFile } from './key-files.ts';

export interface LoadedLogIdentity extends LogIdentity {
  readonly created: boolean;
  readonly publicKey: Uint8Array;
}

export async function loadLogIdentity(keysDir: string, origin: string): Promise<LoadedLogIdentity> {
  const keyPath = join(keysDir, 'log.key');
  const { pair, created } = await loadOrCreateKey(keyPath);
  await checkPrivateKeyMode(keyPath);
  const verifierKey = formatVerifierKey(origin, SIG_TYPE_ED25519, pair.publicKey);
  // Derived public files are rewritten so they always match the key and origin in use.
  await writePublicFile(join(keysDir, 'log.pub'), formatPublicKeyPem(pair.publicKey));
  await writePublicFile(join(keysDir, 'log.vkey'), `${verifierKey}\n`);
  return {
    origin,
    signer: nodeNoteSigner(origin, pair.seed, pair.publicKey),
    verifier: ed25519NoteVerifier(origin, pair.publicKey, verifySignatureFast),
    verifierKey,
    publicKey: pair.publicKey,
    created,
  };
}
