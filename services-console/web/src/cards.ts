// DSC+ cards: the inventory with filters, the PSKC import (report first, then store), assign, block, replace, return.
import { ApiError } from './api';
import { alertBox, confirmAction, h, replace, table } from './dom';
import { dateTime, t } from './i18n';
import { attempt, button, Ctx } from './ui';
import { assignBySerial } from './people';

const STATES = ['stock', 'assigned', 'active', 'blocked', 'returned'];

export function stateLabel(state: string): string {
  const key = ('state_' + state) as any;
  const text = t(key);
  return text === key ? state : text;
}

export function cardsView(ctx: Ctx): HTMLElement {
  const list = h('div', { id: 'sls-inventory' });
  const result = h('div', { id: 'sls-inventory-result' });
  const state = h('select', { id: 'sls-filter-state' },
    h('option', { value: '' }, t('allStates')), ...STATES.map((s) => h('option', { value: s }, stateLabel(s)))) as HTMLSelectElement;
  const serial = h('input', { type: 'search', id: 'sls-filter-serial', maxlength: 32, inputmode: 'numeric', placeholder: t('colSerial') }) as HTMLInputElement;
  const load = async () => {
    const query = new URLSearchParams({ max: '100' });
    if (state.value) query.set('state', state.value);
    if (serial.value.trim()) query.set('serial', serial.value.trim());
    await attempt(list, async () => {
      const page = await ctx.api('GET', 'dscplus/cards?' + query);
      replace(list, h('p', { class: 'sls-muted', id: 'sls-inventory-total' }, t('cardsTotal', page.total)),
        page.cards.length ? table('sls-cards', [t('colSerial'), t('colState'), t('colPerson'), t('colValidUntil'), t('colUpdated'), ''],
          page.cards.map((c: any) => [h('span', { class: 'sls-serial' }, c.serial), stateLabel(c.state),
            c.userId ? button(t('open'), () => ctx.openPerson(c.userId), 'sls-link') : '—',
            dateTime(c.validUntil), dateTime(c.updatedAt), cardActions(ctx, c, result, load)]))
          : h('p', {}, t('noCards')));
    });
  };
  const filters = h('form', { class: 'sls-inline sls-filters', id: 'sls-inventory-filters',
    onsubmit: (e: Event) => { e.preventDefault(); void load(); } },
  h('label', { for: 'sls-filter-state' }, t('colState')), state, serial,
  h('button', { type: 'submit', class: 'sls-button sls-secondary', id: 'sls-filter' }, t('filter')));
  state.addEventListener('change', () => void load());
  void load();
  return h('div', {},
    h('section', { class: 'sls-panel' }, h('h2', {}, t('inventoryTitle')), filters, result, list),
    importPanel(ctx, load));
}

/** The actions a card's state allows; each asks first where it cannot be undone. */
export function cardActions(ctx: Ctx, card: any, result: HTMLElement, reload: () => Promise<void>): HTMLElement {
  const path = 'dscplus/cards/' + encodeURIComponent(card.id);
  const act = (what: () => Promise<void>) => void attempt(result, async () => {
    await what();
    replace(result);
    await reload();
  });
  const withReason = (action: string, question: string, label: string) => act(async () => {
    const reason = await confirmAction(question, label, { label: t('reason'), required: false });
    if (reason === null) return;
    await ctx.api('POST', `${path}/${action}`, reason ? { reason } : {});
  });
  const actions = h('div', { class: 'sls-row-actions', 'data-serial': card.serial });
  if (card.state === 'stock') {
    actions.append(button(t('assign'), () => act(async () => {
      const username = await confirmAction(t('assignConfirm', card.serial), t('assign'), { label: t('assignTo'), required: true });
      if (username === null) return;
      await ctx.api('POST', `${path}/assign`, { username });
    }), 'sls-secondary sls-card-assign'));
  }
  if (card.state === 'assigned' || card.state === 'active') {
    actions.append(button(t('block'), () => withReason('block', t('blockConfirm', card.serial), t('block')), 'sls-danger sls-card-block'));
  }
  if ((card.state === 'active' || card.state === 'blocked' || card.state === 'assigned') && card.userId) {
    actions.append(button(t('replace'), () => act(async () => {
      const serial = await confirmAction(t('replaceConfirm', card.serial), t('replace'), { label: t('replaceSerial'), required: true });
      if (serial === null) return;
      if (card.state !== 'blocked') await ctx.api('POST', `${path}/block`, { reason: t('replacedReason') });
      await assignBySerial(ctx, serial, card.userId);
    }), 'sls-secondary sls-card-replace'));
  }
  if (card.state !== 'returned') {
    actions.append(button(t('takeBack'), () => withReason('return', t('returnConfirm', card.serial), t('takeBack')), 'sls-secondary sls-card-return'));
  }
  return actions;
}

