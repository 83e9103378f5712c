/**
 * The committee workspace: sign in, queues by stage ordered by due date, and the case page with its
 * deadlines, timeline, messages and the actions the signed-in person may take now.
 */
import type { ResponseOf } from '../../shared/api/route-def.js';
import type {
  GetAttachment,
  GetAudit,
  GetCase,
  GetEligibleStaff,
  GetPrintJobs,
  GetQueueCounts,
  ListCases,
  PrintLetter,
  RevealIdentity,
  VerifyAudit,
} from '../../shared/api/routes/cases.js';
import type { GetPublicCommittees } from '../../shared/api/routes/public.js';
import type { ActionName } from '../../shared/domain/actions.js';
import { fieldLabels } from '../../shared/domain/intake.js';
import { ApiError, api, problemText, session } from '../src/api.js';
import { dueText, formatDay, formatTime } from '../src/dates.js';
import { h, mount } from '../src/dom.js';
import {
  deadlineLabels,
  detailLabels,
  eventLabels,
  kindLabels,
  lang,
  languageButton,
  noticeLabels,
  personLabels,
  status,
  t,
  text,
} from '../src/i18n.js';
import { signInForm } from '../src/sign-in.js';
import { adminView } from './admin.js';
import { auditSearchView, trailView } from './audit.js';
import { documentList, proposalCard } from './decision.js';
import { type Filters, filterBar, filterQuery, filtersOf, hasFilters } from './filters.js';
import { actionLabels, fieldsFor, type Procedure, payloadOf, renderField, validate } from './forms.js';
import { registerView } from './register.js';
import { searchForm } from './search.js';

const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);

const top = document.getElementById('top')!;
const main = document.getElementById('main')!;

const STAGES = [
  'screening',
  'accepted',
  'assigned',
  'investigating',
  'suspended',
  'decision_proposed',
  'notified',
] as const;
/** Views across stages: my work, overdue, due by Sunday. */
const VIEWS = { mine: 'assignee=me', overdue: 'overdue=true', week: 'due=week', done: 'done=true' } as const;
type View = keyof typeof VIEWS;

type QueueItem = ResponseOf<typeof ListCases>['items'][number];
type CaseDetail = ResponseOf<typeof GetCase>;
type CaseJson = Exclude<CaseDetail['case'], { summaryOnly: true }>;
type ClaimSummaryJson = Extract<CaseDetail['case'], { summaryOnly: true }>;
type Deadline = CaseJson['deadlines'][number];
/**
 * An audit event as stored (shared/audit/chain.ts). The route returns events unparsed so a damaged
 * trail can still be read; verify, shown beside it, says where it breaks.
 */
interface AuditLine {
  at: string;
  actor: { id: string; role: string } | string;
  action: string;
  from: string | null;
  to: string | null;
  data: Record<string, unknown>;
}
type PrintJobJson = ResponseOf<typeof GetPrintJobs>['items'][number];

function header(): void {
  const claims = session.claims();
  mount(
    top,
    h(
      'div',
      { class: 'bar' },
      h('a', { href: '#/', class: 'brand' }, t('appName')),
      claims
        ? h(
            'span',
            { class: 'who' },
            `${claims.username} · ${claims.groups.join(', ')} · ${claims.committees.join(', ')}`,
          )
        : null,
      claims && worksOnCases() ? h('a', { href: '#/queue', class: 'nav' }, t('queue')) : null,
      claims?.groups.includes('intake')
        ? h('a', { href: '/file/?desk', class: 'nav' }, lang === 'vi' ? 'Nhận đơn tại quầy' : 'Desk intake')
        : null,
      claims?.groups.some((g) => g === 'intake' || g === 'chair')
        ? h(
            'a',
            { href: '#/register', class: 'nav' },
            lang === 'vi' ? 'Sổ tiếp công dân' : 'Reception register',
          )
        : null,
      claims?.groups.includes('auditor')
        ? h('a', { href: '#/audit', class: 'nav' }, lang === 'vi' ? 'Kiểm tra nhật ký' : 'Audit trails')
        : null,
      claims?.groups.includes('admin')
        ? h('a', { href: '#/admin', class: 'nav' }, lang === 'vi' ? 'Quản trị' : 'Administration')
        : null,
      claims?.groups.includes('leadership')
        ? h('a', { href: '/dashboard', class: 'nav' }, lang === 'vi' ? 'Bảng điều hành' : 'Dashboard')
        : null,
      languageButton(route),
      claims
        ? h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                session.signOut();
                location.hash = '#/login';
              },
            },
            t('signOut'),
          )
        : null,
    ),
  );
}

function loginView(): void {
  const form = signInForm(() => {
    // Leadership works with figures only: its page is the dashboard.
    if (session.claims()?.groups.every((g) => g === 'leadership')) location.assign('/dashboard');
    // Back to where the link pointed (a case opened in a new tab), else the queue.
    else location.hash = session.takeReturn() ?? '#/';
  });
  mount(main, form);
  (form.querySelector('#username') as HTMLInputElement).focus();
}

function dueCell(c: QueueItem): HTMLElement | null {
  if (!c.dueOn) return null;
  const due = dueText({
    state: 'running',
    dueOn: c.dueOn,
    dayType: c.dueDayType,
    daysLeft: c.daysLeft,
    overdueDays: c.overdueDays,
  });
  return h('span', { class: due.overdue ? 'small overdue' : 'small muted' }, due.text);
}

