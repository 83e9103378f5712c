/**
 * Public intake contracts (LEGAL.md §b). Strict objects: an unknown field is an error, never
 * silently dropped. Messages are keys resolved in the caller's language by shared/domain/messages.ts.
 */
import * as z from 'zod/mini';
import { type IsoDate, isoDate } from './calendar.js';
import { stateCalendar } from './calendar-years.js';
import { dueOn } from './deadlines.js';
import { invalid } from './errors.js';
import { fields } from './fields.js';
import { legalNoticeVersions } from './legal-notice-versions.js';

export { type Field, fieldLabels, fields } from './fields.js';

const name = z.string().check(z.trim(), z.minLength(2), z.maxLength(200));
const address = z.string().check(z.trim(), z.minLength(5), z.maxLength(500));
const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

export const personSchema = z.strictObject({
  fullName: name,
  /** Citizen ID (căn cước): optional now, required after the 2026 rules are confirmed (LEGAL.md §b). */
  idNumber: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  address,
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 .-]{7,19}$/))),
  email: z.optional(z.email().check(z.maxLength(254))),
});
export type Person = z.infer<typeof personSchema>;

const coSignerSchema = z.strictObject({ fullName: name, address });

const common = {
  locale: z.enum(['vi', 'en']),
  /** The committee (inspection body) the letter is addressed to. */
  committee: z.string().check(z.regex(/^[a-z0-9-]{2,40}$/)),
  content: z.string().check(z.trim(), z.minLength(20), z.maxLength(20_000)),
  requestedOutcome: z.optional(z.string().check(z.trim(), z.maxLength(5_000))),
  field: z.enum(fields),
  location: z.strictObject({ province: shortText, commune: z.optional(shortText) }),
  remoteArea: z._default(z.boolean(), false),
  /** Other signers of a group letter, and who among all signers represents them (Law on Citizen Reception art. 29). */
  coSigners: z._default(z.array(coSignerSchema).check(z.maxLength(200)), []),
  representatives: z._default(z.array(z.int().check(z.gte(0))).check(z.maxLength(5)), []),
  /** Version of the legal notice the citizen saw on the form. */
  legalNoticeVersion: z.enum(legalNoticeVersions),
  attachments: z._default(z.array(z.uuid()).check(z.maxLength(10)), []),
};

const respondentSchema = z.strictObject({ name: shortText, address: shortText });

export const complaintIntakeSchema = z.strictObject({
  kind: z.literal('complaint'),
  ...common,
  complainant: personSchema,
  instance: z.union([z.literal(1), z.literal(2)]),
  respondent: respondentSchema,
  subject: z.strictObject({
    type: z.enum(['decision', 'act', 'disciplinary_decision']),
    number: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    date: z.optional(isoDate),
    issuer: z.optional(z.string().check(z.trim(), z.maxLength(300))),
    description: z.string().check(z.trim(), z.minLength(5), z.maxLength(2_000)),
  }),
  learnedOn: isoDate,
  lateReason: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
  /** Second instance: the first decision, or a statement that the first deadline expired without one. */
  firstDecision: z.optional(
    z.strictObject({
      number: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
      date: isoDate,
      issuer: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    }),
  ),
  firstDeadlineExpired: z.optional(z.boolean()),
  firstCaseReference: z.optional(z.string().check(z.maxLength(40))),
  inCourt: z.boolean(),
});

export const denunciationIntakeSchema = z.strictObject({
  kind: z.literal('denunciation'),
  ...common,
  anonymous: z._default(z.boolean(), false),
  complainant: z.optional(personSchema),
  accused: z.strictObject({
    name: shortText,
    position: z.optional(z.string().check(z.trim(), z.maxLength(300))),
    organisation: z.optional(z.string().check(z.trim(), z.maxLength(300))),
    address: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  }),
  protectionRequested: z._default(z.boolean(), false),
  consentToContact: z._default(z.boolean(), true),
  sentToOtherBodies: z._default(z.boolean(), false),
  fromResolvedComplaint: z._default(z.boolean(), false),
});

