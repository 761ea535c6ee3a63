// Find a person (username, email, name, DSC+ card serial) and act on their access.
import { ApiError } from './api';
import { alertBox, confirmAction, h, replace, table } from './dom';
import { dateTime, t } from './i18n';
import { attempt, button, Ctx, refusal } from './ui';
import { cardActions, stateLabel } from './cards';

interface Person {
  id: string; username: string; firstName?: string; lastName?: string; email?: string; enabled: boolean;
  devices: { type: string; state: string }[]; pendingActions: string[];
  /** Masked, never in full. */
  phone?: string;
  optOut?: { optedOut: boolean; inEffect: boolean; since?: number };
}

/** What may be a DSC+ serial (letters and digits, at least one digit): the search asks the inventory too. */
const SERIAL = /^(?=.*[0-9])[A-Za-z0-9 -]{3,32}$/;

export function peopleView(ctx: Ctx, openId?: string): HTMLElement {
  const results = h('div', { id: 'sls-people-results' });
  const detail = h('div', { id: 'sls-person' });
  const input = h('input', { type: 'search', id: 'sls-people-q', name: 'q', maxlength: 100, required: true,
    autocomplete: 'off', placeholder: t('searchPlaceholder') }) as HTMLInputElement;
  const open = (person: Person | string) => {
    replace(results);
    replace(detail, personView(ctx, person, () => replace(detail)));
  };
  const form = h('form', { class: 'sls-search', id: 'sls-people-search', role: 'search',
    onsubmit: (e: Event) => { e.preventDefault(); void search(ctx, input.value.trim(), results, open); } },
  h('label', { for: 'sls-people-q' }, t('searchLabel')),
  h('div', { class: 'sls-inline' }, input, h('button', { type: 'submit', class: 'sls-button sls-primary', id: 'sls-people-find' }, t('find'))),
  h('p', { class: 'sls-hint' }, t('searchHint')),
  h('p', { class: 'sls-hint' }, t('searchHintPhone')));
  if (openId) open(openId);
  return h('section', { class: 'sls-panel' }, h('h2', {}, t('tabPeople')), form, results, detail);
}

async function search(ctx: Ctx, q: string, results: HTMLElement, open: (p: Person | string) => void): Promise<void> {
  if (!q) return;
  replace(results, h('p', { class: 'sls-loading' }, t('loading')));
  await attempt(results, async () => {
    const page = await ctx.api<{ users: Person[] }>('GET', 'users?max=20&search=' + encodeURIComponent(q));
    const byCard = SERIAL.test(q)
      ? (await ctx.api<{ cards: any[] }>('GET', 'dscplus/cards?max=20&serial=' + encodeURIComponent(q))).cards.filter((c) => c.userId)
      : [];
    if (page.users.length === 0 && byCard.length === 0) {
      replace(results, alertBox('info', t('noneFound', q)));
      return;
    }
    const rows = page.users.map((p) => [
      h('span', { class: 'sls-strong' }, p.username),
      [p.firstName, p.lastName].filter(Boolean).join(' ') || '—',
      p.email ?? '—',
      h('span', { class: 'sls-person-phone' }, p.phone ?? '—'),
      devicesText(p.devices),
      button(t('open'), () => open(p), 'sls-secondary sls-open-person'),
    ]);
    const cardRows = byCard.map((c) => [
      t('cardHolder', c.serial), '—', '—', '—', stateLabel(c.state),
      button(t('open'), () => open(c.userId), 'sls-secondary sls-open-person'),
    ]);
    replace(results, table('sls-people', [t('colUsername'), t('colName'), t('colEmail'), t('colPhone'), t('colDevices'), ''],
      [...rows, ...cardRows]));
  });
}

function optOutText(optOut: Person['optOut']): string {
  if (!optOut) return '—';
  if (!optOut.optedOut) return t('optOutNo');
  const since = optOut.since ? dateTime(new Date(optOut.since * 1000).toISOString()) : '—';
  return t(optOut.inEffect ? 'optOutInEffect' : 'optOutNotInEffect', since);
}

