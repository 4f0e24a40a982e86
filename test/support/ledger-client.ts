/** Talks to a running service as the members of a cast: signs drafts, logs in, reads. */

import { authMessage } from '../../src/auth/challenges.ts';
import { sign } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { signDraft } from '../../src/core/ledger/entry.ts';
import type { Kind } from '../../src/core/ledger/kinds.ts';
import type { Role } from '../../src/core/ledger/roles.ts';
import { type HttpResult, httpRequest } from './http-client.ts';
import { Cast, digestOf, type Member } from './ledger-story.ts';

export class LedgerClient {
  readonly cast = new Cast();
  private readonly tokens = new Map<string, string>();

  constructor(readonly base: string) {}

  /** A client of a running service whose cast starts with its genesis administrator. */
  static asAdminOf(run: { readonly base: string; readonly admin: Member }): LedgerClient {
    const c = new LedgerClient(run.base);
    c.cast.members.set('admin', run.admin);
    return c;
  }

  async post(kind: Kind, payload: Record<string, unknown>, as: string): Promise<HttpResult> {
    const m = this.cast.get(as);
    return this.postJson('/v1/entries', signDraft(kind, payload, { actor: m.id, seed: m.seed }));
  }

  postJson(path: string, body: unknown): Promise<HttpResult> {
    return httpRequest(this.base, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** Posts and insists on 201; returns the response body. */
  async ok(
    kind: Kind,
    payload: Record<string, unknown>,
    as: string,
  ): Promise<{ index: number; leafHash: string; treeSize: number }> {
    const res = await this.post(kind, payload, as);
    if (res.status !== 201) throw new Error(`${kind} by ${as} answered ${res.status}: ${res.text}`);
    return res.json() as { index: number; leafHash: string; treeSize: number };
  }

  async register(id: string, roles: Role[], state = 'FR', organisation?: string, by = 'admin') {
    this.cast.member(id, roles, state, organisation ?? `${state} police`);
    return this.ok('actor.registered', this.cast.registration(id), by);
  }

  /** `case.opened` by `as`, with placeholder reference and title. */
  openCase(id: string, as: string, openedAt = now()) {
    return this.ok(
      'case.opened',
      { id, reference: `R-${id}`, title: `Case ${id}`, offence: { description: 'fraud' }, openedAt },
      as,
    );
  }

  /** `evidence.registered` of a seized item whose content is its own id, collected by `as`. */
  seize(id: string, inCase: string, as: string, collectedAt = now()) {
    return this.ok(
      'evidence.registered',
      {
        id,
        case: inCase,
        description: `item ${id}`,
        mediaType: 'application/octet-stream',
        size: id.length,
        digests: { sha256: digestOf(id) },
        origin: { method: 'seizure' },
        collectedBy: this.cast.get(as).id,
        collectedAt,
      },
      as,
    );
  }

  async login(as: string): Promise<string> {
    const m = this.cast.get(as);
    const c = (await this.postJson('/v1/auth/challenge', { actor: m.id })).json() as { challenge: string };
    const signature = toBase64(sign(authMessage(fromBase64(c.challenge)), m.seed));
    const res = await this.postJson('/v1/auth/token', { actor: m.id, challenge: c.challenge, signature });
    if (res.status !== 200) throw new Error(`login of ${as} answered ${res.status}: ${res.text}`);
    const { token } = res.json() as { token: string };
    this.tokens.set(as, token);
    return token;
  }

  async get(path: string, as?: string): Promise<HttpResult> {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${this.tokens.get(as) ?? (await this.login(as))}`;
    return httpRequest(this.base, path, { headers });
  }

  async item(
    id: string,
    as: string,
  ): Promise<{
    item: { head: { leafHash: string; index: number }; custodian: string; digests: { sha256: string } };
    history: unknown[];
  }> {
    const res = await this.get(`/v1/items/${id}`, as);
    if (res.status !== 200) throw new Error(`item ${id} for ${as} answered ${res.status}: ${res.text}`);
    return res.json() as never;
  }

  async prev(item: string, as: string): Promise<string> {
    return (await this.item(item, as)).item.head.leafHash;
  }
}

export const now = (minutes = 0) => new Date(Date.now() + minutes * 60_000).toISOString();
export { digestOf };
