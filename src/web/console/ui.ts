/**
 * Pieces every console view uses: sections, tables, links to items and cases, the status line,
 * and a refusal shown with the rule it broke. Text from the service enters the page as text
 * nodes only (verify-page/dom.ts): nothing here parses HTML.
 * @module
 */
import { ServiceError } from '../../client/custos-client.ts';
import { type Child, el } from '../verify-page/dom.ts';
import { ruleTitle, t } from './messages.ts';

export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return el('section', { class: 'panel', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

export function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly Child[])[],
): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'empty' }, t('none'));
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      {},
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
    ),
  );
}

export const itemLink = (id: string): HTMLElement =>
  el('a', { href: `#/item/${encodeURIComponent(id)}` }, id);
export const caseLink = (id: string): HTMLElement =>
  el('a', { href: `#/case/${encodeURIComponent(id)}` }, id);

/** A refusal as an officer reads it: the rule's name in the console's language, then the service's words. */
export function refusal(e: unknown): HTMLElement {
  if (e instanceof ServiceError) {
    return el(
      'div',
      { class: 'refusal', role: 'alert' },
      el('p', {}, el('strong', {}, t('refused', { title: ruleTitle(e.problem.code) }))),
      el('p', {}, e.problem.detail, ' ', el('code', { class: 'rule-code' }, e.problem.code)),
    );
  }
  return el(
    'div',
    { class: 'refusal', role: 'alert' },
    el('p', {}, e instanceof Error ? e.message : String(e)),
  );
}

let statusNode: HTMLElement | undefined;
export function useStatus(node: HTMLElement): void {
  statusNode = node;
}
export function announce(text: string): void {
  if (statusNode) statusNode.textContent = text;
}