function devicesText(devices: { type: string; state: string }[]): string {
  if (!devices?.length) return t('noDevices');
  return devices.map((d) => t('deviceWithState', deviceName(d.type), stateLabel(d.state))).join(', ');
}

export function deviceName(type: string): string {
  const names: Record<string, string> = {
    'sls-ib-key': t('deviceIbKey'), 'sls-dsc-plus': t('deviceDscPlus'), 'sls-code-card': t('deviceCodeCard'),
    'sls-sms': t('deviceSms'), 'sls-temporary-access': t('deviceTemporary'), otp: t('deviceOtp'),
  };
  return names[type] ?? type;
}

function personView(ctx: Ctx, person: Person | string, close: () => void): HTMLElement {
  const id = typeof person === 'string' ? person : person.id;
  const name = typeof person === 'string' ? person : person.username;
  const root = h('article', { class: 'sls-person', 'data-user': id },
    h('div', { class: 'sls-person-head' },
      h('h3', { id: 'sls-person-name' }, name),
      button(t('back'), close, 'sls-link')));
  if (typeof person !== 'string') {
    root.append(h('p', { class: 'sls-muted' }, [[person.firstName, person.lastName].filter(Boolean).join(' '), person.email].filter(Boolean).join(' · ')),
      section(t('devices'), h('p', { id: 'sls-person-devices' }, devicesText(person.devices))),
      section(t('phoneTitle'), h('p', { id: 'sls-person-phone' }, person.phone ?? t('noPhone'))),
      section(t('optOutTitle'), h('p', { id: 'sls-person-optout' }, optOutText(person.optOut))));
    if (person.pendingActions?.length) {
      root.append(h('p', { class: 'sls-muted', id: 'sls-pending-actions' }, t('pendingActions', person.pendingActions.join(', '))));
    }
  }
  const temporary = h('div', { id: 'sls-temporary' });
  const delivery = h('div', { id: 'sls-delivery' });
  const cards = h('div', { id: 'sls-person-cards' });
  const history = h('div', { id: 'sls-history' });
  const withdrawals = h('div', { id: 'sls-person-withdrawals' });
  root.append(section(t('temporaryTitle'), temporary), section(t('deliveryTitle'), delivery),
    section(t('cardsOfPerson'), cards), section(t('historyTitle'), history));
  if (ctx.roles.compliance) {
    const sharing = h('div', { id: 'sls-person-sharing' });
    root.append(section(t('sharingOfPerson'), sharing));
    void loadSharing(ctx, id, sharing);
  }
  const events = h('div', { id: 'sls-events' });
  root.append(section(t('eventsTitle'), events), section(t('withdrawalsOfPerson'), withdrawals));
  void loadEvents(ctx, id, events);
  void loadTemporary(ctx, id, temporary);
  void loadDelivery(ctx, id, delivery);
  void loadCards(ctx, id, cards);
  void loadHistory(ctx, id, history);
  void loadWithdrawals(ctx, id, withdrawals);
  return root;
}

function section(title: string, body: HTMLElement): HTMLElement {
  return h('section', { class: 'sls-subpanel' }, h('h4', {}, title), body);
}

const user = (id: string) => 'users/' + encodeURIComponent(id);

