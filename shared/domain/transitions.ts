/**
 * The transition table as data: status × action × role → next status, with guards, the effect on
 * the case (clocks, notices) and what the audit event records. `decide` is the only way a case
 * changes; it is pure.
 */

import { type ActionName, type ActionOf, type ActionRequest, actionSchemas } from './actions.js';
import type { Actor, StaffRole } from './actor.js';
import { type CommitteeMember, checkAssignees } from './assignment.js';
import { localDate } from './calendar.js';
import type { Case, Notice, NoticeType } from './case.js';
import {
  countedWithOldCalendar,
  extendClock,
  meetClocks,
  nextDueAt,
  pauseClocks,
  recountClocks,
  refreshClock,
  resumeClocks,
  startClocks,
  stopAllClocks,
} from './clocks.js';
import { changedParts, checkDraft, documentRulesOf } from './decision.js';
import { conflict, forbidden, invalid } from './errors.js';
import { metricFacts } from './metrics.js';
import { type Profile, rulesFor, type TrackRules } from './profile.js';
import { predecisionStatuses, type Status } from './status.js';

export { type ActionName, type ActionRequest, actionRequestSchema, actionSchemas } from './actions.js';

type Who = StaffRole | 'system' | 'public';

export interface Ctx {
  now: Date;
  profile: Profile;
  /** The case committee's members with their roles: needed to assign (the staff index). */
  staff?: readonly CommitteeMember[];
  /**
   * A transfer to a committee that uses Công Minh: that committee (null if there is none by that id),
   * its procedure in force today, and its members named in the case (who may never see it).
   */
  transferTo?: { committee: string; name: string; profile: Profile; excluded: string[] } | null;
}

interface Env<A extends ActionName> {
  c: Case;
  req: ActionOf<A>;
  actor: Actor;
  ctx: Ctx;
  rules: TrackRules;
  today: string;
}

interface Row<A extends ActionName> {
  from: readonly Status[];
  /** The next status; a function when it depends on the case, its procedure or the request. */
  to: Status | ((c: Case, rules: TrackRules, req: ActionOf<A>) => Status);
  by: readonly Who[];
  /** Investigators may act only on cases assigned to them. */
  assigneesOnly?: boolean;
  guard?: (e: Env<A>) => void;
  effect?: (e: Env<A>) => Partial<Case>;
  /** Notices this transition owes, delivered by the workflow. */
  notices?: (e: Env<A>) => [NoticeType, Notice['audience'], Record<string, unknown>?][];
  /** What the audit event records of the payload (never identities). */
  record?: (req: ActionOf<A>) => Record<string, unknown>;
}

type Table = { [A in ActionName]: Row<A>[] };

const WORK: readonly Status[] = ['assigned', 'investigating'];
const OPEN: readonly Status[] = [...predecisionStatuses, 'decided', 'notified'];
const RUNNING: readonly Status[] = ['accepted', 'assigned', 'investigating', 'decision_proposed'];
/** Investigation actions move an assigned case into investigation. */
const working = (c: Case): Status => (c.status === 'assigned' ? 'investigating' : c.status);

/** The longer screening period still open to this case: a rule that gives one, not yet taken. */
function screeningLonger(c: Case, rules: TrackRules) {
  const longer = rules.deadlines.find((d) => d.name === 'screening')?.longer;
  const clock = c.clocks.find((k) => k.name === 'screening' && k.state === 'running');
  return longer && clock && clock.days < longer.days ? longer : undefined;
}

function stopAll({ c, today }: Env<ActionName>): Partial<Case> {
  const clocks = stopAllClocks(c.clocks, today);
  return { clocks, dueAt: nextDueAt(clocks), overdue: [] };
}

function closeTransferred(e: Env<'transfer'>): Partial<Case> {
  return {
    ...stopAll(e),
    transfer: { toBody: e.req.toBody!, reason: e.req.reason },
    outcome: 'transferred',
  };
}

/**
 * The case as the receiving committee gets it: its procedure in force today, its clocks from today
 * (the day it received the case), nobody assigned, its own members named in the case excluded. The
 * first committee's clocks end in its trail; the timeline shows the transfer and the new screening.
 */
