/** The case's deadlines: each period, its due day, the countdown, pauses and the legal basis. */
import { h, type JSX } from 'preact';
import { dueText, formatDay, provisionalText } from '../../src/dates.js';
import { deadlineLabels, t, text } from '../../src/i18n.js';
import type { Deadline } from './types.js';

function DeadlineRow({ deadline: d }: { deadline: Deadline }): JSX.Element {
  const due = dueText(d);
  const pauses = d.pauses.map((p) => `${formatDay(p.from)} → ${p.to ? formatDay(p.to) : '…'}`).join(', ');
  return h(
    'li',
    { class: `deadline state-${d.state}` },
    h('strong', {}, text(deadlineLabels[d.name]) || d.name),
    ` ${d.days} ${t(d.dayType as 'working' | 'calendar')}${d.extensions ? ` (+${d.extensions})` : ''} · ${formatDay(d.dueOn)}${d.provisional ? provisionalText() : ''} · `,
    h('span', { class: due.overdue ? 'countdown overdue' : 'countdown' }, due.text),
    pauses ? h('span', { class: 'muted' }, ` · ${t('paused')}: ${pauses}`) : null,
    h('div', { class: 'muted small' }, d.basis),
  );
}

export const Deadlines = ({ deadlines }: { deadlines: Deadline[] }): JSX.Element =>
  h(
    'section',
    { class: 'card' },
    h('h2', {}, t('deadlines')),
    h(
      'ul',
      { class: 'deadlines' },
      deadlines.map((d) => h(DeadlineRow, { key: d.name, deadline: d })),
    ),
  );