async function loadTemporary(ctx: Ctx, id: string, where: HTMLElement, issued?: any): Promise<void> {
  const hours = h('input', { type: 'number', id: 'sls-temporary-hours', min: 1, max: 720, value: 24, inputmode: 'numeric' }) as HTMLInputElement;
  const result = h('div', { id: 'sls-temporary-result' });
  const issue = (kind: 'code' | 'grid') => attempt(result, async () => {
    const answer = await ctx.api('POST', 'temporary/' + user(id), { kind, validForHours: Number(hours.value) });
    await loadTemporary(ctx, id, where, answer);
  });
  const actions = h('div', { class: 'sls-actions' },
    h('label', { for: 'sls-temporary-hours' }, t('validForHours')), hours,
    button(t('issueCode'), () => void issue('code'), 'sls-primary', 'sls-issue-code'),
    button(t('issueGrid'), () => void issue('grid'), 'sls-secondary', 'sls-issue-grid'));
  let state: HTMLElement;
  try {
    const view = await ctx.api('GET', 'temporary/' + user(id));
    state = h('div', {},
      h('p', { id: 'sls-temporary-state' }, t(view.expired ? 'temporaryExpired' : 'temporaryActive',
        view.kind === 'grid' ? t('kindGrid') : t('kindCode'), dateTime(view.expiresAt), view.issuedBy ?? '—')),
      button(t('retire'), () => void attempt(result, async () => {
        if (await confirmAction(t('retireConfirm'), t('retire')) === null) return;
        await ctx.api('DELETE', 'temporary/' + user(id));
        await loadTemporary(ctx, id, where);
      }), 'sls-danger', 'sls-retire'));
  } catch (error) {
    state = error instanceof ApiError && error.code === 'no_temporary_access'
      ? h('p', { id: 'sls-temporary-state' }, t('temporaryNone')) : refusal(error);
  }
  replace(where, issued ? shownOnce(issued) : null, state, actions, result);
}

function shownOnce(issued: any): HTMLElement {
  const secret = issued.kind === 'grid'
    ? table('sls-grid', issued.grid.map((_: unknown, i: number) => String(i + 1)), [issued.grid.map((c: string) => h('code', {}, c))])
    : h('code', { class: 'sls-secret', id: 'sls-temporary-code' }, issued.code);
  return alertBox('warning', t('shownOnce'), secret, t('shownOnceText', dateTime(issued.expiresAt)));
}

async function loadDelivery(ctx: Ctx, id: string, where: HTMLElement): Promise<void> {
  const result = h('div', { id: 'sls-delivery-result' });
  let state: HTMLElement;
  try {
    const view = await ctx.api('GET', 'password-delivery/' + user(id));
    state = h('p', { id: 'sls-delivery-state', 'data-state': view.state },
      t('deliveryState', t(('delivery_' + view.state) as any), view.deviceName ?? '—', dateTime(view.createdAt), dateTime(view.expiresAt)));
  } catch (error) {
    state = error instanceof ApiError && error.code === 'no_password_delivery'
      ? h('p', { id: 'sls-delivery-state' }, t('deliveryNone')) : refusal(error);
  }
  replace(where, state, h('p', { class: 'sls-hint' }, t('deliveryHint')),
    button(t('deliver'), () => void attempt(result, async () => {
      if (await confirmAction(t('deliverConfirm'), t('deliver')) === null) return;
      await ctx.api('POST', 'password-delivery/' + user(id));
      await loadDelivery(ctx, id, where);
    }), 'sls-secondary', 'sls-deliver'), result);
}

async function loadCards(ctx: Ctx, id: string, where: HTMLElement): Promise<void> {
  const result = h('div', { id: 'sls-person-cards-result' });
  const serial = h('input', { type: 'text', id: 'sls-assign-serial', maxlength: 32, inputmode: 'numeric', autocomplete: 'off' }) as HTMLInputElement;
  const reload = () => loadCards(ctx, id, where);
  await attempt(where, async () => {
    const page = await ctx.api('GET', 'dscplus/cards?max=50&userId=' + encodeURIComponent(id));
    const rows = page.cards.map((c: any) => [h('span', { class: 'sls-serial' }, c.serial), stateLabel(c.state), dateTime(c.updatedAt),
      cardActions(ctx, c, result, reload)]);
    replace(where,
      rows.length ? table('sls-cards', [t('colSerial'), t('colState'), t('colUpdated'), ''], rows) : h('p', {}, t('noCards')),
      h('form', { class: 'sls-inline', id: 'sls-assign-form', onsubmit: (e: Event) => {
        e.preventDefault();
        void attempt(result, async () => {
          await assignBySerial(ctx, serial.value, id);
          await reload();
        });
      } }, h('label', { for: 'sls-assign-serial' }, t('assignSerial')), serial,
      h('button', { type: 'submit', class: 'sls-button sls-primary', id: 'sls-assign' }, t('assign'))),
      result);
  });
}

