/**
 * The requests the queue and inbox views make, and how an address names a tab, built in one place
 * (pure: no components, no words): the views use them, and the page's first script
 * (web/staff/early.ts) starts them before the rest of the code has loaded.
 */
import { predecisionStatuses } from '../../shared/domain/status.js';

export const FILTER_KEYS = ['q', 'kind', 'field', 'risk', 'assignee', 'flag'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

/** The filters of a page address's query part (`q=…&kind=…`); anything else is ignored. */
export function filtersOf(query: string): Filters {
  const p = new URLSearchParams(query);
  const out: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (v) out[k] = v;
  }
  return out;
}

export const hasFilters = (f: Filters): boolean => FILTER_KEYS.some((k) => f[k]);

/** The tab a filtered list is shown under: one that can be narrowed, else all open cases. */
export function filteredTab(tab: string, investigatorOnly: boolean): string {
  // An investigator's lists are their own cases and the accepted ones they may claim.
  if (investigatorOnly) return tab === 'accepted' ? 'accepted' : 'mine';
  if (tab === 'week' || tab === 'done') return 'all';
  return tab;
}

/** The list request of a tab with its filters: the tab's own condition, then the filters. */
export function filterQuery(tab: string, f: Filters, stages: readonly string[]): string {
  const p = new URLSearchParams();
  if (stages.includes(tab)) p.set('stage', tab);
  for (const k of FILTER_KEYS) if (f[k]) p.set(k, f[k]);
  if (tab === 'mine') p.set('assignee', 'me');
  if (tab === 'overdue') p.set('risk', 'overdue');
  return p.toString();
}

/** The stages with a queue: every one before the decision, and the decided cases awaiting notice. */
export const STAGES = [...predecisionStatuses, 'notified'] as const;
/** Views across stages: my work, overdue, due by Sunday, done. */
export const VIEWS = {
  mine: 'assignee=me',
  overdue: 'overdue=true',
  week: 'due=week',
  done: 'done=true',
} as const;
export type View = keyof typeof VIEWS;
export const PAGE = 25;

/** The tab an address names, or the person's default one. */
export function queueTab(arg: string | undefined, filters: Filters, investigatorOnly: boolean): string {
  const known =
    arg &&
    ((STAGES as readonly string[]).includes(arg) ||
      Object.hasOwn(VIEWS, arg) ||
      (arg === 'all' && hasFilters(filters)));
  return known ? arg : investigatorOnly ? 'mine' : 'screening';
}

/** A page of a tab, with its filters. */
export function queuePath(tab: string, filters: Filters, committee: string, cursor?: string): string {
  const view = (Object.keys(VIEWS) as View[]).find((v) => v === tab);
  const which = hasFilters(filters) ? filterQuery(tab, filters, STAGES) : view ? VIEWS[view] : `stage=${tab}`;
  const params = new URLSearchParams({ committee, limit: String(PAGE), ...(cursor ? { cursor } : {}) });
  return `/cases?${which}&${params}`;
}

export const countsPath = (committee: string): string =>
  `/committees/${encodeURIComponent(committee)}/queue-counts`;

/** Each inbox section is one page of a queue or a filter; its size, where the tab counters know it. */
export interface InboxSection {
  title: [string, string];
  query: string;
  all: string;
  total?: (c: { stages: Partial<Record<string, number>>; mine: { live: number } }) => number | undefined;
}
export const INBOX: Record<'intake' | 'chair' | 'investigator', InboxSection[]> = {
  intake: [
    {
      title: ['Chờ phân loại', 'To screen'],
      query: 'stage=screening',
      all: '#/queue/screening',
      total: (c) => c.stages.screening ?? 0,
    },
    {
      title: ['Phân loại quá hạn', 'Screening overdue'],
      query: 'stage=screening&risk=overdue',
      all: '#/queue/screening?risk=overdue',
    },
  ],
  chair: [
    {
      title: ['Chờ phân công', 'To assign'],
      query: 'stage=accepted',
      all: '#/queue/accepted',
      total: (c) => c.stages.accepted ?? 0,
    },
    {
      title: ['Chờ phê duyệt', 'To approve'],
      query: 'stage=decision_proposed',
      all: '#/queue/decision_proposed',
      total: (c) => c.stages.decision_proposed ?? 0,
    },
    {
      title: ['Sắp hết hạn — đã qua 90 % thời hạn', 'Escalated — past 90 % of a deadline'],
      query: 'risk=p90',
      all: '#/queue/all?risk=p90',
    },
    {
      title: ['Xin rút đơn, chờ quyết định', 'Withdrawals awaiting a decision'],
      query: 'flag=withdrawal',
      all: '#/queue/all?flag=withdrawal',
    },
  ],
  investigator: [
    {
      title: ['Việc của tôi', 'My cases'],
      query: 'assignee=me',
      all: '#/queue/mine',
      total: (c) => c.mine.live,
    },
    {
      title: ['Người gửi đơn đã bổ sung', 'Information received from filers'],
      query: 'assignee=me&flag=filer_message',
      all: '#/queue/mine?flag=filer_message',
    },
  ],
};
export const INBOX_OVERDUE: InboxSection = {
  title: ['Quá hạn', 'Overdue'],
  query: 'overdue=true',
  all: '#/queue/overdue',
};
export const INBOX_ROWS = 5;

/** The sections a person's inbox shows, by their roles. */
export function inboxSections(groups: readonly string[]): InboxSection[] {
  const roles = (['chair', 'intake', 'investigator'] as const).filter((r) => groups.includes(r));
  // The committee-wide overdue list is the clerk's and the chair's; an investigator's own cases are
  // already ordered by due date.
  const committeeWide = roles.some((r) => r !== 'investigator');
  return [...roles.flatMap((r) => INBOX[r]), ...(committeeWide ? [INBOX_OVERDUE] : [])];
}

export const inboxPath = (s: InboxSection, committee: string): string =>
  `/cases?${s.query}&${new URLSearchParams({ committee, limit: String(INBOX_ROWS) })}`;

/** Splits an address (`#/queue/screening?q=…`) into its view, argument and query. */
export function addressOf(hash: string): { view: string; arg: string | undefined; query: string } {
  const [path = '', query = ''] = hash.split('?');
  const [, view = '', rawArg] = path.split('/');
  return { view, arg: rawArg ? decodeURIComponent(rawArg) : undefined, query };
}

/** Whether these roles work on cases (the inbox and queues are theirs). */
export const worksOnCases = (groups: readonly string[]): boolean =>
  (['chair', 'intake', 'investigator'] as const).some((r) => groups.includes(r));

/** The GET requests the view at `hash` makes first, for a person with these groups (none for other views). */
export function firstRequests(hash: string, groups: readonly string[], committee: string): string[] {
  const { view, arg, query } = addressOf(hash);
  if (!worksOnCases(groups) || !committee) return [];
  if (view === 'inbox' || view === '')
    return [countsPath(committee), ...inboxSections(groups).map((s) => inboxPath(s, committee))];
  if (view !== 'queue') return [];
  const filters = filtersOf(query);
  const tab = queueTab(arg, filters, groups.join() === 'investigator');
  return [queuePath(tab, filters, committee), countsPath(committee)];
}
