/**
 * The case as stored: no personal identity of the complainant (that lives in the vault).
 * Items are parsed with this schema on every read.
 */
import * as z from 'zod/mini';
import { attachmentSummarySchema } from './attachments.js';
import { type IsoDate, isoDate, localDate } from './calendar.js';
import { type Clock, clockSchema, nextDueAt, startClocks } from './clocks.js';
import { decisionSchema, proposalObject, proposalSchema } from './decision.js';
import { checkIntakeOn, fields, type Intake, type Person } from './intake.js';
import { caseKinds, complexities, type Profile, rulesFor, trackOf, tracks } from './profile.js';
import { type Status, statuses } from './status.js';

export const noticeTypes = [
  'acknowledgement',
  'acceptance',
  'respondent_notice',
  'rejection',
  'transfer',
  'split',
  'duplicate',
  'info_request',
  'extension',
  'suspension',
  'resumption',
  'decision',
  'respondent_decision',
  'withdrawal',
  'withdrawal_request',
  'termination',
  'reopened',
  'escalation',
  'deadline_change',
] as const;
export type NoticeType = (typeof noticeTypes)[number];

export const noticeSchema = z.object({
  id: z.string(),
  type: z.enum(noticeTypes),
  /** filer: the complainant/denouncer; respondent: the person complained about or denounced; chair: the committee chair. */
  audience: z.enum(['filer', 'respondent', 'chair']),
  data: z.record(z.string(), z.unknown()),
});
export type Notice = z.infer<typeof noticeSchema>;

export const publicMessageSchema = z.object({
  at: z.iso.datetime(),
  type: z.string(),
  from: z.enum(['committee', 'filer']),
  text: z.object({ vi: z.string(), en: z.string() }),
});

const returnedProposalSchema = z.extend(proposalObject, {
  returnedBy: z.string(),
  returnedAt: z.iso.datetime(),
  reason: z.string(),
});

/**
 * How a case reached the committee (LEGAL.md §b `channel`): filed online, or recorded at the desk
 * from a visit, a letter by post, a referral by another body, or the suggestion box.
 */
export const channels = ['web', 'walk_in', 'post', 'referral', 'suggestion_box'] as const;
export type Channel = (typeof channels)[number];
/** Who referred a case (Circular 05/2021; the source matters for reporting back, LEGAL.md §b). */
export const referralSources = [
  'deputy',
  'national_assembly',
  'peoples_council',
  'press',
  'party',
  'agency',
] as const;
export const referralSchema = z.object({
  source: z.enum(referralSources),
  /** The referring body, as its letter names it. */
  body: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
  /** The referring letter's number, if it has one. */
  reference: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});