function riskBadge(risk: string): HTMLElement | null {
  if (risk === 'none') return null;
  return h('span', { class: `badge risk-${risk}` }, t(`risk_${risk}` as Parameters<typeof t>[0]));
}

/** A reference typed in the search box: the case itself if the caller may open it. */
async function findView(reference: string): Promise<void> {
  let found: ResponseOf<typeof ListCases>['items'][number] | undefined;
  let why = t('notFound');
  try {
    const page = await api<ResponseOf<typeof ListCases>>(
      `/cases?${new URLSearchParams({ reference: reference.trim() })}`,
    );
    found = page.items[0];
  } catch (x) {
    // Not a reference at all (422): say so where the search is, not as a page error.
    if (!(x instanceof ApiError && x.problem.status === 422)) throw x;
    why = problemText(x, t('error'));
  }
  if (found) {
    location.replace(`#/case/${found.caseId}`);
    return;
  }
  mount(
    main,
    h('h1', {}, `${t('search')}: ${reference}`),
    searchForm('find', reference),
    h('p', { role: 'status' }, why),
    h('p', {}, h('a', { href: '#/queue' }, `← ${t('queue')}`)),
  );
}

async function queueView(stage: string, cursor?: string, filters: Filters = {}): Promise<void> {
  const claims = session.claims()!;
  const committee = sessionStorage.getItem('cm.committee') ?? claims.committees[0] ?? '';
  const view = (Object.keys(VIEWS) as View[]).find((v) => v === stage);
  const investigatorOnly = claims.groups.join() === 'investigator';
  const filtered = hasFilters(filters);
  const params = new URLSearchParams({ committee, limit: '25', ...(cursor ? { cursor } : {}) });
  const which = filtered ? filterQuery(stage, filters, STAGES) : view ? VIEWS[view] : `stage=${stage}`;
  const [page, counts] = await Promise.all([
    api<ResponseOf<typeof ListCases>>(`/cases?${which}&${params}`),
    // The tabs' counts are a help, not the page: without them the queue still shows.
    api<ResponseOf<typeof GetQueueCounts>>(`/committees/${encodeURIComponent(committee)}/queue-counts`).catch(
      () => null,
    ),
  ]);
  rememberQueue(page.items.map((c) => c.caseId));
  const stages = investigatorOnly ? STAGES.filter((s) => s === 'accepted') : STAGES;
  const viewLabel = (v: View) => t(`view_${v}` as Parameters<typeof t>[0]);
  const countOf = (tab: string): number | undefined =>
    !counts
      ? undefined
      : tab === 'mine'
        ? counts.mine.live
        : (STAGES as readonly string[]).includes(tab)
          ? (counts.stages[tab as keyof typeof counts.stages] ?? 0)
          : undefined;
  const counted = (tab: string, label: string) => {
    const n = countOf(tab);
    return n === undefined
      ? [label]
      : [
          label,
          ' ',
          h('span', { class: 'count', title: t('asOf', { time: formatTime(counts!.asOf) }) }, String(n)),
        ];
  };
  const tabs = h(
    'nav',
    { class: 'tabs', 'aria-label': t('queue') },
    ...(Object.keys(VIEWS) as View[]).map((v) =>
      h(
        'a',
        { href: `#/queue/${v}`, class: 'view', 'aria-current': v === stage ? 'page' : undefined },
        ...counted(v, viewLabel(v)),
      ),
    ),
    ...stages.map((s) =>
      h(
        'a',
        { href: `#/queue/${s}`, 'aria-current': s === stage ? 'page' : undefined },
        ...counted(s, status(s)),
      ),
    ),
  );
  const picker =
    claims.committees.length > 1
      ? h(
          'label',
          { class: 'inline' },
          `${t('committee')} `,
          h(
            'select',
            {
              onchange: (e: Event) => {
                sessionStorage.setItem('cm.committee', (e.target as HTMLSelectElement).value);
                route();
              },
            },
            ...claims.committees.map((c) => h('option', { value: c, selected: c === committee }, c)),
          ),
        )
      : h('span', { class: 'muted' }, `${t('committee')}: ${committee}`);
  const rows = page.items.map((c) =>
    h(
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
      h('td', { 'data-label': t('due') }, formatDay(c.dueOn), ' ', riskBadge(c.risk), ' ', dueCell(c)),
      h('td', { 'data-label': t('assignees') }, c.assignees.join(', ') || '—'),
      h('td', { 'data-label': t('received') }, formatDay(c.receivedOn)),
    ),
  );
  mount(
    main,
    h(
      'h1',
      {},
      `${t('queue')}: ${stage === 'all' ? t('allOpen') : view ? viewLabel(view) : status(stage)}`,
      filtered
        ? h(
            'span',
            { class: 'badge' },
            filters.flag ? t(`flag_${filters.flag}` as Parameters<typeof t>[0]) : t('filteredBy'),
          )
        : null,
    ),
    h('div', { class: 'toolbar' }, picker),
    filterBar(stage, filters, { investigatorOnly }),
    tabs,
    rows.length
      ? h(
          'table',
          { class: 'queue cases' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['reference', 'matter', 'kind', 'stage', 'due', 'assignees', 'received'] as const).map(
                (k) => h('th', { scope: 'col' }, t(k)),
              ),
            ),
          ),
          h('tbody', {}, ...rows),
        )
      : h('p', { class: 'muted' }, filtered ? t('noMatch') : t('none')),
    filtered && page.nextCursor && rows.length < 25 ? h('p', { class: 'muted small' }, t('fewerRows')) : null,
    page.nextCursor
      ? h(
          'button',
          { type: 'button', onclick: () => queueView(stage, page.nextCursor!, filters) },
          t('nextPage'),
        )
      : null,
  );
}

