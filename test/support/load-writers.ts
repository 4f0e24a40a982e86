/**
 * The cast of load tests (HTTP bench, crash soak, graceful shutdown): `count` investigators,
 * each with one seized item in a shared case, annotating it as fast as the server allows.
 * Writers sign with OpenSSL, so the load generator is not what limits the server.
 */
import { join } from 'node:path';
import { CustosClient } from '../../src/client/custos-client.ts';
import { randomSeed } from '../../src/core/crypto/ed25519.ts';
import { toBase64, toHex } from '../../src/core/encoding.ts';
import { signDraftWith } from '../../src/core/ledger/entry.ts';
import { nodeActorSigner } from '../../src/crypto/node-ed25519.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';

export interface Writer {
  readonly id: string;
  readonly item: string;
  readonly signer: ReturnType<typeof nodeActorSigner>;
  /** The writer's view of its item's head: the `prev` of its next event. */
  head: string;
}

/** Registers the writers (as the genesis administrator whose key is in `dir`/keys), a case and their items. */
export async function setUpWriters(
  url: string,
  dir: string,
  count: number,
  prefix: string,
): Promise<Writer[]> {
  const admin = { actor: 'admin', seed: (await readPrivateKeyFile(join(dir, 'keys', 'admin.key'))).seed };
  const setup = new CustosClient(url, admin);
  const cast = Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, seed: randomSeed() }));
  for (const c of cast) {
    await setup.submit('actor.registered', {
      id: c.id,
      name: c.id,
      organisation: `${prefix} unit`,
      state: 'FR',
      roles: ['investigator'],
      publicKey: toBase64(nodeActorSigner(c.id, c.seed).publicKey),
    });
  }
  const caseId = `${cast[0]!.id}~case`;
  const now = () => new Date().toISOString();
  const offence = { description: 'load test' };
  await setup.submit(
    'case.opened',
    { id: caseId, reference: prefix, title: prefix, offence, openedAt: now() },
    {
      actor: cast[0]!.id,
      seed: cast[0]!.seed,
    },
  );
  const writers: Writer[] = [];
  for (const c of cast) {
    const item = `${c.id}~item`;
    const registered = await setup.submit(
      'evidence.registered',
      {
        id: item,
        case: caseId,
        description: 'load test item',
        mediaType: 'application/octet-stream',
        size: 1,
        digests: { sha256: toHex(new Uint8Array(32)) },
        origin: { method: 'seizure' },
        collectedBy: c.id,
        collectedAt: now(),
      },
      { actor: c.id, seed: c.seed },
    );
    writers.push({ id: c.id, item, signer: nodeActorSigner(c.id, c.seed), head: registered.leafHash });
  }
  return writers;
}

/** The JSON body of the writer's next event: an annotation on its item, chained to its head. */
export function nextAnnotation(w: Writer, text: string): string {
  const payload = {
    item: w.item,
    type: 'annotated',
    text,
    prev: w.head,
    occurredAt: new Date().toISOString(),
  };
  return JSON.stringify(signDraftWith('custody.event', payload, w.signer));
}
