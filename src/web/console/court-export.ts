/**
 * The court export: the service renders the report (GET /v1/items/{id}/report.pdf); the browser
 * takes the bundle out of the PDF, checks that it is the one the report declares, verifies it
 * with the verifier the CLI and /verify run (src/core/verify) against the log key this browser
 * pinned, and only then offers the PDF and its bundle for download. The bundle is read with the
 * strict reader every verifier uses (no member name twice, no lone surrogate). The printed pages
 * are not checked here: that renders the report again with the installation's fonts, which only
 * `custos verify` on the PDF does (docs/console.md), so the screen says so beside the download.
 * @module
 */
import type { Bundle } from '../../core/ledger/bundle.ts';
import { readBundleJson } from '../../core/verify/read-bundle.ts';
import type { Check } from '../../core/verify/result.ts';
import { verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import { attachmentCheck, extractBundleFromPdf } from '../../report/pdf-bundle.ts';
import { el } from '../verify-page/dom.ts';
import { signatureEngine } from '../verify-page/webcrypto-ed25519.ts';
import { t } from './messages.ts';
import type { ConsoleSession } from './session.ts';

/** Loaded only when an officer exports: the PDF reader and the verifier are most of the console's weight. */
export async function exportReport(s: ConsoleSession, itemId: string): Promise<HTMLElement> {
  const pdf = await s.client.bytes(`/v1/items/${encodeURIComponent(itemId)}/report.pdf`, true);
  const found = await extractBundleFromPdf(pdf);
  const { bundleBytes } = found;
  const attachment = attachmentCheck(found);
  const read = readBundleJson(new TextDecoder().decode(bundleBytes), 'the report’s bundle');
  if ('failure' in read) return refusal([read.failure]);
  const bundle = read.value as Bundle;
  const result = await verifyBundleWithTime(bundle, { logKey: s.logKey }, (await signatureEngine()).check);
  if (attachment.status !== 'pass' || result.verdict !== 'verified')
    return refusal([attachment, ...result.checks].filter((c) => c.status === 'fail'));
  const safe = itemId.replace(/[^A-Za-z0-9._-]/g, '_');
  return el(
    'div',
    { class: 'done', id: 'export-verdict', 'data-verdict': 'verified' },
    el('p', {}, t('item.export.verified', { n: bundle.entries.length })),
    el('p', { id: 'export-pages' }, t('item.export.pages')),
    el(
      'p',
      { class: 'actions' },
      download(pdf, 'application/pdf', `${safe}.report.pdf`, 'report.pdf (pages not checked)'),
      download(bundleBytes, 'application/json', `${safe}.bundle.json`, 'bundle.json'),
    ),
  );
}

function refusal(failed: readonly Check[]): HTMLElement {
  return el(
    'div',
    { class: 'refusal', role: 'alert', id: 'export-verdict', 'data-verdict': 'failed' },
    el('p', {}, el('strong', {}, t('item.export.failed'))),
    el('ul', {}, ...failed.map((c) => el('li', {}, c.detail))),
  );
}

function download(bytes: Uint8Array, type: string, name: string, label: string): HTMLElement {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  return el('a', { href: url, download: name, class: 'download' }, `Download ${label}`);
}