/**
 * What waits for the signed-in person, by role (issue 13 §2): a clerk's cases to screen, a chair's
 * to assign and to approve, an investigator's own cases by due date, and everyone's overdue ones.
 * Each section is one page of an existing queue (one DynamoDB Query), the most urgent first, with
 * a link to the whole queue.
 */
type Counts = ResponseOf<typeof GetQueueCounts>;
interface InboxSection {
  title: [string, string];
  query: string;
  all: string;
  /** The section's whole size, where the tab counters know it. */
  total?: (c: Counts) => number | undefined;
}
const INBOX: Record<'intake' | 'chair' | 'investigator', InboxSection[]> = {
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
      title: ['Sắp hết hạn (≥ 90%)', 'Escalated (≥ 90% of a deadline)'],
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
const INBOX_OVERDUE: InboxSection = {
  title: ['Quá hạn', 'Overdue'],
  query: 'overdue=true',
  all: '#/queue/overdue',
};
const INBOX_ROWS = 5;

const worksOnCases = () =>
  (['chair', 'intake', 'investigator'] as const).some((r) => session.claims()?.groups.includes(r));

/**
 * "Next case in this queue" (issue 13 §4): the queue or inbox last shown is remembered (ids only, for
 * this tab), so after an action the next case is one key press away — N, outside a form field.
 */
const QUEUE_IDS = 'cm.queueIds';
const rememberQueue = (ids: string[]) => sessionStorage.setItem(QUEUE_IDS, JSON.stringify(ids));

function nextInQueue(caseId: string): string | null {
  let ids: unknown;
  try {
    ids = JSON.parse(sessionStorage.getItem(QUEUE_IDS) ?? '[]');
  } catch {
    return null;
  }
  if (!Array.isArray(ids)) return null;
  const i = ids.indexOf(caseId);
  return i >= 0 && typeof ids[i + 1] === 'string' ? ids[i + 1] : null;
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'n' && e.key !== 'N') return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  document.getElementById('next-case')?.click();
});

async function inboxView(): Promise<void> {
  const claims = session.claims()!;
  const committee = sessionStorage.getItem('cm.committee') ?? claims.committees[0] ?? '';
  const roles = (['chair', 'intake', 'investigator'] as const).filter((r) => claims.groups.includes(r));
  // The committee-wide overdue list is the clerk's and the chair's; an investigator's own cases are
  // already ordered by due date.
  const committeeWide = roles.some((r) => r !== 'investigator');
  const sections = [...roles.flatMap((r) => INBOX[r]), ...(committeeWide ? [INBOX_OVERDUE] : [])];
  const [counts, ...pages] = await Promise.all([
    api<Counts>(`/committees/${encodeURIComponent(committee)}/queue-counts`).catch(() => null),
    ...sections.map((s) =>
      api<ResponseOf<typeof ListCases>>(
        `/cases?${s.query}&${new URLSearchParams({ committee, limit: String(INBOX_ROWS) })}`,
      ),
    ),
  ]);
  const total = pages.reduce((n, p) => n + p.items.length, 0);
  rememberQueue([...new Set(pages.flatMap((p) => p.items.map((c) => c.caseId)))]);
  mount(
    main,
    h('h1', {}, L('Việc cần làm', 'Inbox')),
    h('div', { class: 'toolbar' }, h('span', { class: 'muted' }, `${t('committee')}: ${committee}`)),
    filterBar('all', {}, { investigatorOnly: session.claims()?.groups.join() === 'investigator' }),
    total === 0
      ? h('p', { class: 'muted' }, L('Không có việc nào đang chờ bạn.', 'Nothing is waiting for you.'))
      : null,
    ...sections.map((s, i) => {
      const page = pages[i]!;
      const whole = counts && s.total ? s.total(counts) : undefined;
      const count =
        whole !== undefined && whole >= page.items.length
          ? String(whole)
          : `${page.items.length}${page.nextCursor ? '+' : ''}`;
      return h(
        'section',
        { class: 'card inbox', 'aria-labelledby': `inbox-${i}` },
        h('h2', { id: `inbox-${i}` }, `${L(...s.title)} `, h('span', { class: 'count' }, `(${count})`)),
        page.items.length
          ? h(
              'ul',
              { class: 'inbox-list' },
              ...page.items.map((c) =>
                h(
                  'li',
                  {},
                  h('a', { href: `#/case/${c.caseId}` }, c.reference),
                  ' ',
                  riskBadge(c.risk),
                  ` ${status(c.status)} · ${t('due')} ${formatDay(c.dueOn)} `,
                  dueCell(c),
                  c.subject ? h('div', { class: 'muted small' }, c.subject) : null,
                ),
              ),
            )
          : h('p', { class: 'muted' }, t('none')),
        h('a', { href: s.all }, L('Xem cả hàng đợi →', 'The whole queue →')),
      );
    }),
  );
}

