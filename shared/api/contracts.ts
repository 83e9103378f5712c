/**
 * HTTP contracts shared by the functions, the OpenAPI document, the web client and the tests.
 */
import * as z from 'zod';
import { staffRoles } from '../domain/actor.js';
import { isoDate } from '../domain/calendar.js';
import { fields } from '../domain/intake.js';
import { caseKinds, clockEvents, complexities, deadlineNames, tracks } from '../domain/profile.js';
import { profileIds } from '../domain/profiles/index.js';
import { statuses } from '../domain/status.js';

export { staffActionRequestSchema as actionRequest } from '../domain/actions.js';
export { intakeSchema as submitCaseRequest } from '../domain/intake.js';

const text = z.object({ vi: z.string(), en: z.string() });
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const caseDeadline = z.object({
  name: z.enum(deadlineNames),
  state: z.enum(['running', 'met', 'stopped']),
  startedOn: isoDate,
  days: z.int(),
  dayType: z.enum(['calendar', 'working']),
  extensions: z.int(),
  paused: z.boolean(),
  pauses: z.array(z.object({ from: isoDate, to: isoDate.nullable() })),
  dueOn: isoDate.nullable(),
  dueAt: z.string().nullable(),
  /** Days left after today in the deadline's own day type (0 on its last day); null unless running with a date. */
  daysLeft: z.int().nullable(),
  /** Days past the last day, in its day type; 0 while not overdue. */
  overdueDays: z.int().nullable(),
  basis: z.string(),
});

const nextStep = z.object({
  step: z.string(),
  label: text,
  /** `deadline`: dueOn is the last day to act; `takes_effect`: the first day in force; `right`: no date. */
  kind: z.enum(['deadline', 'takes_effect', 'right']),
  from: z.enum(['issued', 'received']),
  dueOn: isoDate.nullable(),
  dayType: z.enum(['calendar', 'working']).nullable(),
  days: z.int().nullable(),
  basis: z.string(),
});

/** The issued decision as the filer receives it (absent until issued, and for anonymous information). */
export const publicDecision = z.object({
  outcome: z.string(),
  outcomeLabel: text,
  reasons: z.array(z.object({ part: z.string(), label: text, text: z.string() })),
  number: z.string(),
  issuedOn: isoDate,
  documentId: z.string(),
  documentHash: z.string().regex(/^[0-9a-f]{64}$/),
  documents: z.array(
    z.object({
      documentId: z.string(),
      documentHash: z.string(),
      number: z.string().optional(),
      locale: z.enum(['vi', 'en']),
      role: z.enum(['decision', 'notice']),
    }),
  ),
  nextSteps: z.array(nextStep),
});

export const submitCaseResponse = z.object({
  reference: z.string(),
  receipt: z.string().regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/),
  status: z.enum(statuses),
  trackingUrl: z.string(),
  deadlines: z.array(caseDeadline),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const trackCaseResponse = z.object({
  reference: z.string(),
  kind: z.enum(caseKinds),
  anonymous: z.boolean(),
  status: z.enum(statuses),
  statusLabel: text,
  receivedAt: z.string(),
  decision: publicDecision.optional(),
  timeline: z.array(
    z.object({
      at: z.string(),
      status: z.enum(statuses),
      label: text,
      /** The audit trail's head hash once this step was recorded (verify compares it with the record). */
      auditHash: z.string().optional(),
    }),
  ),
  deadlines: z.array(caseDeadline),
  rejection: z.object({ ground: z.string(), label: text, basis: z.string() }).optional(),
  messages: z.array(
    z.object({ at: z.string(), type: z.string(), from: z.enum(['committee', 'filer']), text }),
  ),
  links: z.object({ splitInto: z.array(z.string()).optional(), duplicateOf: z.string().optional() }),
  filed: z.object({
    content: z.string(),
    requestedOutcome: z.string().optional(),
    subject: z
      .object({
        number: z.string().optional(),
        issuer: z.string().optional(),
        description: z.string().optional(),
      })
      .optional(),
    attachments: z.array(
      z.object({ fileName: z.string(), contentType: z.string(), size: z.int(), sha256: z.string() }),
    ),
  }),
  headHash: z.string(),
});

export const deadlinesQuery = z.strictObject({
  /** A procedure profile id (default: state law). */
  profile: z.enum(profileIds).optional(),
  kind: z.enum(caseKinds),
  instance: z
    .enum(['1', '2'])
    .transform(Number)
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .optional(),
  anonymous: bool.optional(),
  receivedOn: isoDate.optional(),
  acceptedOn: isoDate.optional(),
  assignedOn: isoDate.optional(),
  remote: bool.default(false),
  complexity: z.enum(complexities).default('normal'),
});

export const deadlinesResponse = z.object({
  profile: z.object({ id: z.string(), version: z.string(), effectiveFrom: isoDate, name: text }),
  track: z.enum(tracks),
  trackLabel: text,
  deadlines: z.array(
    z.object({
      name: z.enum(deadlineNames),
      from: z.enum(clockEvents),
      startedOn: isoDate.nullable(),
      dueOn: isoDate.nullable(),
      dayType: z.enum(['calendar', 'working']),
      days: z.int(),
      maxExtensions: z.int(),
      extensionDays: z.int(),
      basis: z.string(),
      verification: z.enum(['V', 'S', 'U']),
    }),
  ),
});

export const publicCommitteesResponse = z.object({
  items: z.array(
    z.object({
      committeeId: z.string(),
      name: text,
      level: z.string().optional(),
      profileId: z.enum(profileIds),
    }),
  ),
});

const committeeId = z.string().regex(/^[a-z0-9-]{2,40}$/);
/** A month (`2026-11`), a quarter (`2026-Q4`), 6, 9 or 12 months (`2026-6M`…) or a year (`2026`). */
export const periodId = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|6M|9M|12M))?$/, { message: 'invalid_period' });
export const reportPeriodId = z.string().regex(/^\d{4}-(Q[1-4]|6M|9M|12M)$/, { message: 'invalid_period' });

