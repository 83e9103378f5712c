/**
 * The leadership dashboard: headline figures against the 85 % target, the monthly trend of
 * received and resolved cases and of the on-time rate (uPlot), the open backlog by age, the
 * overdue cases by committee (references only), breakdowns by kind, field and outcome, filters for
 * period and committee, and the period's report as CSV. Figures only: no case, no identity.
 */
import { signal } from '@preact/signals';
import { h, type JSX, render } from 'preact';
import { useEffect } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { publicCommitteesResponse } from '../../shared/api/contracts.js';
import { localDate } from '../../shared/domain/days.js';
import { quarterOf } from '../../shared/domain/metrics.js';
import { api, downloadFile, session } from '../src/api.js';
import { formatDay, formatTime } from '../src/dates.js';
import { currentLang, L, lang, t, text } from '../src/i18n.js';
import { SignInForm } from '../src/sign-in.js';
import { LanguageButton, SignOutButton, show, useLoad } from '../src/ui.js';
import { chart } from './chart.js';
import { type Dashboard, plotted } from './format.js';
import { backlog, breakdowns, headline, known, otherFigures, overdueSection } from './sections.js';

/** The period and committee shown; the figures load again when either changes. */
const period = signal(quarterOf(localDate(new Date())));
// Unset until the reader is known: the page opens on their own committee, where every figure is
// exact (issue 13 §8); "all committees" ('') is a choice.
const committee = signal<string | null>(null);
/** Moved on at sign-in and sign-out, so the page renders for the new reader. */
const reader = signal(0);

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

function Header(): JSX.Element {
  void reader.value;
  void currentLang();
  const claims = session.claims();
  return h(
    'div',
    { class: 'bar' },
    h('span', { class: 'brand' }, L('Công Minh — Bảng điều hành', 'Công Minh — Dashboard')),
    claims ? h('span', { class: 'who' }, `${claims.username} · ${claims.committees.join(', ')}`) : null,
    h(LanguageButton, {}),
    claims
      ? h(SignOutButton, {
          onSignedOut: () => {
            // The next reader opens on their own committee, not the last one shown.
            committee.value = null;
            reader.value++;
          },
        })
      : null,
  );
}

function Filters(): JSX.Element {
  const today = localDate(new Date());
  return h(
    'form',
    {
      class: 'toolbar filters',
      'aria-label': L('Bộ lọc', 'Filters'),
      onChange: (e: Event) => {
        const f = new FormData(e.currentTarget as HTMLFormElement);
        period.value = String(f.get('period'));
        committee.value = String(f.get('committee') ?? '');
      },
      onSubmit: (e: Event) => e.preventDefault(),
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'period' }, L('Kỳ', 'Period')),
      h(
        'select',
        { id: 'period', name: 'period' },
        ...periods(today).map(([v, label]) => h('option', { value: v, selected: v === period.value }, label)),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'committee' }, t('committee')),
      h(
        'select',
        { id: 'committee', name: 'committee' },
        h('option', { value: '', selected: committee.value === '' }, L('Tất cả', 'All')),
        ...known.committees.map((c) =>
          h('option', { value: c.committeeId, selected: c.committeeId === committee.value }, text(c.name)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'label' }, L('Báo cáo', 'Report')),
      h(
        'button',
        { type: 'button', class: 'secondary', id: 'csv', onClick: () => void downloadCsv() },
        L('Tải CSV', 'Download CSV'),
      ),
    ),
  );
}

async function downloadCsv(): Promise<void> {
  const q = new URLSearchParams({ format: 'csv', lang });
  if (committee.value) q.set('committee', committee.value);
  const p = reportPeriod(period.value);
  await downloadFile(
    `/reports/${p}?${q}`,
    `cong-minh-${p}${committee.value ? `-${committee.value}` : ''}.csv`,
  );
}

function Figures({ committee: shown, period: p }: { committee: string; period: string }): JSX.Element | null {
  const loaded = useLoad(() => {
    const q = new URLSearchParams({ period: p });
    if (shown) q.set('committee', shown);
    return api<Dashboard>(`/metrics?${q}`);
  }, [shown, p]);
  return show(loaded, (d) => {
    const months = d.trend.map((m) => m.month);
    return [
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
    ];
  });
}

function Page(): JSX.Element {
  void reader.value;
  void currentLang();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${L('Bảng điều hành', 'Dashboard')} — Công Minh`;
  });
  const claims = session.claims();
  if (!claims) return h(SignInForm, { onSignedIn: () => reader.value++ });
  if (!claims.groups.includes('leadership'))
    return h(
      'div',
      {},
      h(
        'p',
        { class: 'error', role: 'alert' },
        L('Trang này dành cho lãnh đạo.', 'This page is for leadership.'),
      ),
      h('p', {}, h('a', { href: '/staff' }, L('Về không gian làm việc', 'Go to the workspace'))),
    );
  committee.value ??= claims.committees[0] ?? '';
  return h(
    'div',
    {},
    h('h1', {}, L('Kết quả giải quyết đơn', 'Case resolution')),
    h(Filters, {}),
    h(Figures, { committee: committee.value, period: period.value }),
  );
}

async function start(): Promise<void> {
  try {
    known.committees = (await api<z.infer<typeof publicCommitteesResponse>>('/public/committees')).items;
  } catch {
    known.committees = [];
  }
  // A 401 on the figures (an expired session) signs in again here.
  window.addEventListener('hashchange', () => {
    if (location.hash === '#/login') {
      history.replaceState(null, '', location.pathname);
      reader.value++;
    }
  });
  render(h(Header, {}), document.getElementById('top')!);
  render(h(Page, {}), document.getElementById('main')!);
}

void start();
