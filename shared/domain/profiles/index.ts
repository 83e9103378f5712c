import { type Profile, profileInForce, profileSchema } from '../profile.js';
import { vnStateLaw2019 } from './vn-state-law.js';

/** Every profile version known to the system, validated once at load. */
export const profiles: readonly Profile[] = [vnStateLaw2019].map((p) => profileSchema.parse(p));

export const DEFAULT_PROFILE_ID = 'vn-state-law';

export function defaultProfileOn(date: string): Profile {
  const p = profileInForce(profiles, DEFAULT_PROFILE_ID, date);
  if (!p) throw new Error(`no ${DEFAULT_PROFILE_ID} profile in force on ${date}`);
  return p;
}

export function profileByVersion(id: string, version: string): Profile {
  const p = profiles.find((x) => x.id === id && x.version === version);
  if (!p) throw new Error(`unknown profile ${id}@${version}`);
  return p;
}
