/**
 * The custody ledger's history map keys (docs/formats.md, History map): the keys of the map
 * subjects an entry updates under the version of the rules in force for its index (the core's
 * one rule, map-subjects.ts), given the epochs a checkpoint announces.
 * @module
 */

import type { TypedPayload } from '../core/ledger/kinds.ts';
import { mapSubjects } from '../core/ledger/map-subjects.ts';
import { checkpointRulesEpochs, type RulesEpochs } from '../core/ledger/rules-version.ts';
import type { Checkpoint } from '../core/log/checkpoint.ts';
import { mapKey } from '../core/map/map-hash.ts';
import type { MapKeysOf } from '../log/map-index.ts';

export function entryMapKeys(entry: TypedPayload, index: number, epochs: RulesEpochs): Uint8Array[] {
  return mapSubjects(entry, index, epochs).map((s) => mapKey(s.kind, s.id));
}

/**
 * The map keys of logged entry bytes under the epochs `checkpoint` announces, for rebuilds over
 * millions of entries: a plain JSON parse (the entries were validated when they were admitted;
 * the audit checks them separately). Epochs are carried forward unchanged and a new one applies
 * only from a size no earlier checkpoint covered, so the latest checkpoint's serve every index.
 */
export function entryBytesMapKeys(checkpoint: Pick<Checkpoint, 'extensions'>): MapKeysOf {
  const epochs = checkpointRulesEpochs(checkpoint);
  const decoder = new TextDecoder();
  return (bytes, index) => entryMapKeys(JSON.parse(decoder.decode(bytes)) as TypedPayload, index, epochs);
}
