/**
 * Registering an item: the evidence file is hashed in this browser (a Web Worker, with a
 * progress bar), so a multi-gigabyte image never leaves the machine; the form is the
 * evidence.registered schema's, and the entry is signed here.
 * @module
 */
import { EvidenceRegistered } from '../../core/ledger/evidence-payloads.ts';
import { el } from '../verify-page/dom.ts';
import { t } from './messages.ts';
import { fileHasher } from './recheck.ts';
import { buildForm, nowLocal } from './schema-form.ts';
import type { ConsoleSession } from './session.ts';
import { announce, refusal } from './ui.ts';

export function renderRegister(
  s: ConsoleSession,
  caseId: string | undefined,
  done: (id: string) => void,
): HTMLElement {
  const form = buildForm('register', EvidenceRegistered, {
    defaults: {
      id: `${s.actor}~`,
      case: caseId ?? '',
      collectedBy: s.actor,
      collectedAt: nowLocal(),
      'origin.method': 'seizure',
    },
    submit: t('submit.record'),
  });
  form.element.prepend(
    fileHasher('register-file', t('register.file'), (d, file) => {
      form.set('digests.sha256', d.sha256);
      form.set('size', String(d.size));
      if (!form.get('mediaType')) form.set('mediaType', file.type || 'application/octet-stream');
      if (!form.get('description')) form.set('description', file.name);
    }),
  );
  form.element.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.problem(null);
    const payload = form.read();
    if (!payload) return;
    try {
      const recorded = await s.submit('evidence.registered', payload);
      announce(t('submit.done', { index: recorded.index }));
      done(payload.id as string);
    } catch (err) {
      form.problem(refusal(err));
    }
  });
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, t('register.title')),
    el('section', { class: 'panel', 'aria-label': t('register.title') }, form.element),
  );
}
