/**
 * The committee's queues: a tab per stage and per view (my cases, overdue, due this week, done), with
 * counts from the committee's counters, the search box and filters, and a page of cases ordered by
 * due date. Each page is one request (one DynamoDB Query).
 */
import { signal } from '@preact/signals';
import { h, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { GetQueueCounts, ListCases } from '../../shared/api/routes/cases.js';
import { fieldLabels } from '../../shared/domain/fields.js';
import { ApiError, api, problemText, session } from '../src/api.js';
import { formatDay, formatTime } from '../src/dates.js';
import { kindLabels, status, t, text } from '../src/i18n.js';
import { storeCommittee, storedCommittee } from '../src/stored.js';
import { show, useFocusMain, useLoad } from '../src/ui.js';
import { DueCell, type QueueItem, RiskBadge } from './cells.js';
import { FilterBar } from './filters.js';
import { rememberQueue } from './next-case.js';
import {
  countsPath,
  type Filters,
  hasFilters,
  PAGE,
  queuePath,
  STAGES,
  VIEWS,
  type View,
} from './requests.js';
import { SearchForm } from './search.js';
import { preloadCase } from './views.js';

export type Counts = ResponseOf<typeof GetQueueCounts>;

/** The committee shown, for a member of several (kept for this tab). */
const chosenCommittee = signal(storedCommittee(session.claims()));
export function currentCommittee(): string {
  const claims = session.claims();
  const chosen = chosenCommittee.value;
  return (chosen && claims?.committees.includes(chosen) ? chosen : null) ?? claims?.committees[0] ?? '';
}
function chooseCommittee(c: string): void {
  storeCommittee(c);
  chosenCommittee.value = c;
}

export const isInvestigatorOnly = (): boolean => session.claims()?.groups.join() === 'investigator';

/** The tabs' counts: a help, not the page, so without them the queue still shows. */
export const loadCounts = (committee: string): Promise<Counts | null> =>
  api<Counts>(countsPath(committee)).catch(() => null);

const viewLabel = (v: View) => t(`view_${v}` as Parameters<typeof t>[0]);

/**
 * A tab's address, keeping the search and filters shown where that tab can be narrowed ("due this
 * week" and "done" cannot); a filter the tab itself implies (mine: the assignee, overdue: the risk)
 * is left out.
 */
function tabHref(tab: string, filters: Filters): string {
  if (!hasFilters(filters) || tab === 'week' || tab === 'done') return `#/queue/${tab}`;
  const implied = tab === 'mine' ? 'assignee' : tab === 'overdue' ? 'risk' : undefined;
  const kept = Object.entries(filters).filter(([k, v]) => v && k !== implied) as [string, string][];
  return kept.length ? `#/queue/${tab}?${new URLSearchParams(kept)}` : `#/queue/${tab}`;
}

function Tabs({
  stage,
  counts,
  filters,
}: {
  stage: string;
  counts: Counts | null;
  filters: Filters;
}): JSX.Element {
  const stages = isInvestigatorOnly() ? STAGES.filter((s) => s === 'accepted') : STAGES;
  const countOf = (tab: string): number | undefined =>
    !counts
      ? undefined
      : tab === 'mine'
        ? counts.mine.live
        : (STAGES as readonly string[]).includes(tab)
          ? (counts.stages[tab as keyof typeof counts.stages] ?? 0)
          : undefined;
  const tab = (name: string, label: string, cls?: string) => {
    const n = countOf(name);
    return h(
      'a',
      { href: tabHref(name, filters), class: cls, 'aria-current': name === stage ? 'page' : undefined },
      label,
      n === undefined
        ? null
        : [
            ' ',
            h('span', { class: 'count', title: t('asOf', { time: formatTime(counts!.asOf) }) }, String(n)),
          ],
    );
  };
  return h(
    'nav',
    { class: 'tabs', 'aria-label': t('queue') },
    (Object.keys(VIEWS) as View[]).map((v) => tab(v, viewLabel(v), 'view')),
    stages.map((s) => tab(s, status(s))),
  );
}

function CommitteePicker({ committee }: { committee: string }): JSX.Element {
  const mine = session.claims()?.committees ?? [];
  if (mine.length <= 1) return h('span', { class: 'muted' }, `${t('committee')}: ${committee}`);
  return h(
    'label',
    { class: 'inline' },
    `${t('committee')} `,
    h(
      'select',
      { onChange: (e: Event) => chooseCommittee((e.currentTarget as HTMLSelectElement).value) },
      mine.map((c) => h('option', { value: c, selected: c === committee }, c)),
    ),
  );
}

function CaseRow({ item: c }: { item: QueueItem }): JSX.Element {
  return h(
    'tr',
    {},
    h(
      'td',
      { 'data-label': t('reference') },
      h('a', { href: `#/case/${c.caseId}` }, c.reference),
      c.pseudonym ? h('div', { class: 'muted small' }, c.pseudonym) : null,
    ),
    h(
      'td',
      { class: 'matter', 'data-label': t('matter') },
      c.subject ? h('div', {}, c.subject) : null,
      h(
        'div',
        { class: 'muted small' },
        [
          c.respondent,
          [c.location.commune, c.location.province].filter(Boolean).join(', '),
          text(fieldLabels[c.field]),
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    ),
    h('td', { 'data-label': t('kind') }, text(kindLabels[c.kind])),
    h('td', { 'data-label': t('stage') }, status(c.status)),
    h(
      'td',
      { 'data-label': t('due') },
      formatDay(c.dueOn),
      ' ',
      h(RiskBadge, { risk: c.risk }),
      ' ',
      h(DueCell, { item: c }),
    ),
    h('td', { 'data-label': t('assignees') }, c.assignees.join(', ') || '—'),
    h('td', { 'data-label': t('received') }, formatDay(c.receivedOn)),
  );
}

/**
 * Once a list is on screen: a performance mark (the bench reads the first queue render from it) and
 * the case page's code fetched while the person reads, so opening a case waits for its data only.
 */
export function useShown(ready: boolean, mark: string): void {
  // Marked as the rows reach the page (before the frame that paints them), not a frame later.
  useLayoutEffect(() => {
    if (ready && performance.getEntriesByName(mark).length === 0) performance.mark(mark);
  }, [ready]);
  useEffect(() => {
    if (ready) preloadCase();
  }, [ready]);
}

const COLUMNS = ['reference', 'matter', 'kind', 'stage', 'due', 'assignees', 'received'] as const;

export function QueueView({ stage, filters }: { stage: string; filters: Filters }): JSX.Element | null {
  const committee = currentCommittee();
  const view = (Object.keys(VIEWS) as View[]).find((v) => v === stage);
  const filtered = hasFilters(filters);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const path = queuePath(stage, filters, committee, cursor);
  const loaded = useLoad(async () => {
    const [page, counts] = await Promise.all([
      api<ResponseOf<typeof ListCases>>(path),
      loadCounts(committee),
    ]);
    rememberQueue(page.items.map((c) => c.caseId));
    return { page, counts };
  }, [path]);
  useFocusMain(loaded.data !== undefined);
  useShown(loaded.data !== undefined, 'queue-shown');
  const title = `${t('queue')}: ${stage === 'all' ? t('allOpen') : view ? viewLabel(view) : status(stage)}`;
  return show(loaded, ({ page, counts }) => [
    h(
      'h1',
      {},
      title,
      filtered
        ? h(
            'span',
            { class: 'badge' },
            filters.flag ? t(`flag_${filters.flag}` as Parameters<typeof t>[0]) : t('filteredBy'),
          )
        : null,
    ),
    h('div', { class: 'toolbar' }, h(CommitteePicker, { committee })),
    h(FilterBar, { tab: stage, filters, investigatorOnly: isInvestigatorOnly() }),
    h(Tabs, { stage, counts, filters }),
    page.items.length
      ? h(
          'table',
          { class: 'queue cases' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              COLUMNS.map((k) => h('th', { scope: 'col' }, t(k))),
            ),
          ),
          h(
            'tbody',
            {},
            page.items.map((c) => h(CaseRow, { key: c.caseId, item: c })),
          ),
        )
      : h('p', { class: 'muted' }, filtered ? t('noMatch') : t('none')),
    filtered && page.nextCursor && page.items.length < PAGE
      ? h('p', { class: 'muted small' }, t('fewerRows'))
      : null,
    page.nextCursor
      ? h('button', { type: 'button', onClick: () => setCursor(page.nextCursor!) }, t('nextPage'))
      : null,
  ]);
}

/** A reference typed in the search box: the case itself if the caller may open it. */
export function FindView({ reference }: { reference: string }): JSX.Element | null {
  const loaded = useLoad(async () => {
    try {
      const page = await api<ResponseOf<typeof ListCases>>(
        `/cases?${new URLSearchParams({ reference: reference.trim() })}`,
      );
      const found = page.items[0];
      if (found) location.replace(`#/case/${found.caseId}`);
      return { why: found ? '' : t('notFound') };
    } catch (x) {
      // Not a reference at all (422): say so where the search is, not as a page error.
      if (!(x instanceof ApiError && x.problem.status === 422)) throw x;
      return { why: problemText(x, t('error')) };
    }
  }, [reference]);
  return show(loaded, ({ why }) =>
    why
      ? [
          h('h1', {}, `${t('search')}: ${reference}`),
          h(SearchForm, { view: 'find', value: reference }),
          h('p', { role: 'status' }, why),
          h('p', {}, h('a', { href: '#/queue' }, `← ${t('queue')}`)),
        ]
      : null,
  );
}