export const caseSchema = z.object({
  caseId: z.string(),
  reference: z.string(),
  kind: z.enum(caseKinds),
  track: z.enum(tracks),
  instance: z.optional(z.union([z.literal(1), z.literal(2)])),
  anonymous: z.boolean(),
  committee: z.string(),
  status: z.enum(statuses),
  version: z.int().check(z.gte(1)),
  // Zero only when the trail was cut: the case still loads, so verify can say so.
  seq: z.int().check(z.gte(0)),
  headHash: z.string(),
  submissionHash: z.string(),
  receivedAt: z.iso.datetime(),
  /** The day the committee received it, which starts the clocks (at the desk: the letter's date of arrival). */
  receivedOn: isoDate,
  channel: z._default(z.enum(channels), 'web'),
  referral: z.optional(referralSchema),
  acceptedOn: z.optional(isoDate),
  locale: z.enum(['vi', 'en']),
  field: z.enum(fields),
  remoteArea: z.boolean(),
  complexity: z.enum(complexities),
  profileId: z.string(),
  profileVersion: z.string(),
  legalNoticeVersion: z.string(),
  pseudonym: z.string(),
  content: z.string(),
  requestedOutcome: z.optional(z.string()),
  location: z.object({ province: z.string(), commune: z.optional(z.string()) }),
  /** Kind-specific, non-identity details (respondent, decision, person denounced, parties…). */
  details: z.record(z.string(), z.unknown()),
  /** Staff ids who may never see the case (named in it, or recused). */
  excludedStaff: z.array(z.string()),
  /** Names of persons complained about or denounced, for recusal matching. */
  namedPersons: z.array(z.string()),
  /** Why each excluded member is excluded: named in the case (found at intake), recused, or by the chair. */
  exclusions: z._default(
    z.array(
      z.object({
        staffId: z.string(),
        basis: z.enum(['named_in_case', 'recused', 'excluded_by_chair']),
        at: z.iso.datetime(),
      }),
    ),
    [],
  ),
  assignees: z.array(z.string()),
  clocks: z.array(clockSchema),
  /** Status changes for the public timeline, kept on the item so a lookup costs two reads. */
  history: z.array(
    z.object({
      at: z.iso.datetime(),
      status: z.enum(statuses),
      /** The audit head once this step was recorded: the filer can hold the committee to it. */
      seq: z.optional(z.int()),
      hash: z.optional(z.string()),
    }),
  ),
  dueAt: z.nullable(z.iso.datetime()),
  rejection: z.optional(z.object({ ground: z.string(), reason: z.string() })),
  outcome: z.optional(z.string()),
  closedAt: z.optional(z.iso.datetime()),
  updatedAt: z.iso.datetime(),
  /** The pending workflow callback, if the workflow is parked on this case. */
  taskToken: z.optional(z.string()),
  awaiting: z.optional(z.string()),
  // Lifecycle (defaults keep items written before these fields existed readable).
  proposal: z.optional(proposalSchema),
  /** The draft the chair last returned, kept so the next proposal shows what changed. */
  returnedProposal: z.optional(returnedProposalSchema),
  decision: z.optional(decisionSchema),
  /** The status a suspended case returns to. */
  suspendedFrom: z.optional(z.enum(statuses)),
  dialogues: z._default(z.int().check(z.gte(0)), 0),
  transfer: z.optional(
    z.object({ toBody: z.string(), reason: z.string(), toCommittee: z.optional(z.string()) }),
  ),
  termination: z.optional(z.object({ ground: z.string(), reason: z.string() })),
  withdrawal: z.optional(
    z.object({
      at: z.iso.datetime(),
      reason: z.optional(z.string()),
      state: z.enum(['requested', 'accepted', 'refused']),
    }),
  ),
  links: z._default(
    z.object({
      splitFrom: z.optional(z.string()),
      /** Moved here from another committee that uses Công Minh (issue 13 §6), and when. */
      transferredFrom: z.optional(z.object({ committee: z.string(), on: isoDate })),
      splitInto: z.optional(z.array(z.string())),
      duplicateOf: z.optional(z.string()),
      firstInstance: z.optional(
        z.object({
          reference: z.string(),
          caseId: z.optional(z.string()),
          committee: z.optional(z.string()),
          outcome: z.optional(z.string()),
        }),
      ),
    }),
    {},
  ),
  /** Notices decided by a transition and not yet delivered; the workflow delivers them. */
  pendingNotices: z._default(z.array(noticeSchema), []),
  /** Notices as the filer sees them on the tracking page. */
  publicMessages: z._default(z.array(publicMessageSchema), []),
  /** Deadline alerts already recorded, as `clock:pct:dueAt`. */
  alertsSent: z._default(z.array(z.string()), []),
  /** Running clocks past their due date. */
  overdue: z._default(z.array(z.string()), []),
  /** Alert schedules registered with the scheduler, as `clock:pct:dueAt`. */
  scheduled: z._default(z.array(z.string()), []),
  reopenCount: z._default(z.int().check(z.gte(0)), 0),
  /** Documents the filer attached (checked at filing: uploaded, size, type from content). */
  attachments: z._default(z.array(attachmentSummarySchema), []),
  /** What the find index holds for the case (shared/store/find-index.ts); absent: not indexed yet. */
  findHash: z.optional(z.string()),
  /** A split-off case shares its parent's vaulted identity. */
  identityOf: z.optional(z.string()),
});
export type Case = z.infer<typeof caseSchema>;

const referencePrefix = { complaint: 'KN', denunciation: 'TC', petition: 'PA', dispute: 'HG' } as const;

