/**
 * The home page: what awaits the officer's receipt (hand-overs and disclosures addressed to
 * them) and what they hold. Both come from the item list the service lets them read.
 * @module
 */
import { el } from '../verify-page/dom.ts';
import { t } from './messages.ts';
import type { ConsoleSession } from './session.ts';
import { itemLink, section, table } from './ui.ts';

export interface ItemSummary {
  readonly id: string;
  readonly case: string;
  readonly description: string;
  readonly custodian: string;
  readonly status: string;
  readonly seal: string | null;
  readonly pending: {
    /** An actor of this log; absent for a disclosure to another state's authority (`addressee`). */
    readonly to?: string;
    readonly addressee?: { readonly state: string; readonly authority: string; readonly designation: number };
    readonly purpose: string;
    readonly request?: string;
  } | null;
  readonly registeredAt: string;
}

export async function renderHome(s: ConsoleSession): Promise<HTMLElement> {
  const items = await s.client.list<ItemSummary>(
    `/v1/items?holder=${encodeURIComponent(s.actor)}&limit=500`,
    'items',
  );
  const awaiting = items.filter((i) => i.pending?.to === s.actor);
  const held = items.filter((i) => i.custodian === s.actor && i.status === 'active');
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, t('home.title')),
    section(
      t('home.awaiting'),
      awaiting.length === 0
        ? el('p', { class: 'empty' }, t('home.awaiting.none'))
        : table(
            t('home.awaiting'),
            [t('field.id'), t('field.description'), 'From', t('field.purpose')],
            awaiting.map((i) => [itemLink(i.id), i.description, i.custodian, i.pending!.purpose]),
          ),
    ),
    section(
      t('home.custody'),
      held.length === 0
        ? el('p', { class: 'empty' }, t('home.custody.none'))
        : table(
            t('home.custody'),
            [t('field.id'), t('field.description'), t('field.case'), t('field.seal'), 'Pending'],
            held.map((i) => [
              itemLink(i.id),
              i.description,
              i.case,
              i.seal ?? '—',
              i.pending ? `→ ${awaitedBy(i.pending)}` : '—',
            ]),
          ),
    ),
  );
}

/** Who a pending transfer awaits: an actor of this log, or another state's authority by its designation entry. */
export function awaitedBy(p: NonNullable<ItemSummary['pending']>): string {
  return p.addressee
    ? `${p.addressee.authority} (${p.addressee.state}, designated by entry ${p.addressee.designation})`
    : String(p.to);
}
