/** What each audience may see of a case: public (receipt holder) and staff views. */
import { localDate } from '../domain/calendar.js';
import type { Case } from '../domain/case.js';
import { type Clock, calendarOf, riskOf } from '../domain/clocks.js';
import { remaining } from '../domain/dates.js';
import { documentRulesOf, nextStepsFor, reasonsOf } from '../domain/decision.js';
import type { CaseCard } from '../domain/find.js';
import { type Profile, rulesFor } from '../domain/profile.js';
import { profileByVersion } from '../domain/profiles/index.js';
import { statusLabels } from '../domain/status.js';

/** A deadline as every screen shows it: its last day, and the days left in its own day type. */
export function deadlineView(k: Clock, now: Date, profile: Profile) {
  const cal = calendarOf(profile);
  const counted =
    k.state === 'running' && k.dueOn ? remaining(k.dueOn, k.dayType, localDate(now), cal) : null;
  return {
    name: k.name,
    state: k.state,
    startedOn: k.startedOn,
    days: k.days,
    dayType: k.dayType,
    extensions: k.extensions,
    paused: k.pauses.some((p) => p.to === null),
    pauses: k.pauses,
    dueOn: k.dueOn,
    dueAt: k.dueAt,
    // Read from today's calendar, so a year published since the clock started no longer says so.
    provisional: k.dueOn !== null && cal.isProvisional(k.startedOn, k.dueOn),
    daysLeft: counted ? counted.daysLeft : null,
    overdueDays: counted ? counted.overdueDays : null,
    basis: k.basis,
  };
}

const profileOf = (c: Pick<Case, 'profileId' | 'profileVersion'>) =>
  profileByVersion(c.profileId, c.profileVersion);

/** Public timeline: status changes only, with their labels; never who acted or any note. */
export function publicTimeline(c: Pick<Case, 'history' | 'submissionHash'>) {
  return c.history.map((h, i) => {
    // Steps recorded with the filing itself (received, screening) carry the submission's hash.
    const hash = h.hash ?? (i === 0 || h.at === c.history[0]?.at ? c.submissionHash : undefined);
    return {
      at: h.at,
      status: h.status,
      label: statusLabels[h.status],
      // The audit head at this step: a later rewrite of the trail cannot match it.
      ...(hash ? { auditHash: hash } : {}),
    };
  });
}

/**
 * The issued decision as the filer reads it: the outcome in words, the reasons, the document
 * addressed to them and what follows, with dates. Nothing before it is issued.
 */
export function publicDecision(c: Case) {
  const d = c.decision;
  if (!d || !c.proposal || !['decided', 'notified', 'closed'].includes(c.status)) return undefined;
  const profile = profileOf(c);
  const rules = rulesFor(profile, c.track);
  const forFiler = d.documents.filter((x) => x.audience === 'filer');
  if (documentRulesOf(profile, c).filerDocument === 'none' || forFiler.length === 0) return undefined;
  const label = rules.outcomes.find((o) => o.code === d.outcome)?.label ?? { vi: d.outcome, en: d.outcome };
  return {
    outcome: d.outcome,
    outcomeLabel: label,
    reasons: reasonsOf(c.proposal.draft, documentRulesOf(profile, c), d.outcome),
    // The number of what the filer holds: a denouncer's notice has its own.
    number: d.documents.find((x) => x.documentId === d.documentId)?.number ?? d.number,
    issuedOn: d.issuedOn,
    documentId: d.documentId,
    documentHash: d.documentHash,
    documents: forFiler.map(({ documentId, documentHash, number, locale, role }) => ({
      documentId,
      documentHash,
      number,
      locale,
      role,
    })),
    nextSteps: nextStepsFor(c, profile, d.issuedOn, d.outcome),
  };
}

function subjectOf(c: Case): { number?: string; issuer?: string; description?: string } | undefined {
  const s = (c.details as { subject?: Record<string, unknown> }).subject;
  if (!s || typeof s !== 'object') return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return { number: str(s.number), issuer: str(s.issuer), description: str(s.description) };
}

