import { calendarOf, DEFAULT_PROFILE_ID, type Profile, profileIds, profileInForce } from '../profile.js';
import { vnPartyInspection2025 } from './vn-party-inspection.js';
import { vnStateLaw2019 } from './vn-state-law.js';

/** Every profile version known to the system (validated against profileSchema by the unit tests). */
export const profiles: readonly Profile[] = [vnStateLaw2019, vnPartyInspection2025];

export { DEFAULT_PROFILE_ID, profileIds };

for (const p of profiles)
  if (!(profileIds as readonly string[]).includes(p.id))
    throw new Error(`profile ${p.id} is not in profileIds`);

/**
 * The dates the system serves: from the first profile in force to the end of the holiday calendar
 * (2040; years not yet decided are provisional). Deadlines are computed only inside.
 */
export function servedDates(id: string = DEFAULT_PROFILE_ID): { from: string; to: string } {
  const versions = profiles.filter((p) => p.id === id);
  const first = versions.map((p) => p.effectiveFrom).sort()[0]!;
  const { range } = calendarOf(versions[0]!);
  // biome-ignore lint/complexity/useMathMinMax: ISO dates as strings; Math.max would give NaN
  return { from: first > range.from ? first : range.from, to: range.to };
}

/** The version of a profile (the default one unless a committee names another) in force on a date. */
export function profileOn(date: string, id: string = DEFAULT_PROFILE_ID): Profile {
  const p = profileInForce(profiles, id, date);
  if (!p) throw new Error(`no ${id} profile in force on ${date}`);
  return p;
}

export const defaultProfileOn = (date: string) => profileOn(date);

export function profileByVersion(id: string, version: string): Profile {
  const p = profiles.find((x) => x.id === id && x.version === version);
  if (!p) throw new Error(`unknown profile ${id}@${version}`);
  return p;
}