function moveTo({ c, req, ctx, today }: Env<'transfer'>): Partial<Case> {
  const to = ctx.transferTo!;
  const rules = rulesFor(to.profile, c.track);
  const clocks = startClocks(
    rules,
    'received',
    today,
    { remoteArea: c.remoteArea, complexity: 'normal' },
    to.profile,
  );
  const at = ctx.now.toISOString();
  return {
    committee: to.committee,
    profileId: to.profile.id,
    profileVersion: to.profile.version,
    clocks,
    dueAt: nextDueAt(clocks),
    overdue: [],
    alertsSent: [],
    assignees: [],
    excludedStaff: to.excluded,
    exclusions: to.excluded.map((staffId) => ({ staffId, basis: 'named_in_case' as const, at })),
    transfer: { toBody: to.name, toCommittee: to.committee, reason: req.reason },
    links: { ...c.links, transferredFrom: { committee: c.committee, on: today } },
    history: [...c.history, { at, status: 'transferred' }, { at, status: 'screening' }],
  };
}

function groundOf(list: TrackRules['rejectionGrounds'], code: string, path: string) {
  const g = list.find((x) => x.code === code);
  if (!g) throw invalid(`unknown ${path}`, [{ path: [path], message: 'ground_not_in_profile' }]);
  return g;
}

const toFiler = (
  type: NoticeType,
  data?: Record<string, unknown>,
): [NoticeType, 'filer', Record<string, unknown>?] => [type, 'filer', data];
const toRespondentIf = (rules: TrackRules, type: NoticeType, data?: Record<string, unknown>) =>
  rules.notifyRespondent
    ? [[type, 'respondent', data] as [NoticeType, 'respondent', Record<string, unknown>?]]
    : [];

