/**
 * The timeline of custody and the list of every check, as tables: they print well, read well
 * with a screen reader (captions, header cells) and can be copied into a report.
 * @module
 */
import { codeWord } from '../../core/i18n/code-words.ts';
import type { MessageKey } from '../../core/i18n/en.ts';
import { boundSource, checkText } from '../../core/verify/check-line.ts';
import type {
  BundleVerification,
  Check,
  CheckStatus,
  KeyNote,
  TimelineEvent,
} from '../../core/verify/result.ts';
import { keyNoteMessage } from '../../core/verify/verify-keys.ts';
import { append, type Child, code, el } from './dom.ts';
import { currentTranslator } from './page-language.ts';
import type { VerificationView } from './view.ts';

export function renderTimeline(view: VerificationView): HTMLElement | null {
  const { result } = view;
  if (!result.timeline.length) return null;
  const manyItems = new Set(result.timeline.map((t) => t.item)).size > 1;
  const tr = currentTranslator();
  // Classes size the columns: the table's layout is fixed (styles.ts).
  const head: [string, string][] = [
    ['col-num', '#'],
    ['col-when', tr.t('page.when')],
    ...(manyItems ? [['col-item', tr.t('report.item')] as [string, string]] : []),
    ['col-event', tr.t('page.event')],
    ['col-by', tr.t('page.by')],
    ['col-what', tr.t('page.whatHappened')],
  ];
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-timeline' },
    el(
      'h2',
      { id: 'h-timeline' },
      view.verdict === 'verified'
        ? tr.t('page.timeline')
        : tr.t('page.notVerified', { title: tr.t('page.timeline') }),
    ),
    view.verdict === 'verified' ? null : el('p', { class: 'warning' }, tr.t('page.timelineWarning')),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { id: 'timeline', class: 'timeline' },
        el('caption', { class: 'visually-hidden' }, tr.t('page.timelineCaption')),
        el('thead', {}, el('tr', {}, ...head.map(([c, h]) => el('th', { scope: 'col', class: c }, h)))),
        timelineBody(result, manyItems),
      ),
    ),
  );
}

/** Rows laid out with the verdict; the others follow in one later task, once it is on screen. */
export const FIRST_TIMELINE_ROWS = 200;

/**
 * Laying out 10,000 table rows took the browser seconds, all before the verdict could paint.
 * So the first rows come with the verdict and the rest are appended after the next paint, in one
 * go (appending in chunks lays the whole table out again per chunk), the table marked aria-busy
 * meanwhile; a table no longer in the page (another bundle was dropped) is left alone.
 */
function timelineBody(result: BundleVerification, manyItems: boolean): HTMLElement {
  const notes = new Map<number, KeyNote[]>();
  for (const n of result.keyNotes) notes.set(n.entry, [...(notes.get(n.entry) ?? []), n]);
  const row = (t: TimelineEvent) =>
    timelineRow(t, manyItems, result, t.log ? [] : (notes.get(t.index) ?? []));
  const events = result.timeline;
  const body = el('tbody', {}, ...events.slice(0, FIRST_TIMELINE_ROWS).map(row));
  if (events.length <= FIRST_TIMELINE_ROWS) return body;
  // After the caller has put the table in the page: its first rows paint with the verdict.
  queueMicrotask(() => body.parentElement?.setAttribute('aria-busy', 'true'));
  const rest = () => {
    if (!body.isConnected) return;
    append(body, events.slice(FIRST_TIMELINE_ROWS).map(row));
    body.parentElement?.removeAttribute('aria-busy');
  };
  // A frame callback runs before the paint, a task it schedules after it.
  requestAnimationFrame(() => setTimeout(rest, 0));
  return body;
}

function timelineRow(
  t: TimelineEvent,
  manyItems: boolean,
  result: BundleVerification,
  keyNotes: readonly KeyNote[],
): HTMLElement {
  const who = t.actorName
    ? el(
        'span',
        {},
        t.actorName,
        el('span', { class: 'sub' }, `${t.organisation ?? ''}, ${t.state ?? ''} · ${t.actor}`),
      )
    : t.actor;
  const tr = currentTranslator();
  const extra = [
    t.location ? tr.t('page.location', { location: t.location }) : '',
    t.seal ? tr.t('page.sealLine', { seal: t.seal }) : '',
  ].filter(Boolean);
  return el(
    'tr',
    {
      class: t.digestResult === 'mismatch' ? 'is-mismatch' : '',
      'data-type': t.type,
      ...(t.log ? { 'data-log': t.log.origin } : {}),
      ...(t.border ? { 'data-border': t.border.origin } : {}),
    },
    el('td', { class: 'num' }, t.index),
    el('td', { class: 'when' }, when(t)),
    manyItems ? el('td', {}, code(t.item)) : null,
    el('td', {}, el('span', { class: 'event' }, codeWord(tr, 'eventType', t.type))),
    el('td', {}, who),
    el(
      'td',
      {},
      tr.t(t.message.key, t.message.values),
      ...acrossLogs(t, result).map((x, i) => el('span', { class: i === 0 ? 'sub' : 'sub crossing' }, x)),
      ...extra.map((x) => el('span', { class: 'sub' }, x)),
      t.item !== result.subject && !manyItems
        ? el('span', { class: 'sub' }, tr.t('page.itemLine', { item: t.item }))
        : null,
      ...keyNotes.map((n) =>
        el(
          'span',
          { class: 'sub key-note', 'data-kind': n.kind },
          tr.t(keyNoteMessage(n).key, keyNoteMessage(n).values),
        ),
      ),
    ),
  );
}

