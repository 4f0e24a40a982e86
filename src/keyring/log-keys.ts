/**
 * The log's signing identity from the keys directory: `log.key` (made on first start),
 * `log.pub`, and `log.vkey`, the verifier key outsiders pin (docs/formats.md, Checkpoints); with post-quantum
 * signatures on, also `log-mldsa44.key` (made on first start) and `log-mldsa44.vkey`.
 * @module
 */

import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { mldsaCheckpointSigner, SIG_TYPE_MLDSA44 } from '../core/log/mldsa-note.ts';
import { ed25519NoteVerifier, formatVerifierKey, SIG_TYPE_ED25519 } from '../core/log/note.ts';
import { nodeNoteSigner, verifySignatureFast } from '../crypto/node-ed25519.ts';
import type { LogIdentity } from '../log/head.ts';
import { checkPrivateKeyMode, formatPublicKeyPem, loadOrCreateKey, writePublicFile } from './key-files.ts';
import { loadOrCreateMldsaSeed } from './mldsa-key-file.ts';

export interface LoadedLogIdentity extends LogIdentity {
  readonly created: boolean;
  readonly publicKey: Uint8Array;
  /**
   * HMAC-SHA256(log seed, "custos/v1/session-mac-key"): the key of login challenges and tokens
   * (src/auth/session-mac.ts), the same in every process that holds this log key. The log key
   * itself signs nothing but checkpoints.
   */
  readonly sessionKey: Uint8Array;
}

export async function loadLogIdentity(
  keysDir: string,
  origin: string,
  options: { mldsa44?: boolean } = {},
): Promise<LoadedLogIdentity> {
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
    sessionKey: createHmac('sha256', pair.seed).update('custos/v1/session-mac-key').digest(),
    ...(options.mldsa44 ? await loadMldsaSigner(keysDir, origin) : {}),
  };
}

async function loadMldsaSigner(keysDir: string, origin: string) {
  const pqSigner = mldsaCheckpointSigner(
    origin,
    await loadOrCreateMldsaSeed(join(keysDir, 'log-mldsa44.key')),
  );
  const pqVerifierKey = formatVerifierKey(origin, SIG_TYPE_MLDSA44, pqSigner.publicKey);
  await writePublicFile(join(keysDir, 'log-mldsa44.vkey'), `${pqVerifierKey}\n`);
  return { pqSigner, pqVerifierKey };
}
