/**
 * The leadership dashboard: headline figures against the 85 % target, the monthly trend of
 * received and resolved cases and of the on-time rate (uPlot), the open backlog by age, the
 * overdue cases by committee (references only), breakdowns by kind, field and outcome, filters for
 * period and committee, and the period's report as CSV. Figures only: no case, no identity.
 */
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import type * as z from 'zod/mini';
import type { publicCommitteesResponse } from '../../shared/api/contracts.js';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetMetrics } from '../../shared/api/routes/leadership.js';
import { localDate } from '../../shared/domain/calendar.js';
import { fieldLabels } from '../../shared/domain/intake.js';
import { quarterOf } from '../../shared/domain/metrics.js';
import { ApiError, api, downloadFile, problemText, session } from '../src/api.js';
import { formatDay, formatTime } from '../src/dates.js';
import { h, mount } from '../src/dom.js';
import { deadlineLabels, kindLabels, lang, languageButton, status, t, text } from '../src/i18n.js';
import { signInForm } from '../src/sign-in.js';

type Dashboard = ResponseOf<typeof GetMetrics>;
type Figures = Dashboard['headline'];
type Figure = Figures['received'];
type Committee = z.infer<typeof publicCommitteesResponse>['items'][number];

const top = document.getElementById('top')!;
const main = document.getElementById('main')!;
const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);
const charts: uPlot[] = [];

const state: { period: string; committee: string | null; committees: Committee[] } = {
  period: '',
  // Unset until the reader is known: the page opens on their own committee, where every figure is
  // exact (issue 13 §8); "all committees" ('') is a choice.
  committee: null,
  committees: [],
};

const num = (v: Figure | null | undefined) =>
  v === '<5' ? '<5' : typeof v === 'number' ? v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : '—';
const pct = (r: number | null | undefined) =>
  typeof r === 'number'
    ? `${(r * 100).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} %`
    : '—';
const days = (d: number | null | undefined) =>
  typeof d === 'number'
    ? `${d.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} ${L('ngày', 'days')}`
    : '—';
const committeeName = (id: string) => {
  const c = state.committees.find((x) => x.committeeId === id);
  return c ? text(c.name) : id;
};

/** The periods offered: recent quarters, this and last year, and the report periods of this year. */
function periods(today: string): [string, string][] {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: [string, string][] = [];
  for (let i = 0; i < 5; i++) {
    const qq = ((q - 1 - i + 20) % 4) + 1;
    const yy = year - Math.floor((i - q + 4) / 4);
    out.push([`${yy}-Q${qq}`, L(`Quý ${qq}/${yy}`, `Q${qq} ${yy}`)]);
  }
  out.push([`${year}-6M`, L(`6 tháng đầu năm ${year}`, `First 6 months of ${year}`)]);
  out.push([`${year}-9M`, L(`9 tháng năm ${year}`, `First 9 months of ${year}`)]);
  out.push([`${year}`, L(`Năm ${year}`, `Year ${year}`)]);
  out.push([`${year - 1}`, L(`Năm ${year - 1}`, `Year ${year - 1}`)]);
  return out;
}

/** The report period for the CSV: a year is its 12 months. */
const reportPeriod = (p: string) => (/^\d{4}$/.test(p) ? `${p}-12M` : p);

function header(): void {
  const claims = session.claims();
  mount(
    top,
    h(
      'div',
      { class: 'bar' },
      h('span', { class: 'brand' }, L('Công Minh — Bảng điều hành', 'Công Minh — Dashboard')),
      claims ? h('span', { class: 'who' }, `${claims.username} · ${claims.committees.join(', ')}`) : null,
      languageButton(render),
      claims
        ? h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                session.signOut();
                void render();
              },
            },
            t('signOut'),
          )
        : null,
    ),
  );
}

