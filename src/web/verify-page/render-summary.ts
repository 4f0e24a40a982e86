/**
 * The top of the result: the verdict, impossible to miss and stated in words (not only colour),
 * then the evidence item with its full digests and the checkpoint everything was checked against.
 * @module
 */
import type { BundleVerification, Check, ItemSummary } from '../../core/verify/result.ts';
import { completenessVerdict } from '../../core/verify/verify-completeness.ts';
import { type Child, code, el, time } from './dom.ts';
import type { VerificationView } from './view.ts';

export function renderVerdict(view: VerificationView): HTMLElement {
  const ok = view.verdict === 'verified';
  const failures = view.checks.filter((c) => c.status === 'fail');
  const subject = view.result.subject;
  const complete = completenessVerdict(view.result);
  return el(
    'section',
    { class: `verdict ${ok ? 'is-verified' : 'is-failed'}`, 'aria-labelledby': 'verdict-word' },
    el('p', { class: 'verdict-mark', 'aria-hidden': 'true' }, ok ? '✓' : '✗'),
    el(
      'div',
      { class: 'verdict-body' },
      el(
        'h2',
        { id: 'verdict-word', class: 'verdict-word', 'data-verdict': view.verdict },
        ok ? 'VERIFIED' : 'FAILED',
      ),
      el(
        'p',
        { class: 'verdict-lede' },
        ok
          ? `Every check passed${subject ? ` for item ${subject}` : ''}: the log whose key you pinned committed to this history, in this order, signed by actors whose keys were valid at the time and who obeyed the custody rules${complete ? `; the history is ${complete}` : ''}.`
          : `${failures.length} check${failures.length === 1 ? '' : 's'} failed. Do not rely on this history; the failures are listed below and under Checks.`,
      ),
      ok ? null : failureList(failures),
      keyNotesLine(view),
      el(
        'p',
        { class: 'verdict-source' },
        `${view.bundle.kind === 'pdf' ? 'Bundle attached to ' : ''}${view.bundle.name}`,
        view.bundle.sha256 ? ' · bundle SHA-256 ' : '',
        view.bundle.sha256 ? code(view.bundle.sha256) : null,
      ),
    ),
  );
}

/** Entries that verify but were signed with a key later declared compromised: never only in a table. */
function keyNotesLine(view: VerificationView): HTMLElement | null {
  const entries = [
    ...new Set(view.result.keyNotes.filter((n) => n.kind === 'compromised-later').map((n) => n.entry)),
  ];
  if (!entries.length) return null;
  return el(
    'p',
    { class: 'verdict-keys', id: 'key-notes' },
    `${entries.length === 1 ? 'Entry' : 'Entries'} ${entries.join(', ')} ${entries.length === 1 ? 'was' : 'were'} signed with a key later declared compromised as of a time before ${entries.length === 1 ? 'it was' : 'they were'} logged. The log proves ${entries.length === 1 ? 'it was' : 'they were'} recorded before that declaration, so ${entries.length === 1 ? 'it verifies' : 'they verify'}; weigh ${entries.length === 1 ? 'it' : 'them'} (marked in the timeline and under Checks).`,
  );
}

function failureList(failures: readonly Check[]): HTMLElement {
  const shown = failures.slice(0, 5);
  return el(
    'ul',
    { class: 'verdict-failures' },
    ...shown.map((c) => el('li', {}, c.detail)),
    failures.length > shown.length ? el('li', {}, `and ${failures.length - shown.length} more`) : null,
  );
}

export function renderItems(view: VerificationView): HTMLElement | null {
  const { result } = view;
  if (!result.items.length) return null;
  const title = result.items.length === 1 ? 'Evidence item' : 'Evidence items';
  const items = [...result.items].sort(
    (a, b) => Number(b.id === result.subject) - Number(a.id === result.subject),
  );
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-items' },
    el('h2', { id: 'h-items' }, view.verdict === 'verified' ? title : `${title} (not verified)`),
    ...items.map((i) => itemCard(i, result)),
  );
}

function itemCard(item: ItemSummary, result: BundleVerification): HTMLElement {
  const kase = result.cases.find((c) => c.id === item.case);
  const rows: [string, Child][] = [
    ['Description', item.description],
    [
      'Case',
      kase
        ? `${kase.id} — ${kase.reference}, ${kase.title} (${kase.organisation}, ${kase.state})`
        : item.case,
    ],
    ['Media type', item.mediaType],
    ['Size', sizeText(item.size)],
    ['Registered', time(item.registeredAt)],
    ['Custodian now', actorText(item.custodian, result)],
    ['Status', item.status],
  ];
  if (item.parent) rows.push(['Derived from', item.parent]);
  if (item.derivatives.length) rows.push(['Derivatives', item.derivatives.join(', ')]);
  for (const [alg, hex] of Object.entries(item.digests)) rows.push([digestLabel(alg), code(hex)]);
  return el(
    'article',
    { class: 'card' },
    el(
      'h3',
      {},
      code(item.id),
      item.id === result.subject ? el('span', { class: 'tag' }, 'subject of the bundle') : null,
    ),
    facts(rows),
  );
}

export function renderCheckpoint(result: BundleVerification): HTMLElement | null {
  const cp = result.checkpoint;
  if (!cp) return null;
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-checkpoint' },
    el('h2', { id: 'h-checkpoint' }, 'Checkpoint'),
    el('p', { class: 'help' }, 'The signed tree head every entry was proven to be included in.'),
    facts([
      ['Log', cp.origin],
      ['Log key ID', code(cp.logKeyId)],
      ['Tree size', `${cp.size.toLocaleString('en')} entries`],
      ['Root hash', code(cp.rootHash)],
      ['Witnesses', cp.cosignedBy.length ? cp.cosignedBy.join(', ') : 'none cosigned'],
      ['Bundle made', time(result.createdAt)],
    ]),
  );
}

export function renderRequests(result: BundleVerification): HTMLElement | null {
  if (!result.requests.length) return null;
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-requests' },
    el('h2', { id: 'h-requests' }, 'Mutual legal assistance'),
    ...result.requests.map((r) =>
      facts([
        ['Request', `${r.id} — ${r.reference}`],
        ['Type', r.type],
        ['From → to', `${r.requestingState} → ${r.requestedState}`],
        ['Legal basis', r.legalBasis ?? '—'],
        ['Status', r.status],
      ]),
    ),
  );
}

function facts(rows: readonly [string, Child][]): HTMLElement {
  return el('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

export function actorText(id: string, result: BundleVerification): string {
  const a = result.actors.find((x) => x.id === id);
  return a ? `${a.name} (${a.organisation}, ${a.state}) — ${id}` : id;
}

function digestLabel(alg: string): string {
  return alg === 'sha256' ? 'SHA-256' : alg === 'sha512' ? 'SHA-512' : alg.toUpperCase();
}

function sizeText(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1000 && u < units.length - 1) {
    n /= 1000;
    u++;
  }
  const exact = `${bytes.toLocaleString('en')} bytes`;
  return u === 0 ? exact : `${exact} (${n.toFixed(n < 10 ? 1 : 0)} ${units[u]})`;
}
