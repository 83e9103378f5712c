/**
 * An accepted case an investigator may claim but does not work on: what it is, where and by when;
 * nobody named, no content, until they claim it (DESIGN.md §1).
 */
import { h, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fieldLabels } from '../../../shared/domain/fields.js';
import { api, problemText } from '../../src/api.js';
import { formatDay } from '../../src/dates.js';
import { currentLang, deadlineLabels, kindLabels, L, status, t, text } from '../../src/i18n.js';
import { RiskBadge } from '../cells.js';
import { actionLabels } from '../forms.js';
import type { ClaimSummaryJson } from './types.js';

export function ClaimSummary({
  summary: s,
  allowed,
  flash,
  onClaimed,
}: {
  summary: ClaimSummaryJson;
  allowed: string[];
  flash?: string;
  onClaimed: () => Promise<void>;
}): JSX.Element {
  const [error, setError] = useState('');
  const claim = async () => {
    try {
      await api(`/cases/${s.caseId}/actions`, { body: { action: 'claim', expectedVersion: s.version } });
      await onClaimed();
    } catch (x) {
      setError(problemText(x, t('error')));
    }
  };
  return h(
    'div',
    {},
    h('p', {}, h('a', { href: '#/queue/accepted' }, t('back'))),
    flash ? h('p', { class: 'flash', role: 'status' }, flash) : null,
    h('h1', {}, `${s.reference} `),
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'badge' }, status(s.status)),
      ' ',
      h(RiskBadge, { risk: s.risk }),
    ),
    h(
      'section',
      { class: 'card' },
      h(
        'p',
        { class: 'muted' },
        L(
          'Bạn chưa được giao vụ việc này. Trước khi nhận, bạn chỉ thấy bản tóm tắt: không có nội dung và không có tên người bị nêu.',
          'This case is not assigned to you. Until you claim it you see a summary only: no content and nobody named.',
        ),
      ),
      h(
        'dl',
        { class: 'review' },
        h('dt', {}, L('Loại', 'Kind')),
        h('dd', {}, text(kindLabels[s.kind]) || s.kind),
        h('dt', {}, L('Lĩnh vực', 'Field')),
        h('dd', {}, text(fieldLabels[s.field as keyof typeof fieldLabels]) || s.field),
        h('dt', {}, L('Địa bàn', 'Location')),
        h('dd', {}, [s.location.commune, s.location.province].filter(Boolean).join(', ')),
        h('dt', {}, L('Ngày nhận', 'Received')),
        h('dd', {}, formatDay(s.receivedOn)),
        s.deadlines
          .filter((d) => d.state === 'running' && d.dueOn)
          .flatMap((d) => [
            h('dt', {}, text(deadlineLabels[d.name]) || d.name),
            h('dd', {}, formatDay(d.dueOn!)),
          ]),
      ),
      allowed.includes('claim')
        ? h(
            'button',
            { type: 'button', class: 'action', onClick: () => void claim() },
            actionLabels.claim[currentLang() === 'vi' ? 0 : 1],
          )
        : null,
      h('p', { role: 'status' }, error),
    ),
  );
}
