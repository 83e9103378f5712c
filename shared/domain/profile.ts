/**
 * Procedure profiles: every deadline, ground and outcome as versioned data with an
 * `effectiveFrom` date (LEGAL.md: "never hard-coded"). Parsed with zod so a bad profile fails fast.
 */

import { calendarYears, stateCalendar } from './calendar-years.js';
import type { Profile, Text, TrackRules } from './profile-schema.js';
import { type HolidayCalendar, holidayCalendar } from './public-holidays.js';

/** The procedure profiles a committee may follow (their data: profiles/index.ts, checked against this). */
export const profileIds = ['vn-state-law', 'vn-party-inspection'] as const;
export const DEFAULT_PROFILE_ID = 'vn-state-law';

export const caseKinds = ['complaint', 'denunciation', 'petition', 'dispute'] as const;

/** Each kind in words, for pages, reports and exports alike. */
export const kindLabels: Record<(typeof caseKinds)[number], { vi: string; en: string }> = {
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
  petition: { vi: 'Kiến nghị, phản ánh', en: 'Petition' },
  dispute: { vi: 'Tranh chấp', en: 'Dispute' },
};
export type CaseKind = (typeof caseKinds)[number];

export const tracks = [
  'complaint_1',
  'complaint_2',
  'denunciation',
  'anonymous_denunciation',
  'petition',
  'dispute',
] as const;
export type Track = (typeof tracks)[number];

export const complexities = ['normal', 'complex', 'especially_complex'] as const;
export type Complexity = (typeof complexities)[number];

export const deadlineNames = [
  'acceptance',
  'screening',
  'transfer',
  'acceptance_notice',
  'answer',
  'mediation_start',
  'resolution',
  'decision_notice',
] as const;
export type DeadlineName = (typeof deadlineNames)[number];

/** Each period in words, as the pages and the notices name it. */
export const deadlineLabels: Record<string, Text> = {
  acceptance: { vi: 'Thụ lý', en: 'Acceptance' },
  screening: { vi: 'Phân loại, xử lý ban đầu', en: 'Screening' },
  transfer: { vi: 'Chuyển đơn', en: 'Transfer' },
  acceptance_notice: { vi: 'Thông báo thụ lý', en: 'Acceptance notice' },
  answer: { vi: 'Trả lời người kiến nghị', en: 'Answer' },
  mediation_start: { vi: 'Bắt đầu hòa giải', en: 'Mediation start' },
  resolution: { vi: 'Giải quyết', en: 'Resolution' },
  decision_notice: { vi: 'Gửi quyết định, kết luận', en: 'Decision notice' },
};

/** The event a period counts from. */
export const clockEvents = ['received', 'accepted', 'assigned', 'decided'] as const;
export type ClockEvent = (typeof clockEvents)[number];

// The schemas of profile data live in profile-schema.ts: they validate the data in tests, not at
// every cold start (the data is typed, so only a test can find what the types cannot say).
export type {
  DeadlineRule,
  DocumentRules,
  DraftPart,
  Ground,
  NextStepRule,
  Profile,
  ProfileDocuments,
  Text,
  TrackRules,
} from './profile-schema.js';

export function trackOf(kind: CaseKind, opts: { instance?: 1 | 2; anonymous?: boolean }): Track {
  switch (kind) {
    case 'complaint':
      return opts.instance === 2 ? 'complaint_2' : 'complaint_1';
    case 'denunciation':
      return opts.anonymous ? 'anonymous_denunciation' : 'denunciation';
    default:
      return kind;
  }
}

/** The version of profile `id` in force on `date`: the latest `effectiveFrom` not after it. */
export function profileInForce(profiles: readonly Profile[], id: string, date: string): Profile | undefined {
  return profiles
    .filter((p) => p.id === id && p.effectiveFrom <= date)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

export function rulesFor(profile: Profile, track: Track): TrackRules {
  const rules = profile.tracks[track];
  if (!rules) throw new Error(`profile ${profile.id}@${profile.version} has no rules for ${track}`);
  return rules;
}

const calendars = new Map<boolean, HolidayCalendar>([[false, stateCalendar]]);

/** The national holiday calendar as a profile counts it (with or without the state sector's swaps). */
export function calendarOf(profile: Pick<Profile, 'honoursSwaps'>): HolidayCalendar {
  let cal = calendars.get(profile.honoursSwaps);
  if (!cal) {
    cal = holidayCalendar(calendarYears, { honourSwaps: profile.honoursSwaps });
    calendars.set(profile.honoursSwaps, cal);
  }
  return cal;
}
