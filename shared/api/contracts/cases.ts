/** HTTP contracts (shared/api/contracts.ts): Committee case work: queues, a case's detail, actions, documents, the audit trail, letters. */
import * as z from 'zod/mini';
import { attachmentSummarySchema } from '../../domain/attachments.js';
import { isoDate } from '../../domain/calendar.js';
import { caseSchema, channels } from '../../domain/case.js';
import { findFlags } from '../../domain/find.js';
import { fields } from '../../domain/intake.js';
import { caseKinds } from '../../domain/profile.js';
import { statuses } from '../../domain/status.js';
import { caseDeadline, text } from './common.js';

export { staffActionRequestSchema as actionRequest } from '../../domain/actions.js';

/** How near a case is to its next deadline (shared/domain/clocks.ts `riskOf`). */
const risk = z.enum(['ok', 'p50', 'p75', 'p90', 'overdue', 'paused', 'none']);

/**
 * Exactly one view: a stage, my work, what I worked on that is decided or ended, a reference, the
 * overdue cases, or those due this week. Or a search of the committee's open cases: words (`q`) and
 * filters (kind, field, risk, assignee, a pending withdrawal), alone or together, within a stage or not.
 */
export const queueQueryShape = z.strictObject({
  committee: z.optional(z.string().check(z.regex(/^[a-z0-9-]{2,40}$/))),
  stage: z.optional(z.enum(statuses)),
  /** `me`: my live cases (any committee); a member's username, or `-` for nobody yet: a filter. */
  assignee: z.optional(z.string().check(z.regex(/^(me|-|[a-z0-9._-]{2,64})$/))),
  done: z.optional(z.literal('true')),
  /** A reference, exactly (any case): the one case of that reference the caller may open, or none. */
  reference: z.optional(
    z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}-\d{4}-[A-Z0-9-]{4,24}$/)),
  ),
  overdue: z.optional(z.literal('true')),
  due: z.optional(z.literal('week')),
  /**
   * Words of the subject, the respondent or the place, with or without diacritics; a case matches
   * when it has every word (whole words, among the first 12 it is indexed by).
   */
  q: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(100))),
  kind: z.optional(z.enum(caseKinds)),
  field: z.optional(z.enum(fields)),
  /** The risk the recorded deadline alerts give: overdue, ≥ 90 %, ≥ 75 %, ≥ 50 %, below. */
  risk: z.optional(z.enum(['overdue', 'p90', 'p75', 'p50', 'ok', 'paused'])),
  /**
   * `withdrawal`: a withdrawal the filer asked for awaits the chair's decision; `filer_message`: the
   * filer wrote and the committee has not answered yet.
   */
  flag: z.optional(z.enum(findFlags)),
  limit: z._default(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string().check(z.maxLength(2_000))),
});

type QueueQueryShape = z.infer<typeof queueQueryShape>;

/** True when the query searches the committee's open cases (words or filters) rather than a view. */
export const isFind = (q: Pick<QueueQueryShape, 'q' | 'kind' | 'field' | 'risk' | 'assignee' | 'flag'>) =>
  Boolean(q.q || q.kind || q.field || q.risk || q.flag || (q.assignee && q.assignee !== 'me'));

export const queueQuery = queueQueryShape.check(
  z.refine(
    (q) =>
      isFind(q)
        ? [q.done, q.reference, q.overdue, q.due].filter(Boolean).length === 0
        : [q.stage, q.assignee, q.done, q.reference, q.overdue, q.due].filter(Boolean).length === 1,
    { message: 'one_view', path: ['stage'] },
  ),
);

export const queueItem = z.object({
  risk,
  overdue: z.array(z.string()),
  caseId: z.string(),
  reference: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(statuses),
  statusLabel: text,
  committee: z.string(),
  dueAt: z.nullable(z.string()),
  dueOn: z.nullable(isoDate),
  dueDayType: z.nullable(z.enum(['calendar', 'working'])),
  /** That day is counted through holidays not yet decided (a provisional year): it may still move. */
  dueProvisional: z.boolean(),
  daysLeft: z.nullable(z.int()),
  overdueDays: z.nullable(z.int()),
  assignees: z.array(z.string()),
  receivedOn: isoDate,
  version: z.int(),
  field: z.enum(fields),
  location: z.object({ province: z.string(), commune: z.optional(z.string()) }),
  /** The matter on one line (null on a case the viewer may only claim). */
  subject: z.nullable(z.string()),
  /** The body complained about, the person denounced or the body a petition concerns (null likewise). */
  respondent: z.nullable(z.string()),
  /** The filer's pseudonym (null likewise). */
  pseudonym: z.nullable(z.string()),
  /** How the case reached the committee: online or at the desk (walk-in, post, referral, box). */
  channel: z.enum(channels),
});

export const queueResponse = z.object({ items: z.array(queueItem), nextCursor: z.nullable(z.string()) });

/**
 * A case as staff read it (shared/cases/views.ts `staffCaseView`): the stored case without the
 * workflow's task token and the attachments' storage keys, with the status in words, the deadline
 * risk and each clock counted to today. Identity is never on the case (it lives in the vault).
 */
export const staffCase = z.extend(
  z.omit(caseSchema, { taskToken: true, findHash: true, attachments: true }),
  {
    attachments: z.array(z.omit(attachmentSummarySchema, { blobKey: true })),
    statusLabel: text,
    risk,
    deadlines: z.array(caseDeadline),
  },
);

/**
 * What an investigator sees of an accepted case they may claim but do not work on (DESIGN.md §1):
 * enough to decide to claim it; no content, no person named, no documents.
 */
