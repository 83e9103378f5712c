/** HTTP contracts (shared/api/contracts.ts): What citizens send and receive: filing, tracking, messages, withdrawal, deadlines, committees. */
import * as z from 'zod/mini';
import { isoDate } from '../../domain/calendar.js';
import {
  caseKinds,
  clockEvents,
  complexities,
  deadlineNames,
  profileIds,
  tracks,
} from '../../domain/profile.js';
import { statuses } from '../../domain/status.js';
import { caseDeadline, text } from './common.js';

export { attachmentRequestSchema } from '../../domain/attachments.js';
export { intakeSchema as submitCaseRequest } from '../../domain/intake.js';

const bool = z.pipe(
  z.enum(['true', 'false']),
  z.transform((v) => v === 'true'),
);

const nextStep = z.object({
  step: z.string(),
  label: text,
  /** `deadline`: dueOn is the last day to act; `takes_effect`: the first day in force; `right`: no date. */
  kind: z.enum(['deadline', 'takes_effect', 'right']),
  from: z.enum(['issued', 'received']),
  dueOn: z.nullable(isoDate),
  dayType: z.nullable(z.enum(['calendar', 'working'])),
  days: z.nullable(z.int()),
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
  documentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  documents: z.array(
    z.object({
      documentId: z.string(),
      documentHash: z.string(),
      number: z.optional(z.string()),
      locale: z.enum(['vi', 'en']),
      role: z.enum(['decision', 'notice']),
    }),
  ),
  nextSteps: z.array(nextStep),
});

export const submitCaseResponse = z.object({
  reference: z.string(),
  receipt: z.string().check(z.regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/)),
  status: z.enum(statuses),
  trackingUrl: z.string(),
  deadlines: z.array(caseDeadline),
  headHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const trackCaseResponse = z.object({
  reference: z.string(),
  kind: z.enum(caseKinds),
  anonymous: z.boolean(),
  status: z.enum(statuses),
  statusLabel: text,
  receivedAt: z.string(),
  decision: z.optional(publicDecision),
  timeline: z.array(
    z.object({
      at: z.string(),
      status: z.enum(statuses),
      label: text,
      /** The audit trail's head hash once this step was recorded (verify compares it with the record). */
      auditHash: z.optional(z.string()),
    }),
  ),
  deadlines: z.array(caseDeadline),
  rejection: z.optional(z.object({ ground: z.string(), label: text, basis: z.string() })),
  messages: z.array(
    z.object({ at: z.string(), type: z.string(), from: z.enum(['committee', 'filer']), text }),
  ),
  links: z.object({ splitInto: z.optional(z.array(z.string())), duplicateOf: z.optional(z.string()) }),
  filed: z.object({
    content: z.string(),
    requestedOutcome: z.optional(z.string()),
    subject: z.optional(
      z.object({
        number: z.optional(z.string()),
        issuer: z.optional(z.string()),
        description: z.optional(z.string()),
      }),
    ),
    attachments: z.array(
      z.object({ fileName: z.string(), contentType: z.string(), size: z.int(), sha256: z.string() }),
    ),
  }),
  headHash: z.string(),
});

export const deadlinesQuery = z.strictObject({
  /** A procedure profile id (default: state law). */
  profile: z.optional(z.enum(profileIds)),
  kind: z.enum(caseKinds),
  instance: z.optional(
    z.pipe(z.pipe(z.enum(['1', '2']), z.transform(Number)), z.union([z.literal(1), z.literal(2)])),
  ),
  anonymous: z.optional(bool),
  receivedOn: z.optional(isoDate),
  acceptedOn: z.optional(isoDate),
  assignedOn: z.optional(isoDate),
  remote: z._default(bool, false),
  complexity: z._default(z.enum(complexities), 'normal'),
});

export const deadlinesResponse = z.object({
  profile: z.object({ id: z.string(), version: z.string(), effectiveFrom: isoDate, name: text }),
  track: z.enum(tracks),
  trackLabel: text,
  deadlines: z.array(
    z.object({
      name: z.enum(deadlineNames),
      from: z.enum(clockEvents),
      startedOn: z.nullable(isoDate),
      dueOn: z.nullable(isoDate),
      /** Counted through holidays not yet decided (a provisional year): the day may still move. */
      provisional: z.boolean(),
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
      level: z.optional(z.string()),
      profileId: z.enum(profileIds),
    }),
  ),
});

export const attachmentResponse = z.object({
  attachmentId: z.uuid(),
  uploadUrl: z.string(),
  /** Send these with the PUT: the store refuses a body of another type, length or hash. */
  uploadHeaders: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});

export const filerMessageRequest = z.strictObject({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(5_000)),
  attachments: z._default(z.array(z.uuid()).check(z.maxLength(5)), []),
});

export const withdrawRequest = z.strictObject({
  reason: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
});

export const withdrawResponse = z.object({
  status: z.enum(statuses),
  statusLabel: text,
  withdrawal: z.optional(z.enum(['requested', 'accepted', 'refused'])),
});

export const filerMessageResponse = z.object({ at: z.string() });

export const openApiResponse = z.record(z.string(), z.unknown());
