/** HTTP contracts (shared/api/contracts.ts): desk intake and the citizen-reception register (issue 13 §5). */
import * as z from 'zod/mini';
import { isoDate } from '../../domain/calendar.js';
import { referralSchema } from '../../domain/case.js';
import { deskChannels, deskSchema } from '../../domain/desk.js';
import { intakeSchema } from '../../domain/intake.js';
import { caseKinds } from '../../domain/profile.js';
import { statuses } from '../../domain/status.js';
import { committeeId, text } from './common.js';
import { submitCaseResponse } from './public.js';

/** The person's case as they would file it online, and how and when it reached the desk. */
export const deskCaseRequest = z.object({ intake: intakeSchema, desk: deskSchema });

/** The filing's answer, with the register line it took: the receipt is shown once, to hand over or post. */
export const deskCaseResponse = z.extend(submitCaseResponse, { registerNumber: z.int() });

export const receptionRegisterParams = z.object({ committee: committeeId });

export const receptionRegisterQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  format: z._default(z.enum(['json', 'csv']), 'json'),
  /** The CSV's headers: Vietnamese unless `en`. */
  lang: z._default(z.enum(['vi', 'en']), 'vi'),
});

/** One line of the register, with the columns of Law on Citizen Reception art. 25(2). */
export const receptionLine = z.object({
  number: z.int(),
  year: z.string(),
  receivedOn: isoDate,
  channel: z.enum(deskChannels),
  channelLabel: text,
  referral: z.optional(referralSchema),
  /** The person's name and address from the vault; null for an anonymous report. */
  name: z.nullable(z.string()),
  address: z.nullable(z.string()),
  caseId: z.string(),
  reference: z.string(),
  kind: z.enum(caseKinds),
  content: z.string(),
  priorHandling: z.string(),
  request: z.string(),
  /** How it is being handled: the case's stage now. */
  status: z.enum(statuses),
  action: text,
  recordedBy: z.string(),
  recordedAt: z.iso.datetime(),
});

export const receptionRegisterResponse = z.object({
  committee: z.string(),
  from: isoDate,
  to: isoDate,
  items: z.array(receptionLine),
});
