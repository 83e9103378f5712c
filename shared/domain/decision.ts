/**
 * The resolution document as domain data: the structured draft a proposal carries, its check
 * against the parts the track's profile requires, the reasons and next steps the filer reads, and
 * the layout-independent content of the PDF (DocumentSpec) that the render function lays out.
 * Pure: no SDK, no environment, time passed in.
 */
import * as z from 'zod/mini';
import { addDays, type IsoDate, isoDate } from './calendar.js';
import type { Case } from './case.js';
import { calendarOf } from './clocks.js';
import { dueOn } from './deadlines.js';
import { documentTexts } from './document-texts.js';
import { invalid } from './errors.js';
import type { DocumentRules, DraftPart, Profile, Text } from './profile.js';

export { loadDocumentTexts } from './document-texts.js';

/** C0/C1 control characters other than tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Free text that goes into a legal document: no control characters, no lone surrogates. */
export const documentText = z.pipe(
  z.string().check(
    z.maxLength(8_000),
    z.refine((s) => !CONTROL.test(s), { message: 'control_characters' }),
    z.refine((s) => !LONE_SURROGATE.test(s), { message: 'lone_surrogate' }),
  ),
  z.transform((s) => s.trim()),
);

export const MAX_DRAFT_CHARS = 30_000;

/** Part code → text. Which parts are allowed and required depends on the track (profile data). */
/** A JSON `__proto__` key would be dropped by the record parser: refuse it instead. */
const noProtoKey = z
  .custom<unknown>((v) => !(v && typeof v === 'object' && Object.hasOwn(v, '__proto__')), {
    message: 'draft_part_unknown',
  })
  .check(
    z.meta({
      // How the contract shows a draft: the record below (a custom check has no JSON Schema of its own).
      override: {
        type: 'object',
        propertyNames: { pattern: '^[a-z][a-z0-9_]{0,39}$' },
        additionalProperties: { type: 'string' },
        maxProperties: 20,
      },
    }),
  );

export const draftSchema = z.pipe(
  noProtoKey,
  z
    // Part codes start with a letter.
    .record(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/)), documentText)
    .check(
      z.refine((d) => Object.keys(d).length <= 20, { message: 'too_big' }),
      z.refine((d) => Object.values(d).reduce((n, t) => n + t.length, 0) <= MAX_DRAFT_CHARS, {
        message: 'draft_too_long',
      }),
    ),
);
export type Draft = z.infer<typeof draftSchema>;

export const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** Whether a part belongs to a document with this outcome (a settlement's terms only when settled). */
export const partApplies = (p: Pick<DraftPart, 'onlyFor'>, outcome: string) =>
  !p.onlyFor || p.onlyFor.includes(outcome);

/** Refuses a draft that misses a part the track requires for the outcome, or carries one it does not know. */
export function checkDraft(
  draft: Draft,
  rules: { parts: readonly Pick<DraftPart, 'code' | 'required' | 'onlyFor'>[] },
  c: Pick<Case, 'dialogues'>,
  outcome: string,
): void {
  const issues = [];
  for (const p of rules.parts) {
    const needed =
      partApplies(p, outcome) &&
      (p.required === 'always' || (p.required === 'if_dialogue' && c.dialogues > 0));
    if (needed && !draft[p.code]) issues.push({ path: ['draft', p.code], message: 'draft_part_required' });
  }
  for (const code of Object.keys(draft)) {
    if (!rules.parts.some((p) => p.code === code))
      issues.push({ path: ['draft', code], message: 'draft_part_unknown' });
  }
  if (issues.length) {
    const names = issues.map((i) => i.path[1]).join(', ');
    throw invalid(`the draft is missing or has unknown parts: ${names}`, issues);
  }
}

/** The parts whose text changed, appeared or disappeared between two drafts. */
export function changedParts(before: Draft | undefined, after: Draft): string[] {
  if (!before) return [];
  const codes = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...codes].filter((k) => (before[k] ?? '') !== (after[k] ?? ''));
}

export interface Reason {
  part: string;
  label: Text;
  text: string;
}

/** What the filer reads as the reasons: the parts the profile marks as reasons. */
export function reasonsOf(draft: Draft, rules: DocumentRules, outcome: string): Reason[] {
  return rules.parts
    .filter((p) => p.reason && draft[p.code] && partApplies(p, outcome))
    .map((p) => ({ part: p.code, label: p.label, text: draft[p.code]! }));
}

export interface NextStep {
  step: string;
  label: Text;
  /** `deadline`: dueOn is the last day to act; `takes_effect`: dueOn is the first day in force; `right`: no date. */
  kind: 'deadline' | 'takes_effect' | 'right';
  /** Counted from the issue date, or from receipt of the decision (then dueOn assumes receipt on the issue date). */
  from: 'issued' | 'received';
  dueOn: IsoDate | null;
  dayType: 'calendar' | 'working' | null;
  days: number | null;
  basis: string;
}

