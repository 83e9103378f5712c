/**
 * The committee workspace: sign in, queues by stage ordered by due date, and the case page with its
 * deadlines, timeline, messages and the actions the signed-in person may take now.
 */
import type { ActionName } from '../../shared/domain/actions.js';
import { ApiError, api, problemText, session } from '../src/api.js';
import { h, mount } from '../src/dom.js';
import {
  deadlineLabels,
  detailLabels,
  eventLabels,
  kindLabels,
  lang,
  languageButton,
  personLabels,
  status,
  t,
  text,
} from '../src/i18n.js';
import { signInForm } from '../src/sign-in.js';
import { adminView } from './admin.js';
import { actionLabels, fieldsFor, type Procedure, payloadOf, renderField, validate } from './forms.js';

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
const VIEWS = { mine: 'assignee=me', overdue: 'overdue=true', week: 'due=week' } as const;
type View = keyof typeof VIEWS;

interface QueueItem {
  caseId: string;
  reference: string;
  kind: string;
  status: string;
  dueAt: string | null;
  risk: string;
  assignees: string[];
  receivedOn: string;
}

interface Deadline {
  name: string;
  state: string;
  days: number;
  dayType: string;
  dueOn: string | null;
  dueAt: string | null;
  paused: boolean;
  pauses: { from: string; to: string | null }[];
  basis: string;
  extensions: number;
}

// biome-ignore lint/suspicious/noExplicitAny: case JSON from the API, rendered field by field
type CaseJson = Record<string, any>;

const fmtDate = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
    : '—';
const fmtTime = (iso: string) =>
  new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });

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
                session.clear();
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
    else location.hash = '#/';
  });
  mount(main, form);
  (form.querySelector('#username') as HTMLInputElement).focus();
}

function riskBadge(risk: string): HTMLElement {
  return h('span', { class: `badge risk-${risk}` }, t(`risk_${risk}` as Parameters<typeof t>[0]));
}

async function queueView(stage: string, cursor?: string): Promise<void> {
  const claims = session.claims()!;
  const committee = sessionStorage.getItem('cm.committee') ?? claims.committees[0] ?? '';
  const view = (Object.keys(VIEWS) as View[]).find((v) => v === stage);
  const params = new URLSearchParams({ committee, limit: '25', ...(cursor ? { cursor } : {}) });
  const which = view ? VIEWS[view] : `stage=${stage}`;
  const page = await api<{ items: QueueItem[]; nextCursor: string | null }>(`/cases?${which}&${params}`);
  const investigatorOnly = claims.groups.join() === 'investigator';
  const stages = investigatorOnly ? STAGES.filter((s) => s === 'accepted') : STAGES;
  const viewLabel = (v: View) => t(`view_${v}` as Parameters<typeof t>[0]);
  const tabs = h(
    'nav',
    { class: 'tabs', 'aria-label': t('queue') },
    ...(Object.keys(VIEWS) as View[]).map((v) =>
      h(
        'a',
        { href: `#/queue/${v}`, class: 'view', 'aria-current': v === stage ? 'page' : undefined },
        viewLabel(v),
      ),
    ),
    ...stages.map((s) =>
      h('a', { href: `#/queue/${s}`, 'aria-current': s === stage ? 'page' : undefined }, status(s)),
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
      h('td', {}, h('a', { href: `#/case/${c.caseId}` }, c.reference)),
      h('td', {}, text(kindLabels[c.kind])),
      h('td', {}, status(c.status)),
      h('td', {}, fmtDate(c.dueAt), ' ', riskBadge(c.risk)),
      h('td', {}, c.assignees.join(', ') || '—'),
      h('td', {}, c.receivedOn),
    ),
  );
  mount(
    main,
    h('h1', {}, `${t('queue')}: ${view ? viewLabel(view) : status(stage)}`),
    h('div', { class: 'toolbar' }, picker),
    tabs,
    rows.length
      ? h(
          'table',
          { class: 'queue' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['reference', 'kind', 'stage', 'due', 'assignees', 'received'] as const).map((k) =>
                h('th', { scope: 'col' }, t(k)),
              ),
            ),
          ),
          h('tbody', {}, ...rows),
        )
      : h('p', { class: 'muted' }, t('none')),
    page.nextCursor
      ? h('button', { type: 'button', onclick: () => queueView(stage, page.nextCursor!) }, t('nextPage'))
      : null,
  );
}

