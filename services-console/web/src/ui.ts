// What every view shares: who the caller is, the API, and how refusals are shown.
import { Api, ApiError } from './api';
import { alertBox, h } from './dom';
import { t } from './i18n';

export interface Roles {
  helpdesk: boolean;
  compliance: boolean;
  manageRealm: boolean;
}

export interface Ctx {
  api: Api;
  roles: Roles;
  openPerson: (user: string) => void;
}

/** Roles as the token states them; the page only hides what the server would refuse anyway. */
export function rolesOf(token: any): Roles {
  const realmRoles: string[] = token?.realm_access?.roles ?? [];
  const management: string[] = token?.resource_access?.['realm-management']?.roles ?? [];
  const admin = management.includes('realm-admin');
  const manageUsers = admin || management.includes('manage-users');
  return {
    helpdesk: manageUsers || realmRoles.includes('sls-helpdesk'),
    compliance: manageUsers || realmRoles.includes('sls-compliance'),
    manageRealm: admin || management.includes('manage-realm'),
  };
}

/** The server's own words when it refuses, with its error code. */
export function refusal(error: unknown): HTMLElement {
  if (error instanceof ApiError) {
    if (error.code === 'session_expired') return alertBox('warning', t('sessionExpired'));
    const title = error.status === 403 ? t('refusedForbidden') : t('refused');
    return alertBox('danger', title, h('p', { class: 'sls-server-message' }, error.message),
      h('p', { class: 'sls-error-code' }, t('errorCode', error.code)));
  }
  return alertBox('danger', t('refused'), String((error as Error)?.message ?? error));
}

export function button(label: string, onclick: () => void, kind = 'sls-primary', id?: string): HTMLElement {
  return h("button", { type: "button", class: "sls-button " + kind, onclick, id }, label);
}

/** Runs {@code action}; a refusal is shown in {@code where} (replacing what it held). */
export async function attempt(where: HTMLElement, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    where.replaceChildren(refusal(error));
  }
}
