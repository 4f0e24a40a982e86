/**
 * Cases: the list the officer may read and opening one; a case's page with its items, its
 * cooperation requests, its history, granting access and recording a request.
 * @module
 */
import type { z } from 'zod';
import {
  CaseAccessGranted,
  CaseHoldChanged,
  CaseOpened,
  RequestRecorded,
  RequestStatusChanged,
} from '../../core/ledger/case-payloads.ts';
import type { Kind } from '../../core/ledger/kinds.ts';
import { el, time } from '../verify-page/dom.ts';
import { t } from './messages.ts';
import { buildForm, nowLocal } from './schema-form.ts';
import type { ConsoleSession } from './session.ts';
import { announce, caseLink, itemLink, refusal, section, table } from './ui.ts';

interface CaseSummary {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly organisation: string;
  readonly state: string;
  readonly openedBy: string;
  readonly granted: readonly string[];
  readonly head: { readonly leafHash: string };
}

export async function renderCases(s: ConsoleSession, go: (hash: string) => void): Promise<HTMLElement> {
  const cases = await s.client.list<CaseSummary>('/v1/cases', 'cases');
  const open = signedForm(
    s,
    'case-open',
    CaseOpened,
    'case.opened',
    { id: `${s.actor}~`, openedAt: nowLocal() },
    [],
    (p) => go(`#/case/${encodeURIComponent(p.id as string)}`),
  );
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, t('cases.title')),
    section(
      t('cases.title'),
      table(
        t('cases.title'),
        [t('field.id'), t('field.reference'), t('field.title'), t('field.organisation')],
        cases.map((c) => [caseLink(c.id), c.reference, c.title, `${c.organisation} (${c.state})`]),
      ),
    ),
    section(t('cases.open'), open),
  );
}

export async function renderCase(s: ConsoleSession, id: string, rerender: () => void): Promise<HTMLElement> {
  const path = `/v1/cases/${encodeURIComponent(id)}`;
  const answer = await s.get<{
    case: CaseSummary;
    items: string[];
    history: { index: number; loggedAt: string; kind: string; signer: { actor: string } }[];
  }>(path);
  const requests = await s.client.list<{
    id: string;
    type: string;
    status: string;
    requestingState: string;
    requestedState: string;
    reference: string;
  }>(`/v1/requests?case=${encodeURIComponent(id)}`, 'requests');
  const c = answer.case;
  const grant = signedForm(
    s,
    'case-grant',
    CaseAccessGranted,
    'case.access-granted',
    {},
    ['case', 'prev'],
    rerender,
    async () => ({ case: id, prev: await s.prevOf('case', id) }),
  );
  const hold = signedForm(
    s,
    'case-hold',
    CaseHoldChanged,
    'case.hold-changed',
    { at: nowLocal() },
    ['case', 'prev'],
    rerender,
    async () => ({ case: id, prev: await s.prevOf('case', id) }),
  );
  const status = signedForm(
    s,
    'request-status',
    RequestStatusChanged,
    'request.status-changed',
    { at: nowLocal() },
    ['prev'],
    rerender,
    async (form) => {
      const request = (form.querySelector('input[name=request]') as HTMLInputElement).value.trim();
      return { prev: await s.prevOf('request', request) };
    },
  );
  const request = signedForm(
    s,
    'request-record',
    RequestRecorded,
    'request.recorded',
    { id: `${s.actor}~`, dated: nowLocal() },
    ['case'],
    rerender,
    async () => ({ case: id }),
  );
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, `Case ${c.reference}: ${c.title}`),
    el('p', {}, el('a', { href: `#/register?case=${encodeURIComponent(id)}` }, t('nav.register'))),
    el(
      'div',
      { class: 'grid-2' },
      section(
        t('case.items'),
        answer.items.length
          ? el('ul', {}, ...answer.items.map((i) => el('li', {}, itemLink(i))))
          : el('p', { class: 'empty' }, t('none')),
      ),
      section(
        t('case.requests'),
        table(
          t('case.requests'),
          ['Id', 'Type', 'States', 'Status'],
          requests.map((r) => [r.id, r.type, `${r.requestingState} → ${r.requestedState}`, r.status]),
        ),
      ),
    ),
    section(
      t('case.history'),
      table(
        t('case.history'),
        ['#', 'Logged', 'What', 'By'],
        answer.history.map((h) => [String(h.index), time(h.loggedAt), h.kind, h.signer.actor]),
      ),
    ),
    el('p', {}, 'Access beyond ', c.organisation, ': ', c.granted.length ? c.granted.join(', ') : 'none'),
    section(t('case.grant'), grant),
    section(t('case.hold'), hold),
    section(t('case.record-request'), request),
    section(t('case.request-status'), status),
  );
}

/** A schema's form that signs and submits one entry of `kind`, with fields the page fills itself. */
export function signedForm(
  s: ConsoleSession,
  name: string,
  schema: z.ZodType,
  kind: Kind,
  defaults: Record<string, string>,
  omit: readonly string[],
  after: (payload: Record<string, unknown>) => void,
  extra: (form: HTMLFormElement) => Promise<Record<string, unknown>> = async () => ({}),
): HTMLElement {
  const form = buildForm(name, schema, { defaults, omit, submit: t('submit.record') });
  form.element.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.problem(null);
    try {
      const payload = form.read(await extra(form.element));
      if (!payload) return;
      const done = await s.submit(kind, payload);
      announce(t('submit.done', { index: done.index }));
      form.problem(el('p', { class: 'done' }, t('submit.done', { index: done.index })));
      after(payload);
    } catch (err) {
      form.problem(refusal(err));
    }
  });
  return form.element;
}