/** What follows the decision for the filer, each period counted from the issue date (Civil Code art. 147–148). */
export function nextStepsFor(
  c: Pick<Case, 'remoteArea' | 'track'>,
  profile: Profile,
  issuedOn: IsoDate,
  outcome: string,
): NextStep[] {
  const cal = calendarOf(profile);
  return documentTexts()
    .nextStepRulesOf(profile, c.track)
    .filter((s) => !s.onlyFor || s.onlyFor.includes(outcome))
    .map((s) => {
      const days = (c.remoteArea && s.remoteDays) || s.days || null;
      const dayType = s.dayType ?? null;
      const last =
        days && dayType && s.kind !== 'right' ? dueOn({ startedOn: issuedOn, days, dayType }, cal) : null;
      return {
        step: s.step,
        label: s.label,
        kind: s.kind,
        from: s.from,
        // A decision takes effect once its period has run: the day after the last day (art. 44).
        dueOn: last && s.kind === 'takes_effect' ? addDays(last, 1) : last,
        dayType: last ? dayType : null,
        days: last ? days : null,
        basis: s.basis,
      };
    });
}

/**
 * Items written before decisions were documents (a one-line `summary`, `approvedBy`, `decidedOn`)
 * stay readable: the summary becomes the draft's only part, and the decision has no document.
 */
const legacyProposal = (v: unknown) => {
  if (!v || typeof v !== 'object' || 'draft' in v) return v;
  const { summary, ...rest } = v as Record<string, unknown>;
  return { documentId: '', documentHash: '', ...rest, draft: { summary: String(summary ?? '') } };
};
const legacyDecision = (v: unknown) => {
  if (!v || typeof v !== 'object' || 'number' in v) return v;
  const o = v as Record<string, unknown>;
  return {
    outcome: o.outcome,
    number: '',
    issuedOn: o.decidedOn,
    signedBy: o.approvedBy,
    approvedDraftHash: '',
    documentId: '',
    documentHash: '',
    documents: [],
    firstDecisionFinding: o.firstDecisionFinding,
  };
};

export const proposalObject = z.object({
  outcome: z.string(),
  draft: z.record(z.string(), z.string()),
  /** The draft PDF: its SHA-256 is its identity. */
  documentId: z.string(),
  documentHash: z.string(),
  proposedBy: z.string(),
  proposedAt: z.iso.datetime(),
  firstDecisionFinding: z.optional(z.enum(['kept', 'amended', 'annulled'])),
  /** Parts changed since the draft the chair last returned. */
  changed: z._default(z.array(z.string()), []),
});
export const proposalSchema = z.pipe(z.transform(legacyProposal), proposalObject);
export type Proposal = z.infer<typeof proposalObject>;

export const issuedDocumentSchema = z.object({
  documentId: z.string(),
  /** Its register number: a notice has its own (Decree 30/2020 art. 15). */
  number: z.optional(z.string()),
  documentHash: z.string(),
  locale: z.enum(['vi', 'en']),
  /** `decision`: the numbered document; `notice`: what a denouncer receives of a conclusion. */
  role: z.enum(['decision', 'notice']),
  audience: z.enum(['staff', 'filer']),
});

const decisionObject = z.object({
  outcome: z.string(),
  /** e.g. `12/QĐ-UBKT1`: the committee's register for the year, gap-free. */
  number: z.string(),
  issuedOn: isoDate,
  signedBy: z.string(),
  signerName: z.optional(z.string()),
  /** The draft approved (its PDF's SHA-256) and the issued documents. */
  approvedDraftHash: z.string(),
  documentId: z.string(),
  documentHash: z.string(),
  documents: z.array(issuedDocumentSchema),
  firstDecisionFinding: z.optional(z.enum(['kept', 'amended', 'annulled'])),
});
export const decisionSchema = z.pipe(z.transform(legacyDecision), decisionObject);
export type Decision = z.infer<typeof decisionObject>;

/** The number a register entry gets, per Decree 30/2020 (state) or the Party's own form. */
export function documentNumber(
  n: number,
  symbol: string,
  body: string,
  layout: Profile['documentLayout'],
): string {
  // Decree 30/2020 art. 15(1): numbered from 01.
  const no = String(n).padStart(2, '0');
  return layout === 'party' ? `${no}-${symbol}/${body}` : `${no}/${symbol}-${body}`;
}

export function documentRulesOf(profile: Profile, c: Pick<Case, 'track'>): DocumentRules {
  return documentTexts().documentRulesOf(profile, c.track);
}

/** `12/QĐ-UBKT1` → `12-QD-UBKT1`: a file name any system keeps. */
export function fileSafe(s: string): string {
  return s
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-');
}