export const metricsQuery = z.strictObject({
  period: periodId.optional(),
  committee: committeeId.optional(),
});
export const reportQuery = z.strictObject({
  committee: committeeId.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

/** Exactly one view: a stage, my work, the overdue cases, or those due this week. */
export const queueQueryShape = z.strictObject({
  committee: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
  stage: z.enum(statuses).optional(),
  assignee: z.literal('me').optional(),
  overdue: z.literal('true').optional(),
  due: z.literal('week').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2_000).optional(),
});
export const queueQuery = queueQueryShape.refine(
  (q) => [q.stage, q.assignee, q.overdue, q.due].filter(Boolean).length === 1,
  {
    message: 'one_view',
    path: ['stage'],
  },
);

export const queueItem = z.object({
  risk: z.enum(['ok', 'p50', 'p75', 'p90', 'overdue', 'paused', 'none']),
  overdue: z.array(z.string()),
  caseId: z.string(),
  reference: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(statuses),
  statusLabel: text,
  committee: z.string(),
  dueAt: z.string().nullable(),
  dueOn: isoDate.nullable(),
  dueDayType: z.enum(['calendar', 'working']).nullable(),
  daysLeft: z.int().nullable(),
  overdueDays: z.int().nullable(),
  assignees: z.array(z.string()),
  receivedOn: isoDate,
  version: z.int(),
});

export const queueResponse = z.object({ items: z.array(queueItem), nextCursor: z.string().nullable() });

export const staffCase = z.object({
  caseId: z.string(),
  reference: z.string(),
  kind: z.enum(caseKinds),
  status: z.enum(statuses),
  statusLabel: text,
  version: z.int(),
  committee: z.string(),
  pseudonym: z.string(),
  field: z.enum(fields),
  content: z.string(),
  deadlines: z.array(caseDeadline),
  dueAt: z.string().nullable(),
  acceptedOn: isoDate.optional(),
  rejection: z.object({ ground: z.string(), reason: z.string() }).optional(),
  headHash: z.string(),
  seq: z.int(),
  risk: z.enum(['ok', 'p50', 'p75', 'p90', 'overdue', 'paused', 'none']),
  /** The decision proposed, with its draft and the PDF's hash the chair approves. */
  proposal: z
    .object({
      outcome: z.string(),
      draft: z.record(z.string(), z.string()),
      documentId: z.string(),
      documentHash: z.string(),
      proposedBy: z.string(),
      proposedAt: z.string(),
      changed: z.array(z.string()),
    })
    .loose()
    .optional(),
});

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
  location: z.object({ province: z.string(), commune: z.string().optional() }),
  receivedOn: isoDate,
  deadlines: z.array(caseDeadline),
  dueAt: z.string().nullable(),
  risk: z.enum(['ok', 'p50', 'p75', 'p90', 'overdue', 'paused', 'none']),
  assignees: z.array(z.string()),
});

