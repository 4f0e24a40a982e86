/**
 * The top of the result: the verdict, impossible to miss and stated in words (not only colour),
 * then the evidence item with its full digests and the checkpoint everything was checked against.
 * @module
 */

import { codeWord } from '../../core/i18n/code-words.ts';
import { checkText } from '../../core/verify/check-line.ts';
import { requestParties } from '../../core/verify/request-parties.ts';
import type { BundleVerification, Check, ItemSummary } from '../../core/verify/result.ts';
import { completenessMessage } from '../../core/verify/verify-completeness.ts';
import { type Child, code, el, time } from './dom.ts';
import { currentTranslator } from './page-language.ts';
import type { VerificationView } from './view.ts';

export function renderVerdict(view: VerificationView): HTMLElement {
  const tr = currentTranslator();
  const ok = view.verdict === 'verified';
  const failures = view.checks.filter((c) => c.status === 'fail');
  const subject = view.result.subject;
  const completeness = completenessMessage(view.result);
  const complete = completeness && tr.t(completeness.key, completeness.values);
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
        tr.t(ok ? 'page.verified' : 'page.failed'),
      ),
      el(
        'p',
        { class: 'verdict-lede' },
        ok
          ? tr.t('page.verifiedLede', {
              ...(subject ? { hasSubject: 'yes', subject } : { hasSubject: 'no' }),
              ...(complete ? { hasComplete: 'yes', complete } : { hasComplete: 'no' }),
            })
          : tr.t('page.failedLede', { n: failures.length }),
      ),
      ok ? null : failureList(failures),
      derivativesLine(view),
      pagesLine(view),
      signatureLine(view),
      keyNotesLine(view),
      el(
        'p',
        { class: 'verdict-source' },
        view.bundle.kind === 'pdf' ? tr.t('page.attachedTo', { name: view.bundle.name }) : view.bundle.name,
        view.bundle.sha256 ? ` · ${tr.t('report.bundleSha256')} ` : '',
        view.bundle.sha256 ? code(view.bundle.sha256) : null,
      ),
    ),
  );
}

/** Whether the item's derivatives were in the bundle and checked: said, never left to be assumed. */
function derivativesLine(view: VerificationView): HTMLElement | null {
  if (!view.result.subject) return null;
  const included = view.result.derivativesIncluded ? 'yes' : 'no';
  return el(
    'p',
    { class: 'verdict-derivatives', id: 'derivatives-included', 'data-included': included },
    currentTranslator().t('page.derivativesIncluded', { included }),
  );
}

/** For a report PDF, whether its printed pages were checked: said in words, never left to be assumed. */
function pagesLine(view: VerificationView): HTMLElement | null {
  const p = view.pages;
  if (!p) return null;
  const tr = currentTranslator();
  const head =
    p.status === 'pass'
      ? tr.t('page.pagesChecked')
      : p.code === 'pages_not_checked'
        ? tr.t('page.pagesNotChecked')
        : tr.t('page.pagesDiffer');
  return el(
    'p',
    { class: `verdict-pages is-${p.status}`, id: 'pages-verdict' },
    el('strong', {}, head),
    ' ',
    checkText(p, tr),
  );
}

/**
 * For a report PDF, who signed it (PAdES), or that nobody did, or that the signature fails; a
 * signer's certificate fingerprint, subject, issuer and validity each in a field of its own, so
 * that no name can pass for another part of the sentence.
 */
function signatureLine(view: VerificationView): HTMLElement | null {
  const s = view.signature;
  if (!s) return null;
  const tr = currentTranslator();
  const head = tr.t(
    s.status === 'pass' ? 'page.signed' : s.status === 'fail' ? 'page.signatureInvalid' : 'page.notSigned',
  );
  const c = view.signer;
  return el(
    'div',
    { class: `verdict-pages is-${s.status === 'info' ? 'warn' : s.status}`, id: 'signature-verdict' },
    el('p', {}, el('strong', {}, head), ' ', checkText(s, tr)),
    c && s.status === 'pass'
      ? facts([
          [tr.t('page.signerCertificate'), code(c.certificateSha256)],
          [tr.t('page.signerSubject'), c.subject],
          [tr.t('page.signerIssuer'), c.issuer],
          [tr.t('page.signerValidity'), `${c.notBefore.slice(0, 10)} – ${c.notAfter.slice(0, 10)}`],
        ])
      : null,
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
    currentTranslator().t('page.keyNotes', { n: entries.length, entries: entries.join(', ') }),
  );
}

