/** The dashboard's sections: headline figures, the backlog by age, overdue cases, breakdowns and the rest. */
import { h, type JSX } from 'preact';
import type * as z from 'zod/mini';
import type { publicCommitteesResponse } from '../../shared/api/contracts.js';
import { fieldLabels } from '../../shared/domain/fields.js';
import { formatDay, formatTime } from '../src/dates.js';
import { deadlineLabels, kindLabels, L, status, t, text } from '../src/i18n.js';
import { band, type Dashboard, days, type Figure, num, pct, table } from './format.js';

export type Committee = z.infer<typeof publicCommitteesResponse>['items'][number];

/** The committees by name, loaded once when the page opens. */
export const known: { committees: Committee[] } = { committees: [] };

const committeeName = (id: string) => {
  const c = known.committees.find((x) => x.committeeId === id);
  return c ? text(c.name) : id;
};

function card(label: string, value: string, note?: string, tone?: 'ok' | 'warn' | 'bad'): JSX.Element {
  return h(
    'div',
    { class: `stat ${tone ?? ''}` },
    h('span', { class: 'stat-label' }, label),
    h('strong', { class: 'stat-value' }, value),
    note ? h('span', { class: 'stat-note' }, note) : null,
  );
}

export function headline(d: Dashboard): JSX.Element {
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

const bandLabels: Record<string, [string, string]> = {
  '0-30': ['≤ 30 ngày', '≤ 30 days'],
  '31-60': ['31–60 ngày', '31–60 days'],
  '61-90': ['61–90 ngày', '61–90 days'],
  '91-180': ['91–180 ngày', '91–180 days'],
  '181-365': ['181–365 ngày', '181–365 days'],
  '>365': ['> 1 năm', '> 1 year'],
};

export function backlog(d: Dashboard): JSX.Element {
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
        const bar = h('span', {
          class: 'bar-fill',
          style: { width: `${((typeof v === 'number' ? v : 4) / max) * 100}%` },
        });
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

export function overdueSection(d: Dashboard): JSX.Element {
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

/** The rest of DESIGN.md §6 for the period, as one table. */
export function otherFigures(d: Dashboard): JSX.Element {
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

export function breakdowns(d: Dashboard): JSX.Element {
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
