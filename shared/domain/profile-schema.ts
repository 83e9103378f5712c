/**
 * The schema of a procedure profile's data (DESIGN.md §5): tests validate every profile against it,
 * so Lambda functions load the typed data without building or running it.
 */
import * as z from 'zod/mini';
import { isoDate } from './calendar.js';
import { clockEvents, deadlineNames, tracks } from './profile.js';

const text = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export type Text = z.infer<typeof text>;

const daysByComplexity = z.strictObject({
  normal: z.int().check(z.positive()),
  complex: z.optional(z.int().check(z.positive())),
  especially_complex: z.optional(z.int().check(z.positive())),
});

export const groundSchema = z.strictObject({
  code: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  label: text,
  basis: z.string(),
});
export type Ground = z.infer<typeof groundSchema>;

export const deadlineRuleSchema = z.strictObject({
  name: z.enum(deadlineNames),
  from: z.enum(clockEvents),
  dayType: z.enum(['calendar', 'working']),
  days: daysByComplexity,
  remoteDays: z.optional(daysByComplexity),
  /** Extensions allowed per complexity, each adding `days` of the same day type. */
  extension: z.optional(
    z.strictObject({
      days: z.int().check(z.positive()),
      maxTimes: z.strictObject({
        normal: z.int().check(z.gte(0)),
        complex: z.int().check(z.gte(0)),
        especially_complex: z.int().check(z.gte(0)),
      }),
    }),
  ),
  /**
   * A longer period the law allows on a fact found while the period runs, not on the case's
   * complexity (denunciation screening: 10 working days where verification takes place at several
   * places or is delegated, Law on Denunciations art. 24(1)); staff record the ground.
   */
  longer: z.optional(
    z.strictObject({
      days: z.int().check(z.positive()),
      grounds: z.array(groundSchema).check(z.minLength(1)),
    }),
  ),
  /** Whether the period is a clock on the case (false: informational, e.g. a transfer limit). */
  runsOnCase: z._default(z.boolean(), true),
  basis: z.string().check(z.minLength(1)),
  /** LEGAL.md verification tag: V verified, S secondary source, U unverified. */
  verification: z.enum(['V', 'S', 'U']),
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

const partCode = z.string().check(z.regex(/^[a-z0-9_]+$/));

/** One part of the resolution document the law requires (e.g. Law on Complaints art. 31(2)). */
export const draftPartSchema = z.strictObject({
  code: partCode,
  label: text,
  /** `if_dialogue`: required once a dialogue or mediation session was recorded. */
  required: z.enum(['always', 'if_dialogue', 'optional']),
  /** The part's text is among the reasons the filer reads. */
  reason: z.boolean(),
  /** Wording the law dictates, offered to the drafter (never an outcome). */
  template: z.optional(text),
  /** An article of the operative part ("QUYẾT ĐỊNH: Điều 1…"), not a finding before it. */
  operative: z._default(z.boolean(), false),
  /** The outcomes the part belongs to (e.g. what a settlement binds); absent: every outcome. */
  onlyFor: z.optional(z.array(z.string())),
  basis: z.string().check(z.minLength(1)),
});
export type DraftPart = z.infer<typeof draftPartSchema>;

export const documentRulesSchema = z.strictObject({
  title: text,
  about: text,
  /** Document type abbreviation in the number (Decree 30/2020 appendix III): QĐ, KL, BB, TB, BC. */
  symbol: z.string().check(z.minLength(1), z.maxLength(6)),
  /** What the filer receives: the document itself, a notice of it (a denunciation conclusion), or nothing. */
  filerDocument: z.enum(['decision', 'notice', 'none']),
  /** A title per outcome where the law names the document by its result (a settlement record). */
  outcomeTitles: z.optional(z.record(z.string(), z.strictObject({ title: text, about: text }))),
  /** The legal bases the document opens with ("Căn cứ Luật … ngày …;"). */
  preamble: z.array(text).check(z.minLength(1)),
  parts: z.array(draftPartSchema).check(z.minLength(1)),
  /** Who receives it besides the filer (Law on Complaints art. 32, 41; Law on Denunciations art. 35(3)). */
  recipients: z.array(text),
  /** The closing article of a decision: who carries it out. */
  executes: z.optional(text),
  basis: z.string().check(z.minLength(1)),
});
export type DocumentRules = z.infer<typeof documentRulesSchema>;

/** What follows a decision for the filer, with a date where the law sets a period. */
export const nextStepRuleSchema = z.strictObject({
  step: partCode,
  label: text,
  /** `deadline`: the last day to act; `takes_effect`: the first day the decision is in force; `right`: no date. */
  kind: z.enum(['deadline', 'takes_effect', 'right']),
  /** Counted from the issue date, or from the day the filer receives the decision (art. 33: on receipt). */
  from: z._default(z.enum(['issued', 'received']), 'issued'),
  onlyFor: z.optional(z.array(z.string())),
  dayType: z.optional(z.enum(['calendar', 'working'])),
  days: z.optional(z.int().check(z.positive())),
  remoteDays: z.optional(z.int().check(z.positive())),
  basis: z.string().check(z.minLength(1)),
  verification: z.enum(['V', 'S', 'U']),
});
export type NextStepRule = z.infer<typeof nextStepRuleSchema>;

export const trackRulesSchema = z.strictObject({
  label: text,
  deadlines: z.array(deadlineRuleSchema),
  /** Investigators may take an accepted case themselves. */
  allowClaim: z.boolean(),
  /** Dialogue minutes needed before a decision is proposed. */
  dialogue: z.enum(['required', 'optional']),
  /** What a withdrawal does: end the case, or ask the chair (a denunciation continues if there are signs of violation). */
  withdrawal: z.enum(['ends_case', 'chair_decides']),
  suspendable: z.boolean(),
  /** Notify the person complained about or denounced of the content (never the filer's identity) on acceptance. */
  notifyRespondent: z.boolean(),
  /** The filer gets statutory notices (false for anonymous information: follow-up through the receipt only). */
  noticesToFiler: z.boolean(),
  /** Complaint second instance: the decision must say whether the first decision stands. */
  findingOnFirstDecision: z.boolean(),
  rejectionGrounds: z.array(groundSchema).check(z.minLength(1)),
  suspensionGrounds: z.array(groundSchema),
  terminationGrounds: z.array(groundSchema),
  outcomes: z.array(z.strictObject({ code: z.string(), label: text })).check(z.minLength(1)),
});
export type TrackRules = z.infer<typeof trackRulesSchema>;

export const profileSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  version: z.string().check(z.minLength(1)),
  effectiveFrom: isoDate,
  name: text,
  dayCounting: z.literal('civil-code-2015-art-147-148'),
  /** How documents are headed: a state body (Decree 30/2020/NĐ-CP) or a Party body (its own rules). */
  documentLayout: z.enum(['state', 'party']),
  /**
   * Whether its working days follow the state sector's swaps (a weekday off, a Saturday worked).
   * The holidays themselves are the national calendar's (calendar-years.ts), not a profile's.
   */
  honoursSwaps: z.boolean(),
  tracks: z.record(z.enum(tracks), trackRulesSchema),
});
export type Profile = z.infer<typeof profileSchema>;

/**
 * A profile's resolution documents and what follows them, per track (profiles/documents.ts): kept
 * apart from the track rules so that only code that drafts, renders or explains a decision loads them.
 */
export const profileDocumentsSchema = z.strictObject({
  documents: z.record(z.enum(tracks), documentRulesSchema),
  nextSteps: z.record(z.enum(tracks), z.array(nextStepRuleSchema)),
});
export type ProfileDocuments = z.infer<typeof profileDocumentsSchema>;
