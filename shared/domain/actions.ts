/**
 * Payload contracts of every case action (DESIGN.md §4). Every request carries the version it was
 * decided on; strict objects refuse unknown fields.
 */
import * as z from 'zod';
import { isoDate } from './calendar.js';
import { draftSchema, sha256Hex } from './decision.js';
import { fields } from './intake.js';
import { caseKinds, complexities } from './profile.js';

const expectedVersion = z.int().min(1);
const reason = z.string().trim().min(10).max(5_000);
const note = z.string().trim().max(5_000).optional();
const code = z.string().regex(/^[a-z0-9_]+$/);
const staffId = z.string().regex(/^[A-Za-z0-9._@-]{1,100}$/);

export const actionSchemas = {
  accept: z.strictObject({
    action: z.literal('accept'),
    expectedVersion,
    complexity: z.enum(complexities).default('normal'),
    note,
  }),
  reject: z.strictObject({ action: z.literal('reject'), expectedVersion, ground: code, reason }),
  transfer: z.strictObject({
    action: z.literal('transfer'),
    expectedVersion,
    toBody: z.string().trim().min(2).max(300),
    reason,
  }),
  split: z.strictObject({
    action: z.literal('split'),
    expectedVersion,
    reason,
    parts: z
      .array(
        z.strictObject({
          kind: z.enum(caseKinds),
          content: z.string().trim().min(20).max(20_000),
          field: z.enum(fields).optional(),
        }),
      )
      .min(2)
      .max(5),
  }),
  mark_duplicate: z.strictObject({
    action: z.literal('mark_duplicate'),
    expectedVersion,
    duplicateOf: z.string().trim().min(3).max(40),
    reason,
  }),
  assign: z.strictObject({
    action: z.literal('assign'),
    expectedVersion,
    assignees: z.array(staffId).min(1).max(5),
    note,
  }),
  claim: z.strictObject({ action: z.literal('claim'), expectedVersion }),
  add_note: z.strictObject({
    action: z.literal('add_note'),
    expectedVersion,
    text: z.string().trim().min(1).max(5_000),
  }),
  add_evidence: z.strictObject({
    action: z.literal('add_evidence'),
    expectedVersion,
    description: z.string().trim().min(3).max(2_000),
    attachmentId: z.uuid().optional(),
    source: z.string().trim().max(300).optional(),
  }),
  request_info: z.strictObject({
    action: z.literal('request_info'),
    expectedVersion,
    question: z.string().trim().min(10).max(2_000),
  }),
  record_dialogue: z.strictObject({
    action: z.literal('record_dialogue'),
    expectedVersion,
    heldOn: isoDate,
    participants: z.int().min(1).max(200),
    summary: z.string().trim().min(10).max(10_000),
    agreement: z.string().trim().max(5_000).optional(),
  }),
  extend: z.strictObject({
    action: z.literal('extend'),
    expectedVersion,
    reason,
    decisionRef: z.string().trim().max(100).optional(),
  }),
  suspend: z.strictObject({ action: z.literal('suspend'), expectedVersion, ground: code, reason }),
  resume: z.strictObject({ action: z.literal('resume'), expectedVersion, note }),
  propose_decision: z.strictObject({
    action: z.literal('propose_decision'),
    expectedVersion,
    outcome: code,
    /** The document's parts (profile data per track), part code → text. */
    draft: draftSchema,
    firstDecisionFinding: z.enum(['kept', 'amended', 'annulled']).optional(),
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
    reason: z.string().trim().max(2_000).optional(),
  }),
  /** System: the second-instance complaint found its first case. */
  link_first_instance: z.strictObject({
    action: z.literal('link_first_instance'),
    expectedVersion,
    caseId: z.string().optional(),
    committee: z.string().optional(),
    outcome: z.string().optional(),
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
  (a) => a !== 'withdraw' && a !== 'link_first_instance',
);
export const staffActionRequestSchema = z.discriminatedUnion(
  'action',
  staffActionNames.map((a) => actionSchemas[a]) as unknown as [
    (typeof actionSchemas)['accept'],
    ...(typeof actionSchemas)[ActionName][],
  ],
);