function failureList(failures: readonly Check[]): HTMLElement {
  const shown = failures.slice(0, 5);
  return el(
    'ul',
    { class: 'verdict-failures' },
    ...shown.map((c) => el('li', {}, checkText(c, currentTranslator()))),
    failures.length > shown.length
      ? el('li', {}, currentTranslator().t('page.more', { n: failures.length - shown.length }))
      : null,
  );
}

export function renderItems(view: VerificationView): HTMLElement | null {
  const { result } = view;
  if (!result.items.length) return null;
  const tr = currentTranslator();
  const title = tr.t('page.items', { n: result.items.length });
  const items = [...result.items].sort(
    (a, b) => Number(b.id === result.subject) - Number(a.id === result.subject),
  );
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-items' },
    el('h2', { id: 'h-items' }, view.verdict === 'verified' ? title : tr.t('page.notVerified', { title })),
    ...items.map((i) => itemCard(i, result)),
  );
}

function itemCard(item: ItemSummary, result: BundleVerification): HTMLElement {
  const tr = currentTranslator();
  const kase = result.cases.find((c) => c.id === item.case);
  const rows: [string, Child][] = [
    [tr.t('item.description'), item.description],
    [
      tr.t('item.case'),
      kase
        ? `${kase.id} — ${kase.reference}, ${kase.title} (${kase.organisation}, ${kase.state})`
        : item.case,
    ],
    [tr.t('item.mediaType'), item.mediaType],
    [tr.t('item.size'), sizeText(item.size)],
    [tr.t('page.registered'), time(item.registeredAt)],
    [tr.t('page.custodianNow'), actorText(item.custodian, result)],
    [tr.t('page.status'), codeWord(tr, 'itemStatus', item.status)],
  ];
  if (item.parent) rows.push([tr.t('item.derivedFrom'), item.parent]);
  if (item.derivatives.length) rows.push([tr.t('page.derivatives'), item.derivatives.join(', ')]);
  for (const [alg, hex] of Object.entries(item.digests)) rows.push([digestLabel(alg), code(hex)]);
  return el(
    'article',
    { class: 'card' },
    el(
      'h3',
      {},
      code(item.id),
      item.id === result.subject ? el('span', { class: 'tag' }, tr.t('page.subjectTag')) : null,
    ),
    facts(rows),
  );
}

export function renderCheckpoint(result: BundleVerification): HTMLElement | null {
  const cp = result.checkpoint;
  if (!cp) return null;
  const tr = currentTranslator();
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-checkpoint' },
    el('h2', { id: 'h-checkpoint' }, tr.t('check.checkpoint')),
    el('p', { class: 'help' }, tr.t('page.checkpointHelpResult')),
    facts([
      [tr.t('page.log'), cp.origin],
      [tr.t('verification.keyId'), code(cp.logKeyId)],
      [tr.t('verification.treeSize'), tr.t('verification.entries', { n: cp.size })],
      [tr.t('page.rootHash'), code(cp.rootHash)],
      [tr.t('page.witnesses'), cp.cosignedBy.length ? cp.cosignedBy.join(', ') : tr.t('page.noneCosigned')],
      [tr.t('report.bundleMade'), time(result.createdAt)],
    ]),
  );
}

export function renderRequests(result: BundleVerification): HTMLElement | null {
  if (!result.requests.length) return null;
  const tr = currentTranslator();
  return el(
    'section',
    { class: 'block', 'aria-labelledby': 'h-requests' },
    el('h2', { id: 'h-requests' }, tr.t('page.requests')),
    ...result.requests.map((r) =>
      facts([
        [tr.t('request.request'), `${r.id} — ${r.reference}`],
        [tr.t('request.type'), codeWord(tr, 'requestType', r.type)],
        [tr.t('request.fromTo'), requestParties(tr, r)],
        [tr.t('request.legalBasis'), r.legalBasis ?? '—'],
        [tr.t('request.status'), codeWord(tr, 'requestStatus', r.status)],
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
  const tr = currentTranslator();
  const exact = tr.t('size.bytes', { n: bytes });
  return u === 0
    ? exact
    : `${exact} (${tr.isolate(`${tr.number(Number(n.toFixed(n < 10 ? 1 : 0)))} ${units[u]}`)})`;
}