export function publicCaseView(c: Case, now: Date) {
  const profile = profileOf(c);
  const rules = rulesFor(profile, c.track);
  const rejection = c.rejection && rules.rejectionGrounds.find((g) => g.code === c.rejection!.ground);
  return {
    reference: c.reference,
    kind: c.kind,
    anonymous: c.anonymous,
    status: c.status,
    statusLabel: statusLabels[c.status],
    receivedAt: c.receivedAt,
    decision: publicDecision(c),
    timeline: publicTimeline(c),
    deadlines: c.clocks.map((k) => deadlineView(k, now, profile)),
    rejection: rejection
      ? { ground: rejection.code, label: rejection.label, basis: rejection.basis }
      : undefined,
    messages: c.publicMessages.map((m) => ({ at: m.at, type: m.type, from: m.from, text: m.text })),
    links: { splitInto: c.links.splitInto, duplicateOf: c.links.duplicateOf },
    /** What the filer sent: their words and their documents (never another person's). */
    filed: {
      content: c.content,
      requestedOutcome: c.requestedOutcome,
      /** The decision or act complained about, as the filer described it. */
      subject: subjectOf(c),
      attachments: c.attachments.map((a) => ({
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        sha256: a.sha256,
      })),
    },
    headHash: c.submissionHash,
  };
}

/** Staff view: identity redacted (pseudonym only), workflow internals removed. */
export function staffCaseView(c: Case, now: Date) {
  const profile = profileOf(c);
  // Whoever can see the case is not excluded from it; the chair needs the list to assign well.
  const { taskToken: _t, findHash: _f, attachments, ...rest } = c;
  return {
    ...rest,
    // Where a file is stored stays server-side; staff download through a short-lived URL.
    attachments: attachments.map(({ blobKey: _k, ...a }) => a),
    statusLabel: statusLabels[c.status],
    risk: riskOf(c.clocks, now, profile),
    deadlines: c.clocks.map((k) => deadlineView(k, now, profile)),
  };
}

/** An accepted case as an investigator who may claim it sees it before claiming: nobody named. */
export function claimSummaryView(c: Case, now: Date) {
  const profile = profileOf(c);
  return {
    summaryOnly: true as const,
    caseId: c.caseId,
    reference: c.reference,
    kind: c.kind,
    status: c.status,
    statusLabel: statusLabels[c.status],
    version: c.version,
    committee: c.committee,
    field: c.field,
    location: c.location,
    receivedOn: c.receivedOn,
    deadlines: c.clocks.map((k) => deadlineView(k, now, profile)),
    dueAt: c.dueAt,
    risk: riskOf(c.clocks, now, profile),
    assignees: c.assignees,
  };
}

/**
 * A queue row. `full`: the viewer may read the case (else it is a case they may claim, seen as a
 * summary: what, where and by when, nobody named and no words of the filer).
 */
export function queueItemView(c: CaseCard, now: Date, full = true) {
  const profile = profileOf(c);
  const next = c.clocks
    .filter((k) => k.state === 'running' && k.dueAt)
    .sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : 1))[0];
  const due = next ? deadlineView(next, now, profile) : undefined;
  return {
    risk: riskOf(c.clocks, now, profile),
    overdue: c.overdue,
    caseId: c.caseId,
    reference: c.reference,
    kind: c.kind,
    status: c.status,
    statusLabel: statusLabels[c.status],
    committee: c.committee,
    dueAt: c.dueAt,
    /** The earliest running deadline's last day, as the case page shows it. */
    dueOn: due?.dueOn ?? null,
    dueDayType: due?.dayType ?? null,
    dueProvisional: due?.provisional ?? false,
    daysLeft: due?.daysLeft ?? null,
    overdueDays: due?.overdueDays ?? null,
    assignees: c.assignees,
    receivedOn: c.receivedOn,
    version: c.version,
    field: c.field,
    location: c.location,
    channel: c.channel,
    subject: full ? c.subject : null,
    respondent: full ? c.respondent : null,
    pseudonym: full ? c.pseudonym : null,
  };
}
