/**
 * The queue's search box and filters (issue 13 §1). A reference typed in the box opens that case;
 * words and filters narrow the tab shown (a stage, my cases, the overdue ones) or, from a tab that
 * cannot be narrowed, all the committee's open cases. They live in the page address
 * (`#/queue/<tab>?q=…&kind=…`), so a filtered queue survives a reload, a new tab and the back button.
 */

import { h, type JSX } from 'preact';
import { fieldLabels, fields } from '../../shared/domain/fields.js';
import { caseKinds } from '../../shared/domain/profile.js';
import { kindLabels, t, text } from '../src/i18n.js';
import { FILTER_KEYS, type Filters, filteredTab, hasFilters } from './requests.js';

export { type Filters, filterQuery, filtersOf, hasFilters } from './requests.js';

const RISKS = ['overdue', 'p90', 'p75', 'p50', 'ok', 'paused'] as const;
const REFERENCE = /^[A-Z]{2}-\d{4}-[A-Z0-9-]{4,24}$/i;

const select = (
  name: keyof Filters,
  label: string,
  value: string | undefined,
  options: [string, string][],
): JSX.Element =>
  h(
    'label',
    { class: 'filter' },
    h('span', { class: 'visually-hidden' }, label),
    h(
      'select',
      { name, 'aria-label': label },
      h('option', { value: '' }, label),
      ...options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)),
    ),
  );

/**
 * The search box and the filters of a tab, as a form that moves the page address. Keyed by the
 * address, so a new address shows its own filters while typing in the same one is never reset.
 */
export function FilterBar({
  tab,
  filters: f,
  investigatorOnly,
}: {
  tab: string;
  filters: Filters;
  investigatorOnly: boolean;
}): JSX.Element {
  const opts = { investigatorOnly };
  const go = (next: Filters) => {
    if (!hasFilters(next)) {
      location.hash = `#/queue/${tab !== 'all' ? tab : opts.investigatorOnly ? 'mine' : 'screening'}`;
      return;
    }
    const query = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]);
    location.hash = `#/queue/${filteredTab(tab, opts.investigatorOnly)}?${query}`;
  };
  return h(
    'form',
    {
      class: 'search filters',
      role: 'search',
      onSubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget as HTMLFormElement);
        const next = Object.fromEntries(
          FILTER_KEYS.map((k) => [k, String(data.get(k) ?? '').trim()]).filter(([, v]) => v),
        ) as Filters;
        // A reference alone opens its case, wherever it is.
        if (next.q && REFERENCE.test(next.q) && Object.keys(next).length === 1) {
          location.hash = `#/find/${encodeURIComponent(next.q.toUpperCase())}`;
          return;
        }
        go(next);
      },
    },
    // A list reached from the inbox (a withdrawal pending, a filer's message) keeps its condition.
    f.flag ? h('input', { type: 'hidden', name: 'flag', value: f.flag }) : null,
    h(
      'div',
      { class: 'words' },
      h('label', { for: 'queue-search' }, t('search')),
      h('input', {
        id: 'queue-search',
        name: 'q',
        type: 'search',
        defaultValue: f.q ?? '',
        placeholder: t('searchWords'),
        autocomplete: 'off',
        spellcheck: false,
        maxLength: 100,
      }),
    ),
    h(
      'div',
      { class: 'facets' },
      select(
        'kind',
        t('anyKind'),
        f.kind,
        caseKinds.map((k) => [k, text(kindLabels[k] ?? { vi: k, en: k })]),
      ),
      select(
        'field',
        t('anyField'),
        f.field,
        fields.map((k) => [k, text(fieldLabels[k])]),
      ),
      tab === 'overdue'
        ? null
        : select(
            'risk',
            t('anyRisk'),
            f.risk,
            RISKS.map((r) => [r, t(`risk_${r}`)]),
          ),
      opts.investigatorOnly || tab === 'mine'
        ? null
        : select('assignee', t('anyAssignee'), f.assignee, [
            ['-', t('unassigned')],
            ['me', t('assignedToMe')],
          ]),
      h('button', { type: 'submit' }, t('filters')),
      hasFilters(f)
        ? h('button', { type: 'button', class: 'link', onClick: () => go({}) }, t('clearFilters'))
        : null,
    ),
  );
}
