// Withdrawals: the realm's limits (edited by manage-realm, every problem listed by the server).
import { ApiError } from './api';
import { alertBox, confirmAction, h, replace, table } from './dom';
import { t } from './i18n';
import { attempt, button, Ctx } from './ui';

const PREFIX = 'sls.withdrawal.';

export function withdrawalView(ctx: Ctx): HTMLElement {
  const where = h('div', { id: 'sls-withdrawal-settings' });
  const load = () => attempt(where, async () => {
    const view = await ctx.api('GET', 'withdrawal/settings');
    const rows = h('tbody', {});
    const addRow = (name: string, value: string) => {
      const nameInput = h('input', { type: 'text', class: 'sls-attr-name', value: name, maxlength: 100, disabled: !ctx.roles.manageRealm, 'aria-label': t('colSetting') }) as HTMLInputElement;
      const valueInput = h('input', { type: 'text', class: 'sls-attr-value', value, maxlength: 2000, disabled: !ctx.roles.manageRealm, 'aria-label': t('colValue') }) as HTMLInputElement;
      const row = h('tr', {}, h('td', { 'data-label': t('colSetting') }, nameInput), h('td', { 'data-label': t('colValue') }, valueInput));
      if (ctx.roles.manageRealm) row.append(h('td', {}, button(t('remove'), () => row.remove(), 'sls-link')));
      rows.append(row);
    };
    Object.entries(view.attributes ?? {}).forEach(([k, v]) => addRow(k, String(v)));
    const result = h('div', { id: 'sls-withdrawal-result' });
    const save = () => void attempt(result, async () => {
      const attributes: Record<string, string> = {};
      rows.querySelectorAll('tr').forEach((tr) => {
        const name = (tr.querySelector('.sls-attr-name') as HTMLInputElement).value.trim();
        const value = (tr.querySelector('.sls-attr-value') as HTMLInputElement).value.trim();
        if (name) attributes[name.startsWith(PREFIX) ? name : PREFIX + name] = value;
      });
      if (await confirmAction(t('settingsConfirm'), t('save')) === null) return;
      try {
        await ctx.api('PUT', 'withdrawal/settings', { attributes });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'settings_invalid') {
          replace(result, alertBox('danger', t('settingsInvalid'), h('ul', {}, ...(error.body.problems ?? []).map((p: unknown) => h('li', {}, typeof p === 'string' ? p : JSON.stringify(p))))));
          return;
        }
        throw error;
      }
      await load();
      where.prepend(alertBox('success', t('saved')));
    });
    replace(where,
      view.problems?.length ? alertBox('warning', t('settingsProblems'), h('ul', {}, ...view.problems.map((p: unknown) => h('li', {}, typeof p === 'string' ? p : JSON.stringify(p))))) : null,
      h('p', {}, t('settingsSummary', view.currency ?? '—', view.timeZone ?? '—', view.retentionDays ?? '—')),
      view.limits ? table('sls-limits', [t('colSetting'), t('colValue')], Object.entries(view.limits).map(([k, v]) => [k, readable(v)])) : null,
      h('h3', {}, t('settingsStored')),
      Object.keys(view.attributes ?? {}).length || ctx.roles.manageRealm ? null : h('p', { id: 'sls-settings-none' }, t('settingsNone')),
      h('table', { class: 'sls-table sls-attributes' }, rows),
      ctx.roles.manageRealm
        ? h('div', { class: 'sls-actions' }, button(t('addSetting'), () => addRow(PREFIX, ''), 'sls-secondary'),
          button(t('save'), save, 'sls-primary', 'sls-withdrawal-save'))
        : h('p', { class: 'sls-hint' }, t('settingsReadOnly')),
      result);
  });
  void load();
  return h('section', { class: 'sls-panel' }, h('h2', {}, t('withdrawalTitle')), where,
    h('p', { class: 'sls-hint' }, t('withdrawalPersonHint')));
}

/** A limit as people read it: "day: 200000 · fiveDays: 600000". */
function readable(value: unknown): string {
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${v}`).join(' · ');
  }
  return String(value);
}