export const transitions: Table = {
  accept: [
    {
      from: ['screening'],
      to: 'accepted',
      by: ['intake', 'chair'],
      guard: ({ c }) => {
        const first = c.links.firstInstance;
        if (c.track === 'complaint_2' && first?.committee && first.committee === c.committee) {
          throw forbidden('a second-instance complaint must be decided by another committee than the first');
        }
      },
      effect: ({ c, req, ctx, rules, today }) => {
        const flags = { remoteArea: c.remoteArea, complexity: req.complexity };
        const clocks = [
          ...meetClocks(c.clocks, ['acceptance', 'screening', 'answer'], today),
          ...startClocks(rules, 'accepted', today, flags, ctx.profile),
        ];
        return { acceptedOn: today, complexity: req.complexity, clocks, dueAt: nextDueAt(clocks) };
      },
      notices: ({ rules }) => [toFiler('acceptance'), ...toRespondentIf(rules, 'respondent_notice')],
      record: (req) => ({ complexity: req.complexity, note: req.note }),
    },
  ],
  reject: [
    {
      from: ['screening'],
      to: 'rejected',
      by: ['intake', 'chair'],
      guard: ({ req, rules }) => void groundOf(rules.rejectionGrounds, req.ground, 'ground'),
      effect: (e) => ({
        ...stopAll(e),
        rejection: { ground: e.req.ground, reason: e.req.reason },
        outcome: 'rejected',
      }),
      notices: ({ req }) => [toFiler('rejection', { ground: req.ground, reason: req.reason })],
      record: (req) => ({ ground: req.ground, reason: req.reason }),
    },
  ],
  transfer: [
    {
      // To an outside body the case closes with the transfer slip; to a committee that uses Công
      // Minh it moves, trail and receipt included, into that committee's screening queue.
      from: ['screening'],
      to: (_c, _rules, req) => (req.toCommittee ? 'screening' : 'transferred'),
      by: ['intake', 'chair'],
      guard: ({ c, req, ctx }) => {
        if (!req.toCommittee) return;
        const to = ctx.transferTo;
        if (!to)
          throw invalid('unknown committee', [{ path: ['toCommittee'], message: 'unknown_committee' }]);
        if (to.committee === c.committee)
          throw invalid('same committee', [{ path: ['toCommittee'], message: 'same_committee' }]);
        if (!to.profile.tracks[c.track])
          throw invalid('no such track there', [{ path: ['toCommittee'], message: 'track_not_in_profile' }]);
      },
      effect: (e) => (e.req.toCommittee ? moveTo(e) : closeTransferred(e)),
      notices: ({ req, ctx }) => [
        toFiler('transfer', {
          toBody: req.toCommittee ? ctx.transferTo!.name : req.toBody,
          ...(req.toCommittee ? { toCommittee: req.toCommittee } : {}),
        }),
      ],
      record: (req) => ({
        ...(req.toBody ? { toBody: req.toBody } : {}),
        ...(req.toCommittee ? { toCommittee: req.toCommittee } : {}),
        reason: req.reason,
      }),
    },
  ],
  split: [
    {
      // The parts become new cases (created by the use case, linked both ways); this one closes.
      from: ['screening'],
      to: 'closed',
      by: ['intake', 'chair'],
      effect: (e) => ({ ...stopAll(e), outcome: 'split', closedAt: e.ctx.now.toISOString() }),
      notices: ({ req }) => [toFiler('split', { parts: req.parts.length })],
      record: (req) => ({ parts: req.parts.map((p) => p.kind), reason: req.reason }),
    },
  ],
  mark_duplicate: [
    {
      from: ['screening'],
      to: 'closed',
      by: ['intake', 'chair'],
      effect: (e) => ({
        ...stopAll(e),
        outcome: 'duplicate',
        links: { ...e.c.links, duplicateOf: e.req.duplicateOf },
        closedAt: e.ctx.now.toISOString(),
      }),
      notices: ({ req }) => [toFiler('duplicate', { duplicateOf: req.duplicateOf })],
      record: (req) => ({ duplicateOf: req.duplicateOf, reason: req.reason }),
    },
  ],
  assign: [
    {
      from: ['accepted', 'assigned', 'investigating'],
      to: (c) => (c.status === 'accepted' ? 'assigned' : c.status),
      by: ['chair'],
      guard: ({ c, actor }) => {
        if (c.excludedStaff.some((x) => actor.type === 'staff' && x === actor.id)) throw forbidden('recused');
      },
      effect: ({ c, req, ctx, rules, today }) => {
        const clocks =
          c.status === 'accepted'
            ? [
                ...c.clocks,
                ...startClocks(
                  rules,
                  'assigned',
                  today,
                  { remoteArea: c.remoteArea, complexity: c.complexity },
                  ctx.profile,
                ),
              ]
            : c.clocks;
        if (!ctx.staff) throw new Error('assign needs the committee staff');
        checkAssignees(c, ctx.staff, req.assignees);
        return { assignees: [...new Set(req.assignees)], clocks, dueAt: nextDueAt(clocks) };
      },
      record: (req) => ({ assignees: req.assignees, note: req.note }),
    },
  ],
  claim: [
    {
      from: ['accepted'],
      to: 'assigned',
      by: ['investigator'],
      guard: ({ rules }) => {
        if (!rules.allowClaim) throw forbidden('this procedure does not allow claiming cases');
      },
      effect: ({ c, actor, ctx, rules, today }) => {
        const clocks = [
          ...c.clocks,
          ...startClocks(
            rules,
            'assigned',
            today,
            { remoteArea: c.remoteArea, complexity: c.complexity },
            ctx.profile,
          ),
        ];
        return {
          assignees: [actor.type === 'staff' ? actor.id : 'system'],
          clocks,
          dueAt: nextDueAt(clocks),
        };
      },
    },
  ],
  add_note: [
    {
      from: ['accepted', 'assigned', 'investigating', 'suspended', 'decision_proposed'],
      to: (c) => working(c),
      by: ['investigator', 'chair', 'intake'],
      assigneesOnly: true,
      record: (req) => ({ text: req.text }),
    },
  ],
  add_evidence: [
    {
      from: WORK,
      to: 'investigating',
      by: ['investigator', 'chair'],
      assigneesOnly: true,
      record: (req) => ({ description: req.description, attachmentId: req.attachmentId, source: req.source }),
    },
  ],
  request_info: [
    {
      from: WORK,
      to: 'investigating',
      by: ['investigator', 'chair'],
      assigneesOnly: true,
      notices: ({ req }) => [toFiler('info_request', { question: req.question })],
      record: (req) => ({ question: req.question }),
    },
  ],
  record_dialogue: [
    {
      from: WORK,
      to: 'investigating',
      by: ['investigator', 'chair'],
      assigneesOnly: true,
      effect: ({ c, today }) => {
        // For a dispute the first session is the start of mediation.
        const clocks = meetClocks(c.clocks, ['mediation_start'], today);
        return { dialogues: c.dialogues + 1, clocks, dueAt: nextDueAt(clocks) };
      },
      record: (req) => ({
        heldOn: req.heldOn,
        participants: req.participants,
        summary: req.summary,
        agreement: req.agreement,
      }),
    },
  ],
  lengthen_screening: [
    {
      from: ['screening'],
      to: (c) => c.status,
      by: ['intake', 'chair'],
      guard: ({ c, req, rules, today }) => {
        const longer = screeningLonger(c, rules);
        if (!longer)
          throw conflict('this procedure gives screening no longer period, or it is already taken');
        // Taken while the period runs: a missed screening deadline stays missed.
        const clock = c.clocks.find((k) => k.name === 'screening' && k.state === 'running');
        if (clock?.dueOn && today > clock.dueOn)
          throw conflict('the screening period has already ended; it can no longer be lengthened');
        groundOf(longer.grounds, req.ground, 'ground');
      },
      effect: ({ c, ctx, rules }) => {
        const longer = screeningLonger(c, rules)!;
        const clocks = c.clocks.map((k) =>
          k.name === 'screening' && k.state === 'running'
            ? refreshClock({ ...k, days: longer.days }, ctx.profile)
            : k,
        );
        return { clocks, dueAt: nextDueAt(clocks) };
      },
      record: (req) => ({ ground: req.ground, reason: req.reason }),
    },
  ],
  extend: [
    {
      from: RUNNING,
      to: (c) => c.status,
      by: ['chair'],
      guard: ({ c, rules }) => {
        const rule = rules.deadlines.find((d) => d.name === 'resolution')?.extension;
        const clock = c.clocks.find((k) => k.name === 'resolution' && k.state === 'running');
        if (!clock) throw conflict('no running resolution period to extend');
        const max = rule?.maxTimes[c.complexity] ?? 0;
        if (clock.extensions >= max) {
          throw conflict(
            max === 0
              ? 'this case cannot be extended'
              : `already extended ${clock.extensions} time(s), the limit for this complexity`,
          );
        }
      },
      effect: ({ c, ctx, rules }) => {
        const days = rules.deadlines.find((d) => d.name === 'resolution')?.extension?.days ?? 0;
        const clocks = extendClock(c.clocks, 'resolution', days, ctx.profile);
        return { clocks, dueAt: nextDueAt(clocks), overdue: c.overdue.filter((o) => o !== 'resolution') };
      },
      notices: ({ req, rules }) => [
        toFiler('extension', { reason: req.reason }),
        ...toRespondentIf(rules, 'extension', { reason: req.reason }),
      ],
      record: (req) => ({ reason: req.reason, decisionRef: req.decisionRef }),
    },
  ],
  suspend: [
    {
      from: ['accepted', 'assigned', 'investigating'],
      to: 'suspended',
      by: ['chair'],
      guard: ({ req, rules }) => {
        if (!rules.suspendable) throw conflict('this procedure has no suspension');
        groundOf(rules.suspensionGrounds, req.ground, 'ground');
      },
      effect: ({ c, ctx, today }) => {
        const clocks = pauseClocks(c.clocks, today, ctx.profile);
        return { clocks, dueAt: nextDueAt(clocks), suspendedFrom: c.status };
      },
      notices: ({ req, rules }) => [
        toFiler('suspension', { ground: req.ground }),
        ...toRespondentIf(rules, 'suspension', { ground: req.ground }),
      ],
      record: (req) => ({ ground: req.ground, reason: req.reason }),
    },
  ],
  resume: [
    {
      from: ['suspended'],
      to: (c) => c.suspendedFrom ?? 'investigating',
      by: ['chair'],
      effect: ({ c, ctx, today }) => {
        const clocks = resumeClocks(c.clocks, today, ctx.profile);
        return { clocks, dueAt: nextDueAt(clocks), suspendedFrom: undefined };
      },
      notices: ({ rules }) => [toFiler('resumption'), ...toRespondentIf(rules, 'resumption')],
      record: (req) => ({ note: req.note }),
    },
  ],
  propose_decision: [
    {
      from: WORK,
      to: 'decision_proposed',
      by: ['investigator', 'chair'],
      assigneesOnly: true,
      guard: ({ c, req, rules, ctx }) => {
        if (!rules.outcomes.some((o) => o.code === req.outcome)) {
          throw invalid('unknown outcome', [{ path: ['outcome'], message: 'outcome_not_in_profile' }]);
        }
        if (rules.dialogue === 'required' && c.dialogues === 0) {
          throw conflict(
            'dialogue minutes are required before a decision (Law on Complaints art. 39 / mediation session)',
          );
        }
        if (rules.findingOnFirstDecision && !req.firstDecisionFinding) {
          throw invalid('finding on the first decision required', [
            { path: ['firstDecisionFinding'], message: 'first_finding_required' },
          ]);
        }
        checkDraft(req.draft, documentRulesOf(ctx.profile, c), c, req.outcome);
      },
      // The draft's PDF is rendered by the use case, which fills in its id and hash.
      effect: ({ c, req, actor, ctx }) => ({
        proposal: {
          outcome: req.outcome,
          draft: req.draft,
          documentId: '',
          documentHash: '',
          proposedBy: actor.type === 'staff' ? actor.id : 'system',
          proposedAt: ctx.now.toISOString(),
          firstDecisionFinding: req.firstDecisionFinding,
          changed: [
            ...(c.returnedProposal && c.returnedProposal.outcome !== req.outcome ? ['outcome'] : []),
            ...changedParts(c.returnedProposal?.draft, req.draft),
          ],
        },
      }),
      record: (req) => ({
        outcome: req.outcome,
        parts: Object.keys(req.draft),
        firstDecisionFinding: req.firstDecisionFinding,
      }),
    },
  ],
  return_decision: [
    {
      from: ['decision_proposed'],
      to: 'investigating',
      by: ['chair'],
      // The returned draft is kept, so the next proposal shows what changed.
      effect: ({ c, req, actor, ctx }) => ({
        proposal: undefined,
        returnedProposal: c.proposal && {
          ...c.proposal,
          returnedBy: actor.type === 'staff' ? actor.id : 'system',
          returnedAt: ctx.now.toISOString(),
          reason: req.reason,
        },
      }),
      record: (req) => ({ reason: req.reason }),
    },
  ],
  approve_decision: [
    {
      from: ['decision_proposed'],
      to: 'decided',
      by: ['chair'],
      guard: ({ c, req, actor }) => {
        // Dual control: the approver is never the proposer, and approves exactly the draft they read.
        if (actor.type === 'staff' && c.proposal?.proposedBy === actor.id)
          throw forbidden('the proposer cannot approve their own decision');
        if (c.proposal?.documentHash !== req.documentHash)
          throw conflict('the draft changed since you read it: read the current draft and approve that one');
      },
      // The use case allocates the register number, renders the issued document and sets `decision`.
      effect: ({ c, ctx, rules, today }) => {
        const clocks = [
          ...meetClocks(c.clocks, ['resolution', 'mediation_start'], today),
          ...startClocks(
            rules,
            'decided',
            today,
            { remoteArea: c.remoteArea, complexity: c.complexity },
            ctx.profile,
          ),
        ];
        return {
          outcome: c.proposal!.outcome,
          returnedProposal: undefined,
          clocks,
          dueAt: nextDueAt(clocks),
          overdue: c.overdue.filter((o) => o !== 'resolution'),
        };
      },
      record: (req) => ({ note: req.note, approvedDraftHash: req.documentHash }),
    },
  ],
  notify: [
    {
      from: ['decided'],
      to: 'notified',
      by: ['system', 'chair'],
      effect: ({ c, today }) => {
        const clocks = meetClocks(c.clocks, ['decision_notice'], today);
        return { clocks, dueAt: nextDueAt(clocks) };
      },
      notices: ({ c, rules }) => [
        toFiler('decision', { outcome: c.decision?.outcome, number: c.decision?.number }),
        ...toRespondentIf(rules, 'respondent_decision', {
          outcome: c.decision?.outcome,
          number: c.decision?.number,
        }),
      ],
    },
  ],
  close: [
    {
      // The system closes ended procedures at once; a notified decision is closed by the chair.
      from: ['rejected', 'transferred', 'withdrawn', 'terminated', 'notified'],
      to: 'closed',
      by: ['system', 'chair'],
      effect: (e) => ({ ...stopAll(e), closedAt: e.ctx.now.toISOString() }),
      record: (req) => ({ note: req.note }),
    },
  ],
  reopen: [
    {
      from: ['closed'],
      to: 'investigating',
      by: ['chair'],
      guard: ({ c }) => {
        if (!c.decision) throw conflict('only a decided case can be reopened');
      },
      effect: ({ c, ctx, rules, today }) => {
        const resolution = startClocks(
          rules,
          'accepted',
          today,
          { remoteArea: c.remoteArea, complexity: c.complexity },
          ctx.profile,
        ).filter((k) => k.name === 'resolution');
        const clocks = [...c.clocks, ...resolution];
        return {
          clocks,
          dueAt: nextDueAt(clocks),
          reopenCount: c.reopenCount + 1,
          proposal: undefined,
          closedAt: undefined,
        };
      },
      notices: () => [toFiler('reopened')],
      record: (req) => ({ reason: req.reason }),
    },
  ],
  terminate: [
    {
      from: predecisionStatuses,
      to: 'terminated',
      by: ['chair'],
      guard: ({ req, rules }) => void groundOf(rules.terminationGrounds, req.ground, 'ground'),
      effect: (e) => ({
        ...stopAll(e),
        termination: { ground: e.req.ground, reason: e.req.reason },
        outcome: 'terminated',
        withdrawal: e.c.withdrawal && { ...e.c.withdrawal, state: 'accepted' as const },
      }),
      notices: ({ req }) => [toFiler('termination', { ground: req.ground })],
      record: (req) => ({ ground: req.ground, reason: req.reason }),
    },
  ],
  continue_case: [
    {
      from: predecisionStatuses,
      to: (c) => c.status,
      by: ['chair'],
      guard: ({ c }) => {
        if (c.withdrawal?.state !== 'requested') throw conflict('there is no withdrawal to decide on');
      },
      // Law on Denunciations art. 33(3): signs of violation, coercion or slander keep the case going.
      effect: ({ c }) => ({ withdrawal: { ...c.withdrawal!, state: 'refused' } }),
      record: (req) => ({ reason: req.reason }),
    },
  ],
  withdraw: [
    {
      from: predecisionStatuses,
      to: (c, rules) => (withdrawalNeedsChair(c, rules) ? c.status : 'withdrawn'),
      by: ['public'],
      guard: ({ c }) => {
        if (c.withdrawal?.state === 'requested')
          throw conflict('a withdrawal is already waiting for the chair');
      },
      effect: (e) => {
        const withdrawal = { at: e.ctx.now.toISOString(), reason: e.req.reason, state: 'requested' as const };
        if (withdrawalNeedsChair(e.c, e.rules)) return { withdrawal };
        return {
          ...stopAll(e),
          withdrawal: { ...withdrawal, state: 'accepted' as const },
          outcome: 'withdrawn',
        };
      },
      notices: ({ c, rules }) =>
        withdrawalNeedsChair(c, rules)
          ? [toFiler('withdrawal_request'), ['withdrawal_request', 'chair', {}]]
          : [toFiler('withdrawal')],
      record: (req) => ({ reason: req.reason }),
    },
  ],
  recuse: [
    {
      from: OPEN,
      to: (c) => c.status,
      by: ['intake', 'investigator', 'chair'],
      effect: ({ c, actor, ctx }) => {
        const id = actor.type === 'staff' ? actor.id : '';
        return {
          excludedStaff: [...new Set([...c.excludedStaff, id])],
          exclusions: [
            ...c.exclusions,
            { staffId: id, basis: 'recused' as const, at: ctx.now.toISOString() },
          ],
          assignees: c.assignees.filter((a) => a !== id),
        };
      },
      record: (req) => ({ reason: req.reason }),
    },
  ],
  exclude_staff: [
    {
      from: OPEN,
      to: (c) => c.status,
      by: ['chair'],
      guard: ({ req, actor }) => {
        if (actor.type === 'staff' && req.staffId === actor.id)
          throw invalid('use recuse for yourself', [{ path: ['staffId'], message: 'use_recuse' }]);
      },
      effect: ({ c, req, ctx }) => ({
        excludedStaff: [...new Set([...c.excludedStaff, req.staffId])],
        exclusions: [
          ...c.exclusions,
          { staffId: req.staffId, basis: 'excluded_by_chair' as const, at: ctx.now.toISOString() },
        ],
        assignees: c.assignees.filter((a) => a !== req.staffId),
      }),
      record: (req) => ({ staffId: req.staffId, reason: req.reason }),
    },
  ],
  recount_deadlines: [
    {
      from: OPEN,
      to: (c) => c.status,
      by: ['system'],
      effect: ({ c, ctx }) => {
        const { clocks } = recountClocks(c.clocks, ctx.profile);
        const now = ctx.now.toISOString();
        // A deadline the new edition moved past today is no longer overdue.
        const overdue = c.overdue.filter((o) =>
          clocks.some((k) => k.name === o && k.state === 'running' && k.dueAt !== null && k.dueAt < now),
        );
        return { clocks, dueAt: nextDueAt(clocks), overdue };
      },
      notices: ({ req }) =>
        // (A request is checked against its schema before it gets here; a property test sends bare ones.)
        req.changes?.length
          ? [toFiler('deadline_change', { changes: req.changes, calendar: req.calendar })]
          : [],
      record: (req) => ({ calendar: req.calendar, changes: req.changes }),
    },
  ],
  link_first_instance: [
    {
      from: predecisionStatuses,
      to: (c) => c.status,
      by: ['system'],
      effect: ({ c, req }) => ({
        links: {
          ...c.links,
          firstInstance: {
            reference: c.links.firstInstance?.reference ?? '',
            caseId: req.caseId,
            committee: req.committee,
            outcome: req.outcome,
          },
        },
      }),
      record: (req) => ({ caseId: req.caseId, committee: req.committee, outcome: req.outcome }),
    },
  ],
};