/** Human-facing reference, e.g. `KN-2611-7F3K2QXZ`: kind, year and month of receipt, random part. */
export function referenceFor(kind: Intake['kind'], receivedOn: IsoDate, random8: string): string {
  return `${referencePrefix[kind]}-${receivedOn.slice(2, 4)}${receivedOn.slice(5, 7)}-${random8}`;
}

const pseudonymRole = {
  complaint: 'Người khiếu nại',
  denunciation: 'Người tố cáo',
  petition: 'Người kiến nghị',
  dispute: 'Người yêu cầu hòa giải',
} as const;

/** What goes to the identity vault: the filer and, for a dispute, the other parties. */
export interface VaultedIdentity {
  complainant: Person | null;
  otherParties: { fullName: string; address: string; relationship?: string }[];
  /** The other signers of a group letter. */
  coSigners: { fullName: string; address: string }[];
}

export interface NewCase {
  case: Case;
  identity: VaultedIdentity;
}

/**
 * Splits an intake into the stored case and the identity for the vault, and starts the clocks
 * that run from receipt.
 */
export function openCase(
  intake: Intake,
  ctx: {
    caseId: string;
    random8: string;
    now: Date;
    profile: Profile;
    pseudonymTag: string;
    /** Recorded at the desk: how it came and the day it arrived (which starts the clocks). */
    desk?: {
      channel: Exclude<Channel, 'web'>;
      receivedOn: IsoDate;
      referral?: z.infer<typeof referralSchema>;
    };
  },
): NewCase {
  const receivedOn = ctx.desk?.receivedOn ?? localDate(ctx.now);
  checkIntakeOn(intake, receivedOn);
  const instance = intake.kind === 'complaint' ? intake.instance : undefined;
  const anonymous = intake.kind === 'denunciation' && intake.anonymous;
  const track = trackOf(intake.kind, { instance, anonymous });
  const rules = rulesFor(ctx.profile, track);
  const flags = { remoteArea: intake.remoteArea, complexity: 'normal' as const };
  const clocks: Clock[] = startClocks(rules, 'received', receivedOn, flags, ctx.profile);
  const { details, namedPersons } = detailsOf(intake);
  const at = ctx.now.toISOString();
  return {
    identity: {
      complainant: intake.kind === 'denunciation' && intake.anonymous ? null : (intake.complainant ?? null),
      otherParties: intake.kind === 'dispute' ? intake.parties : [],
      coSigners: intake.coSigners,
    },
    case: {
      caseId: ctx.caseId,
      reference: referenceFor(intake.kind, receivedOn, ctx.random8),
      kind: intake.kind,
      track,
      instance,
      anonymous,
      committee: intake.committee,
      status: 'screening',
      version: 1,
      seq: 1,
      headHash: '',
      submissionHash: '',
      receivedAt: at,
      receivedOn,
      channel: ctx.desk?.channel ?? 'web',
      ...(ctx.desk?.referral ? { referral: ctx.desk.referral } : {}),
      locale: intake.locale,
      field: intake.field,
      remoteArea: intake.remoteArea,
      complexity: 'normal',
      profileId: ctx.profile.id,
      profileVersion: ctx.profile.version,
      legalNoticeVersion: intake.legalNoticeVersion,
      pseudonym: `${pseudonymRole[intake.kind]} #${ctx.pseudonymTag}`,
      content: intake.content,
      requestedOutcome: intake.requestedOutcome,
      location: intake.location,
      details,
      excludedStaff: [],
      exclusions: [],
      namedPersons,
      assignees: [],
      clocks,
      history: [
        { at, status: 'received' },
        { at, status: 'screening' },
      ],
      dialogues: 0,
      links:
        intake.kind === 'complaint' && intake.firstCaseReference
          ? { firstInstance: { reference: intake.firstCaseReference } }
          : {},
      pendingNotices: [
        { id: '1-acknowledgement-filer', type: 'acknowledgement', audience: 'filer', data: {} },
      ],
      publicMessages: [],
      alertsSent: [],
      overdue: [],
      scheduled: [],
      reopenCount: 0,
      attachments: [],
      dueAt: nextDueAt(clocks),
      updatedAt: at,
    },
  };
}

