/**
 * Finding open cases at volume (issue 13 §1): what a queue row shows of a case (its card), the words
 * a committee can search it by, the deadline risk its alerts record and the conditions that deserve a
 * list of their own. Pure: the store files a case under them (shared/store/find-index.ts), so a search
 * or a filter is one Query, whatever the number of open cases.
 */

import { parseAlertKey } from './alerts.js';
import type { Case } from './case.js';

/** What a queue row needs of a case, and what the access rules read; nothing of the filer's identity. */
export interface CaseCard {
  caseId: string;
  reference: string;
  kind: Case['kind'];
  track: Case['track'];
  status: Case['status'];
  committee: string;
  version: number;
  receivedOn: string;
  channel: Case['channel'];
  field: Case['field'];
  location: Case['location'];
  profileId: string;
  profileVersion: string;
  pseudonym: string;
  assignees: string[];
  excludedStaff: string[];
  clocks: Case['clocks'];
  dueAt: string | null;
  overdue: string[];
  /** The matter on one line (the start of the filer's words). */
  subject: string;
  /** Who the case is against, as the filer named them. */
  respondent: string | null;
}

/** The case's matter on one line: the start of the filer's words, whitespace folded. */
export function subjectLine(content: string, max = 120): string {
  const line = content.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Who the case is against, as the filer named them: the body complained about, the person denounced. */
export function respondentOf(c: Pick<Case, 'details'>): string | null {
  const d = c.details as {
    respondent?: { name?: string };
    accused?: { name?: string };
    concernedBody?: string;
  };
  const name = d.respondent?.name ?? d.accused?.name ?? d.concernedBody;
  return typeof name === 'string' && name ? name : null;
}

export function cardOf(c: Case): CaseCard {
  return {
    caseId: c.caseId,
    reference: c.reference,
    kind: c.kind,
    track: c.track,
    status: c.status,
    committee: c.committee,
    version: c.version,
    receivedOn: c.receivedOn,
    channel: c.channel,
    field: c.field,
    location: c.location,
    profileId: c.profileId,
    profileVersion: c.profileVersion,
    pseudonym: c.pseudonym,
    assignees: c.assignees,
    excludedStaff: c.excludedStaff,
    clocks: c.clocks,
    dueAt: c.dueAt,
    overdue: c.overdue,
    subject: subjectLine(c.content),
    respondent: respondentOf(c),
  };
}

/**
 * Deadline risk as the recorded alerts say it (50, 75, 90 % of a running deadline, or overdue): a
 * fact of the stored case, so the index item that files it under its risk is never stale. The row
 * itself shows the risk counted to the minute (`riskOf`), which runs ahead of this by at most the
 * hours between a threshold and its 08:00 alert.
 */
export const findRisks = ['overdue', 'p90', 'p75', 'p50', 'ok', 'paused', 'none'] as const;
export type FindRisk = (typeof findRisks)[number];

export function recordedRisk(c: Pick<Case, 'clocks' | 'alertsSent' | 'overdue'>): FindRisk {
  const running = c.clocks.filter((k) => k.state === 'running');
  if (c.overdue.length > 0) return 'overdue';
  if (running.length === 0) return 'none';
  if (running.every((k) => k.dueAt === null)) return 'paused';
  let pct = 0;
  for (const key of c.alertsSent) {
    const a = parseAlertKey(key);
    if (a && running.some((k) => k.name === a.clock && k.dueAt === a.dueAt)) pct = Math.max(pct, a.pct);
  }
  return pct >= 100 ? 'overdue' : pct >= 90 ? 'p90' : pct >= 75 ? 'p75' : pct >= 50 ? 'p50' : 'ok';
}

/** Words too common to find anything by (after diacritics are removed). */
const STOPWORDS = new Set(
  (
    'va cua cac ve la co khong cho voi trong nhung duoc tai theo den tu mot nay do da bi thi ma de ' +
    'toi chung nhu khi nen neu vi se dang cung rat nhieu hon viec nguoi ong ba anh chi em ho xa ' +
    'the and of the to in for on by with is are was be this that'
  ).split(' '),
);

/** Vietnamese without diacritics, lower case: "Ủy ban Đồng Hới" → "uy ban dong hoi". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The searchable words of a text, folded, in order, without repeats, stop words or one-letter words. */
export function searchWords(s: string): string[] {
  const out: string[] = [];
  for (const w of foldText(s).split(/[^a-z0-9]+/)) {
    if (w.length < 2 || w.length > 40 || STOPWORDS.has(w) || out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

/**
 * At most this many words index a case (an index item each, written with the case: a transaction
 * holds at most 100 items).
 */
export const MAX_TERMS = 12;

/** The words a case is found by: whom it is against and where first, then its matter. */
export function termsOf(card: Pick<CaseCard, 'respondent' | 'location' | 'subject'>): string[] {
  const text = [card.respondent ?? '', card.location.commune ?? '', card.location.province, card.subject];
  const out: string[] = [];
  for (const w of searchWords(text.join(' '))) {
    if (out.length >= MAX_TERMS) break;
    out.push(w);
  }
  return out;
}

/**
 * Conditions worth a list of their own: a withdrawal awaiting the chair's decision; a message from
 * the filer that the committee has not answered yet (the last word on the case is theirs).
 */
export const findFlags = ['withdrawal', 'filer_message'] as const;
export type FindFlag = (typeof findFlags)[number];

export function flagsOf(c: Pick<Case, 'withdrawal' | 'publicMessages'>): FindFlag[] {
  const out: FindFlag[] = [];
  if (c.withdrawal?.state === 'requested') out.push('withdrawal');
  if (c.publicMessages.at(-1)?.from === 'filer') out.push('filer_message');
  return out;
}

/** The "nobody assigned yet" value of the assignee filter. */
export const UNASSIGNED = '-';