function importPanel(ctx: Ctx, reload: () => Promise<void>): HTMLElement {
  const file = h('input', { type: 'file', id: 'sls-pskc-file', accept: '.xml,.pskc,application/xml,text/xml' }) as HTMLInputElement;
  const keyKind = h('select', { id: 'sls-pskc-key-kind' },
    h('option', { value: '' }, t('keyNone')), h('option', { value: 'preSharedKey' }, t('keyPsk')),
    h('option', { value: 'password' }, t('keyPassword'))) as HTMLSelectElement;
  const key = h('input', { type: 'password', id: 'sls-pskc-key', autocomplete: 'off', maxlength: 200 }) as HTMLInputElement;
  const report = h('div', { id: 'sls-import-report' });
  const body = async (dryRun: boolean) => {
    const chosen = file.files?.[0];
    if (!chosen) throw new ApiError(400, 'invalid_request', t('fileRequired'), null);
    if (chosen.size > 2 * 1024 * 1024) throw new ApiError(400, 'invalid_request', t('fileTooLarge'), null);
    const request: Record<string, unknown> = { pskc: await chosen.text(), dryRun };
    if (keyKind.value && key.value) request[keyKind.value] = key.value;
    return request;
  };
  const check = () => void attempt(report, async () => {
    let preview;
    try {
      preview = await ctx.api('POST', 'dscplus/imports', await body(true));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'pskc_rejected') {
        replace(report, problems(error.body));
        return;
      }
      throw error;
    }
    replace(report, reportTable(preview, t('previewTitle', preview.cards.length)),
      button(t('importNow', preview.cards.length), () => void attempt(report, async () => {
        if (await confirmAction(t('importConfirm', preview.cards.length), t('importNow', preview.cards.length)) === null) return;
        const stored = await ctx.api('POST', 'dscplus/imports', await body(false));
        replace(report, reportTable(stored, t('importedTitle', stored.imported)));
        await reload();
      }), 'sls-primary', 'sls-import-confirm'));
  });
  return h('section', { class: 'sls-panel', id: 'sls-import' }, h('h2', {}, t('importTitle')),
    h('p', { class: 'sls-hint' }, t('importHint')),
    h('div', { class: 'sls-field' }, h('label', { for: 'sls-pskc-file' }, t('pskcFile')), file),
    h('div', { class: 'sls-field' }, h('label', { for: 'sls-pskc-key-kind' }, t('keyKind')), keyKind),
    h('div', { class: 'sls-field' }, h('label', { for: 'sls-pskc-key' }, t('keyValue')), key),
    button(t('checkFile'), check, 'sls-secondary', 'sls-import-check'), report);
}

function reportTable(report: any, title: string): HTMLElement {
  return h('div', { class: 'sls-report' }, alertBox('success', title, ...(report.warnings ?? [])),
    table('sls-report-cards', [t('colSerial'), t('colKeyId'), t('colManufacturer'), t('colValidUntil')],
      report.cards.map((c: any) => [h('span', { class: 'sls-serial' }, c.serial), c.keyId ?? '—', c.manufacturer ?? '—', dateTime(c.validUntil)])));
}

function problems(report: any): HTMLElement {
  return h('div', { class: 'sls-report' }, alertBox('danger', t('rejectedTitle'), report.message ?? ''),
    table('sls-report-problems', [t('colKeyPackage'), t('colSerial'), t('colProblem')],
      (report.problems ?? []).map((p: any) => [String(p.keyPackage), p.serial ?? '—', p.problem])));
}
