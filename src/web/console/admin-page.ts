/**
 * Administration: the directory of actors, registering one (roles and state), rotating and
 * revoking keys, and the log's health and latest checkpoint. The console offers these forms to
 * administrators only, but it is the service that decides: a refused entry shows its rule.
 * @module
 */
import { ActorRegistered, KeyRevoked, KeyRotated } from '../../core/ledger/actor-payloads.ts';
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
