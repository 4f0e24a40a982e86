/**
 * The custody table: one row per event, in log order, for the item, its derivatives in the
 * bundle and its ancestors up to the copy that created it — a court reading about a disk image
 * needs the seizure and seals of the device it was taken from.
 * @module
 */
import type { ParsedEntry } from '../core/ledger/entry.ts';
import { describeEvent } from '../core/verify/describe-event.ts';
import type { BundleVerification, KeyNote, TimelineEvent } from '../core/verify/result.ts';
import { keyNoteLine, keyNotesByEntry } from '../core/verify/verify-keys.ts';
import { actorsOf } from './bundle-entries.ts';
import { formatTime } from './report-format.ts';
import type { Row, Table } from './report-parts.ts';

export function custodyTable(result: BundleVerification, entries: readonly ParsedEntry[]): Table {
  const shown = new Set([result.subject, ...result.timeline.map((t) => t.item)]);
  const ancestors = ancestorsOf(shown, entries);
  const actors = actorsOf(result);
  const earlier = entries.flatMap((e) => ancestors.flatMap((a) => describeEvent(e, a, actors) ?? []));
  // Stable sort: at one index the parent's `copied` row stays before the child's `created` row.
  const bounds = new Map((result.timeBounds ?? []).map((b) => [b.index, b]));
  const events = [...earlier, ...result.timeline]
    .sort((a, b) => a.index - b.index)
    .map((e) => (bounds.has(e.index) ? { ...e, loggedNoLaterThan: bounds.get(e.index)! } : e));
  const several = new Set(events.map((e) => e.item)).size > 1;
  const keyNotes = keyNotesByEntry(result.keyNotes);
  return {
    columns: [
      { title: '#', weight: 0.55 },
      { title: 'When (occurred; logged)', weight: 1.85 },
      { title: 'Who', weight: 2.1 },
      { title: 'What', weight: 4.3 },
      { title: 'Where', weight: 1.5 },
      { title: 'Seal', weight: 1.55 },
      { title: 'Digest', weight: 1.45 },
    ],
    rows: events.map((e) => custodyRow(e, several, keyNotes.get(e.index) ?? [])),
    empty: 'The bundle holds no custody event for this item.',
  };
}

function custodyRow(e: TimelineEvent, several: boolean, notes: readonly KeyNote[]): Row {
  const mismatch = e.digestResult === 'mismatch';
  const compromised = notes.some((n) => n.kind === 'compromised-later');
  const what = several ? `[${e.item}] ${e.summary}` : e.summary;
  return {
    cells: [
      String(e.index),
      when(e),
      e.actorName ? `${e.actorName}\n${e.organisation}, ${e.state}` : e.actor,
      [what, ...notes.map(keyNoteLine)].join('\n'),
      e.location ?? '',
      e.seal ?? '',
      mismatch ? 'MISMATCH' : e.digestResult === 'match' ? 'match' : '',
    ],
    ...(mismatch ? { emphasis: 'alert' as const } : compromised ? { emphasis: 'warn' as const } : {}),
  };
}

/** Date and time on their own lines to fit a narrow column; the log's date only when it differs. */
function when(e: TimelineEvent): string {
  const bound = e.loggedNoLaterThan;
  if (!bound) return stamps(e);
  // Rounded up to the second: a bound shown earlier than proven would claim too much.
  const at = formatTime(new Date(Math.ceil(Date.parse(bound.at) / 1000) * 1000).toISOString());
  const sameDay = at.slice(0, 10) === formatTime(e.loggedAt).slice(0, 10);
  return `${stamps(e)}\nno later than ${sameDay ? at.slice(11).replace(/ UTC$/, '') : at}\n(${bound.source})`;
}

function stamps(e: TimelineEvent): string {
  const logged = formatTime(e.loggedAt);
  if (!e.occurredAt) return `logged ${logged}`;
  const occurred = formatTime(e.occurredAt);
  const [date, time] = [occurred.slice(0, 10), occurred.slice(11)];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${occurred}\nlogged ${logged}`;
  const loggedTime = logged.slice(11).replace(/ UTC$/, '');
  return logged.startsWith(date)
    ? `${date}\n${time}\nlogged ${loggedTime}`
    : `${date}\n${time}\nlogged ${logged}`;
}

/** Items the shown ones were copied from, nearest first, as the entries record it. */
function ancestorsOf(shown: ReadonlySet<string>, entries: readonly ParsedEntry[]): string[] {
  const parent = new Map<string, string>();
  for (const e of entries) {
    if (e.kind === 'custody.event' && e.payload.type === 'copied')
      parent.set(e.payload.derivative.id, e.payload.item);
  }
  const found: string[] = [];
  for (const item of shown) {
    for (let p = parent.get(item); p && !shown.has(p) && !found.includes(p); p = parent.get(p)) found.push(p);
  }
  return found;
}
