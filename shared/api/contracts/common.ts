/** HTTP contracts (shared/api/contracts.ts): Schemas more than one audience uses: texts in two languages, a deadline, a committee, a problem. */
import * as z from 'zod/mini';
import { isoDate } from '../../domain/calendar.js';
import { deadlineNames } from '../../domain/profile.js';

export const text = z.object({ vi: z.string(), en: z.string() });

export const caseDeadline = z.object({
  name: z.enum(deadlineNames),
  state: z.enum(['running', 'met', 'stopped']),
  startedOn: isoDate,
  days: z.int(),
  dayType: z.enum(['calendar', 'working']),
  extensions: z.int(),
  paused: z.boolean(),
  pauses: z.array(z.object({ from: isoDate, to: z.nullable(isoDate) })),
  dueOn: z.nullable(isoDate),
  dueAt: z.nullable(z.string()),
  /**
   * The due day is counted through holidays not yet decided (the calendar's provisional years: Tết and
   * the day beside 2 September until the Prime Minister fixes them): it may still move.
   */
  provisional: z.boolean(),
  /** Days left after today in the deadline's own day type (0 on its last day); null unless running with a date. */
  daysLeft: z.nullable(z.int()),
  /** Days past the last day, in its day type; 0 while not overdue. */
  overdueDays: z.nullable(z.int()),
  basis: z.string(),
});

export const committeeId = z.string().check(z.regex(/^[a-z0-9-]{2,40}$/));

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), code: z.string(), message: z.string() }))),
});

export const committee = z.object({
  committeeId: committeeId,
  name: z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  level: z.optional(z.string()),
  /** The procedure profile its cases follow (default: state law). */
  profileId: z.optional(z.string()),
  /** Short form in document numbers (e.g. `UBKT1`); default: the id without hyphens. */
  symbol: z.optional(z.string().check(z.regex(/^[A-ZĐ0-9-]{1,20}$/))),
  /** Place named on its documents (e.g. `Hà Nội`). */
  place: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  /** The body it belongs to, heading its documents (e.g. `Tỉnh ủy Hà Nam`). */
  parent: z.optional(
    z.object({
      vi: z.string().check(z.minLength(1), z.maxLength(200)),
      en: z.string().check(z.minLength(1), z.maxLength(200)),
    }),
  ),
  /** A collective body: its documents are signed on its behalf ("TM." / "T/M"). */
  collective: z.optional(z.boolean()),
  /** The signer's title on its documents (default: Chủ nhiệm / Chair). */
  signerTitle: z.optional(
    z.object({
      vi: z.string().check(z.minLength(1), z.maxLength(100)),
      en: z.string().check(z.minLength(1), z.maxLength(100)),
    }),
  ),
});

/** A trail judged against its head and the signed checkpoint log (DESIGN.md §3, anchoring). */
export const auditVerifyResponse = z.object({
  valid: z.boolean(),
  /** Events stored now. */
  length: z.int(),
  headHash: z.nullable(z.string()),
  /** The highest sequence number a signed checkpoint vouches for (0: none yet). */
  anchoredLength: z.int(),
  /** When the latest checkpoint was signed. */
  anchoredAt: z.nullable(z.iso.datetime()),
  /** The first event that is malformed, broken, missing or differs from what was anchored. */
  firstBadSeq: z.optional(z.int()),
  fault: z.optional(z.enum(['malformed', 'chain', 'head', 'anchor', 'signature'])),
});
