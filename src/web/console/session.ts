/**
 * A signed-in officer: the stored key, the shared HTTP client (src/client, the CLI's) signing
 * through it, the officer's own directory entry, and the log key this browser pinned. The token
 * lives in memory only; the key can always log in again, and only a signature is ever sent.
 * @module
 */
import { CustosClient, type KeySigner, ServiceError } from '../../client/custos-client.ts';
import { fromBase64 } from '../../core/encoding.ts';
import type { Kind } from '../../core/ledger/kinds.ts';
import { type StoredKey, signWith } from './key-store.ts';

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly state: string;
  readonly roles: readonly string[];
}

export class ConsoleSession {
  private constructor(
    readonly key: StoredKey,
    readonly client: CustosClient,
    readonly me: Actor,
    readonly logKey: string,
  ) {}

  static async signIn(key: StoredKey, origin: string = location.origin): Promise<ConsoleSession> {
    const signer: KeySigner = {
      actor: key.actor,
      publicKey: fromBase64(key.publicKey),
      sign: (message) => signWith(key, message),
    };
    const client = new CustosClient(origin, signer);
    await client.login();
    const { actor: me } = await client.get<{ actor: Actor }>(`/v1/actors/${encodeURIComponent(key.actor)}`);
    return new ConsoleSession(key, client, me, await pinLogKey(client));
  }

  get actor(): string {
    return this.key.actor;
  }

  is(role: string): boolean {
    return this.me.roles.includes(role);
  }

  get<T>(path: string): Promise<T> {
    return this.client.get<T>(path);
  }

  /** Signs in this browser and submits; a refusal surfaces as ServiceError with its rule code. */
  submit(kind: Kind, payload: Record<string, unknown>) {
    return this.client.submit(kind, payload);
  }

  /** The leaf hash of a subject's latest entry: the `prev` its next entry names. */
  async prevOf(kind: 'item' | 'case' | 'actor' | 'request', id: string): Promise<string> {
    const at = encodeURIComponent(id);
    type Headed = { head: { leafHash: string } };
    if (kind === 'item') return (await this.get<Headed>(`/v1/items/${at}/head`)).head.leafHash;
    if (kind === 'case') return (await this.get<{ case: Headed }>(`/v1/cases/${at}`)).case.head.leafHash;
    if (kind === 'request')
      return (await this.get<{ request: Headed }>(`/v1/requests/${at}`)).request.head.leafHash;
    return (await this.get<{ actor: Headed }>(`/v1/actors/${at}`)).actor.head.leafHash;
  }
}

const PIN = 'custos-console.log-key';

/**
 * The log key, pinned on first use in this browser (shown on screen, to compare with the one the
 * operator gave out of band); a later different key is refused rather than silently trusted.
 */
async function pinLogKey(client: CustosClient): Promise<string> {
  const served = (await client.text('/log/key')).trim();
  const pinned = localStorage.getItem(PIN);
  if (pinned === null) localStorage.setItem(PIN, served);
  else if (pinned !== served)
    throw new ServiceError({
      status: 0,
      code: 'unknown_key',
      detail: `the service now presents log key ${served}, not the ${pinned} this browser pinned`,
    });
  return pinned ?? served;
}
