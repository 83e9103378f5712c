/** How the dashboard writes its figures: counts, rates and days in the reader's language, and its tables. */
import { h, type JSX } from 'preact';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetMetrics } from '../../shared/api/routes/leadership.js';
import { currentLang, L } from '../src/i18n.js';

export type Dashboard = ResponseOf<typeof GetMetrics>;
export type Figure = Dashboard['headline']['received'];

export const num = (v: Figure | null | undefined) =>
  v === '<5'
    ? '<5'
    : typeof v === 'number'
      ? v.toLocaleString(currentLang() === 'vi' ? 'vi-VN' : 'en-GB')
      : '—';
export const pct = (r: number | null | undefined) =>
  typeof r === 'number'
    ? `${(r * 100).toLocaleString(currentLang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} %`
    : '—';
export const days = (d: number | null | undefined) =>
  typeof d === 'number'
    ? `${d.toLocaleString(currentLang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} ${L('ngày', 'days')}`
    : '—';
/** Figures under 5 elsewhere are "<5": drawn as empty, listed as "<5" in the table. */
export const plotted = (v: Figure) => (v === '<5' ? null : v);

/** A table that scrolls inside its own box on a phone, never the page (focusable, so the keyboard scrolls it). */
export function table(caption: string, head: string[], rows: (string | JSX.Element)[][]): JSX.Element {
  return h(
    'div',
    { class: 'scroll-x', role: 'region', 'aria-label': caption, tabIndex: 0 },
    tableOf(caption, head, rows),
  );
}

function tableOf(caption: string, head: string[], rows: (string | JSX.Element)[][]): JSX.Element {
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

export const band = (b: string | null | undefined) => (b ? `${b} ${L('ngày', 'days')}` : '—');