/**
 * In a multi-log bundle, the log each event is in, and where custody crossed from one to the
 * other (the disclosure there, the import here), in the same words as the report.
 */
function acrossLogs(t: TimelineEvent, result: BundleVerification): string[] {
  if (!result.parts?.length) return [];
  const tr = currentTranslator();
  const lines = [tr.t('custody.inLog', { origin: t.log?.origin ?? result.checkpoint?.origin ?? '' })];
  const values = t.border ? { origin: t.border.origin, index: String(t.border.index) } : undefined;
  if (values && t.log) lines.push(tr.t('custody.crossedOut', values));
  else if (values && t.type === 'imported') lines.push(tr.t('custody.crossedIn', values));
  return lines;
}

const TIME_MARK = '\u0000';

/** When it happened, as the actor states it, and when the log recorded it. */
function when(t: TimelineEvent): HTMLElement {
  const tr = currentTranslator();
  const short = (iso: string) => el('time', { datetime: iso }, iso.replace('T', ' ').replace('Z', ''));
  // The catalogue's sentence around a <time> element: the message is split where the time goes.
  const around = (key: 'time.logged' | 'time.noLaterThan', iso: string): Child[] => {
    const [before = '', after = ''] = tr.t(key, { time: TIME_MARK }).split(TIME_MARK);
    return [before, short(iso), after];
  };
  const logged = el('span', { class: 'sub' }, ...around('time.logged', t.loggedAt));
  const b = t.loggedNoLaterThan;
  const bound = b
    ? el(
        'span',
        { class: 'sub' },
        ...around(
          'time.noLaterThan',
          new Date(Math.ceil(Date.parse(b.at) / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
        ),
        ` (${boundSource(b, tr)})`,
      )
    : null;
  return el('span', {}, t.occurredAt ? short(t.occurredAt) : '—', logged, bound);
}

const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  pass: 'page.statusPass',
  fail: 'page.statusFail',
  warn: 'page.statusWarn',
  info: 'page.statusInfo',
};

export function renderChecks(checks: readonly Check[]): HTMLElement {
  const failed = checks.filter((c) => c.status === 'fail').length;
  const tr = currentTranslator();
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-checks' },
    el('h2', { id: 'h-checks' }, tr.t('page.checks')),
    el('p', { class: 'help' }, tr.t('page.checksSummary', { n: checks.length, failed })),
    tr.languages.includes('en') || checks.every((c) => c.message)
      ? null
      : el('p', { class: 'help' }, tr.t('check.detailInEnglish')),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { id: 'checks', class: 'checks' },
        el('caption', { class: 'visually-hidden' }, tr.t('page.checksCaption')),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...(
              ['page.status', 'verification.check', 'verification.entry', 'verification.detail'] as const
            ).map((h) => el('th', { scope: 'col' }, tr.t(h))),
          ),
        ),
        el('tbody', {}, ...checks.map(checkRow)),
      ),
    ),
  );
}

function checkRow(c: Check): HTMLElement {
  // The status comes from our verifier, but map it anyway: it becomes a class name.
  const status: CheckStatus = c.status in STATUS_KEYS ? c.status : 'fail';
  const tr = currentTranslator();
  return el(
    'tr',
    {
      class: `is-${status}`,
      'data-check': c.id,
      'data-status': status,
      ...(c.entry === undefined ? {} : { 'data-entry': String(c.entry) }),
    },
    el('td', {}, el('span', { class: `badge badge-${status}` }, tr.t(STATUS_KEYS[status]))),
    el('td', {}, tr.t(`check.${c.id}`)),
    el('td', { class: 'num' }, c.entry ?? ''),
    el(
      'td',
      {},
      checkText(c, tr),
      c.code ? el('span', { class: 'sub' }, tr.t('page.code', { code: c.code })) : null,
    ),
  );
}