function filters(): HTMLElement {
  const today = localDate(new Date());
  return h(
    'form',
    {
      class: 'toolbar filters',
      'aria-label': L('Bộ lọc', 'Filters'),
      onchange: (e: Event) => {
        const f = new FormData(e.currentTarget as HTMLFormElement);
        state.period = String(f.get('period'));
        state.committee = String(f.get('committee') ?? '');
        void render();
      },
      onsubmit: (e: Event) => e.preventDefault(),
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'period' }, L('Kỳ', 'Period')),
      h(
        'select',
        { id: 'period', name: 'period' },
        ...periods(today).map(([v, label]) => h('option', { value: v, selected: v === state.period }, label)),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'committee' }, t('committee')),
      h(
        'select',
        { id: 'committee', name: 'committee' },
        h('option', { value: '', selected: state.committee === '' }, L('Tất cả', 'All')),
        ...state.committees.map((c) =>
          h('option', { value: c.committeeId, selected: c.committeeId === state.committee }, text(c.name)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'label' }, L('Báo cáo', 'Report')),
      h(
        'button',
        { type: 'button', class: 'secondary', id: 'csv', onclick: () => void downloadCsv() },
        L('Tải CSV', 'Download CSV'),
      ),
    ),
  );
}

async function downloadCsv(): Promise<void> {
  const q = new URLSearchParams({ format: 'csv', lang });
  if (state.committee) q.set('committee', state.committee);
  const period = reportPeriod(state.period);
  await downloadFile(
    `/reports/${period}?${q}`,
    `cong-minh-${period}${state.committee ? `-${state.committee}` : ''}.csv`,
  );
}

function card(label: string, value: string, note?: string, tone?: 'ok' | 'warn' | 'bad'): HTMLElement {
  return h(
    'div',
    { class: `stat ${tone ?? ''}` },
    h('span', { class: 'stat-label' }, label),
    h('strong', { class: 'stat-value' }, value),
    note ? h('span', { class: 'stat-note' }, note) : null,
  );
}

function headline(d: Dashboard): HTMLElement {
  const f = d.headline;
  const rate = f.resolutionRate as number | null;
  const tone = rate === null ? undefined : rate >= d.target ? 'ok' : rate >= d.target - 0.1 ? 'warn' : 'bad';
  const overdue = Object.values(d.backlog.overdueByCommittee).reduce<number | '<5'>(
    (a, v) => (a === '<5' || v === '<5' ? '<5' : a + v),
    0,
  );
  return h(
    'section',
    { class: 'stats', 'aria-label': L('Chỉ tiêu chính', 'Headline figures') },
    card(L('Tiếp nhận', 'Received'), num(f.received)),
    card(
      L('Thụ lý', 'Accepted'),
      num(f.accepted),
      `${L('phải giải quyết', 'to resolve')}: ${num(f.toResolve)}`,
    ),
    card(L('Đã giải quyết', 'Resolved'), num(f.resolved)),
    card(
      L('Tỷ lệ giải quyết', 'Resolution rate'),
      pct(rate),
      `${L('chỉ tiêu', 'target')} ${pct(d.target)}`,
      tone,
    ),
    card(L('Đúng hạn', 'On time'), pct(f.onTimeRate as number | null)),
    card(
      L('Tồn cuối kỳ', 'Unresolved at the end'),
      num(f.unresolvedAtEnd),
      `${L('đã thụ lý, chưa xong, đến hết', 'accepted, not finished, to the end of')} ${formatDay(d.through)}`,
    ),
    card(
      L('Quá hạn giải quyết hiện nay', 'Past the resolution deadline now'),
      num(overdue),
      `${L('lúc', 'at')} ${formatTime(d.asOf)}`,
      overdue === 0 ? 'ok' : 'bad',
    ),
    card(L('Thời gian giải quyết TB', 'Mean time to resolve'), days(f.meanDaysToResolve as number | null)),
  );
}