export const petitionIntakeSchema = z.strictObject({
  kind: z.literal('petition'),
  ...common,
  complainant: personSchema,
  topic: z.string().check(z.trim(), z.minLength(3), z.maxLength(300)),
  concernedBody: z.optional(z.string().check(z.trim(), z.maxLength(300))),
});

const vulnerable = z.enum(['child', 'woman', 'disability', 'elderly']);

export const disputeIntakeSchema = z.strictObject({
  kind: z.literal('dispute'),
  ...common,
  complainant: personSchema,
  parties: z
    .array(
      z.strictObject({
        fullName: name,
        address,
        relationship: z.optional(z.string().check(z.trim(), z.maxLength(200))),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  place: shortText,
  requestedBy: z.enum(['one_party', 'both_parties', 'body']),
  sessionPreference: z._default(z.enum(['public', 'private']), 'private'),
  vulnerableParties: z._default(z.array(vulnerable).check(z.maxLength(4)), []),
  exclusions: z.strictObject({
    stateOrPublicInterest: z.boolean(),
    nonMediableFamilyOrCivil: z.boolean(),
    criminalOrAdministrativeViolation: z.boolean(),
  }),
});

export const intakeSchema = z
  .discriminatedUnion('kind', [
    complaintIntakeSchema,
    denunciationIntakeSchema,
    petitionIntakeSchema,
    disputeIntakeSchema,
  ])
  .check(
    z.superRefine((v, ctx) => {
      if (v.kind === 'denunciation') {
        if (v.anonymous && v.complainant) {
          ctx.addIssue({ code: 'custom', path: ['complainant'], message: 'anonymous_with_identity' });
        }
        if (!v.anonymous && !v.complainant) {
          ctx.addIssue({ code: 'custom', path: ['complainant'], message: 'identity_required' });
        }
        if (!v.anonymous && v.complainant && !v.complainant.phone && !v.complainant.email) {
          ctx.addIssue({ code: 'custom', path: ['complainant', 'phone'], message: 'contact_required' });
        }
      }
      if (v.kind === 'complaint') {
        if (v.inCourt) ctx.addIssue({ code: 'custom', path: ['inCourt'], message: 'in_court' });
        if (v.instance === 2 && !v.firstDecision && !v.firstDeadlineExpired) {
          ctx.addIssue({ code: 'custom', path: ['firstDecision'], message: 'first_decision_required' });
        }
        // The first decision must be attached (art. 33), unless the system already holds that case.
        if (v.instance === 2 && v.firstDecision && !v.firstCaseReference && v.attachments.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['attachments'],
            message: 'first_decision_document_required',
          });
        }
      }
      const signers = 1 + v.coSigners.length;
      for (const [i, r] of v.representatives.entries()) {
        if (r >= signers)
          ctx.addIssue({ code: 'custom', path: ['representatives', i], message: 'representative_unknown' });
      }
      if (signers >= 5 && v.representatives.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['representatives'], message: 'representative_required' });
      }
    }),
  );

export type Intake = z.infer<typeof intakeSchema>;
export type IntakeInput = z.input<typeof intakeSchema>;

export const LIMITATION_DAYS = 90;

/** Rules that depend on the filing date and so cannot live in the static schema (the form runs them too). */
export function checkIntakeOn(intake: Intake, today: IsoDate): void {
  if (intake.kind === 'complaint' && intake.instance === 1 && !intake.lateReason) {
    // 90 days from the day after learning of it (art. 9), to the next working day if the 90th is a
    // day off (Civil Code art. 148(5)): a complaint sent that Monday is on time.
    if (
      today >
      (dueOn({ startedOn: intake.learnedOn, days: LIMITATION_DAYS, dayType: 'calendar' }, stateCalendar) ??
        today)
    ) {
      throw invalid('late complaint', [{ path: ['lateReason'], message: 'late_reason_required' }]);
    }
  }
  if (intake.kind === 'complaint' && intake.learnedOn > today) {
    throw invalid('future date', [{ path: ['learnedOn'], message: 'date_in_future' }]);
  }
}
