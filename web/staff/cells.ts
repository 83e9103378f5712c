/** Small parts every list of cases shows the same way: the risk badge and the days left or overdue. */
import { h, type JSX } from 'preact';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { ListCases } from '../../shared/api/routes/cases.js';
import { dueText, provisionalText } from '../src/dates.js';
import { L, t } from '../src/i18n.js';

export type QueueItem = ResponseOf<typeof ListCases>['items'][number];

export function DueCell({ item: c }: { item: QueueItem }): JSX.Element | null {
  if (!c.dueOn) return null;
  const due = dueText({
    state: 'running',
    dueOn: c.dueOn,
    dayType: c.dueDayType,
    daysLeft: c.daysLeft,
    overdueDays: c.overdueDays,
  });
  return h(
    'span',
    { class: due.overdue ? 'small overdue' : 'small muted' },
    due.text,
    // Counted through holidays not yet decided: the day may still move.
    c.dueProvisional
      ? h('span', { title: provisionalText().trim() }, ` · ${L('dự kiến', 'provisional')}`)
      : null,
  );
}

export function RiskBadge({ risk }: { risk: string }): JSX.Element | null {
  if (risk === 'none') return null;
  return h('span', { class: `badge risk-${risk}` }, t(`risk_${risk}` as Parameters<typeof t>[0]));
}