/** A chart with its figures as a table (for screen readers, and to read exact values). */
function chart(
  id: string,
  title: string,
  months: string[],
  series: { label: string; values: (number | null)[]; stroke: string; fill?: string }[],
  yFormat: (v: number) => string,
  yRange?: [number, number],
): HTMLElement {
  const box = h('div', { class: 'chart', id, role: 'img', 'aria-label': title });
  const table = h(
    'table',
    { class: 'queue small' },
    h('caption', { class: 'visually-hidden' }, title),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, L('Tháng', 'Month')),
        ...series.map((s) => h('th', { scope: 'col' }, s.label)),
      ),
    ),
    h(
      'tbody',
      {},
      ...months.map((m, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, m),
          ...series.map((s) => h('td', {}, s.values[i] === null ? '—' : yFormat(s.values[i]!))),
        ),
      ),
    ),
  );
  const section = h(
    'section',
    { class: 'card' },
    h('h2', {}, title),
    box,
    h('details', {}, h('summary', {}, L('Bảng số liệu', 'Data table')), table),
  );
  // Drawn once the box is on the page and has a width.
  queueMicrotask(() => {
    const xs = months.map((m) => Date.parse(`${m}-15T00:00:00Z`) / 1000);
    const width = Math.max(280, box.clientWidth || 600);
    charts.push(
      new uPlot(
        {
          width,
          height: 220,
          series: [
            {},
            ...series.map((s) => ({
              label: s.label,
              stroke: s.stroke,
              fill: s.fill,
              width: 2,
              points: { size: 6 },
            })),
          ],
          axes: [
            {
              values: (_u: uPlot, ticks: number[]) =>
                ticks.map((x) => new Date(x * 1000).toISOString().slice(2, 7)),
            },
            { values: (_u: uPlot, ticks: number[]) => ticks.map(yFormat), size: 56 },
          ],
          scales: { x: { time: false }, ...(yRange ? { y: { range: yRange } } : {}) },
          legend: { show: true },
        },
        [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
        box,
      ),
    );
  });
  return section;
}

/** Figures under 5 elsewhere are "<5": drawn as empty, listed as "<5" in the table. */
const plotted = (v: Figure) => (v === '<5' ? null : v);

/** A table that scrolls inside its own box on a phone, never the page (focusable, so the keyboard scrolls it). */
function table(caption: string, head: string[], rows: (string | HTMLElement)[][]): HTMLElement {
  return h(
    'div',
    { class: 'scroll-x', role: 'region', 'aria-label': caption, tabindex: 0 },
    tableOf(caption, head, rows),
  );
}

function tableOf(caption: string, head: string[], rows: (string | HTMLElement)[][]): HTMLElement {
  return h(
    'table',
    { class: 'queue' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))),
      ),
    ),
  );
}

const bandLabels: Record<string, [string, string]> = {
  '0-30': ['≤ 30 ngày', '≤ 30 days'],
  '31-60': ['31–60 ngày', '31–60 days'],
  '61-90': ['61–90 ngày', '61–90 days'],
  '91-180': ['91–180 ngày', '91–180 days'],
  '181-365': ['181–365 ngày', '181–365 days'],
  '>365': ['> 1 năm', '> 1 year'],
};

function backlog(d: Dashboard): HTMLElement {
  const max = Math.max(1, ...Object.values(d.backlog.bands).map((v) => (typeof v === 'number' ? v : 4)));
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, L('Đang tồn đọng theo thời gian kể từ khi nhận', 'Open now, by age since receipt')),
    h(
      'p',
      { class: 'muted small' },
      `${L('Tổng', 'In all')}: ${num(d.backlog.open)} · ${L('số liệu lúc', 'as of')} ${formatTime(d.asOf)}`,
    ),
    h(
      'ul',
      { class: 'bars' },
      ...Object.entries(d.backlog.bands).map(([band, v]) => {
        const bar = h('span', { class: 'bar-fill' });
        bar.style.width = `${((typeof v === 'number' ? v : 4) / max) * 100}%`;
        return h(
          'li',
          {},
          h('span', { class: 'bar-label' }, L(...(bandLabels[band] ?? [band, band]))),
          h('span', { class: 'bar-track' }, bar),
          h('span', { class: 'bar-value' }, num(v)),
        );
      }),
    ),
  );
}