function deadlineRow(d: Deadline): HTMLElement {
  const due = dueText(d);
  const pauses = d.pauses.map((p) => `${formatDay(p.from)} → ${p.to ? formatDay(p.to) : '…'}`).join(', ');
  return h(
    'li',
    { class: `deadline state-${d.state}` },
    h('strong', {}, text(deadlineLabels[d.name]) || d.name),
    ` ${d.days} ${t(d.dayType as 'working' | 'calendar')}${d.extensions ? ` (+${d.extensions})` : ''} · ${formatDay(d.dueOn)} · `,
    h('span', { class: due.overdue ? 'countdown overdue' : 'countdown' }, due.text),
    pauses ? h('span', { class: 'muted' }, ` · ${t('paused')}: ${pauses}`) : null,
    h('div', { class: 'muted small' }, d.basis),
  );
}

/** What an audit event recorded, in words: note, reason, outcome, assignees, document number. */
function eventDetail(data: Record<string, unknown>, p: Procedure): HTMLElement | null {
  const parts: (HTMLElement | string)[] = [];
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
  for (const k of ['text', 'note', 'reason', 'question', 'summary'] as const)
    if (typeof data[k] === 'string' && data[k]) parts.push(h('blockquote', {}, data[k] as string));
  return parts.length ? h('div', { class: 'event-detail' }, ...parts) : null;
}

/**
 * An accepted case an investigator may claim but does not work on: what it is, where and by when;
 * nobody named, no content, until they claim it (DESIGN.md §1).
 */
async function claimSummary(caseId: string, s: ClaimSummaryJson, allowed: string[], flash?: string) {
  const out = h('p', { role: 'status' });
  mount(
    main,
    h('p', {}, h('a', { href: '#/queue/accepted' }, t('back'))),
    flash ? h('p', { class: 'flash', role: 'status' }, flash) : null,
    h('h1', {}, `${s.reference} `),
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'badge' }, status(s.status as never)),
      ' ',
      riskBadge(s.risk),
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
        h('dd', {}, text(kindLabels[s.kind as keyof typeof kindLabels]) || s.kind),
        h('dt', {}, L('Lĩnh vực', 'Field')),
        h('dd', {}, text(fieldLabels[s.field as keyof typeof fieldLabels]) || s.field),
        h('dt', {}, L('Địa bàn', 'Location')),
        h('dd', {}, [s.location.commune, s.location.province].filter(Boolean).join(', ')),
        h('dt', {}, L('Ngày nhận', 'Received')),
        h('dd', {}, formatDay(s.receivedOn)),
        ...s.deadlines
          .filter((d) => d.state === 'running' && d.dueOn)
          .flatMap((d) => [
            h('dt', {}, text(deadlineLabels[d.name as keyof typeof deadlineLabels]) || d.name),
            h('dd', {}, formatDay(d.dueOn!)),
          ]),
      ),
      allowed.includes('claim')
        ? h(
            'button',
            {
              type: 'button',
              class: 'action',
              onclick: async () => {
                try {
                  await api(`/cases/${caseId}/actions`, {
                    body: { action: 'claim', expectedVersion: s.version },
                  });
                  await caseView(caseId, t('saved'));
                } catch (x) {
                  out.textContent = problemText(x, t('error'));
                }
              },
            },
            actionLabels.claim[lang === 'vi' ? 0 : 1],
          )
        : null,
      out,
    ),
  );
}

