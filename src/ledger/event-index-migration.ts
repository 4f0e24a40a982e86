/**
 * A store whose entries predate the event records (ledger-keys.ts, `E`: by case, actor, type,
 * logged and occurred time) is given them once, at open: every entry is replayed from the log
 * (index-replay.ts, as the index audit does) and its event records kept, to be written with the
 * next batch (LedgerPolicy.carry), in the same atomic write as its entries. No entry is changed.
 * Until that batch, a search of events on such a store finds only what the other records give.
 * @module
 */
import type { LogStore, SideRecord } from '../storage/log-store.ts';
import { replayIndex } from './index-replay.ts';
import { eventKey } from './ledger-keys.ts';

/** Progress of the migration: entries replayed so far of `total`. */
export type EventIndexProgress = (done: number, total: number) => void;

const EVENT_TAG = 'E'.charCodeAt(0);

/** The event records of the first `size` entries, if the store lacks them (else undefined). */
export async function missingEventRecords(
  store: LogStore,
  size: number,
  progress?: EventIndexProgress,
): Promise<SideRecord[] | undefined> {
  // Entry 0 is the genesis administrator's registration: every store with event records has this one.
  if (size === 0 || (await store.readSide(eventKey('type', 'actor.registered', 0))) !== undefined)
    return undefined;
  const out: SideRecord[] = [];
  for await (const { index, records } of replayIndex(store, size)) {
    for (const r of records) if (r.key[0] === EVENT_TAG) out.push(r);
    if (progress && (index + 1) % 4096 === 0) progress(index + 1, size);
  }
  progress?.(size, size);
  return out;
}
