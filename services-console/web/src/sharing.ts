// The compliance queue: pending device-sharing requests, approved or rejected with a reason.
import { confirmAction, h, replace, table } from './dom';
import { dateTime, t } from './i18n';
import { attempt, button, Ctx } from './ui';
import { deviceName } from './people';

export function sharingView(ctx: Ctx): HTMLElement {
  const list = h('div', { id: 'sls-sharing-list' });
  const result = h('div', { id: 'sls-sharing-result' });
  const load = async (): Promise<void> => attempt(list, async () => {
    const page = await ctx.api('GET', 'sharing/requests?state=pending&max=100');
    replace(list, page.requests.length
      ? table('sls-sharing', [t('colRequester'), t('colOwner'), t('colDevice'), t('colRequested'), ''],
        page.requests.map((r: any) => [h('span', { class: 'sls-strong' }, r.requesterUsername), r.ownerUsername,
          deviceName(r.deviceType), dateTime(r.requestedAt), actions(r)]))
      : h('p', { id: 'sls-sharing-empty' }, t('sharingEmpty')));
  });
  const actions = (r: any) => {
    const path = 'sharing/requests/' + encodeURIComponent(r.requesterId);
    return h('div', { class: 'sls-row-actions', 'data-requester': r.requesterUsername },
      button(t('approve'), () => void attempt(result, async () => {
        if (await confirmAction(t('approveConfirm', r.requesterUsername, r.ownerUsername), t('approve')) === null) return;
        await ctx.api('POST', path + '/approve');
        replace(result);
        await load();
      }), 'sls-primary sls-share-approve'),
      button(t('reject'), () => void attempt(result, async () => {
        const reason = await confirmAction(t('rejectConfirm', r.requesterUsername), t('reject'), { label: t('reason'), required: true });
        if (reason === null) return;
        await ctx.api('POST', path + '/reject', { reason });
        replace(result);
        await load();
      }), 'sls-danger sls-share-reject'));
  };
  void load();
  return h('section', { class: 'sls-panel' }, h('h2', {}, t('sharingTitle')), h('p', { class: 'sls-hint' }, t('sharingHint')), result, list);
}