async function caseView(caseId: string, flash?: string): Promise<void> {
  const first = await api<{ case: { summaryOnly?: boolean }; allowedActions: string[] }>(`/cases/${caseId}`);
  if (first.case.summaryOnly)
    return claimSummary(caseId, first.case as ClaimSummaryJson, first.allowedActions, flash);
  const [detail, audit, verdict] = await Promise.all([
    first as unknown as {
      case: CaseJson;
      allowedActions: ActionName[];
      rejectionGrounds: Procedure['outcomes'];
      procedure: Procedure & { label: { vi: string; en: string } };
    },
    api<ResponseOf<typeof GetAudit>>(`/cases/${caseId}/audit`),
    api<ResponseOf<typeof VerifyAudit>>(`/cases/${caseId}/audit/verify`),
  ]);
  const caseDocuments = await documentList(caseId).catch(() => null);
  const letters = await letterList(caseId).catch(() => null);
  const c = detail.case;
  const actionArea = h(
    'section',
    { class: 'card', 'aria-labelledby': 'actions-h' },
    h('h2', { id: 'actions-h' }, t('actions')),
  );
  const formSlot = h('div', {});
  const buttons = detail.allowedActions.map((a) =>
    h(
      'button',
      { type: 'button', class: 'action', 'data-action': a, onclick: () => void openForm(a) },
      actionLabels[a][lang === 'vi' ? 0 : 1],
    ),
  );
  actionArea.append(
    buttons.length ? h('div', { class: 'buttons' }, ...buttons) : h('p', { class: 'muted' }, t('noActions')),
    formSlot,
  );

  /** The version the form will send; a 409 moves it on, so the typed text can be resent. */
  let version: number = c.version;

  async function openForm(action: ActionName): Promise<void> {
    // Assigning is choosing from the committee's investigators, with what each has on hand.
    let eligible: ResponseOf<typeof GetEligibleStaff> | undefined;
    if (action === 'assign') {
      try {
        eligible = await api<ResponseOf<typeof GetEligibleStaff>>(`/cases/${caseId}/eligible-staff`);
      } catch (x) {
        formSlot.replaceChildren(h('p', { class: 'error', role: 'alert' }, problemText(x, t('error'))));
        return;
      }
    }
    // Transferring offers the other committees that use Công Minh, by name.
    let committees: { code: string; label: { vi: string; en: string } }[] | undefined;
    if (action === 'transfer') {
      const all = await api<ResponseOf<typeof GetPublicCommittees>>('/public/committees').catch(() => null);
      committees = (all?.items ?? [])
        .filter((x) => x.committeeId !== c.committee)
        .map((x) => ({ code: x.committeeId, label: x.name }));
    }
    const fields = fieldsFor(action, detail.procedure, detail.rejectionGrounds, {
      dialogues: c.dialogues ?? 0,
      previousDraft: c.proposal?.draft ?? c.returnedProposal?.draft,
      eligible,
      committees,
    });
    // The approval names exactly the draft shown above it (dual control over what is signed).
    const fixed = action === 'approve_decision' ? { documentHash: c.proposal?.documentHash } : {};
    const id = `f-${action}`;
    const err = h('p', { class: 'error', role: 'alert' });
    const warn = h('div', { role: 'status' });
    const fieldError = (name: string) => form.querySelector(`#${CSS.escape(`${id}-${name}-err`)}`);
    const form: HTMLFormElement = h(
      'form',
      {
        class: 'action-form',
        // The API's own contract checks the form and says what is wrong next to each field.
        novalidate: true,
        'aria-label': actionLabels[action][lang === 'vi' ? 0 : 1],
        onsubmit: async (e: Event) => {
          e.preventDefault();
          err.textContent = '';
          const payload = { ...payloadOf(action, form, fields), ...fixed };
          const problems = validate(action, payload, version, {
            procedure: detail.procedure,
            dialogues: c.dialogues ?? 0,
          });
          for (const f of fields) {
            const el = fieldError(f.name);
            if (el) el.textContent = problems[f.name] ?? '';
          }
          if (Object.keys(problems).length) return;
          try {
            await api(`/cases/${caseId}/actions`, { body: { ...payload, expectedVersion: version } });
            await caseView(caseId, t('saved'));
          } catch (x) {
            if (x instanceof ApiError && x.problem.status === 409) {
              await explainConflict(x.problem.detail ?? '');
              return;
            }
            err.textContent = problemText(x, t('error'));
            for (const fe of x instanceof ApiError ? (x.problem.errors ?? []) : []) {
              const el = fieldError(fe.path.startsWith('draft.') ? fe.path : fe.path.split('.')[0]!);
              if (el) el.textContent = fe.message;
            }
            if (x instanceof ApiError && x.problem.errors?.length) {
              err.textContent =
                lang === 'vi' ? 'Hãy sửa các mục được đánh dấu.' : 'Please correct the marked fields.';
            }
          }
        },
      },
      h('h3', {}, actionLabels[action][lang === 'vi' ? 0 : 1]),
      action === 'approve_decision' && c.proposal
        ? h(
            'p',
            { class: 'muted small' },
            lang === 'vi'
              ? `Bạn phê duyệt đúng bản dự thảo ở trên (SHA-256 ${c.proposal.documentHash.slice(0, 16)}…). Khi phê duyệt, văn bản được cấp số và ban hành.`
              : `You approve exactly the draft above (SHA-256 ${c.proposal.documentHash.slice(0, 16)}…). Approval numbers and issues the document.`,
          )
        : null,
      action === 'propose_decision' && c.returnedProposal
        ? h(
            'div',
            { class: 'warning' },
            h(
              'p',
              {},
              h('strong', {}, lang === 'vi' ? 'Dự thảo trước bị trả lại: ' : 'The last draft was returned: '),
              c.returnedProposal.reason,
            ),
            h(
              'p',
              { class: 'small muted' },
              `${c.returnedProposal.returnedBy}, ${formatTime(c.returnedProposal.returnedAt)}`,
            ),
          )
        : null,
      ...fields.map((f) => renderField(f, id)),
      warn,
      err,
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit' }, t('submit')),
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => formSlot.replaceChildren() },
          t('cancel'),
        ),
      ),
    );

    /**
     * Someone else acted first. Nothing typed is lost: the form stays, says what changed, and sends on
     * the new version when resent. An approval whose draft changed must be read again first.
     */
    async function explainConflict(_detail: string): Promise<void> {
      const now = (await api<CaseDetail>(`/cases/${caseId}`)).case;
      // No longer theirs to work on (reassigned while the form was open): show what they may see now.
      if ('summaryOnly' in now) return caseView(caseId);
      const changes: string[] = [];
      if (now.status !== c.status) changes.push(`${status(c.status)} → ${status(now.status)}`);
      if (now.proposal?.outcome !== c.proposal?.outcome && now.proposal)
        changes.push(lang === 'vi' ? 'KẾT QUẢ ĐỀ XUẤT đã đổi' : 'THE PROPOSED OUTCOME changed');
      if (now.proposal?.documentHash !== c.proposal?.documentHash)
        changes.push(lang === 'vi' ? 'bản dự thảo đã khác' : 'the draft is different');
      if (now.publicMessages?.length !== c.publicMessages?.length)
        changes.push(lang === 'vi' ? 'có tin nhắn mới' : 'a new message');
      if ((now.assignees ?? []).join() !== (c.assignees ?? []).join())
        changes.push(`${t('assignees')}: ${(now.assignees ?? []).join(', ') || '—'}`);
      const draftChanged =
        action === 'approve_decision' && now.proposal?.documentHash !== c.proposal?.documentHash;
      if (!draftChanged) version = now.version;
      warn.replaceChildren(
        h(
          'div',
          { class: 'warning' },
          h(
            'p',
            {},
            t('conflict'),
            ` ${changes.length ? changes.join('; ') : `${lang === 'vi' ? 'phiên bản' : 'version'} ${c.version} → ${now.version}`}.`,
          ),
          h(
            'p',
            {},
            draftChanged
              ? lang === 'vi'
                ? 'Hãy đọc lại bản dự thảo mới trước khi phê duyệt.'
                : 'Read the new draft before approving.'
              : lang === 'vi'
                ? 'Nội dung bạn đã nhập vẫn còn; bấm Xác nhận để gửi lại trên phiên bản mới.'
                : 'What you typed is kept; press Confirm to send it again on the new version.',
          ),
          h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => void caseView(caseId) },
            lang === 'vi' ? 'Tải lại vụ việc' : 'Reload the case',
          ),
        ),
      );
    }

    formSlot.replaceChildren(form);
    (form.querySelector('input, select, textarea, button') as HTMLElement | null)?.focus();
  }

  const claims = session.claims();
  const revealBox = h('div', {});
  if (claims?.groups.includes('chair') && !c.anonymous) {
    const reasonId = 'reveal-reason';
    const out = h('div', { role: 'status' });
    revealBox.append(
      h(
        'form',
        {
          class: 'reveal',
          onsubmit: async (e: Event) => {
            e.preventDefault();
            const reason = (document.getElementById(reasonId) as HTMLInputElement).value;
            try {
              type Person = Record<string, string>;
              const r = await api<ResponseOf<typeof RevealIdentity>>(`/cases/${caseId}/identity/reveal`, {
                body: { reason },
              });
              const person = (p: Person) =>
                h(
                  'dl',
                  { class: 'identity' },
                  ...Object.entries(p).flatMap(([k, v]) => [
                    h('dt', {}, text(personLabels[k]) || k),
                    h('dd', {}, v),
                  ]),
                );
              const group = (title: string, people: Person[] | undefined) =>
                people?.length ? [h('h3', {}, title), ...people.map(person)] : [];
              out.replaceChildren(
                person(r.identity.complainant ?? {}),
                ...group(t('coSigners'), r.identity.coSigners),
                ...group(t('otherParties'), r.identity.otherParties),
              );
            } catch (x) {
              out.textContent =
                x instanceof ApiError
                  ? `${t('error')}: ${x.problem.errors?.[0]?.message ?? x.problem.title}`
                  : t('error');
            }
          },
        },
        h('label', { for: reasonId }, t('revealReason')),
        h('input', { id: reasonId, required: true, minlength: 10 }),
        h('button', { type: 'submit', class: 'secondary' }, t('reveal')),
      ),
      out,
    );
  }

  const actor = (a: { id: string; role: string } | string) =>
    typeof a === 'string'
      ? a === 'public'
        ? lang === 'vi'
          ? 'người gửi đơn'
          : 'the filer'
        : lang === 'vi'
          ? 'hệ thống'
          : 'system'
      : `${a.id} (${a.role})`;
  const timeline = (audit.events as unknown as AuditLine[]).map((e) =>
    h(
      'li',
      {},
      h('time', { datetime: e.at }, formatTime(e.at)),
      ' · ',
      h(
        'strong',
        {},
        actionLabels[e.action as ActionName]?.[lang === 'vi' ? 0 : 1] ??
          (text(eventLabels[e.action]) || e.action),
      ),
      e.to && e.to !== e.from ? ` → ${status(e.to)}` : '',
      ` · ${actor(e.actor)}`,
      eventDetail(e.data, detail.procedure),
    ),
  );
  const details = Object.entries(c.details as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object')
    .flatMap(([k, v]) => [
      h('dt', {}, text(detailLabels[k]) || k),
      h(
        'dd',
        {},
        typeof v === 'boolean'
          ? v
            ? '✓'
            : '—'
          : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? formatDay(v)
            : String(v),
      ),
    ]);
  const objects = Object.entries(c.details as Record<string, unknown>).filter(
    ([, v]) => v && typeof v === 'object' && !Array.isArray(v),
  );
  const next = nextInQueue(caseId);
  mount(
    main,
    h(
      'p',
      { class: 'case-nav' },
      h('a', { href: `#/queue/${c.status === 'decided' ? 'notified' : c.status}` }, t('back')),
      next
        ? h(
            'a',
            { href: `#/case/${encodeURIComponent(next)}`, id: 'next-case', 'aria-keyshortcuts': 'N' },
            L('Vụ việc tiếp theo (phím N) →', 'Next case (key N) →'),
          )
        : null,
    ),
    flash ? h('p', { class: 'flash', role: 'status' }, flash) : null,
    h('h1', {}, `${c.reference} `, h('span', { class: 'muted' }, text(detail.procedure.label))),
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'badge' }, status(c.status)),
      ' ',
      riskBadge(c.risk),
      ` ${c.pseudonym} · ${c.committee} · v${c.version}`,
    ),
    exclusionsLine(c.exclusions as { staffId: string; basis: string }[] | undefined),
    h(
      'div',
      { class: 'grid' },
      h(
        'div',
        {},
        h(
          'section',
          { class: 'card' },
          h('h2', {}, t('deadlines')),
          h('ul', { class: 'deadlines' }, ...(c.deadlines as Deadline[]).map(deadlineRow)),
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, t('content')),
          h('p', { class: 'content' }, c.content),
          c.requestedOutcome ? h('p', { class: 'muted' }, c.requestedOutcome) : null,
        ),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, t('details')),
          h('dl', { class: 'details' }, ...details),
          ...objects.map(([k, v]) =>
            h(
              'details',
              {},
              h('summary', {}, text(detailLabels[k]) || k),
              h(
                'dl',
                { class: 'details' },
                ...Object.entries(v as Record<string, unknown>).flatMap(([a, b]) => [
                  h('dt', {}, a),
                  h('dd', {}, String(b)),
                ]),
              ),
            ),
          ),
          documents(caseId, c.attachments as { attachmentId: string; fileName: string; size: number }[]),
          caseDocuments,
          letters,
          revealBox,
        ),
      ),
      h(
        'div',
        {},
        c.proposal?.documentHash && c.status === 'decision_proposed'
          ? proposalCard(caseId, c.proposal, detail.procedure.document, detail.procedure.outcomes)
          : null,
        actionArea,
        h(
          'section',
          { class: 'card' },
          h('h2', {}, t('messages')),
          h(
            'ul',
            { class: 'messages' },
            ...(c.publicMessages as { at: string; from: string; text: { vi: string; en: string } }[]).map(
              (m) =>
                h(
                  'li',
                  { class: `from-${m.from}` },
                  h('time', { datetime: m.at }, formatTime(m.at)),
                  ' · ',
                  h(
                    'strong',
                    {},
                    m.from === 'filer'
                      ? `${c.pseudonym}`
                      : lang === 'vi'
                        ? 'Cơ quan (thông báo)'
                        : 'Committee (notice)',
                  ),
                  ': ',
                  h('span', { class: 'message-text' }, text(m.text)),
                ),
            ),
          ),
        ),
        h(
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
          h('ol', { class: 'timeline' }, ...timeline),
        ),
      ),
    ),
  );
}

