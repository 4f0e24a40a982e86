/**
 * Searching items by case, holder, status and registration time: the query parameters of
 * GET /v1/items, which returns only what the officer may read.
 * @module
 */
import { el } from '../verify-page/dom.ts';
import type { ItemSummary } from './home.ts';
import { t } from './messages.ts';
import { rfc3339Local } from './schema-form.ts';
import type { ConsoleSession } from './session.ts';
import { itemLink, refusal, section, table } from './ui.ts';

const FIELDS = [
  ['case', 'text'],
  ['holder', 'text'],
  ['status', 'select'],
  ['registeredFrom', 'datetime-local'],
  ['registeredTo', 'datetime-local'],
] as const;

export function renderSearch(s: ConsoleSession): HTMLElement {
  const results = el('div', { id: 'search-results', 'aria-live': 'polite' });
  const form = el('form', { id: 'search', novalidate: '' });
  for (const [name, type] of FIELDS) {
    const id = `search-${name}`;
    const control =
      type === 'select'
        ? el(
            'select',
            { id, name },
            el('option', { value: '' }, 'any'),
            ...['active', 'returned', 'destroyed'].map((v) => el('option', { value: v }, v)),
          )
        : el('input', { id, name, type, autocomplete: 'off' });
    form.append(el('div', { class: 'field' }, el('label', { for: id }, t(`field.${name}`)), control));
  }
  form.append(
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('search.go'))),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const query = new URLSearchParams({ limit: '200' });
    for (const [name, type] of FIELDS) {
      const value = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      if (value)
        query.set(name, type === 'datetime-local' ? new Date(rfc3339Local(value)).toISOString() : value);
    }
    try {
      const { items } = await s.get<{ items: ItemSummary[] }>(`/v1/items?${query}`);
      results.replaceChildren(
        table(
          t('search.title'),
          ['Id', t('field.description'), 'Custodian', t('field.status'), 'Registered'],
          items.map((i) => [itemLink(i.id), i.description, i.custodian, i.status, i.registeredAt]),
        ),
      );
    } catch (err) {
      results.replaceChildren(refusal(err));
    }
  });
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, t('search.title')),
    section(t('search.title'), form),
    results,
  );
}
