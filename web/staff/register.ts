/**
 * The citizen-reception register in the workspace (issue 13 §5): a clerk or chair picks a period and
 * reads the numbered lines (Law on Citizen Reception art. 25(2)), or downloads them as CSV for the
 * paper register. Every reading is entered in the admin log by the API.
 */
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetReceptionRegister } from '../../shared/api/routes/desk.js';
import { addDays, localDate } from '../../shared/domain/calendar.js';
import { ApiError, api, downloadFile, problemText, session } from '../src/api.js';
import { formatDay } from '../src/dates.js';
import { h, mount } from '../src/dom.js';
import { lang } from '../src/i18n.js';

type Register = ResponseOf<typeof GetReceptionRegister>;

const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);

const state = {
  committee: '',
  // The last 30 days: what a desk looks back over day to day.
  from: addDays(localDate(new Date()), -30),
  to: localDate(new Date()),
};

export async function registerView(main: HTMLElement): Promise<void> {
  const committees = session.claims()?.committees ?? [];
  state.committee ||= committees[0] ?? '';
  const out = h('div', { 'aria-live': 'polite' });
  const query = () => new URLSearchParams({ from: state.from, to: state.to });
  const load = async () => {
    mount(out, h('p', { class: 'muted' }, L('Đang tải…', 'Loading…')));
    try {
      const r = await api<Register>(
        `/committees/${encodeURIComponent(state.committee)}/reception-register?${query()}`,
      );
      mount(out, table(r));
    } catch (x) {
      mount(
        out,
        h('p', { class: 'error', role: 'alert' }, problemText(x, L('Không tải được sổ', 'Could not load'))),
      );
      if (x instanceof ApiError && x.problem.status === 401) throw x;
    }
  };
  const date = (id: 'from' | 'to', label: string) =>
    h(
      'label',
      { for: `register-${id}` },
      label,
      h('input', {
        id: `register-${id}`,
        type: 'date',
        value: state[id],
        max: localDate(new Date()),
        onchange: (e: Event) => {
          state[id] = (e.target as HTMLInputElement).value;
        },
      }),
    );
  mount(
    main,
    h('h1', {}, L('Sổ tiếp công dân', 'Citizen-reception register')),
    h(
      'p',
      { class: 'muted small' },
      L(
        'Các đơn nhận tại quầy (trực tiếp, bưu chính, chuyển đến, hộp thư góp ý) theo Luật Tiếp công dân, Điều 25(2). Mỗi lần xem hoặc tải sổ đều được ghi vào nhật ký quản trị.',
        'Cases received at the desk (in person, by post, by referral, from the suggestion box), per the Law on Citizen Reception art. 25(2). Every reading or download is entered in the admin log.',
      ),
    ),
    h(
      'form',
      {
        class: 'filters',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void load();
        },
      },
      committees.length > 1
        ? h(
            'label',
            { for: 'register-committee' },
            L('Cơ quan', 'Committee'),
            h(
              'select',
              {
                id: 'register-committee',
                onchange: (e: Event) => {
                  state.committee = (e.target as HTMLSelectElement).value;
                },
              },
              ...committees.map((c) => h('option', { value: c, selected: c === state.committee }, c)),
            ),
          )
        : null,
      date('from', L('Từ ngày', 'From')),
      date('to', L('Đến ngày', 'To')),
      h('button', { type: 'submit' }, L('Xem', 'Show')),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () =>
            void downloadFile(
              `/committees/${encodeURIComponent(state.committee)}/reception-register?${query()}&format=csv&lang=${lang}`,
              `so-tiep-cong-dan-${state.committee}-${state.from}-${state.to}.csv`,
            ),
        },
        L('Tải CSV', 'Download CSV'),
      ),
      h('a', { class: 'button secondary', href: '/file/?desk' }, L('Ghi nhận đơn mới', 'Record a new case')),
    ),
    out,
  );
  await load();
}

function table(r: Register): HTMLElement {
  if (!r.items.length)
    return h(
      'p',
      { class: 'muted' },
      L('Không có đơn nào trong khoảng này.', 'Nothing received in this period.'),
    );
  const cols: [string, string][] = [
    ['Số', 'No.'],
    ['Ngày nhận', 'Received'],
    ['Họ tên, địa chỉ', 'Name, address'],
    ['Nội dung', 'Content'],
    ['Đã giải quyết (nếu có)', 'Prior handling'],
    ['Yêu cầu', 'Request'],
    ['Hướng xử lý', 'Action'],
  ];
  const summary = h(
    'p',
    { class: 'muted small' },
    L(
      `${r.items.length} đơn nhận từ ${formatDay(r.from)} đến ${formatDay(r.to)}`,
      `${r.items.length} received from ${formatDay(r.from)} to ${formatDay(r.to)}`,
    ),
  );
  const lines = h(
    'table',
    { class: 'queue register', 'aria-label': L('Sổ tiếp công dân', 'Citizen-reception register') },
    h('thead', {}, h('tr', {}, ...cols.map(([vi, en]) => h('th', { scope: 'col' }, L(vi, en))))),
    h(
      'tbody',
      {},
      ...r.items.map((l) => {
        const cells = [
          `${l.number}/${l.year}`,
          formatDay(l.receivedOn),
          h(
            'span',
            {},
            l.name ?? L('(nặc danh)', '(anonymous)'),
            l.address ? h('div', { class: 'muted small' }, l.address) : null,
          ),
          h(
            'span',
            {},
            h('a', { href: `#/case/${encodeURIComponent(l.caseId)}` }, l.reference),
            ' · ',
            l.channelLabel[lang],
            l.referral ? ` (${l.referral.body})` : '',
            h('div', {}, l.content),
          ),
          l.priorHandling || '—',
          l.request || '—',
          l.action[lang],
        ];
        return h('tr', {}, ...cells.map((c, i) => h('td', { 'data-label': L(...cols[i]!) }, c)));
      }),
    ),
  );
  return h('div', {}, summary, lines);
}
