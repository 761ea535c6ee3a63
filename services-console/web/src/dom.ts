// A few DOM helpers: every text goes in as text (never as HTML), so nothing the API returns can run as script.
import { t } from './i18n';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | boolean | number | ((e: Event) => void) | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: HTMLElement, children: Child[]): HTMLElement {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el: HTMLElement, ...children: Child[]): HTMLElement {
  el.replaceChildren();
  return append(el, children);
}

/** A table with a header row; on a phone each row becomes a card labelled by its column names (see CSS). */
export function table(cls: string, columns: string[], rows: Child[][]): HTMLElement {
  return h('table', { class: 'sls-table ' + cls },
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell, i) => h('td', { 'data-label': columns[i] }, cell))))));
}

export function alertBox(kind: 'danger' | 'success' | 'info' | 'warning', title: string, ...body: Child[]): HTMLElement {
  return h('div', { class: 'sls-alert sls-alert-' + kind, role: kind === 'danger' ? 'alert' : 'status' },
    h('strong', {}, title), ...body.map((b) => (b instanceof Node ? b : h('p', {}, b))));
}

/**
 * Asks before an action: a modal with the question, an optional reason field, and the action's own button.
 * Resolves to the reason ('' without one) when confirmed, null when cancelled.
 */
export function confirmAction(question: string, confirmLabel: string,
  reason?: { label: string; required: boolean }): Promise<string | null> {
  return new Promise((resolve) => {
    const field = reason ? h('textarea', { id: 'sls-confirm-reason', rows: 3, maxlength: 500 }) as HTMLTextAreaElement : null;
    const error = h('p', { class: 'sls-field-error', hidden: true }, t('reasonRequired'));
    const dialog = h('dialog', { class: 'sls-dialog', id: 'sls-confirm' }) as HTMLDialogElement;
    const close = (value: string | null) => { dialog.close(); dialog.remove(); resolve(value); };
    append(dialog, [
      h('p', { class: 'sls-dialog-question' }, question),
      field && h('label', { for: 'sls-confirm-reason' }, reason!.label),
      field, field && error,
      h('div', { class: 'sls-actions' },
        h('button', { type: 'button', class: 'sls-button sls-secondary', id: 'sls-confirm-cancel', onclick: () => close(null) }, t('cancel')),
        h('button', {
          type: 'button', class: 'sls-button sls-danger', id: 'sls-confirm-ok',
          onclick: () => {
            const text = field ? field.value.trim() : '';
            if (reason?.required && !text) { error.hidden = false; return; }
            close(text);
          },
        }, confirmLabel)),
    ]);
    dialog.addEventListener('cancel', () => close(null));
    document.body.append(dialog);
    dialog.showModal();
  });
}
