/**
 * The case page: header, deadlines, content and details with the documents, the proposed decision,
 * the actions, the messages and the timeline. Loaded in one go; after an action the case loads again
 * in place with a "saved" line, and the next case of the queue last shown is one key press away.
 */
import { type ComponentChildren, h, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../../shared/api/route-def.js';
import type { GetAudit, VerifyAudit } from '../../../shared/api/routes/cases.js';
import { api, session } from '../../src/api.js';
import { formatDay } from '../../src/dates.js';
import { detailLabels, L, status, t, text } from '../../src/i18n.js';
import { show, useFocusMain, useLoad } from '../../src/ui.js';
import { RiskBadge } from '../cells.js';
import { CaseDocuments, loadDocuments, ProposalCard } from '../decision.js';
import { nextInQueue } from '../next-case.js';
import { Actions } from './actions.js';
import { Deadlines } from './deadlines.js';
import { Attachments, Letters, loadLetters, Reveal } from './documents.js';
import { Messages } from './messages.js';
import { ClaimSummary } from './summary.js';
import { Timeline } from './timeline.js';
import type { CaseDetail, CaseJson, WorkedCase } from './types.js';

const exclusionBasis: Record<string, { vi: string; en: string }> = {
  named_in_case: {
    vi: 'bị nêu tên trong đơn (tự động khi tiếp nhận)',
    en: 'named in the case (found at intake)',
  },
  recused: { vi: 'tự xin rút', en: 'recused' },
  excluded_by_chair: { vi: 'do chủ nhiệm loại trừ', en: 'excluded by the chair' },
};

/** Who may never see this case, and why: the chair assigns knowing it. */
function Exclusions({
  list,
}: {
  list: { staffId: string; basis: string }[] | undefined;
}): JSX.Element | null {
  if (!list?.length) return null;
  return h(
    'p',
    { class: 'muted small exclusions' },
    `${L('Không tham gia vụ việc', 'Excluded from this case')}: `,
    list.map((x) => `${x.staffId} (${text(exclusionBasis[x.basis]) || x.basis})`).join('; '),
  );
}

const shownValue = (v: unknown) =>
  typeof v === 'boolean'
    ? v
      ? '✓'
      : '—'
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? formatDay(v)
      : String(v);

/** The case's own text and the details the filer gave, with what is attached to it. */
function Content({ c }: { c: CaseJson }): JSX.Element {
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, t('content')),
    h('p', { class: 'content' }, c.content),
    c.requestedOutcome ? h('p', { class: 'muted' }, c.requestedOutcome) : null,
  );
}

function Details({ c, children }: { c: CaseJson; children?: ComponentChildren }): JSX.Element {
  const entries = Object.entries(c.details as Record<string, unknown>);
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, t('details')),
    h(
      'dl',
      { class: 'details' },
      entries
        .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object')
        .flatMap(([k, v]) => [h('dt', {}, text(detailLabels[k]) || k), h('dd', {}, shownValue(v))]),
    ),
    entries
      .filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v))
      .map(([k, v]) =>
        h(
          'details',
          {},
          h('summary', {}, text(detailLabels[k]) || k),
          h(
            'dl',
            { class: 'details' },
            Object.entries(v as Record<string, unknown>).flatMap(([a, b]) => [
              h('dt', {}, a),
              h('dd', {}, String(b)),
            ]),
          ),
        ),
      ),
    children,
  );
}

function CaseHeader({ c, label, flash }: { c: CaseJson; label: { vi: string; en: string }; flash?: string }) {
  const next = nextInQueue(c.caseId);
  return [
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
    h('h1', {}, `${c.reference} `, h('span', { class: 'muted' }, text(label))),
    h(
      'p',
      { class: 'status-line' },
      h('span', { class: 'badge' }, status(c.status)),
      ' ',
      h(RiskBadge, { risk: c.risk }),
      ` ${c.pseudonym} · ${c.committee} · v${c.version}`,
    ),
    h(Exclusions, { list: c.exclusions as { staffId: string; basis: string }[] | undefined }),
  ];
}

type Loaded =
  | { summary: true; first: CaseDetail }
  | {
      summary: false;
      detail: WorkedCase;
      audit: ResponseOf<typeof GetAudit>;
      verdict: ResponseOf<typeof VerifyAudit>;
      documents: Awaited<ReturnType<typeof loadDocuments>> | null;
      letters: Awaited<ReturnType<typeof loadLetters>> | null;
    };

async function loadCase(caseId: string): Promise<Loaded> {
  const first = await api<CaseDetail>(`/cases/${caseId}`);
  if ('summaryOnly' in first.case) return { summary: true, first };
  const [audit, verdict, documents, letters] = await Promise.all([
    api<ResponseOf<typeof GetAudit>>(`/cases/${caseId}/audit`),
    api<ResponseOf<typeof VerifyAudit>>(`/cases/${caseId}/audit/verify`),
    loadDocuments(caseId).catch(() => null),
    loadLetters(caseId).catch(() => null),
  ]);
  return { summary: false, detail: first as unknown as WorkedCase, audit, verdict, documents, letters };
}

export function CaseView({ caseId }: { caseId: string }): JSX.Element | null {
  const [flash, setFlash] = useState<string | undefined>(undefined);
  // Moved on by each action saved: its form closes; a reload after a conflict keeps the form open.
  const [saves, setSaves] = useState(0);
  const loaded = useLoad(() => loadCase(caseId), [caseId]);
  useFocusMain(loaded.data !== undefined);
  /** After an action: the case again, in place, saying it was saved. */
  const saved = async () => {
    // "Saved" is said once the page shows the saved case, with its new actions (a click before
    // that would land on a form about to be replaced).
    await loaded.reload();
    setSaves((n) => n + 1);
    setFlash(t('saved'));
  };
  const reload = () => {
    setFlash(undefined);
    void loaded.reload();
  };
  return show(loaded, (data) => {
    if (data.summary)
      return h(ClaimSummary, {
        summary: data.first.case as Extract<CaseDetail['case'], { summaryOnly: true }>,
        allowed: data.first.allowedActions,
        flash,
        onClaimed: saved,
      });
    const { detail, audit, verdict } = data;
    const c = detail.case;
    const chair = session.claims()?.groups.includes('chair') ?? false;
    return [
      h(CaseHeader, { c, label: detail.procedure.label, flash }),
      h(
        'div',
        { class: 'grid' },
        h(
          'div',
          {},
          h(Deadlines, { deadlines: c.deadlines }),
          h(Content, { c }),
          h(
            Details,
            { c },
            h(Attachments, { caseId, list: c.attachments }),
            data.documents ? h(CaseDocuments, { caseId, items: data.documents }) : null,
            data.letters ? h(Letters, { caseId, items: data.letters, chair }) : null,
            chair && !c.anonymous ? h(Reveal, { caseId }) : null,
          ),
        ),
        h(
          'div',
          {},
          c.proposal?.documentHash && c.status === 'decision_proposed'
            ? h(ProposalCard, {
                caseId,
                proposal: c.proposal,
                rules: detail.procedure.document,
                outcomes: detail.procedure.outcomes,
              })
            : null,
          h(Actions, { key: saves, detail, onDone: saved, onReload: reload }),
          h(Messages, { c }),
          h(Timeline, { audit, verdict, procedure: detail.procedure }),
        ),
      ),
    ];
  });
}
