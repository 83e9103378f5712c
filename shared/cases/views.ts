/** What each audience may see of a case: public (receipt holder) and staff views. */
import type { Case } from '../domain/case.js';
import { type Clock, riskOf } from '../domain/clocks.js';
import { rulesFor } from '../domain/profile.js';
import { profileByVersion } from '../domain/profiles/index.js';
import { statusLabels } from '../domain/status.js';

export function deadlineView(c: Clock) {
  return {
    name: c.name,
    state: c.state,
    startedOn: c.startedOn,
    days: c.days,
    dayType: c.dayType,
    extensions: c.extensions,
    paused: c.pauses.some((p) => p.to === null),
    pauses: c.pauses,
    dueOn: c.dueOn,
    dueAt: c.dueAt,
    basis: c.basis,
  };
}

/** Public timeline: status changes only, with their labels; never who acted or any note. */
export function publicTimeline(c: Pick<Case, 'history'>) {
  return c.history.map((h) => ({ at: h.at, status: h.status, label: statusLabels[h.status] }));
}

export function publicCaseView(c: Case) {
  const rules = rulesFor(profileByVersion(c.profileId, c.profileVersion), c.track);
  const rejection = c.rejection && rules.rejectionGrounds.find((g) => g.code === c.rejection!.ground);
  return {
    reference: c.reference,
    kind: c.kind,
    anonymous: c.anonymous,
    status: c.status,
    statusLabel: statusLabels[c.status],
    receivedAt: c.receivedAt,
    timeline: publicTimeline(c),
    deadlines: c.clocks.map(deadlineView),
    rejection: rejection
      ? { ground: rejection.code, label: rejection.label, basis: rejection.basis }
      : undefined,
    messages: c.publicMessages.map((m) => ({ at: m.at, type: m.type, from: m.from, text: m.text })),
    links: { splitInto: c.links.splitInto, duplicateOf: c.links.duplicateOf },
    headHash: c.submissionHash,
  };
}

/** Staff view: identity redacted (pseudonym only), workflow internals removed. */
export function staffCaseView(c: Case) {
  // Whoever can see the case is not excluded from it; the chair needs the list to assign well.
  const { taskToken: _t, attachments, ...rest } = c;
  return {
    ...rest,
    // Where a file is stored stays server-side; staff download through a short-lived URL.
    attachments: attachments.map(({ blobKey: _k, ...a }) => a),
    statusLabel: statusLabels[c.status],
    deadlines: c.clocks.map(deadlineView),
  };
}

export function queueItemView(c: Case, now: Date) {
  return {
    risk: riskOf(c.clocks, now, profileByVersion(c.profileId, c.profileVersion)),
    overdue: c.overdue,
    caseId: c.caseId,
    reference: c.reference,
    kind: c.kind,
    status: c.status,
    statusLabel: statusLabels[c.status],
    committee: c.committee,
    dueAt: c.dueAt,
    assignees: c.assignees,
    receivedOn: c.receivedOn,
    version: c.version,
  };
}