/** A part of a mixed letter as its own case (Law on Citizen Reception art. 25(3)): same filer, same receipt date. */
export function openSplitPart(
  parent: Case,
  part: { kind: Intake['kind']; content: string; field?: Case['field'] },
  ctx: { caseId: string; random8: string; now: Date; profile: Profile },
): Case {
  const anonymous = part.kind === 'denunciation' && parent.anonymous;
  const track = trackOf(part.kind, { instance: 1, anonymous });
  const clocks = startClocks(
    rulesFor(ctx.profile, track),
    'received',
    parent.receivedOn,
    { remoteArea: parent.remoteArea, complexity: 'normal' },
    ctx.profile,
  );
  const at = ctx.now.toISOString();
  return {
    ...parent,
    caseId: ctx.caseId,
    reference: referenceFor(part.kind, parent.receivedOn, ctx.random8),
    kind: part.kind,
    track,
    instance: part.kind === 'complaint' ? 1 : undefined,
    anonymous,
    status: 'screening',
    version: 1,
    seq: 1,
    content: part.content,
    field: part.field ?? parent.field,
    details: { splitFrom: parent.reference },
    clocks,
    dueAt: nextDueAt(clocks),
    history: [
      { at, status: 'received' },
      { at, status: 'screening' },
    ],
    links: { splitFrom: parent.reference },
    identityOf: parent.identityOf ?? parent.caseId,
    pendingNotices: [],
    publicMessages: [],
    alertsSent: [],
    overdue: [],
    scheduled: [],
    assignees: [],
    dialogues: 0,
    reopenCount: 0,
    acceptedOn: undefined,
    rejection: undefined,
    outcome: undefined,
    closedAt: undefined,
    taskToken: undefined,
    awaiting: undefined,
    proposal: undefined,
    returnedProposal: undefined,
    decision: undefined,
    updatedAt: at,
  };
}

function detailsOf(intake: Intake): { details: Record<string, unknown>; namedPersons: string[] } {
  const group = { signerCount: 1 + intake.coSigners.length, representatives: intake.representatives };
  switch (intake.kind) {
    case 'complaint':
      return {
        details: {
          ...group,
          respondent: intake.respondent,
          subject: intake.subject,
          learnedOn: intake.learnedOn,
          lateReason: intake.lateReason,
          firstDecision: intake.firstDecision,
          firstDeadlineExpired: intake.firstDeadlineExpired,
          firstCaseReference: intake.firstCaseReference,
        },
        namedPersons: [intake.respondent.name],
      };
    case 'denunciation':
      return {
        details: {
          ...group,
          accused: intake.accused,
          protectionRequested: intake.protectionRequested,
          consentToContact: intake.consentToContact,
          sentToOtherBodies: intake.sentToOtherBodies,
          fromResolvedComplaint: intake.fromResolvedComplaint,
        },
        namedPersons: [intake.accused.name],
      };
    case 'petition':
      return {
        details: { ...group, topic: intake.topic, concernedBody: intake.concernedBody },
        namedPersons: [],
      };
    case 'dispute':
      return {
        details: {
          ...group,
          parties: intake.parties.map((p, i) => ({
            pseudonym: `Bên #${i + 2}`,
            relationship: p.relationship,
          })),
          place: intake.place,
          requestedBy: intake.requestedBy,
          sessionPreference: intake.sessionPreference,
          vulnerableParties: intake.vulnerableParties,
          exclusions: intake.exclusions,
        },
        namedPersons: [],
      };
  }
}

export function isOpen(c: Pick<Case, 'status'>): boolean {
  return c.status !== 'closed';
}

/**
 * Statuses in which an assignee still has work on the case: once it is decided (or ended otherwise)
 * it leaves their "my cases" for their "done" list.
 */
export const workingStatuses: readonly Status[] = [
  'accepted',
  'assigned',
  'investigating',
  'suspended',
  'decision_proposed',
];

export const isWorking = (c: Pick<Case, 'status'>): boolean => workingStatuses.includes(c.status);

export type { Status };
