/**
 * The sign-in view: keys kept in this browser, importing the CLI's PKCS#8 file, or generating
 * a key here and showing the actor id and public key to give an administrator.
 * @module
 */
import { el } from '../verify-page/dom.ts';
import {
  forgetKey,
  generateKey,
  importPkcs8,
  type KeyEngine,
  listKeys,
  type StoredKey,
  saveKey,
} from './key-store.ts';
import { t } from './messages.ts';
import { refusal, section } from './ui.ts';

export interface SignInDeps {
  readonly engine: KeyEngine;
  readonly signIn: (key: StoredKey) => Promise<void>;
}

export async function renderSignIn(deps: SignInDeps): Promise<HTMLElement> {
  const out = el('div', { class: 'stack' });
  const problem = el('div', { 'aria-live': 'assertive' });
  const keys = await listKeys();
  const tryKey = async (key: StoredKey) => {
    problem.replaceChildren();
    try {
      await deps.signIn(key);
    } catch (e) {
      problem.replaceChildren(refusal(e));
    }
  };
  const stored = keys.length
    ? el('ul', { class: 'key-list' }, ...keys.map((k) => storedKeyRow(k, tryKey)))
    : el('p', {}, t('signin.none'));
  out.append(
    el('h1', {}, t('signin.title')),
    el('p', { class: 'lede' }, t('signin.lede')),
    el(
      'p',
      { class: 'engine', id: 'key-engine' },
      t(deps.engine === 'WebCrypto' ? 'signin.engine.webcrypto' : 'signin.engine.noble'),
    ),
    problem,
    section(t('signin.stored'), stored),
    newKeyForm(deps, problem, tryKey),
  );
  return out;
}

function storedKeyRow(k: StoredKey, use: (k: StoredKey) => Promise<void>): HTMLElement {
  const forget = el('button', { type: 'button', class: 'quiet' }, t('signin.forget'));
  forget.addEventListener('click', async () => {
    await forgetKey(k.actor);
    location.reload();
  });
  const go = el('button', { type: 'button', class: 'primary' }, t('signin.use', { actor: k.actor }));
  go.addEventListener('click', () => void use(k));
  return el('li', {}, go, ' ', el('code', { class: 'hash' }, k.publicKey), ' ', forget);
}

function newKeyForm(
  deps: SignInDeps,
  problem: HTMLElement,
  use: (k: StoredKey) => Promise<void>,
): HTMLElement {
  const actor = el('input', {
    id: 'signin-actor',
    type: 'text',
    autocomplete: 'username',
    'aria-describedby': 'signin-actor-help',
    spellcheck: 'false',
  });
  const file = el('input', { id: 'signin-file', type: 'file', accept: '.pem,.key,application/x-pem-file' });
  const generate = el('button', { type: 'button', id: 'signin-generate' }, t('signin.generate'));
  const made = el('div', { id: 'signin-made', 'aria-live': 'polite' });
  const needActor = (): string | undefined => {
    const id = actor.value.trim();
    if (id) return id;
    actor.setAttribute('aria-invalid', 'true');
    actor.focus();
    return undefined;
  };
  file.addEventListener('change', async () => {
    const id = needActor();
    const chosen = file.files?.[0];
    if (!id || !chosen) return;
    try {
      const key = await importPkcs8(id, await chosen.text(), deps.engine);
      await saveKey(key);
      await use(key);
    } catch (e) {
      problem.replaceChildren(refusal(e));
    }
  });
  generate.addEventListener('click', async () => {
    const id = needActor();
    if (!id) return;
    const key = await generateKey(id, deps.engine);
    await saveKey(key);
    const signInNow = el('button', { type: 'button', class: 'primary' }, t('signin.use', { actor: id }));
    signInNow.addEventListener('click', () => void use(key));
    made.replaceChildren(
      el('p', {}, t('signin.give')),
      el(
        'dl',
        { class: 'facts' },
        el('dt', {}, t('field.actor')),
        el('dd', {}, el('code', {}, id)),
        el('dt', {}, t('field.publicKey')),
        el('dd', {}, el('code', { class: 'hash', id: 'signin-public-key' }, key.publicKey)),
      ),
      signInNow,
    );
  });
  return section(
    t('signin.new'),
    el('label', { for: 'signin-actor' }, t('signin.actor')),
    actor,
    el('p', { class: 'help', id: 'signin-actor-help' }, t('signin.actor.help')),
    el('label', { for: 'signin-file' }, t('signin.import')),
    file,
    el('p', {}, generate),
    made,
  );
}
