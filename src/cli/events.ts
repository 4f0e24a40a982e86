/**
 * The common path of every write from the CLI: fetch the subject's head for `prev`, sign
 * locally, submit, and turn a refusal into a message a person can act on. Every payload is
 * checked here with the server's schemas first (local-checks.ts): a typo costs no round trip.
 * @module
 */
import { type CustosClient, ServiceError, type Submitted } from '../client/custos-client.ts';
import type { Kind } from '../core/ledger/kinds.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { checkPayload } from './local-checks.ts';

/** A well-formed leaf hash standing for the head, until it is fetched. */
const UNKNOWN_PREV = `${'A'.repeat(43)}=`;

export interface ItemHead {
  readonly item: string;
  readonly head: { index: number; leafHash: string };
  readonly custodian: string;
  readonly digests: Record<string, string>;
  readonly status: string;
  readonly pending: { to: string } | null;
}

export function itemHead(client: CustosClient, item: string): Promise<ItemHead> {
  return client.get<ItemHead>(`/v1/items/${encodeURIComponent(item)}/head`);
}

/** Submits, explaining a conflict (someone else wrote first) in words. */
export async function submit(
  client: CustosClient,
  kind: Kind,
  payload: Record<string, unknown>,
): Promise<Submitted> {
  checkPayload(kind, payload);
  try {
    return await client.submit(kind, payload);
  } catch (e) {
    if (e instanceof ServiceError && e.problem.status === 409 && e.problem.code === 'prev_mismatch') {
      throw new CliError(
        `conflict: another entry was logged first (the subject is now at entry ${e.problem.currentIndex}); ` +
          'check the current state with `custos show` and run the command again',
        EXIT.conflict,
      );
    }
    throw e;
  }
}

export interface EventOptions {
  readonly occurredAt?: string;
  readonly location?: string;
  readonly note?: string;
}

/** Records a custody event on `item`, naming its current head as `prev`. */
export async function recordEvent(
  client: CustosClient,
  item: string,
  type: string,
  fields: Record<string, unknown>,
  options: EventOptions,
): Promise<Submitted> {
  const payload: Record<string, unknown> = {
    item,
    type,
    prev: UNKNOWN_PREV,
    occurredAt: options.occurredAt ?? new Date().toISOString(),
    ...fields,
  };
  if (options.location) payload.location = options.location;
  if (options.note) payload.note = options.note;
  // The command line is checked before the item's head is even asked for.
  checkPayload('custody.event', payload);
  const { head } = await itemHead(client, item);
  return submit(client, 'custody.event', { ...payload, prev: head.leafHash });
}