/**
 * After acceptance, a withdrawal goes to the chair where the procedure says so (a denunciation
 * continues if there are signs of violation, Law on Denunciations art. 33(3); LEGAL.md A3).
 */
function withdrawalNeedsChair(c: Case, rules: TrackRules): boolean {
  return c.status !== 'screening' && rules.withdrawal === 'chair_decides';
}

function rolesOf(actor: Actor): Who[] {
  if (actor.type === 'system') return ['system'];
  if (actor.type === 'public') return ['public'];
  return actor.roles;
}

function rowsFor(action: ActionName, actor: Actor): Row<ActionName>[] {
  const who = rolesOf(actor);
  return (transitions[action] as Row<ActionName>[]).filter((r) => r.by.some((b) => who.includes(b)));
}

function assigneeAllowed(row: Row<ActionName>, c: Case, actor: Actor): boolean {
  if (!row.assigneesOnly || actor.type !== 'staff') return true;
  if (actor.roles.some((r) => r === 'chair' || (r === 'intake' && row.by.includes('intake')))) return true;
  return c.assignees.includes(actor.id);
}

const actionNames = Object.keys(actionSchemas) as ActionName[];

/** Actions this actor may take on the case now (for the staff workspace's buttons). */
export function allowedActions(c: Case, actor: Actor, rules?: TrackRules): ActionName[] {
  return actionNames.filter((a) =>
    rowsFor(a, actor).some(
      (r) => r.from.includes(c.status) && assigneeAllowed(r, c, actor) && guardPasses(a, c, actor, rules),
    ),
  );
}

