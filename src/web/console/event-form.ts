/**
 * Recording a custody event on an item: the officer picks the event type, the console builds
 * the form from that type's schema (src/core/ledger/evidence-payloads.ts), fills in the item and
 * its current `prev`, signs in the browser and submits. Refusals show the rule by name.
 * @module
 */
import type { z } from 'zod';
import { CUSTODY_TYPES, CustodyEvent, type CustodyType } from '../../core/ledger/evidence-payloads.ts';
import { el } from '../verify-page/dom.ts';
import { optionLabel, t } from './messages.ts';
import { fileHasher } from './recheck.ts';
import { buildForm, nowLocal } from './schema-form.ts';
import type { ConsoleSession } from './session.ts';
import { announce, refusal } from './ui.ts';

const AUTOMATIC = ['type', 'item', 'prev'];

function schemaOf(type: CustodyType): z.ZodType {
  const options = (CustodyEvent as unknown as { options: z.ZodObject[] }).options;
  return options.find((o) => (o.shape.type as unknown as { value: string }).value === type)!;
}

export interface ItemHead {
  readonly digests: { readonly sha256: string };
  readonly pending: { readonly to?: string } | null;
  readonly custodian: string;
}

/** The chooser and the form of the chosen type; `after` re-renders the item once recorded. */
export function eventRecorder(
  s: ConsoleSession,
  itemId: string,
  item: ItemHead,
  after: () => void,
): HTMLElement {
  const chooser = el(
    'select',
    { id: 'event-type' },
    ...CUSTODY_TYPES.map((type) => el('option', { value: type }, optionLabel(type))),
  );
  chooser.value =
    item.pending?.to === s.actor ? 'received' : item.custodian === s.actor ? 'sealed' : 'annotated';
  const holder = el('div', { id: 'event-form-holder' });
  const show = () => holder.replaceChildren(formFor(s, itemId, item, chooser.value as CustodyType, after));
  chooser.addEventListener('change', show);
  show();
  return el('div', {}, el('label', { for: 'event-type' }, t('item.record.type')), chooser, holder);
}

function formFor(
  s: ConsoleSession,
  itemId: string,
  item: ItemHead,
  type: CustodyType,
  after: () => void,
): HTMLElement {
  const needsDigest = type === 'received' || type === 'verified';
  const form = buildForm(`ev-${type}`, schemaOf(type), {
    omit: AUTOMATIC,
    last: ['occurredAt', 'location', 'note'],
    defaults: { occurredAt: nowLocal() },
    submit: t('submit.record'),
  });
  if (needsDigest) {
    const verdict = el('p', { id: 'recheck-verdict', 'aria-live': 'polite' });
    form.element.prepend(
      fileHasher(`recheck-${type}`, t('recheck.file'), (d) => {
        form.set('digests.sha256', d.sha256);
        const match = d.sha256 === item.digests.sha256;
        form.set('result', match ? 'match' : 'mismatch');
        verdict.textContent = t(match ? 'recheck.match' : 'recheck.mismatch');
      }),
      verdict,
    );
  }
  form.element.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.problem(null);
    const button = form.element.querySelector('button[type=submit]') as HTMLButtonElement;
    button.disabled = true;
    try {
      const prev = await s.prevOf('item', itemId);
      const payload = form.read({ type, item: itemId, prev });
      if (!payload) return;
      const done = await s.submit('custody.event', payload);
      announce(t('submit.done', { index: done.index }));
      after();
    } catch (err) {
      form.problem(refusal(err));
    } finally {
      button.disabled = false;
    }
  });
  return form.element;
}
