/** A real log on a real store (LevelDB in a temp dir, or PostgreSQL), with a fresh key, for tests. */
import { publicKeyFromSeed, randomSeed } from '../../src/core/crypto/ed25519.ts';
import { mldsaCheckpointSigner, SIG_TYPE_MLDSA44 } from '../../src/core/log/mldsa-note.ts';
import {
  ed25519NoteSigner,
  ed25519NoteVerifier,
  formatVerifierKey,
  SIG_TYPE_ED25519,
} from '../../src/core/log/note.ts';
import type { LogIdentity } from '../../src/log/head.ts';
import { rawEntries, VerifiableLog } from '../../src/log/log.ts';
import { levelKind, type StoreKind } from './store-kinds.ts';

export const TEST_ORIGIN = 'test.custos.localhost/log';

/** A log identity with a fresh Ed25519 key; with `mldsa44`, also a fresh ML-DSA-44 key. */
export function makeIdentity(
  origin = TEST_ORIGIN,
  seed = randomSeed(),
  options: { mldsa44?: boolean } = {},
): LogIdentity & { seed: Uint8Array } {
  const pub = publicKeyFromSeed(seed);
  const pq = options.mldsa44 ? mldsaCheckpointSigner(origin, randomSeed()) : undefined;
  return {
    origin,
    seed,
    signer: ed25519NoteSigner(origin, seed, pub),
    verifier: ed25519NoteVerifier(origin, pub),
    verifierKey: formatVerifierKey(origin, SIG_TYPE_ED25519, pub),
    ...(pq ? { pqSigner: pq, pqVerifierKey: formatVerifierKey(origin, SIG_TYPE_MLDSA44, pq.publicKey) } : {}),
  };
}

/** A raw log on a store of `kind` (LevelDB unless said), new unless `location` names one. */
export async function openRawLog(location?: string, identity = makeIdentity(), kind: StoreKind = levelKind) {
  location ??= await kind.newLocation();
  const store = await kind.open(location);
  // A store the log refuses to open must still be closed: a PostgreSQL one holds connections.
  const log = await VerifiableLog.open({ store, identity, policy: rawEntries, now: Date.now }).catch(
    async (e: unknown) => {
      await store.close();
      throw e;
    },
  );
  return { log, store, identity, location };
}

export const entryBytes = (i: number, label = 'entry'): Uint8Array =>
  new TextEncoder().encode(`${label} ${i}`);
