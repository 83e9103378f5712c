/** The case's audit trail in words, with the chain's verdict and how much of it is anchored. */
import { h, type JSX } from 'preact';
import type { ResponseOf } from '../../../shared/api/route-def.js';
import type { GetAudit, VerifyAudit } from '../../../shared/api/routes/cases.js';
import type { ActionName } from '../../../shared/domain/actions.js';
import { formatDay, formatTime } from '../../src/dates.js';
import {
  currentLang,
  deadlineLabels,
  eventLabels,
  L,
  noticeLabels,
  status,
  t,
  text,
} from '../../src/i18n.js';
import { actionLabels, type Procedure } from '../forms.js';
import type { AuditLine } from './types.js';

/** What an audit event recorded, in words: note, reason, outcome, assignees, document number. */
function EventDetail({
  data,
  procedure: p,
}: {
  data: Record<string, unknown>;
  procedure: Procedure;
}): JSX.Element | null {
  const parts: JSX.Element[] = [];
  const line = (label: string, value: string) =>
    parts.push(h('div', {}, h('span', { class: 'muted' }, `${label}: `), value));
  if (typeof data.outcome === 'string')
    line(
      L('Kết quả', 'Outcome'),
      text(p.outcomes.find((o) => o.code === data.outcome)?.label) || data.outcome,
    );
  if (Array.isArray(data.assignees)) line(t('assignees'), data.assignees.join(', '));
  if (typeof data.staffId === 'string') line(L('Cán bộ', 'Staff member'), data.staffId);
  if (typeof data.number === 'string') line(L('Số văn bản', 'Document number'), data.number);
  if (typeof data.toBody === 'string') line(L('Chuyển đến', 'Transferred to'), data.toBody);
  if (typeof data.type === 'string')
    line(L('Loại thông báo', 'Notice'), text(noticeLabels[data.type]) || data.type);
  if (typeof data.documentHash === 'string') line('SHA-256', `${data.documentHash.slice(0, 16)}…`);
  if (typeof data.ground === 'string') {
    const grounds = [...p.suspensionGrounds, ...p.terminationGrounds, ...p.screeningGrounds];
    line(L('Căn cứ', 'Ground'), text(grounds.find((g) => g.code === data.ground)?.label) || data.ground);
  }
  // A new calendar edition moved deadlines: each one's old and new last day.
  if (Array.isArray(data.changes))
    for (const x of data.changes as { clock: string; from: string | null; to: string | null }[])
      line(
        `${text(deadlineLabels[x.clock]) || x.clock} (${L('lịch', 'calendar')} ${String(data.calendar)})`,
        `${formatDay(x.from)} → ${formatDay(x.to)}`,
      );
  for (const k of ['text', 'note', 'reason', 'question', 'summary'] as const)
    if (typeof data[k] === 'string' && data[k]) parts.push(h('blockquote', {}, data[k] as string));
  return parts.length ? h('div', { class: 'event-detail' }, parts) : null;
}

const actorName = (a: AuditLine['actor']) =>
  typeof a === 'string'
    ? a === 'public'
      ? L('người gửi đơn', 'the filer')
      : L('hệ thống', 'system')
    : `${a.id} (${a.role})`;

export function Timeline({
  audit,
  verdict,
  procedure,
}: {
  audit: ResponseOf<typeof GetAudit>;
  verdict: ResponseOf<typeof VerifyAudit>;
  procedure: Procedure;
}): JSX.Element {
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, t('timeline')),
    h(
      'p',
      { class: verdict.valid ? 'ok' : 'error' },
      `${verdict.valid ? t('auditValid') : t('auditBroken')} (${verdict.length})`,
      verdict.valid
        ? ''
        : ` · ${L('sự kiện hỏng đầu tiên', 'first bad event')} #${verdict.firstBadSeq ?? '?'}`,
    ),
    h(
      'p',
      { class: 'muted small' },
      verdict.anchoredAt
        ? L(
            `Đã neo ${verdict.anchoredLength}/${verdict.length} sự kiện vào nhật ký điểm kiểm tra có chữ ký (lần cuối ${formatTime(verdict.anchoredAt)}).`,
            `${verdict.anchoredLength}/${verdict.length} events anchored in the signed checkpoint log (last ${formatTime(verdict.anchoredAt)}).`,
          )
        : L('Chưa neo vào nhật ký điểm kiểm tra.', 'Not yet anchored in the checkpoint log.'),
    ),
    h(
      'ol',
      { class: 'timeline' },
      (audit.events as unknown as AuditLine[]).map((e) =>
        h(
          'li',
          {},
          h('time', { datetime: e.at }, formatTime(e.at)),
          ' · ',
          h(
            'strong',
            {},
            actionLabels[e.action as ActionName]?.[currentLang() === 'vi' ? 0 : 1] ??
              (text(eventLabels[e.action]) || e.action),
          ),
          e.to && e.to !== e.from ? ` → ${status(e.to)}` : '',
          ` · ${actorName(e.actor)}`,
          h(EventDetail, { data: e.data, procedure }),
        ),
      ),
    ),
  );
}
