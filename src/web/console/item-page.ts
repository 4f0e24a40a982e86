/**
 * An item's page: what it is, who holds it, its seal and digests, its derivatives, its custody
 * timeline with each entry's inclusion proof checked in the browser, the forms to record an event,
 * and the court export.
 * @module
 */
import type { ParsedEntry } from '../../core/ledger/entry.ts';
import { describeEvent } from '../../core/verify/describe-event.ts';
import { el, time } from '../verify-page/dom.ts';
import { eventRecorder } from './event-form.ts';
import { awaitedBy, type ItemSummary } from './home.ts';
import { checkInclusion, type EntryWithProof } from './inclusion.ts';
import { t } from './messages.ts';
import type { ConsoleSession } from './session.ts';
import { caseLink, itemLink, refusal, section, table } from './ui.ts';

type HistoryEntry = ParsedEntry & { readonly leafHash: string };

interface ItemAnswer {
  readonly item: ItemSummary & {
    readonly mediaType: string;
    readonly size: number;
    readonly digests: { readonly sha256: string } & Readonly<Record<string, string>>;
    readonly parent?: string;
    readonly preservation: { readonly until: string } | null;
  };
  readonly history: readonly HistoryEntry[];
  readonly derivatives: readonly string[];
}

export async function renderItem(s: ConsoleSession, id: string, rerender: () => void): Promise<HTMLElement> {
  const { item, history, derivatives } = await s.get<ItemAnswer>(`/v1/items/${encodeURIComponent(id)}`);
  const proofCells = new Map<number, HTMLElement>();
  const rows = history.map((h) => {
    const line = describeEvent(h, id, () => undefined);
    const cell = el('span', { class: 'proof', id: `proof-${h.index}` }, '…');
    proofCells.set(h.index, cell);
    return [
      String(h.index),
      time(h.loggedAt),
      occurred(line?.occurredAt),
      h.signer.actor,
      line?.summary ?? h.kind,
      cell,
    ];
  });
  void checkProofs(s, history, proofCells);
  const facts = el(
    'dl',
    { class: 'facts' },
    ...fact(t('field.case'), caseLink(item.case)),
    ...fact(t('field.description'), item.description),
    ...fact(t('field.mediaType'), item.mediaType),
    ...fact(t('field.size'), item.size.toLocaleString('en')),
    ...Object.entries(item.digests).flatMap(([alg, v]) =>
      fact(alg.toUpperCase(), el('code', { class: 'hash' }, v)),
    ),
    ...fact('Custodian', item.custodian),
    ...fact(t('field.seal'), item.seal ?? 'not sealed'),
    ...fact(t('field.status'), item.status),
    ...fact(
      'Awaiting receipt by',
      item.pending ? `${awaitedBy(item.pending)} (${item.pending.purpose})` : '—',
    ),
    ...(item.parent ? fact('Derived from', itemLink(item.parent)) : []),
    ...fact(
      'Derivatives',
      derivatives.length ? el('span', {}, ...derivatives.flatMap((d) => [itemLink(d), ' '])) : '—',
    ),
    ...fact('Preserved until', item.preservation?.until ?? '—'),
  );
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, `Item ${id}`),
    el(
      'div',
      { class: 'grid-2' },
      section(t('item.facts'), facts),
      section(t('item.export'), courtExport(s, id)),
    ),
    section(
      t('item.timeline'),
      table(t('item.timeline'), ['#', 'Logged', 'Occurred', 'By', 'What', 'In the log'], rows),
    ),
    section(t('item.record'), eventRecorder(s, id, item, rerender)),
  );
}

function courtExport(s: ConsoleSession, itemId: string): HTMLElement {
  const button = el('button', { type: 'button', class: 'primary', id: 'export-report' }, t('item.export.go'));
  const out = el('div', { id: 'export-result', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    out.replaceChildren(el('p', {}, t('loading')));
    try {
      const { exportReport } = await import('./court-export.ts');
      out.replaceChildren(await exportReport(s, itemId));
    } catch (e) {
      out.replaceChildren(refusal(e));
    } finally {
      button.disabled = false;
    }
  });
  return el('div', {}, button, out);
}

/** When it happened, in the offset it was recorded with (the agency's local time). */
function occurred(iso: string | undefined): Node | string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/.exec(iso);
  return el('time', { datetime: iso }, m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : iso);
}

function fact(term: string, value: Node | string): Node[] {
  return [el('dt', {}, term), el('dd', {}, value)];
}

/** One entry at a time: a few requests, each verified here against the pinned log key. */
async function checkProofs(
  s: ConsoleSession,
  history: readonly HistoryEntry[],
  cells: Map<number, HTMLElement>,
): Promise<void> {
  for (const h of history) {
    const cell = cells.get(h.index)!;
    try {
      const found = await s.get<EntryWithProof>(`/v1/entries/${h.index}`);
      const verdict = checkInclusion(found, h.leafHash, s.logKey);
      cell.className = verdict.ok ? 'proof-ok' : 'proof-bad';
      cell.textContent = verdict.ok
        ? `✓ ${t('item.proof.ok', { size: verdict.treeSize })}`
        : `✗ ${t('item.proof.bad', { why: verdict.why })}`;
    } catch (e) {
      cell.className = 'proof-bad';
      cell.textContent = `✗ ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}