/** Guards that depend only on the case (not on the payload) are checked for the buttons. */
function guardPasses(a: ActionName, c: Case, actor: Actor, rules?: TrackRules): boolean {
  if (a === 'continue_case') return c.withdrawal?.state === 'requested';
  if (a === 'approve_decision')
    return (
      Boolean(c.proposal?.documentHash) && !(actor.type === 'staff' && c.proposal?.proposedBy === actor.id)
    );
  if (a === 'reopen') return Boolean(c.decision);
  if (a === 'recount_deadlines') return countedWithOldCalendar(c.clocks);
  if (a === 'lengthen_screening') return Boolean(rules && screeningLonger(c, rules));
  if (!rules) return true;
  // Not offered where the procedure gives no way to do it (the form could never be sent).
  if (a === 'terminate') return rules.terminationGrounds.length > 0;
  if (a === 'suspend') return rules.suspendable && rules.suspensionGrounds.length > 0;
  if (a === 'claim') return rules.allowClaim;
  if (a === 'extend') {
    const clock = c.clocks.find((k) => k.name === 'resolution' && k.state === 'running');
    const max = rules.deadlines.find((d) => d.name === 'resolution')?.extension?.maxTimes[c.complexity] ?? 0;
    return Boolean(clock) && clock!.extensions < max;
  }
  return true;
}