const exclusionBasis: Record<string, { vi: string; en: string }> = {
  named_in_case: {
    vi: 'bị nêu tên trong đơn (tự động khi tiếp nhận)',
    en: 'named in the case (found at intake)',
  },
  recused: { vi: 'tự xin rút', en: 'recused' },
  excluded_by_chair: { vi: 'do chủ nhiệm loại trừ', en: 'excluded by the chair' },
};

/** Who may never see this case, and why: the chair assigns knowing it. */
function exclusionsLine(list: { staffId: string; basis: string }[] | undefined): HTMLElement | null {
  if (!list?.length) return null;
  return h(
    'p',
    { class: 'muted small exclusions' },
    `${L('Không tham gia vụ việc', 'Excluded from this case')}: `,
    list.map((x) => `${x.staffId} (${text(exclusionBasis[x.basis]) || x.basis})`).join('; '),
  );
}

const recipientLabel = (r: string) =>
  r === 'filer'
    ? L('người gửi đơn', 'the filer')
    : r === 'accused'
      ? L('người bị tố cáo', 'the person denounced')
      : r === 'respondent'
        ? L('người bị khiếu nại', 'the respondent')
        : r.startsWith('party:')
          ? L(`bên liên quan ${Number(r.slice(6)) + 1}`, `party ${Number(r.slice(6)) + 1}`)
          : r;