export const caseDetailResponse = z.object({
  case: z.union([claimSummary, staffCase.loose()]),
  allowedActions: z.array(z.string()),
  rejectionGrounds: z.array(z.object({ code: z.string(), label: text, basis: z.string() })),
  /** What the case's procedure offers (absent on a claim summary). */
  procedure: z
    .object({
      label: z.unknown(),
      outcomes: z.array(z.unknown()),
      suspensionGrounds: z.array(z.unknown()),
      terminationGrounds: z.array(z.unknown()),
      dialogue: z.unknown(),
      findingOnFirstDecision: z.unknown(),
      document: z.unknown(),
    })
    .optional(),
});

export const actionResponse = z.object({ case: staffCase.loose() });

export const documentRecord = z.object({
  documentId: z.string(),
  sha256: z.string(),
  size: z.int(),
  role: z.enum(['draft', 'decision', 'notice']),
  locale: z.enum(['vi', 'en']),
  audience: z.enum(['staff', 'filer']),
  title: z.string(),
  number: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export const documentsResponse = z.object({ items: z.array(documentRecord) });

/** A trail judged against its head and the signed checkpoint log (DESIGN.md §3, anchoring). */
export const auditVerifyResponse = z.object({
  valid: z.boolean(),
  /** Events stored now. */
  length: z.int(),
  headHash: z.string().nullable(),
  /** The highest sequence number a signed checkpoint vouches for (0: none yet). */
  anchoredLength: z.int(),
  /** When the latest checkpoint was signed. */
  anchoredAt: z.iso.datetime().nullable(),
  /** The first event that is malformed, broken, missing or differs from what was anchored. */
  firstBadSeq: z.int().optional(),
  fault: z.enum(['malformed', 'chain', 'head', 'anchor', 'signature']).optional(),
});

/** The admin log: every change to staff and committees, chained and anchored like a case trail. */
export const adminLogResponse = z.object({
  events: z.array(z.record(z.string(), z.unknown())),
  head: z.object({ seq: z.int(), headHash: z.string().nullable() }),
});

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
});

export const putStaffRequest = z.strictObject({
  displayName: z.string().trim().min(1).max(200),
  groups: z.array(z.enum(staffRoles)).min(1).max(staffRoles.length),
  committees: z.array(z.string().regex(/^[a-z0-9-]{2,40}$/)).max(50),
  /** Required to create someone; in AWS a temporary password they must change at first sign-in. */
  initialPassword: z.string().min(12).max(200).optional(),
});

const bilingual = (max: number) =>
  z.strictObject({ vi: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

export const putCommitteeRequest = z.strictObject({
  name: bilingual(200),
  level: z.string().trim().max(50).optional(),
  profileId: z.enum(profileIds).optional(),
  /** How its documents are headed and signed (Decree 30/2020): number symbol, place, parent body. */
  symbol: z
    .string()
    .trim()
    .regex(/^[A-ZĐ0-9-]{1,20}$/)
    .optional(),
  place: z.string().trim().min(1).max(100).optional(),
  parent: bilingual(200).optional(),
  /** A collective body signs "TM." (state) / "T/M" (Party) before the signer's title. */
  collective: z.boolean().optional(),
  signerTitle: bilingual(100).optional(),
});

export { attachmentRequestSchema } from '../domain/attachments.js';

export const attachmentResponse = z.object({
  attachmentId: z.uuid(),
  uploadUrl: z.string(),
  /** Send these with the PUT: the store refuses a body of another type, length or hash. */
  uploadHeaders: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});

export const filerMessageRequest = z.strictObject({
  body: z.string().trim().min(1).max(5_000),
  attachments: z.array(z.uuid()).max(5).default([]),
});

export const revealRequest = z.strictObject({ reason: z.string().trim().min(10).max(2_000) });

/** Letters waiting on a case: the addressee by reference only. */
export const printJobsResponse = z.object({
  items: z.array(
    z.object({
      jobId: z.string(),
      reference: z.string(),
      noticeType: z.string(),
      audience: z.enum(['filer', 'respondent', 'chair']),
      recipient: z.string(),
      locale: z.enum(['vi', 'en']),
      subject: z.string(),
      createdAt: z.string(),
      printedAt: z.string().optional(),
      printedBy: z.string().optional(),
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
  addressee: z.object({ name: z.string(), organisation: z.string().optional(), address: z.string() }),
  printedAt: z.string(),
});

export const withdrawRequest = z.strictObject({ reason: z.string().trim().max(2_000).optional() });
export const withdrawResponse = z.object({
  status: z.enum(statuses),
  statusLabel: text,
  withdrawal: z.enum(['requested', 'accepted', 'refused']).optional(),
});

export const tokenRequest = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
/** Local sign-in: a new password (after an admin's reset), with the current one. */
export const passwordChangeRequest = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  newPassword: z.string().min(12).max(200),
});
/** Local sign-in: a new access token for the session (Cognito's REFRESH_TOKEN_AUTH in AWS). */
export const refreshRequest = z.strictObject({ refreshToken: z.string().min(1).max(4_000) });
export const tokenResponse = z.object({
  accessToken: z.string(),
  expiresIn: z.int(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
});

/** A staff member as the admin pages see it (never a password). */
export const staffMember = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,64}$/),
  displayName: z.string().trim().min(1).max(200),
  groups: z.array(z.enum(staffRoles)).min(1).max(staffRoles.length),
  committees: z.array(z.string().regex(/^[a-z0-9-]{2,40}$/)).max(50),
});
export const staffListResponse = z.object({ items: z.array(staffMember) });

