/**
 * The custody table: one row per event, in log order, for the item, its derivatives in the
 * bundle and its ancestors up to the copy that created it — a court reading about a disk image
 * needs the seizure and seals of the device it was taken from.
 * @module
 */
import type { Translator } from '../core/i18n/translator.ts';
import type { ParsedEntry } from '../core/ledger/entry.ts';
import { boundSource } from '../core/verify/check-line.ts';
import { describeEvent } from '../core/verify/describe-event.ts';
import type { BundleVerification, KeyNote, TimelineEvent } from '../core/verify/result.ts';
import { keyNoteMessage, keyNotesByEntry } from '../core/verify/verify-keys.ts';
import { actorsOf, whoOf } from './bundle-entries.ts';
import type { Row, Table } from './report-parts.ts';

export function custodyTable(
  result: BundleVerification,
  entries: readonly ParsedEntry[],
  tr: Translator,
): Table {
  const shown = new Set([result.subject, ...result.timeline.map((t) => t.item)]);
  const ancestors = ancestorsOf(shown, entries);
  const actors = actorsOf(result);
  const earlier = entries.flatMap((e) => ancestors.flatMap((a) => describeEvent(e, a, actors) ?? []));
  // Stable sort: at one index the parent's `copied` row stays before the child's `created` row.
  const bounds = new Map((result.timeBounds ?? []).map((b) => [b.index, b]));
  // Another log's events (a multi-log bundle) stand just before the import that continued them.
  const at = (e: TimelineEvent) => (e.log ? e.log.importedBy - 0.5 : e.index);
  const events = [...earlier, ...result.timeline]
    .sort((a, b) => at(a) - at(b))
    .map((e) => (!e.log && bounds.has(e.index) ? { ...e, loggedNoLaterThan: bounds.get(e.index)! } : e));
  const several = new Set(events.map((e) => e.item)).size > 1;
  const keyNotes = keyNotesByEntry(result.keyNotes);
  const ownLog = events.some((e) => e.log) ? result.checkpoint?.origin : undefined;
  return {
    columns: [
      { title: '#', weight: 0.55 },
      { title: tr.t('custody.when'), weight: 1.85 },
      { title: tr.t('custody.who'), weight: 2.1 },
      { title: tr.t('custody.what'), weight: 4.3 },
      { title: tr.t('custody.where'), weight: 1.5 },
      { title: tr.t('custody.seal'), weight: 1.55 },
      { title: tr.t('custody.digest'), weight: 1.45 },
    ],
    rows: events.map((e) => custodyRow(e, several, e.log ? [] : (keyNotes.get(e.index) ?? []), tr, ownLog)),
    empty: tr.t('custody.none'),
  };
}

function custodyRow(
  e: TimelineEvent,
  several: boolean,
  notes: readonly KeyNote[],
  tr: Translator,
  ownLog: string | undefined,
): Row {
  const mismatch = e.digestResult === 'mismatch';
  const compromised = notes.some((n) => n.kind === 'compromised-later');
  const summary = tr.t(e.message.key, e.message.values);
  const what = [
    ...(ownLog ? [tr.t('custody.inLog', { origin: e.log?.origin ?? ownLog })] : []),
    several ? `[${e.item}] ${summary}` : summary,
    ...crossing(e, tr),
  ].join('\n');
  return {
    cells: [
      String(e.index),
      when(e, tr),
      e.actorName ? whoOf(e.actorName, e.organisation, e.state, tr.direction) : e.actor,
      [what, ...notes.map((n) => tr.t(keyNoteMessage(n).key, keyNoteMessage(n).values))].join('\n'),
      e.location ?? '',
      e.seal ?? '',
      mismatch ? tr.t('custody.mismatch') : e.digestResult === 'match' ? tr.t('custody.match') : '',
    ],
    ...(mismatch ? { emphasis: 'alert' as const } : compromised ? { emphasis: 'warn' as const } : {}),
  };
}

/** Where custody passed from one log to the other: the disclosure there and the import here. */
function crossing(e: TimelineEvent, tr: Translator): string[] {
  if (!e.border) return [];
  const values = { origin: e.border.origin, index: String(e.border.index) };
  if (e.log) return [tr.t('custody.crossedOut', values)];
  return e.type === 'imported' ? [tr.t('custody.crossedIn', values)] : [];
}

/**
 * UTC date and time on their own lines to fit a narrow column, the actor's recorded local time
 * and offset below them, then when the log recorded it (its date only when it differs).
 */
function when(e: TimelineEvent, tr: Translator): string {
  const logged = tr.timeParts(e.loggedAt);
  const occurred = e.occurredAt ? tr.timeParts(e.occurredAt) : undefined;
  const utc = (p: { date: string; time: string }, date: boolean) =>
    tr.t('time.utc', { time: date ? `${p.date} ${p.time}` : p.time });
  const lines: string[] = [];
  if (e.occurredAt && !occurred) lines.push(e.occurredAt);
  if (occurred)
    lines.push(occurred.date, utc(occurred, false), ...(occurred.recorded ? [`(${occurred.recorded})`] : []));
  if (logged) lines.push(tr.t('time.logged', { time: utc(logged, logged.date !== occurred?.date) }));
  else lines.push(tr.t('time.logged', { time: e.loggedAt }));
  const bound = e.loggedNoLaterThan;
  if (bound) {
    // Rounded up to the second: a bound shown earlier than proven would claim too much.
    const at = tr.timeParts(new Date(Math.ceil(Date.parse(bound.at) / 1000) * 1000).toISOString());
    if (at)
      lines.push(
        tr.t('time.noLaterThan', { time: utc(at, at.date !== logged?.date) }),
        `(${boundSource(bound, tr)})`,
      );
  }
  return lines.join('\n');
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