/** Assigns the card in stock with exactly this serial (spaces and dashes ignored) to the person. */
export async function assignBySerial(ctx: Ctx, serial: string, userId: string): Promise<void> {
  const wanted = serial.replace(/[\s-]/g, '');
  if (!wanted) throw new ApiError(400, 'invalid_request', t('serialRequired'), null);
  const page = await ctx.api('GET', 'dscplus/cards?state=stock&max=50&serial=' + encodeURIComponent(wanted));
  const card = page.cards.find((c: any) => c.serial.replace(/[\s-]/g, '') === wanted);
  if (!card) throw new ApiError(404, 'card_not_found', t('noStockCard', serial), null);
  await ctx.api('POST', 'dscplus/cards/' + encodeURIComponent(card.id) + '/assign', { userId });
}

async function loadHistory(ctx: Ctx, id: string, where: HTMLElement): Promise<void> {
  await attempt(where, async () => {
    const view = await ctx.api('GET', 'history/' + user(id));
    replace(where, view.lines.length
      ? table('sls-history', [t('colWhen'), t('colEvent'), t('colDevice'), t('colProof'), t('colBy')],
        view.lines.map((l: any) => [dateTime(l.at), eventName(l.event), [deviceName(l.deviceType), l.label].filter(Boolean).join(' · '), l.proof ?? '—', l.actor ?? '—']))
      : h('p', {}, t('historyNone')),
    h('p', { class: 'sls-hint' }, t('historyBounds', view.maxLines, view.retentionDays)));
  });
}

function eventName(event: string): string {
  const key = ('event_' + event) as any;
  const text = t(key);
  return text === key ? event : text;
}

async function loadEvents(ctx: Ctx, id: string, where: HTMLElement): Promise<void> {
  await attempt(where, async () => {
    const list = await ctx.api('GET', 'events/' + user(id) + '?max=20');
    if (!list.eventsSaved) {
      replace(where, h('p', {}, t('eventsNotSaved')));
      return;
    }
    replace(where, list.events.length
      ? table('sls-events', [t('colWhen'), t('colEvent'), t('colClient'), t('colAddress'), t('colDetails')],
        list.events.map((e: any) => [dateTime(e.time), e.error ? `${e.type} (${e.error})` : e.type, e.clientId ?? '—',
          e.ipAddress ?? '—', Object.entries(e.details ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || '—']))
      : h('p', {}, t('eventsNone')));
  });
}

async function loadSharing(ctx: Ctx, id: string, where: HTMLElement): Promise<void> {
  try {
    const r = await ctx.api('GET', 'sharing/requests/' + encodeURIComponent(id));
    replace(where, h('p', { id: 'sls-person-share' }, t('shareLine', r.ownerUsername, deviceName(r.deviceType), t(('share_' + r.state) as any), dateTime(r.requestedAt))));
  } catch (error) {
    replace(where, error instanceof ApiError && error.code === 'share_not_found' ? h('p', {}, t('shareNone')) : refusal(error));
  }
}

async function loadWithdrawals(ctx: Ctx, id: string, where: HTMLElement): Promise<void> {
  await attempt(where, async () => {
    const list = await ctx.api('GET', 'withdrawal/' + user(id));
    replace(where, list.withdrawals.length
      ? table('sls-withdrawals', [t('colWhen'), t('colAmount'), t('colDevice'), t('colBy')],
        list.withdrawals.map((w: any) => [dateTime(w.confirmedAt), `${w.amount} ${w.currency}`, w.device ?? '—', w.recordedBy ?? w.clientId ?? '—']))
      : h('p', {}, t('withdrawalsNone')));
  });
}