/**
 * Letters to post: the addressee is a reference until a chair prints the letter with a reason (an
 * audited reveal); the printing view is the only place the name and address appear.
 */
async function letterList(caseId: string): Promise<HTMLElement | null> {
  const { items } = await api<ResponseOf<typeof GetPrintJobs>>(`/cases/${caseId}/print-jobs`);
  if (items.length === 0) return null;
  const chair = session.claims()?.groups.includes('chair');
  const view = h('div', { class: 'print-view', role: 'region', 'aria-live': 'polite' });
  const row = (j: PrintJobJson) => {
    const reasonId = `print-${j.jobId}`;
    return h(
      'li',
      {},
      h('strong', {}, text(noticeLabels[j.noticeType]) || j.noticeType),
      ` → ${recipientLabel(j.recipient)} · ${formatTime(j.createdAt)} · `,
      j.printedAt
        ? L(
            `đã in (${j.prints} lần, lần đầu bởi ${j.printedBy})`,
            `printed (${j.prints}×, first by ${j.printedBy})`,
          )
        : L('chờ in', 'waiting to be printed'),
      chair
        ? h(
            'form',
            {
              class: 'inline',
              onsubmit: async (e: Event) => {
                e.preventDefault();
                const reason = (document.getElementById(reasonId) as HTMLInputElement).value;
                try {
                  const r = await api<ResponseOf<typeof PrintLetter>>(
                    `/cases/${caseId}/print-jobs/${j.jobId}/print`,
                    { body: { reason } },
                  );
                  view.replaceChildren(
                    h(
                      'article',
                      { class: 'letter' },
                      h(
                        'address',
                        {},
                        h('strong', {}, r.addressee.name),
                        r.addressee.organisation ? h('div', {}, r.addressee.organisation) : null,
                        h('div', {}, r.addressee.address),
                      ),
                      h('h3', {}, r.subject),
                      h('pre', {}, r.body),
                    ),
                    h(
                      'button',
                      { type: 'button', class: 'no-print', onclick: () => window.print() },
                      L('In thư', 'Print the letter'),
                    ),
                  );
                } catch (x) {
                  view.textContent =
                    x instanceof ApiError
                      ? `${t('error')}: ${x.problem.errors?.[0]?.message ?? x.problem.title}`
                      : t('error');
                }
              },
            },
            h(
              'label',
              { for: reasonId },
              L('Lý do in (xem địa chỉ)', 'Reason to print (reveals the address)'),
            ),
            h('input', { id: reasonId, required: true, minlength: 10 }),
            h('button', { type: 'submit', class: 'secondary' }, L('Mở bản in', 'Open for printing')),
          )
        : null,
    );
  };
  return h(
    'section',
    { class: 'letters' },
    h('h3', {}, L('Thư gửi qua bưu điện', 'Letters to post')),
    h('ul', {}, ...items.map(row)),
    view,
  );
}

