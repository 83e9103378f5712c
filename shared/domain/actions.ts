/**
 * Payload contracts of every case action (DESIGN.md §4). Every request carries the version it was
 * decided on; strict objects refuse unknown fields.
 */
import * as z from 'zod/mini';
import { isoDate } from './calendar.js';
import { draftSchema, sha256Hex } from './decision.js';
import { fields } from './intake.js';
import { caseKinds, complexities } from './profile.js';

const expectedVersion = z.int().check(z.gte(1));
const reason = z.string().check(z.trim(), z.minLength(10), z.maxLength(5_000));
const note = z.optional(z.string().check(z.trim(), z.maxLength(5_000)));
const code = z.string().check(z.regex(/^[a-z0-9_]+$/));
const staffId = z.string().check(z.regex(/^[A-Za-z0-9._@-]{1,100}$/));

export const actionSchemas = {
  accept: z.strictObject({
    action: z.literal('accept'),
    expectedVersion,
    complexity: z._default(z.enum(complexities), 'normal'),
    note,
  }),
  reject: z.strictObject({ action: z.literal('reject'), expectedVersion, ground: code, reason }),
  transfer: z
    .strictObject({
      action: z.literal('transfer'),
      expectedVersion,
      /** An outside body, by name: the case closes with the transfer slip. */
      toBody: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(300))),
      /** A committee that uses Công Minh: the case moves into its screening queue (issue 13 §6). */
      toCommittee: z.optional(z.string().check(z.regex(/^[a-z0-9-]{2,40}$/))),
      reason,
    })
    .check(
      z.superRefine((v, ctx) => {
        if (!v.toBody && !v.toCommittee)
          ctx.addIssue({ code: 'custom', path: ['toBody'], message: 'transfer_target_required' });
        if (v.toBody && v.toCommittee)
          ctx.addIssue({ code: 'custom', path: ['toCommittee'], message: 'transfer_one_target' });
      }),
    ),
  split: z.strictObject({
    action: z.literal('split'),
    expectedVersion,
    reason,
    parts: z
      .array(
        z.strictObject({
          kind: z.enum(caseKinds),
          content: z.string().check(z.trim(), z.minLength(20), z.maxLength(20_000)),
          field: z.optional(z.enum(fields)),
        }),
      )
      .check(z.minLength(2), z.maxLength(5)),
  }),
  mark_duplicate: z.strictObject({
    action: z.literal('mark_duplicate'),
    expectedVersion,
    duplicateOf: z.string().check(z.trim(), z.minLength(3), z.maxLength(40)),
    reason,
  }),
  assign: z.strictObject({
    action: z.literal('assign'),
    expectedVersion,
    assignees: z.array(staffId).check(z.minLength(1), z.maxLength(5)),
    note,
  }),
  claim: z.strictObject({ action: z.literal('claim'), expectedVersion }),
  add_note: z.strictObject({
    action: z.literal('add_note'),
    expectedVersion,
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(5_000)),
  }),
  add_evidence: z.strictObject({
    action: z.literal('add_evidence'),
    expectedVersion,
    description: z.string().check(z.trim(), z.minLength(3), z.maxLength(2_000)),
    attachmentId: z.optional(z.uuid()),
    source: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  }),
  request_info: z.strictObject({
    action: z.literal('request_info'),
    expectedVersion,
    question: z.string().check(z.trim(), z.minLength(10), z.maxLength(2_000)),
  }),
  record_dialogue: z.strictObject({
    action: z.literal('record_dialogue'),
    expectedVersion,
    heldOn: isoDate,
    participants: z.int().check(z.gte(1), z.lte(200)),
    summary: z.string().check(z.trim(), z.minLength(10), z.maxLength(10_000)),
    agreement: z.optional(z.string().check(z.trim(), z.maxLength(5_000))),
  }),
  extend: z.strictObject({
    action: z.literal('extend'),
    expectedVersion,
    reason,
    decisionRef: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  }),
  suspend: z.strictObject({ action: z.literal('suspend'), expectedVersion, ground: code, reason }),
  /** Screening takes the longer period the law allows on this ground (profile `longer`). */
  lengthen_screening: z.strictObject({
    action: z.literal('lengthen_screening'),
    expectedVersion,
    ground: code,
    reason,
  }),
  resume: z.strictObject({ action: z.literal('resume'), expectedVersion, note }),
  propose_decision: z.strictObject({
    action: z.literal('propose_decision'),
    expectedVersion,
    outcome: code,
    /** The document's parts (profile data per track), part code → text. */
    draft: draftSchema,
    firstDecisionFinding: z.optional(z.enum(['kept', 'amended', 'annulled'])),
  }),
  return_decision: z.strictObject({ action: z.literal('return_decision'), expectedVersion, reason }),
  /** Names the draft PDF approved: a draft changed since it was read is a 409. */
  approve_decision: z.strictObject({
    action: z.literal('approve_decision'),
    expectedVersion,
    documentHash: sha256Hex,
    note,
  }),
  notify: z.strictObject({ action: z.literal('notify'), expectedVersion }),
  close: z.strictObject({ action: z.literal('close'), expectedVersion, note }),
  reopen: z.strictObject({ action: z.literal('reopen'), expectedVersion, reason }),
  terminate: z.strictObject({ action: z.literal('terminate'), expectedVersion, ground: code, reason }),
  continue_case: z.strictObject({ action: z.literal('continue_case'), expectedVersion, reason }),
  /** A staff member steps away from a case (conflict of interest); they will not see it again. */
  recuse: z.strictObject({ action: z.literal('recuse'), expectedVersion, reason }),
  /** The chair excludes a staff member, e.g. one named in the case as the person complained about or denounced. */
  exclude_staff: z.strictObject({ action: z.literal('exclude_staff'), expectedVersion, staffId, reason }),
  /** Public: the filer withdraws (through the receipt). */
  withdraw: z.strictObject({
    action: z.literal('withdraw'),
    expectedVersion,
    reason: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
  }),
  /** System: the second-instance complaint found its first case. */
  link_first_instance: z.strictObject({
    action: z.literal('link_first_instance'),
    expectedVersion,
    caseId: z.optional(z.string()),
    committee: z.optional(z.string()),
    outcome: z.optional(z.string()),
  }),
  /**
   * System: a new calendar edition moved running deadlines; the audit event names each clock's old
   * and new last day and the edition (advance-case.ts works them out).
   */
  recount_deadlines: z.strictObject({
    action: z.literal('recount_deadlines'),
    expectedVersion,
    calendar: z.string().check(z.minLength(1), z.maxLength(40)),
    changes: z.array(
      z.strictObject({
        clock: z.string(),
        from: z.nullable(isoDate),
        to: z.nullable(isoDate),
        provisional: z.boolean(),
      }),
    ),
  }),
} as const;

export type ActionName = keyof typeof actionSchemas;
export type ActionOf<A extends ActionName> = z.infer<(typeof actionSchemas)[A]>;

export const actionRequestSchema = z.discriminatedUnion(
  'action',
  Object.values(actionSchemas) as unknown as [
    (typeof actionSchemas)['accept'],
    ...(typeof actionSchemas)[ActionName][],
  ],
);
export type ActionRequest = { [A in ActionName]: ActionOf<A> }[ActionName];

/** What staff may send to POST /cases/{id}/actions (public and system actions have their own paths). */
export const staffActionNames = (Object.keys(actionSchemas) as ActionName[]).filter(
  (a) => a !== 'withdraw' && a !== 'link_first_instance' && a !== 'recount_deadlines',
);
export const staffActionRequestSchema = z.discriminatedUnion(
  'action',
  staffActionNames.map((a) => actionSchemas[a]) as unknown as [
    (typeof actionSchemas)['accept'],
    ...(typeof actionSchemas)[ActionName][],
  ],
);
