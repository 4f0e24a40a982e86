/**
 * Administration: the directory of actors, registering one (roles and state), rotating and
 * revoking keys, and the log's health and latest checkpoint. The console offers these forms to
 * administrators only, but it is the service that decides: a refused entry shows its rule.
 * @module
 */
import { ServiceError } from '../../client/custos-client.ts';
import { ActorRegistered, KeyRevoked, KeyRotated } from '../../core/ledger/actor-payloads.ts';
import { AuthorityDesignated } from '../../core/ledger/designation-payloads.ts';
import { el } from '../verify-page/dom.ts';
import { signedForm } from './case-pages.ts';
import { t } from './messages.ts';
import { nowLocal } from './schema-form.ts';
import type { ConsoleSession } from './session.ts';
import { section, table } from './ui.ts';

interface ActorRow {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly state: string;
  readonly roles: readonly string[];
}

export async function renderAdmin(s: ConsoleSession, rerender: () => void): Promise<HTMLElement> {
  const [actors, health, checkpoint] = await Promise.all([
    s.client.list<ActorRow>('/v1/actors', 'actors'),
    fetch('/healthz').then((r) => r.text()),
    s.client.text('/log/checkpoint'),
  ]);
  const actorPrev = async (form: HTMLFormElement) => {
    const id = (form.querySelector('input[name=actor]') as HTMLInputElement).value.trim();
    return { prev: await s.prevOf('actor', id) };
  };
  const rotate = signedForm(s, 'key-rotate', KeyRotated, 'key.rotated', {}, ['prev'], rerender, actorPrev);
  const revoke = signedForm(
    s,
    'key-revoke',
    KeyRevoked,
    'key.revoked',
    { effectiveAt: nowLocal() },
    ['prev'],
    rerender,
    actorPrev,
  );
  const designate = signedForm(
    s,
    'designate',
    AuthorityDesignated,
    'authority.designated',
    { validFrom: nowLocal() },
    ['prev'],
    rerender,
    (form) => designationPrev(s, (form.querySelector('input[name=state]') as HTMLInputElement).value.trim()),
  );
  return el(
    'div',
    { class: 'stack' },
    el('h1', {}, t('admin.title')),
    section(
      t('admin.actors'),
      table(
        t('admin.actors'),
        ['Id', 'Name', 'Organisation', 'Roles'],
        actors.map((a) => [a.id, a.name, `${a.organisation} (${a.state})`, a.roles.join(', ')]),
      ),
    ),
    section(
      t('admin.register'),
      signedForm(s, 'actor-register', ActorRegistered, 'actor.registered', {}, [], rerender),
    ),
    el('div', { class: 'grid-2' }, section(t('admin.rotate'), rotate), section(t('admin.revoke'), revoke)),
    section(t('admin.designate'), designate),
    el(
      'div',
      { class: 'grid-2' },
      section(t('admin.health'), el('pre', { class: 'hash' }, health)),
      section(
        t('admin.checkpoint'),
        el('pre', { class: 'hash' }, checkpoint),
        el('p', { class: 'help' }, t('log.key'), ': ', el('code', { class: 'hash' }, s.logKey)),
      ),
    ),
  );
}

/** A state's first designation names no `prev`; each later one names the state's latest entry. */
async function designationPrev(s: ConsoleSession, state: string): Promise<Record<string, unknown>> {
  try {
    const found = await s.get<{ head: { leafHash: string } }>(
      `/v1/designations/${encodeURIComponent(state)}`,
    );
    return { prev: found.head.leafHash };
  } catch (e) {
    if (e instanceof ServiceError && e.problem.status === 404) return {};
    throw e;
  }
}