export const claimSummary = z.object({
  summaryOnly: z.literal(true),
  caseId: z.string(),
  reference: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(statuses),
  statusLabel: text,
  version: z.int(),
  committee: z.string(),
  field: z.enum(fields),
  location: z.object({ province: z.string(), commune: z.optional(z.string()) }),
  receivedOn: isoDate,
  deadlines: z.array(caseDeadline),
  dueAt: z.nullable(z.string()),
  risk,
  assignees: z.array(z.string()),
});

export const caseDetailResponse = z.object({
  case: z.union([claimSummary, staffCase]),
  allowedActions: z.array(z.string()),
  rejectionGrounds: z.array(z.object({ code: z.string(), label: text, basis: z.string() })),
  /** What the case's procedure offers (absent on a claim summary). */
  procedure: z.optional(
    z.object({
      label: z.unknown(),
      outcomes: z.array(z.unknown()),
      suspensionGrounds: z.array(z.unknown()),
      /** Grounds for the longer screening period the procedure allows (empty if none). */
      screeningGrounds: z.array(z.unknown()),
      terminationGrounds: z.array(z.unknown()),
      dialogue: z.unknown(),
      findingOnFirstDecision: z.unknown(),
      /** The decision document's parts and rules: where a decision is drafted, approved or shown. */
      document: z.optional(z.unknown()),
    }),
  ),
});

export const actionResponse = z.object({ case: staffCase });

export const documentRecord = z.object({
  documentId: z.string(),
  sha256: z.string(),
  size: z.int(),
  role: z.enum(['draft', 'decision', 'notice']),
  locale: z.enum(['vi', 'en']),
  audience: z.enum(['staff', 'filer']),
  title: z.string(),
  number: z.optional(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
});

export const documentsResponse = z.object({ items: z.array(documentRecord) });

export const revealRequest = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000)),
});

/** Letters waiting on a case: the addressee by reference only. */
export const printJobsResponse = z.object({
  items: z.array(
    z.object({
      jobId: z.string(),
      caseId: z.string(),
      reference: z.string(),
      noticeType: z.string(),
      audience: z.enum(['filer', 'respondent', 'chair']),
      recipient: z.string(),
      locale: z.enum(['vi', 'en']),
      subject: z.string(),
      createdAt: z.string(),
      printedAt: z.optional(z.string()),
      printedBy: z.optional(z.string()),
      prints: z.int(),
    }),
  ),
});

/** The printing view: the one place a letter's addressee is decrypted (audited as `letter_print`). */
export const printLetterResponse = z.object({
  jobId: z.string(),
  reference: z.string(),
  noticeType: z.string(),
  locale: z.enum(['vi', 'en']),
  subject: z.string(),
  body: z.string(),
  addressee: z.object({ name: z.string(), organisation: z.optional(z.string()), address: z.string() }),
  printedAt: z.string(),
});

/** The filer's identity, decrypted for the chair (audited as `identity_reveal` first). */
/** A person as the vault holds them: each field in words (name, address, contact; LEGAL.md §b). */
const revealedPerson = z.record(z.string(), z.string());

export const revealResponse = z.object({
  identity: z.object({
    complainant: z.nullable(revealedPerson),
    coSigners: z.optional(z.array(revealedPerson)),
    otherParties: z.optional(z.array(revealedPerson)),
  }),
  revealedAt: z.string(),
});

export const attachmentLinkResponse = z.object({
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  expiresInSeconds: z.int(),
});

export const attachmentLinkQuery = z.strictObject({ view: z.optional(z.enum(['inline', 'download'])) });

export const queueCountsParams = z.object({
  committee: z.string().check(z.regex(/^[a-z0-9-]{2,40}$/)),
});

/**
 * What the workspace's tabs show beside their names: the committee's cases at each stage and its
 * overdue cases, from the counters the metrics projector keeps (a few seconds behind the cases), and
 * the caller's own live and overdue cases.
 */
export const queueCountsResponse = z.object({
  committee: z.string(),
  /** Cases at each stage now (stages with none are left out). */
  stages: z.partialRecord(z.enum(statuses), z.int().check(z.gte(0))),
  /**
   * Open cases past their resolution deadline (the dashboard's "overdue now"); the workspace's
   * overdue tab lists cases past any deadline, screening included, so it shows no count from this.
   */
  overdue: z.int().check(z.gte(0)),
  /** The caller's live cases (their "my cases"), and of those, past a deadline. */
  mine: z.object({ live: z.int().check(z.gte(0)), overdue: z.int().check(z.gte(0)) }),
  /** When the figures were read. */
  asOf: z.iso.datetime(),
});

/** Who the chair may assign to a case, with their live work, and who is excluded from it and why. */
export const eligibleStaffResponse = z.object({
  caseId: z.string(),
  committee: z.string(),
  /** The committee's investigators and chairs who may be assigned (art. 29(1): a chair may verify in person), the least loaded first. */
  items: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      /** Already assigned to this case. */
      assigned: z.boolean(),
      /** Open cases assigned to them now. */
      liveCases: z.int(),
      /** Of those, cases past a running deadline. */
      overdueCases: z.int(),
    }),
  ),
  /** Those of them who may never work on this case. */
  excluded: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      basis: z.enum(['named_in_case', 'recused', 'excluded_by_chair']),
    }),
  ),
});

/** A trail as JSON (default) or CSV, for an auditor's export. */
export const auditQuery = z.strictObject({ format: z._default(z.enum(['json', 'csv']), 'json') });

export const auditEventsResponse = z.object({
  caseId: z.string(),
  /** As stored: an event that does not parse is returned as it is (verify says where the trail breaks). */
  events: z.array(z.record(z.string(), z.unknown())),
});
