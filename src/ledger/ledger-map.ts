/**
 * The custody ledger's history map keys (docs/formats.md, History map): an entry extends the
 * history of the one subject `entrySubject` names, and its map key is that subject's.
 * @module
 */

import { entrySubject } from '../core/ledger/entry-subject.ts';
import type { TypedPayload } from '../core/ledger/kinds.ts';
import { mapKey } from '../core/map/map-hash.ts';

export function entryMapKey(entry: TypedPayload): Uint8Array {
  const subject = entrySubject(entry);
  return mapKey(subject.kind, subject.id);
}

/**
 * The map key of logged entry bytes, for rebuilds over millions of entries: a plain JSON parse
 * (the entries were validated when they were admitted; the audit checks them separately).
 */
export function entryBytesMapKey(bytes: Uint8Array): Uint8Array {
  return entryMapKey(JSON.parse(new TextDecoder().decode(bytes)) as TypedPayload);
}
