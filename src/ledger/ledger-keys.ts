/**
 * Layout of the side records the ledger keeps beside the log (all under the store's `x`
 * family, written once in the same batch as the entry they index, never rewritten):
 *
 * | record | key (after `x`) | value |
 * |---|---|---|
 * | subject entry | `S` ‖ kind ‖ id ‖ 0 ‖ u32 seq | u64 entry index (kind: a, c, r, i, d for a state's designations, t for a retention category) |
 * | key owner | `K` ‖ 32-byte public key | actor id |
 * | import | `I` ‖ origin ‖ 0 ‖ u64 index there | the item that imported it (transfer.imported) |
 * | subject list | `L` ‖ kind ‖ u64 index ‖ id | — |
 * | case item | `C` ‖ case id ‖ 0 ‖ item id | — |
 * | holder item | `H` ‖ actor id ‖ 0 ‖ item id | — |
 * | derivative | `P` ‖ parent id ‖ 0 ‖ child id | — |
 * | event by case, actor, type | `E` ‖ `c`/`a`/`t` ‖ id ‖ 0 ‖ u64 entry index | — |
 * | event by logged time | `E` ‖ `l` ‖ u64 ms ‖ u64 entry index | — |
 * | event by occurred time | `E` ‖ `o` ‖ u64 ms (offset by 2^52) ‖ u64 entry index | — |
 *
 * The event records make searches of events (docs/model.md) index scans: written with the entry,
 * checked by the index audit like every other record.
 * @module
 */
import { concatBytes, utf8 } from '../core/encoding.ts';
import type { SubjectKind } from '../core/ledger/state.ts';
import { readU32, readU64, u32, u64 } from '../core/ordered-keys.ts';

const KIND_BYTE: Record<SubjectKind, number> = {
  actor: 0x61,
  case: 0x63,
  request: 0x72,
  item: 0x69,
  designations: 0x64,
  retention: 0x74,
};
const SEP = Uint8Array.of(0);

/** The one-letter tags, encoded once: an entry's index records build about fifteen keys. */
const TAGS = new Map([...'SKILCHPEcatlo'].map((c) => [c, utf8(c)]));
const tag = (c: string) => TAGS.get(c) ?? utf8(c);

export const subjectPrefix = (kind: SubjectKind, id: string) =>
  concatBytes(tag('S'), Uint8Array.of(KIND_BYTE[kind]), utf8(id), SEP);
export const subjectEntryKey = (kind: SubjectKind, id: string, seq: number) =>
  concatBytes(subjectPrefix(kind, id), u32(seq));
export const entryIndexValue = (index: number) => u64(index);

export const keyOwnerKey = (publicKey: Uint8Array) => concatBytes(tag('K'), publicKey);

/** Another log's disclosure (its origin and index there) that an item of this log imported. */
export const importKey = (origin: string, index: number) =>
  concatBytes(tag('I'), utf8(origin), SEP, u64(index));

export const listPrefix = (kind: SubjectKind) => concatBytes(tag('L'), Uint8Array.of(KIND_BYTE[kind]));
export const listKey = (kind: SubjectKind, index: number, id: string) =>
  concatBytes(listPrefix(kind), u64(index), utf8(id));
/** The id at the end of a list key. */
export const idFromListKey = (key: Uint8Array) => new TextDecoder().decode(key.subarray(2 + 8));
export const indexFromListKey = (key: Uint8Array) => readU64(key.subarray(2, 10));

const pairPrefix = (t: string, owner: string) => concatBytes(tag(t), utf8(owner), SEP);
export const caseItemsPrefix = (caseId: string) => pairPrefix('C', caseId);
export const holderItemsPrefix = (actor: string) => pairPrefix('H', actor);
export const derivativesPrefix = (parent: string) => pairPrefix('P', parent);
export const pairKey = (prefix: Uint8Array, id: string) => concatBytes(prefix, utf8(id));
/** The id after a pair prefix. */
export const idAfter = (prefix: Uint8Array, key: Uint8Array) =>
  new TextDecoder().decode(key.subarray(prefix.length));

const KIND_OF_BYTE = new Map(Object.entries(KIND_BYTE).map(([k, b]) => [b, k]));
const PAIR_NAMES: Record<string, string> = { C: 'case item', H: 'holder item', P: 'derivative' };
const EVENT_AXES: Record<string, string> = {
  c: 'case',
  a: 'actor',
  t: 'type',
  l: 'logged time',
  o: 'occurred time',
};

/** A side record's key in words, for audit findings: "subject item disk #3", "case item c1 → disk". */
export function describeSideKey(key: Uint8Array): string {
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  const t = String.fromCharCode(key[0] ?? 0);
  const sep = key.indexOf(0, 1);
  if (t === 'S' && sep > 2 && key.length === sep + 5) {
    const seq = readU32(key, sep + 1);
    return `subject ${KIND_OF_BYTE.get(key[1]!) ?? '?'} ${text(key.subarray(2, sep))} #${seq}`;
  }
  if (t === 'K' && key.length === 33) return `key owner ${Buffer.from(key.subarray(1)).toString('base64')}`;
  if (t === 'I' && sep > 1 && key.length === sep + 9)
    return `import ${text(key.subarray(1, sep))} #${readU64(key, sep + 1)}`;
  if (t === 'L' && key.length > 10) return `list ${KIND_OF_BYTE.get(key[1]!) ?? '?'} ${idFromListKey(key)}`;
  if (t === 'E' && key.length > 10) {
    const axis = EVENT_AXES[String.fromCharCode(key[1]!)] ?? '?';
    const at = sep > 1 && sep === key.length - 9 ? ` ${text(key.subarray(2, sep))}` : '';
    return `event by ${axis}${at} → entry ${indexFromEventKey(key)}`;
  }
  if (t in PAIR_NAMES && sep > 0)
    return `${PAIR_NAMES[t]} ${text(key.subarray(1, sep))} → ${text(key.subarray(sep + 1))}`;
  return `side record ${Buffer.from(key).toString('hex')}`;
}

export type EventAxis = 'case' | 'actor' | 'type';
const AXIS_BYTE: Record<EventAxis, string> = { case: 'c', actor: 'a', type: 't' };

export const eventPrefix = (axis: EventAxis, id: string) =>
  concatBytes(tag('E'), tag(AXIS_BYTE[axis]), utf8(id), SEP);
export const eventKey = (axis: EventAxis, id: string, index: number) =>
  concatBytes(eventPrefix(axis, id), u64(index));

/** Times before 1970 are legal (an event dated long ago): offset so that the keys sort as numbers. */
const TIME_OFFSET = 2 ** 52;
export const eventTimePrefix = (which: 'logged' | 'occurred') =>
  concatBytes(tag('E'), tag(which === 'logged' ? 'l' : 'o'));
export const eventTimeKey = (which: 'logged' | 'occurred', ms: number, index: number) =>
  concatBytes(eventTimePrefix(which), u64(ms + TIME_OFFSET), u64(index));
/** The entry index at the end of any event record's key. */
export const indexFromEventKey = (key: Uint8Array) => readU64(key, key.length - 8);
