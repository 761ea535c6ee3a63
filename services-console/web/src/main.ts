// The Client Services console: logs in through the realm (code + PKCE), then shows each role what it may do.
import Keycloak from 'keycloak-js';
import { createApi } from './api';
import { alertBox, h, replace } from './dom';
import { language, pickLanguage, setLanguage, t } from './i18n';
import { Ctx, refusal, rolesOf } from './ui';
import { peopleView } from './people';
import { cardsView } from './cards';
import { sharingView } from './sharing';
import { withdrawalView } from './withdrawal';

const CLIENT_ID = 'sls-console';
const app = document.getElementById('app') as HTMLElement;

function where(): { server: string; realm: string } {
  const match = location.pathname.match(/^(.*)\/realms\/([^/]+)\/sls-console\//);
  if (!match) throw new Error('The console is served at /realms/{realm}/sls-console/.');
  return { server: location.origin + match[1], realm: decodeURIComponent(match[2]) };
}

async function start(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('lang');
  setLanguage(pickLanguage([asked, ...navigator.languages]));
  const { server, realm } = where();
  const kc = new Keycloak({ url: server, realm, clientId: CLIENT_ID });
  try {
    await kc.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, locale: language() });
  } catch (error) {
    replace(app, alertBox('danger', t('loginFailed'), String((error as Error)?.message ?? error)));
    return;
  }
  setLanguage(pickLanguage([asked, (kc.idTokenParsed as any)?.locale, ...navigator.languages]));
  document.title = t('title');
  let expired = false;
  const api = createApi(kc, `${server}/admin/realms/${encodeURIComponent(realm)}/sls/`, () => {
    if (expired) return;
    expired = true;
    sessionEnded(kc);
  });
  const roles = rolesOf(kc.tokenParsed);
  const user = (kc.tokenParsed as any)?.preferred_username ?? '';
  const header = h('header', { class: 'sls-header' },
    h('h1', {}, t('title')),
    h('span', { class: 'sls-realm' }, t('realmLabel', realm)),
    h('span', { class: 'sls-user', id: 'sls-user' }, user),
    h('button', { type: 'button', class: 'sls-button sls-link', id: 'sls-logout', onclick: () => kc.logout() }, t('logout')));
  if (!roles.helpdesk && !roles.compliance) {
    await noAccess(header, api);
    return;
  }
  const ctx: Ctx = { api, roles, openPerson: (u) => show('people', u) };
  const tabs: { id: string; label: string; view: (c: Ctx, arg?: string) => HTMLElement }[] = [];
  if (roles.helpdesk) {
    tabs.push({ id: 'people', label: t('tabPeople'), view: peopleView });
    tabs.push({ id: 'cards', label: t('tabCards'), view: cardsView });
  }
  if (roles.compliance) tabs.push({ id: 'sharing', label: t('tabSharing'), view: sharingView });
  if (roles.helpdesk) tabs.push({ id: 'withdrawal', label: t('tabWithdrawal'), view: withdrawalView });
  const nav = h('nav', { class: 'sls-tabs', 'aria-label': t('title') });
  const main = h('main', { class: 'sls-main', id: 'sls-main' });
  function show(id: string, arg?: string): void {
    const tab = tabs.find((x) => x.id === id) ?? tabs[0];
    replace(nav, ...tabs.map((x) => h('button', {
      type: 'button', class: 'sls-tab' + (x === tab ? ' sls-tab-current' : ''), id: 'sls-tab-' + x.id,
      'aria-current': x === tab ? 'page' : undefined, onclick: () => show(x.id),
    }, x.label)));
    replace(main, tab.view(ctx, arg));
  }
  replace(app, header, nav, main);
  show(location.hash.replace('#', ''));
}

/** No console role: the page says so, and shows that the server refuses too (it decides, the page only hides). */
async function noAccess(header: HTMLElement, api: ReturnType<typeof createApi>): Promise<void> {
  const server = h('div', { id: 'sls-server-answer' });
  replace(app, header, h('main', { class: 'sls-main', id: 'sls-no-access' },
    alertBox('danger', t('noAccessTitle'), t('noAccessText'), t('noAccessAsk')), server));
  try {
    await api('GET', 'users?search=a&max=1');
    replace(server, alertBox('warning', t('noAccessButServerAllows')));
  } catch (error) {
    replace(server, refusal(error));
  }
}

function sessionEnded(kc: Keycloak): void {
  const dialog = h('dialog', { class: 'sls-dialog', id: 'sls-session-ended' }) as HTMLDialogElement;
  replace(dialog,
    h('p', { class: 'sls-dialog-question' }, t('sessionExpired')),
    h('p', {}, t('sessionExpiredText')),
    h('div', { class: 'sls-actions' },
      h('button', { type: 'button', class: 'sls-button sls-primary', id: 'sls-login-again', onclick: () => kc.login({ locale: language() }) },
        t('loginAgain'))));
  document.body.append(dialog);
  dialog.showModal();
}

start().catch((error) => replace(app, alertBox('danger', t('loginFailed'), String(error?.message ?? error))));