/** A grant of chair or admin (or a chair's new committee) waiting for a second admin. */
export const grant = z.object({
  grantId: z.string(),
  username: z.string(),
  groups: z.array(z.string()),
  committees: z.array(z.string()),
  /** The member's access when the grant was requested: approval applies only on top of it. */
  basedOn: z.object({ groups: z.array(z.string()), committees: z.array(z.string()) }),
  requestedBy: z.string(),
  requestedAt: z.string(),
  status: z.enum(['pending', 'approved']),
  approvedBy: z.string().optional(),
  approvedAt: z.string().optional(),
});
export const grantsResponse = z.object({ items: z.array(grant) });
export const putStaffResponse = staffMember.partial({ groups: true, committees: true }).extend({
  pendingGrant: grant.optional(),
});
export const passwordResetResponse = z.object({ temporaryPassword: z.string().optional() });

export const committee = z.object({
  committeeId: committeeId,
  name: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  level: z.string().optional(),
  /** The procedure profile its cases follow (default: state law). */
  profileId: z.string().optional(),
  /** Short form in document numbers (e.g. `UBKT1`); default: the id without hyphens. */
  symbol: z
    .string()
    .regex(/^[A-ZĐ0-9-]{1,20}$/)
    .optional(),
  /** Place named on its documents (e.g. `Hà Nội`). */
  place: z.string().trim().min(1).max(100).optional(),
  /** The body it belongs to, heading its documents (e.g. `Tỉnh ủy Hà Nam`). */
  parent: z.object({ vi: z.string().min(1).max(200), en: z.string().min(1).max(200) }).optional(),
  /** A collective body: its documents are signed on its behalf ("TM." / "T/M"). */
  collective: z.boolean().optional(),
  /** The signer's title on its documents (default: Chủ nhiệm / Chair). */
  signerTitle: z.object({ vi: z.string().min(1).max(100), en: z.string().min(1).max(100) }).optional(),
});
export const committeesResponse = z.object({ items: z.array(committee) });

/** The filer's identity, decrypted for the chair (audited as `identity_reveal` first). */
export const revealResponse = z.object({
  identity: z.record(z.string(), z.unknown()),
  revealedAt: z.string(),
});
export const attachmentLinkResponse = z.object({
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  expiresInSeconds: z.int(),
});
export const attachmentLinkQuery = z.strictObject({ view: z.enum(['inline', 'download']).optional() });
export const filerMessageResponse = z.object({ at: z.string() });
export const auditEventsResponse = z.object({
  caseId: z.string(),
  /** As stored: an event that does not parse is returned as it is (verify says where the trail breaks). */
  events: z.array(z.record(z.string(), z.unknown())),
});
/** Leadership figures (DESIGN.md §6); the dashboard's shape is documented in shared/cases/metrics-view.ts. */
export const metricsResponse = z.record(z.string(), z.unknown());
export const reportResponse = z.record(z.string(), z.unknown());
export const openApiResponse = z.record(z.string(), z.unknown());
