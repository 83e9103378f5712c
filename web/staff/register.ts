/**
 * The citizen-reception register in the workspace (issue 13 §5): a clerk or chair picks a period and
 * reads the numbered lines (Law on Citizen Reception art. 25(2)), or downloads them as CSV for the
 * paper register. Every reading is entered in the admin log by the API.
 */
import { signal } from '@preact/signals';
import { h, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetReceptionRegister } from '../../shared/api/routes/desk.js';
import { addDays, localDate } from '../../shared/domain/days.js';
import { api, downloadFile, problemText, session } from '../src/api.js';
import { formatDay } from '../src/dates.js';
import { currentLang, L, lang } from '../src/i18n.js';
import { useFocusMain, useLoad } from '../src/ui.js';

type Register = ResponseOf<typeof GetReceptionRegister>;

/** The committee and period last shown, kept while the page is open. */
const chosen = signal({
  committee: '',
  // The last 30 days: what a desk looks back over day to day.
  from: addDays(localDate(new Date()), -30),
  to: localDate(new Date()),
});

const query = (q: { from: string; to: string }) => new URLSearchParams({ from: q.from, to: q.to });

function Lines({ committee, from, to }: { committee: string; from: string; to: string }): JSX.Element {
  const loaded = useLoad(
    () =>
      api<Register>(`/committees/${encodeURIComponent(committee)}/reception-register?${query({ from, to })}`),
    [committee, from, to],
  );
  useFocusMain(loaded.data !== undefined);
  return h(
    'div',
    { 'aria-live': 'polite' },
    loaded.error
      ? h(
          'p',
          { class: 'error', role: 'alert' },
          problemText(loaded.error, L('Không tải được sổ', 'Could not load')),
        )
      : loaded.data
        ? table(loaded.data)
        : h('p', { class: 'muted' }, L('Đang tải…', 'Loading…')),
  );
}

export function RegisterView(): JSX.Element {
  const committees = session.claims()?.committees ?? [];
  // The committee last shown in this tab, if it is still one of the signed-in person's.
  const last = chosen.value.committee;
  const shown = { ...chosen.value, committee: committees.includes(last) ? last : (committees[0] ?? '') };
  // What the form holds until "Show": the list below changes only then.
  const [draft, setDraft] = useState(shown);
  const date = (id: 'from' | 'to', label: string) =>
    h(
      'label',
      { for: `register-${id}` },
      label,
      h('input', {
        id: `register-${id}`,
        type: 'date',
        defaultValue: shown[id],
        max: localDate(new Date()),
        onChange: (e: Event) =>
          setDraft((d) => ({ ...d, [id]: (e.currentTarget as HTMLInputElement).value })),
      }),
    );
  return h(
    'div',
    {},
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
        onSubmit: (e: Event) => {
          e.preventDefault();
          chosen.value = { ...draft };
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
                onChange: (e: Event) =>
                  setDraft((d) => ({ ...d, committee: (e.currentTarget as HTMLSelectElement).value })),
              },
              committees.map((c) => h('option', { value: c, selected: c === shown.committee }, c)),
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
          onClick: () =>
            void downloadFile(
              `/committees/${encodeURIComponent(draft.committee)}/reception-register?${query(draft)}&format=csv&lang=${lang}`,
              `so-tiep-cong-dan-${draft.committee}-${draft.from}-${draft.to}.csv`,
            ),
        },
        L('Tải CSV', 'Download CSV'),
      ),
      h('a', { class: 'button secondary', href: '/file/?desk' }, L('Ghi nhận đơn mới', 'Record a new case')),
    ),
    h(Lines, shown),
  );
}

function table(r: Register): JSX.Element {
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
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        cols.map(([vi, en]) => h('th', { scope: 'col' }, L(vi, en))),
      ),
    ),
    h(
      'tbody',
      {},
      r.items.map((l) => {
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
            l.channelLabel[currentLang()],
            l.referral ? ` (${l.referral.body})` : '',
            h('div', {}, l.content),
          ),
          l.priorHandling || '—',
          l.request || '—',
          l.action[currentLang()],
        ];
        return h(
          'tr',
          {},
          cells.map((c, i) => h('td', { 'data-label': L(...cols[i]!) }, c)),
        );
      }),
    ),
  );
  return h('div', {}, summary, lines);
}