function overdueSection(d: Dashboard): HTMLElement {
  const byCommittee = Object.entries(d.backlog.overdueByCommittee);
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, L('Quá hạn theo ủy ban', 'Overdue by committee')),
    h('p', { class: 'muted small' }, `${L('Hiện nay, lúc', 'Now, as of')} ${formatTime(d.asOf)}`),
    byCommittee.length
      ? table(
          L('Số vụ việc đang quá hạn', 'Cases overdue now'),
          [t('committee'), L('Quá hạn', 'Overdue')],
          byCommittee.map(([c, v]) => [committeeName(c), num(v)]),
        )
      : h('p', { class: 'muted' }, L('Không có vụ việc quá hạn.', 'No case is overdue.')),
    d.overdue
      ? d.overdue.length
        ? table(
            L(
              'Vụ việc có thời hạn đã quá (chỉ số tham chiếu, 20 vụ quá hạn lâu nhất)',
              'Cases past a deadline (references only, the 20 longest overdue)',
            ),
            [t('reference'), t('kind'), t('stage'), L('Thời hạn', 'Deadline')],
            d.overdue.map((c) => [
              c.reference,
              text(kindLabels[c.kind]),
              status(c.status),
              c.overdue.map((o) => text(deadlineLabels[o]) || o).join(', '),
            ]),
          )
        : h(
            'p',
            { class: 'muted' },
            L('Ủy ban này không có vụ việc quá hạn.', 'This committee has no overdue case.'),
          )
      : h(
          'p',
          { class: 'muted small' },
          L(
            'Chọn một ủy ban của bạn để xem danh sách số tham chiếu quá hạn.',
            'Choose one of your committees to list the overdue references.',
          ),
        ),
  );
}

const band = (b: string | null | undefined) => (b ? `${b} ${L('ngày', 'days')}` : '—');

/** The rest of DESIGN.md §6 for the period, as one table. */
function otherFigures(d: Dashboard): HTMLElement {
  const f = d.headline;
  const share = (a: Figure, b: Figure) =>
    typeof a === 'number' && typeof b === 'number' && b > 0 ? pct(a / b) : a === '<5' ? '<5' : '—';
  const rows: [string, string][] = [
    [L('Kỳ trước chuyển sang', 'Carried in'), num(f.carriedIn)],
    [L('Còn phải giải quyết cuối kỳ', 'Unresolved at the end'), num(f.unresolvedAtEnd)],
    [L('Đủ điều kiện xử lý', 'Eligible'), num(f.eligible)],
    [L('Không thụ lý', 'Rejected'), num(f.rejected)],
    [L('Chuyển đơn', 'Transferred'), num(f.transferred)],
    [L('Đơn trùng', 'Duplicates'), num(f.duplicate)],
    [L('Rút đơn', 'Withdrawn'), num(f.withdrawn)],
    [L('Đình chỉ', 'Terminated'), num(f.terminated)],
    [L('Gia hạn', 'Extensions'), num(f.extensions)],
    [L('Trở thành quá hạn trong kỳ', 'Became overdue'), num(f.becameOverdue)],
    [L('Mở lại', 'Reopened'), num(f.reopened)],
    [L('Tỷ lệ nặc danh', 'Anonymous share'), share(f.anonymous, f.received)],
    [
      L('Tỷ lệ sửa quyết định lần đầu (khiếu nại lần hai)', 'Overturn rate (second complaints)'),
      pct(f.overturnRate),
    ],
    [L('Thời gian thụ lý TB', 'Mean time to accept'), days(f.meanDaysToAccept)],
    [L('Trung vị thời gian thụ lý', 'Median time to accept'), band(f.medianDaysToAccept)],
    [L('Trung vị thời gian giải quyết', 'Median time to resolve'), band(f.medianDaysToResolve)],
  ];
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, L('Chỉ số khác trong kỳ', 'Other figures for the period')),
    table(L('Chỉ số', 'Figures'), [L('Chỉ số', 'Figure'), L('Giá trị', 'Value')], rows),
  );
}

function breakdowns(d: Dashboard): HTMLElement {
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, L('Theo loại, lĩnh vực và kết quả', 'By kind, field and outcome')),
    table(
      L('Theo loại đơn', 'By kind'),
      [
        t('kind'),
        L('Tiếp nhận', 'Received'),
        L('Thụ lý', 'Accepted'),
        L('Đã giải quyết', 'Resolved'),
        L('Tỷ lệ giải quyết', 'Resolution rate'),
        L('Đúng hạn', 'On time'),
      ],
      Object.entries(d.byKind).map(([k, f]) => [
        text(kindLabels[k]),
        num(f.received),
        num(f.accepted),
        num(f.resolved),
        pct(f.resolutionRate),
        pct(f.onTimeRate),
      ]),
    ),
    table(
      L('Theo lĩnh vực', 'By field'),
      [L('Lĩnh vực', 'Field'), L('Tiếp nhận', 'Received'), L('Đã giải quyết', 'Resolved')],
      Object.entries(d.byField).map(([k, f]) => [
        text(fieldLabels[k as keyof typeof fieldLabels]) || k,
        num(f.received),
        num(f.resolved),
      ]),
    ),
    Object.keys(d.byOutcome).length
      ? table(
          L('Theo kết quả giải quyết', 'By outcome'),
          [L('Kết quả', 'Outcome'), L('Số vụ việc', 'Cases')],
          Object.entries(d.byOutcome).map(([k, v]) => [text(d.outcomeLabels[k]) || k, num(v)]),
        )
      : h(
          'p',
          { class: 'muted' },
          L('Chưa có kết quả giải quyết trong kỳ.', 'No decision in this period yet.'),
        ),
  );
}

