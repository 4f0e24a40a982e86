/**
 * The console's script (/console/app.js): finds which signer this browser offers, signs the
 * officer in with a key kept here, and routes between views by the URL's fragment
 * (#/home, #/cases, #/case/<id>, #/item/<id>, #/register, #/search, #/admin). Every view reads
 * through the shared client, so the console sees exactly what the officer may read in the API.
 * @module
 */
import { byId, el } from '../verify-page/dom.ts';
import { renderAdmin } from './admin-page.ts';
import { renderCase, renderCases } from './case-pages.ts';
import { renderHome } from './home.ts';
import { renderItem } from './item-page.ts';
import { type KeyEngine, loadKey, type StoredKey, webCryptoSignsEd25519 } from './key-store.ts';
import { t } from './messages.ts';
import { renderRegister } from './register-page.ts';
import { renderSearch } from './search-page.ts';
import { ConsoleSession } from './session.ts';
import { renderSignIn } from './sign-in.ts';
import { refusal, useStatus } from './ui.ts';

const main = byId('main', HTMLElement);
const nav = byId('nav', HTMLElement);
const who = byId('who', HTMLElement);
useStatus(byId('status', HTMLElement));

let session: ConsoleSession | undefined;
let engine: KeyEngine = 'WebCrypto';
let renders = 0;

const go = (hash: string) => {
  if (location.hash === hash) void route();
  else location.hash = hash;
};

async function signIn(key: StoredKey): Promise<void> {
  session = await ConsoleSession.signIn(key);
  sessionStorage.setItem('custos-console.actor', key.actor);
  showNav(session);
  go(location.hash && location.hash !== '#/signin' ? location.hash : '#/home');
  if (location.hash === '#/home') void route();
}

function showNav(s: ConsoleSession): void {
  const links: [string, string][] = [
    ['#/home', t('nav.home')],
    ['#/cases', t('nav.cases')],
    ['#/register', t('nav.register')],
    ['#/search', t('nav.search')],
    ...(s.is('administrator') ? ([['#/admin', t('nav.admin')]] as [string, string][]) : []),
  ];
  nav.replaceChildren(...links.map(([href, label]) => el('a', { href }, label)));
  // Following the link of the page one is on reloads it: the officer expects fresh news.
  nav.addEventListener('click', (e) => {
    if (e.target instanceof HTMLAnchorElement && e.target.getAttribute('href') === location.hash)
      void route();
  });
  nav.hidden = false;
  const out = el('button', { type: 'button', class: 'quiet signout' }, t('nav.signout'));
  out.addEventListener('click', () => {
    sessionStorage.removeItem('custos-console.actor');
    session = undefined;
    location.hash = '#/signin';
    location.reload();
  });
  who.replaceChildren(`${s.me.name} · `, el('code', {}, s.actor), ` · ${s.me.roles.join(', ')} `, out);
}

async function view(s: ConsoleSession, hash: string): Promise<HTMLElement> {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  const rerender = () => void route();
  switch (page) {
    case 'cases':
      return renderCases(s, go);
    case 'case':
      return renderCase(s, arg, rerender);
    case 'item':
      return renderItem(s, arg, rerender);
    case 'register':
      return renderRegister(s, new URLSearchParams(query).get('case') ?? undefined, (id) =>
        go(`#/item/${encodeURIComponent(id)}`),
      );
    case 'search':
      return renderSearch(s);
    case 'admin':
      return renderAdmin(s, rerender);
    default:
      return renderHome(s);
  }
}

async function route(): Promise<void> {
  const run = ++renders;
  let node: HTMLElement;
  try {
    node = session ? await view(session, location.hash) : await renderSignIn({ engine, signIn });
  } catch (e) {
    node = el('div', {}, refusal(e));
  }
  if (run !== renders) return;
  main.replaceChildren(node);
  for (const a of nav.querySelectorAll('a'))
    if (location.hash.startsWith(a.getAttribute('href')!.replace(/s$/, '')))
      a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  document.title = `${main.querySelector('h1')?.textContent ?? ''} — ${t('app.title')}`;
}

window.addEventListener('hashchange', () => {
  void route().then(() => main.focus());
});

async function boot(): Promise<void> {
  engine = (await webCryptoSignsEd25519()) ? 'WebCrypto' : 'noble';
  document.documentElement.dataset.keyEngine = engine;
  // A reload in the same tab signs the same officer in again: the key is here, a token is not kept.
  const actor = sessionStorage.getItem('custos-console.actor');
  if (actor) {
    const key = await loadKey(actor);
    if (key) {
      try {
        await signIn(key);
        return;
      } catch {
        // fall through to the sign-in page
      }
    }
  }
  await route();
}

void boot();
