/**
 * What waits for the signed-in person, by role (issue 13 §2): a clerk's cases to screen, a chair's
 * to assign and to approve, an investigator's own cases by due date, and everyone's overdue ones.
 * Each section is one page of an existing queue (one DynamoDB Query), the most urgent first, with
 * a link to the whole queue.
 */
import { h, type JSX } from 'preact';
import type { ResponseOf } from '../../shared/api/route-def.js';
import type { ListCases } from '../../shared/api/routes/cases.js';
import { api, session } from '../src/api.js';
import { formatDay } from '../src/dates.js';
import { L, status, t } from '../src/i18n.js';
import { show, useFocusMain, useLoad } from '../src/ui.js';
import { DueCell, RiskBadge } from './cells.js';
import { FilterBar } from './filters.js';
import { rememberQueue } from './next-case.js';
import { type Counts, currentCommittee, isInvestigatorOnly, loadCounts, useShown } from './queue.js';
import { type InboxSection, inboxPath, inboxSections } from './requests.js';

type Page = ResponseOf<typeof ListCases>;

function Section({
  index,
  section: s,
  page,
  counts,
}: {
  index: number;
  section: InboxSection;
  page: Page;
  counts: Counts | null;
}): JSX.Element {
  const whole = counts && s.total ? s.total(counts) : undefined;
  const count =
    whole !== undefined && whole >= page.items.length
      ? String(whole)
      : `${page.items.length}${page.nextCursor ? '+' : ''}`;
  return h(
    'section',
    { class: 'card inbox', 'aria-labelledby': `inbox-${index}` },
    h('h2', { id: `inbox-${index}` }, `${L(...s.title)} `, h('span', { class: 'count' }, `(${count})`)),
    page.items.length
      ? h(
          'ul',
          { class: 'inbox-list' },
          page.items.map((c) =>
            h(
              'li',
              { key: c.caseId },
              h('a', { href: `#/case/${c.caseId}` }, c.reference),
              ' ',
              h(RiskBadge, { risk: c.risk }),
              ` ${status(c.status)} · ${t('due')} ${formatDay(c.dueOn)} `,
              h(DueCell, { item: c }),
              c.subject ? h('div', { class: 'muted small' }, c.subject) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, t('none')),
    h('a', { href: s.all }, L('Xem cả hàng đợi →', 'The whole queue →')),
  );
}

export function InboxView(): JSX.Element | null {
  const claims = session.claims()!;
  const committee = currentCommittee();
  const sections = inboxSections(claims.groups);
  const loaded = useLoad(async () => {
    const [counts, ...pages] = await Promise.all([
      loadCounts(committee),
      ...sections.map((s) => api<Page>(inboxPath(s, committee))),
    ]);
    rememberQueue([...new Set(pages.flatMap((p) => p.items.map((c) => c.caseId)))]);
    return { counts, pages };
  }, [committee, sections.map((s) => s.query).join()]);
  useFocusMain(loaded.data !== undefined);
  useShown(loaded.data !== undefined, 'inbox-shown');
  return show(loaded, ({ counts, pages }) => [
    h('h1', {}, L('Việc cần làm', 'Inbox')),
    h('div', { class: 'toolbar' }, h('span', { class: 'muted' }, `${t('committee')}: ${committee}`)),
    h(FilterBar, { tab: 'all', filters: {}, investigatorOnly: isInvestigatorOnly() }),
    pages.every((p) => p.items.length === 0)
      ? h('p', { class: 'muted' }, L('Không có việc nào đang chờ bạn.', 'Nothing is waiting for you.'))
      : null,
    sections.map((s, i) => h(Section, { key: s.query, index: i, section: s, page: pages[i]!, counts })),
  ]);
}