async function render(): Promise<void> {
  document.documentElement.lang = lang;
  document.title = `${L('Bảng điều hành', 'Dashboard')} — Công Minh`;
  header();
  for (const c of charts.splice(0)) c.destroy();
  const claims = session.claims();
  if (!claims) {
    const form = signInForm(() => void render());
    mount(main, form);
    (form.querySelector('#username') as HTMLInputElement).focus();
    return;
  }
  if (!claims.groups.includes('leadership')) {
    mount(
      main,
      h(
        'p',
        { class: 'error', role: 'alert' },
        L('Trang này dành cho lãnh đạo.', 'This page is for leadership.'),
      ),
      h('p', {}, h('a', { href: '/staff' }, L('Về không gian làm việc', 'Go to the workspace'))),
    );
    return;
  }
  state.committee ??= claims.committees[0] ?? '';
  const q = new URLSearchParams({ period: state.period });
  if (state.committee) q.set('committee', state.committee);
  let d: Dashboard;
  try {
    d = await api<Dashboard>(`/metrics?${q}`);
  } catch (x) {
    if (x instanceof ApiError && x.problem.status === 401) {
      session.clear();
      return render();
    }
    mount(main, filters(), h('p', { class: 'error', role: 'alert' }, problemText(x, t('error'))));
    return;
  }
  const months = d.trend.map((m) => m.month);
  mount(
    main,
    h('h1', {}, L('Kết quả giải quyết đơn', 'Case resolution')),
    filters(),
    h(
      'p',
      { class: 'muted small as-of' },
      L(
        `Số liệu của kỳ tính đến hết ${formatDay(d.through)}; đọc lúc ${formatTime(d.asOf)} (chậm hơn thực tế vài giây).`,
        `Period figures to the end of ${formatDay(d.through)}; read at ${formatTime(d.asOf)} (a few seconds behind the cases).`,
      ),
    ),
    d.exact
      ? null
      : h(
          'p',
          { class: 'note small' },
          L(
            'Số liệu ngoài ủy ban của bạn: các số từ 1 đến 4 hiện là "<5".',
            'Figures outside your committees: counts from 1 to 4 are shown as "<5".',
          ),
        ),
    headline(d),
    h(
      'div',
      { class: 'grid' },
      chart(
        'chart-flow',
        L('Tiếp nhận và giải quyết theo tháng', 'Received and resolved by month'),
        months,
        [
          {
            label: L('Tiếp nhận', 'Received'),
            values: d.trend.map((m) => plotted(m.received)),
            stroke: '#0b5cad',
          },
          {
            label: L('Đã giải quyết', 'Resolved'),
            values: d.trend.map((m) => plotted(m.resolved)),
            stroke: '#1f7a3a',
          },
        ],
        (v) => String(Math.round(v)),
      ),
      chart(
        'chart-ontime',
        L('Tỷ lệ giải quyết đúng hạn theo tháng', 'On-time rate by month'),
        months,
        [{ label: L('Đúng hạn', 'On time'), values: d.trend.map((m) => m.onTimeRate), stroke: '#9a6700' }],
        (v) => `${Math.round(v * 100)} %`,
        [0, 1],
      ),
    ),
    h('div', { class: 'grid' }, backlog(d), overdueSection(d)),
    breakdowns(d),
    otherFigures(d),
  );
}

async function start(): Promise<void> {
  const today = localDate(new Date());
  state.period = quarterOf(today);
  try {
    state.committees = (await api<z.infer<typeof publicCommitteesResponse>>('/public/committees')).items;
  } catch {
    state.committees = [];
  }
  await render();
}

void start();