export interface Decision {
  next: Case;
  event: { action: ActionName; from: Status; to: Status; data: Record<string, unknown> };
}

/**
 * Applies an action. Refusals: 403 when the role may never take the action (or an investigator is
 * not assigned, or dual control), 409 when the stage or version does not allow it now, 422 when the
 * payload breaks a profile rule.
 */
export function decide(c: Case, req: ActionRequest, actor: Actor, ctx: Ctx): Decision {
  const rows = rowsFor(req.action, actor);
  if (rows.length === 0) throw forbidden(`role may not ${req.action}`);
  if (req.expectedVersion !== c.version) {
    throw conflict(`stale version: expected ${req.expectedVersion}, case is at ${c.version}`);
  }
  const row = rows.find((r) => r.from.includes(c.status));
  if (!row) throw conflict(`${req.action} is not allowed while the case is ${c.status}`);
  if (!assigneeAllowed(row, c, actor)) throw forbidden('only an assigned investigator may do this');
  const env: Env<ActionName> = {
    c,
    req: req as ActionOf<ActionName>,
    actor,
    ctx,
    rules: rulesFor(ctx.profile, c.track),
    today: localDate(ctx.now),
  };
  row.guard?.(env);
  const to = typeof row.to === 'function' ? row.to(c, env.rules, env.req) : row.to;
  const effected: Case = { ...c, ...row.effect?.(env) };
  // A deadline that is met or stopped is no longer overdue (queues, dashboard and alerts agree).
  const changed: Case = {
    ...effected,
    overdue: effected.overdue.filter((o) =>
      effected.clocks.some((k) => k.name === o && k.state === 'running'),
    ),
  };
  const seq = c.seq + 1;
  const notices: Notice[] = (row.notices?.(env) ?? []).map(([type, audience, data]) => ({
    id: `${seq}-${type}-${audience}`,
    type,
    audience,
    data: data ?? {},
  }));
  const next: Case = {
    ...changed,
    status: to,
    // An effect may write the timeline itself (a transfer between committees shows two steps).
    history:
      to === c.status ? changed.history : [...changed.history, { at: ctx.now.toISOString(), status: to }],
    pendingNotices: [...c.pendingNotices, ...notices],
    version: c.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  const data: Record<string, unknown> = row.record?.(req as never) ?? {};
  const m = metricFacts(c, next, req.action, env.today);
  return {
    next,
    event: { action: req.action, from: c.status, to, data: Object.keys(m).length ? { ...data, m } : data },
  };
}

/** System work the workflow does before it parks: deliver notices, link, notify a decision, close. */
export type SystemStep =
  | { kind: 'deliver_notices' }
  | { kind: 'link_first_instance'; reference: string }
  | { kind: 'recount_deadlines' }
  | { kind: 'action'; action: 'notify' | 'close' };

export function nextSystemStep(c: Case): SystemStep | null {
  if (c.pendingNotices.length > 0) return { kind: 'deliver_notices' };
  const first = c.links.firstInstance;
  if (
    c.track === 'complaint_2' &&
    first?.reference &&
    first.caseId === undefined &&
    (predecisionStatuses as readonly Status[]).includes(c.status)
  ) {
    return { kind: 'link_first_instance', reference: first.reference };
  }
  // A new calendar edition: running deadlines are counted again before anything waits on them.
  if (countedWithOldCalendar(c.clocks)) return { kind: 'recount_deadlines' };
  if (c.status === 'decided') return { kind: 'action', action: 'notify' };
  if (['rejected', 'transferred', 'withdrawn', 'terminated'].includes(c.status))
    return { kind: 'action', action: 'close' };
  return null;
}

/** What the workflow does once no system work is left. */
export function workflowStep(c: Pick<Case, 'status'>): 'await' | 'done' {
  return c.status === 'closed' ? 'done' : 'await';
}