function deadlineRow(d: Deadline): HTMLElement {
  let state: string;
  if (d.state !== 'running') state = t(d.state as 'met' | 'stopped');
  else if (d.paused || !d.dueAt) state = t('paused');
  else {
    const days = Math.ceil((Date.parse(d.dueAt) - Date.now()) / 86_400_000);
    state = days >= 0 ? t('daysLeft', { n: days }) : t('overdueBy', { n: -days });
  }
  const pauses = d.pauses.map((p) => `${p.from} → ${p.to ?? '…'}`).join(', ');
  return h(
    'li',
    { class: `deadline state-${d.state}` },
    h('strong', {}, text(deadlineLabels[d.name]) || d.name),
    ` ${d.days} ${t(d.dayType as 'working' | 'calendar')}${d.extensions ? ` (+${d.extensions})` : ''} · ${d.dueOn ?? '—'} · `,
    h('span', { class: 'countdown' }, state),
    pauses ? h('span', { class: 'muted' }, ` · ${t('paused')}: ${pauses}`) : null,
    h('div', { class: 'muted small' }, d.basis),
  );
}

async function caseView(caseId: string, flash?: string): Promise<void> {
  const [detail, audit, verdict] = await Promise.all([
    api<{
      case: CaseJson;
      allowedActions: ActionName[];
      rejectionGrounds: Procedure['outcomes'];
      procedure: Procedure & { label: { vi: string; en: string } };
    }>(`/cases/${caseId}`),
    api<{
      events: {
        seq: number;
        at: string;
        actor: { id: string; role: string } | string;
        action: string;
        to: string | null;
        data: Record<string, unknown>;
      }[];
    }>(`/cases/${caseId}/audit`),
    api<{ valid: boolean; length: number }>(`/cases/${caseId}/audit/verify`),
  ]);
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
      { type: 'button', class: 'action', 'data-action': a, onclick: () => openForm(a) },
      actionLabels[a][lang === 'vi' ? 0 : 1],
    ),
  );
  actionArea.append(
    buttons.length ? h('div', { class: 'buttons' }, ...buttons) : h('p', { class: 'muted' }, t('noActions')),
    formSlot,
  );

  function openForm(action: ActionName): void {
    const fields = fieldsFor(action, detail.procedure, detail.rejectionGrounds);
    const id = `f-${action}`;
    const err = h('p', { class: 'error', role: 'alert' });
    const form: HTMLFormElement = h(
      'form',
      {
        class: 'action-form',
        'aria-label': actionLabels[action][lang === 'vi' ? 0 : 1],
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const payload = payloadOf(action, form, fields);
          const problems = validate(action, payload, c.version);
          for (const f of fields) {
            const el = form.querySelector(`#${id}-${f.name}-err`);
            if (el) el.textContent = problems[f.name] ?? '';
          }
          if (Object.keys(problems).length) return;
          try {
            await api(`/cases/${caseId}/actions`, { body: { ...payload, expectedVersion: c.version } });
            await caseView(caseId, t('saved'));
          } catch (x) {
            if (
              x instanceof ApiError &&
              x.problem.status === 409 &&
              /stale|changed/.test(x.problem.detail ?? '')
            ) {
              await caseView(caseId, t('conflict'));
              return;
            }
            err.textContent = problemText(x, t('error'));
            for (const fe of x instanceof ApiError ? (x.problem.errors ?? []) : []) {
              const el = form.querySelector(`#${id}-${fe.path.split('.')[0]}-err`);
              if (el) el.textContent = fe.message;
            }
          }
        },
      },
      h('h3', {}, actionLabels[action][lang === 'vi' ? 0 : 1]),
      ...fields.map((f) => renderField(f, id)),
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
              const r = await api<{
                identity: { complainant: Person | null; coSigners?: Person[]; otherParties?: Person[] };
              }>(`/cases/${caseId}/identity/reveal`, { body: { reason } });
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
    typeof a === 'string' ? a : `${a.id} (${a.role})`;
  const timeline = audit.events.map((e) =>
    h(
      'li',
      {},
      h('time', { datetime: e.at }, fmtTime(e.at)),
      ' · ',
      h(
        'strong',
        {},
        actionLabels[e.action as ActionName]?.[lang === 'vi' ? 0 : 1] ??
          (text(eventLabels[e.action]) || e.action),
      ),
      e.to ? ` → ${status(e.to)}` : '',
      ` · ${actor(e.actor)}`,
      typeof e.data.text === 'string' ? h('blockquote', {}, e.data.text) : null,
      typeof e.data.reason === 'string' ? h('blockquote', {}, e.data.reason) : null,
      typeof e.data.type === 'string' ? h('span', { class: 'muted' }, ` (${e.data.type})`) : null,
    ),
  );
  const details = Object.entries(c.details as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object')
    .flatMap(([k, v]) => [
      h('dt', {}, text(detailLabels[k]) || k),
      h('dd', {}, typeof v === 'boolean' ? (v ? '✓' : '—') : String(v)),
    ]);
  const objects = Object.entries(c.details as Record<string, unknown>).filter(
    ([, v]) => v && typeof v === 'object' && !Array.isArray(v),
  );
  mount(
    main,
    h('p', {}, h('a', { href: `#/queue/${c.status === 'decided' ? 'notified' : c.status}` }, t('back'))),
    flash ? h('p', { class: 'flash', role: 'status' }, flash) : null,
    h('h1', {}, `${c.reference} `, h('span', { class: 'muted' }, text(detail.procedure.label))),
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'badge' }, status(c.status)),
      ` ${c.pseudonym} · ${c.committee} · v${c.version}`,
    ),
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
          revealBox,
        ),
      ),
      h(
        'div',
        {},
        actionArea,
        h(
          'section',
          { class: 'card' },
          h('h2', {}, t('messages')),
          h(
            'ul',
            { class: 'messages' },
            ...(c.publicMessages as { at: string; from: string; text: { vi: string; en: string } }[]).map(
              (m) => h('li', {}, h('time', { datetime: m.at }, fmtTime(m.at)), ' · ', text(m.text)),
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
          ),
          h('ol', { class: 'timeline' }, ...timeline),
        ),
      ),
    ),
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
                const { url } = await api<{ url: string }>(`/cases/${caseId}/attachments/${a.attachmentId}`);
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
                const { url } = await api<{ url: string }>(
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
  header();
  const hash = location.hash || '#/';
  if (!session.token && hash !== '#/login') {
    location.hash = '#/login';
    return;
  }
  try {
    const [, view, arg] = hash.split('/');
    const adminOnly = session.claims()?.groups.join() === 'admin';
    if (session.claims()?.groups.join() === 'leadership' && view !== 'login') {
      location.assign('/dashboard');
      return;
    }
    if (view === 'login') loginView();
    else if (view === 'admin' || (adminOnly && !arg)) await adminView(main);
    else if (view === 'case' && arg) await caseView(arg);
    else {
      const known = arg && ((STAGES as readonly string[]).includes(arg) || arg in VIEWS);
      const investigatorOnly = session.claims()?.groups.join() === 'investigator';
      await queueView(known ? arg : investigatorOnly ? 'mine' : 'screening');
    }
    main.focus();
  } catch (x) {
    if (x instanceof ApiError && x.problem.status === 401) {
      session.clear();
      location.hash = '#/login';
      return;
    }
    mount(main, h('p', { class: 'error', role: 'alert' }, problemText(x, t('error'))));
  }
}

window.addEventListener('hashchange', () => void route());
void route();