function documents(
  caseId: string,
  list: { attachmentId: string; fileName: string; size: number }[],
): HTMLElement | null {
  if (list.length === 0) return null;
  return h(
    'div',
    { class: 'documents' },
    h('h3', {}, lang === 'vi' ? 'Tài liệu kèm theo' : 'Documents'),
    h(
      'ul',
      {},
      ...list.map((a) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: async () => {
                const { url } = await api<ResponseOf<typeof GetAttachment>>(
                  `/cases/${caseId}/attachments/${a.attachmentId}`,
                );
                location.assign(url);
              },
            },
            a.fileName,
          ),
          ` · ${Math.ceil(a.size / 1024)} KB · `,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `${lang === 'vi' ? 'Xem' : 'Preview'} ${a.fileName}`,
              onclick: async () => {
                const { url } = await api<ResponseOf<typeof GetAttachment>>(
                  `/cases/${caseId}/attachments/${a.attachmentId}?view=inline`,
                );
                window.open(url, '_blank', 'noopener');
              },
            },
            lang === 'vi' ? 'Xem' : 'Preview',
          ),
        ),
      ),
    ),
  );
}

async function route(): Promise<void> {
  document.documentElement.lang = lang;
  const hash = location.hash || '#/';
  // A link opened in a new tab: borrow the session of an open tab, else sign in and come back.
  if (!session.active && hash !== '#/login' && !(await session.borrow())) {
    session.rememberReturn(hash);
    location.hash = '#/login';
    return;
  }
  header();
  try {
    const [path = '', query = ''] = hash.split('?');
    const [, view, arg] = path.split('/');
    const adminOnly = session.claims()?.groups.join() === 'admin';
    if (session.claims()?.groups.join() === 'leadership' && view !== 'login') {
      location.assign('/dashboard');
      return;
    }
    if (view === 'login') loginView();
    else if (view === 'admin' || (adminOnly && !arg)) await adminView(main);
    else if (view === 'case' && arg) await caseView(arg);
    else if (view === 'register') await registerView(main);
    else if (view === 'inbox' || (!view && worksOnCases())) await inboxView();
    else if (view === 'audit' || (!view && session.claims()?.groups.includes('auditor')))
      await auditSearchView(main, arg ? decodeURIComponent(arg) : '');
    else if (view === 'trail' && arg) await trailView(main, decodeURIComponent(arg));
    else if (view === 'find' && arg) await findView(decodeURIComponent(arg));
    else {
      const filters = filtersOf(query);
      const known =
        arg &&
        ((STAGES as readonly string[]).includes(arg) ||
          arg in VIEWS ||
          (arg === 'all' && hasFilters(filters)));
      const investigatorOnly = session.claims()?.groups.join() === 'investigator';
      await queueView(known ? arg : investigatorOnly ? 'mine' : 'screening', undefined, filters);
    }
    main.focus();
  } catch (x) {
    if (x instanceof ApiError && x.problem.status === 401) {
      session.clear();
      session.rememberReturn(hash);
      location.hash = '#/login';
      return;
    }
    mount(main, h('p', { class: 'error', role: 'alert' }, problemText(x, t('error'))));
  }
}

window.addEventListener('hashchange', () => void route());
void route();
