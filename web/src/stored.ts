/**
 * What the pages keep in the browser's storage, read without the API client or any component: the
 * API client, the language switch and the staff page's first script (web/staff/early.ts) share it.
 */

export type Lang = 'vi' | 'en';
const LANG = 'cm.lang';

/** The language chosen on this device (Vietnamese until another is chosen). */
export const storedLang = (): Lang => (localStorage.getItem(LANG) === 'en' ? 'en' : 'vi');
export const storeLang = (l: Lang): void => localStorage.setItem(LANG, l);

export const TOKEN = 'cm.token';

/** The staff session of this tab: an access token, when it lapses (ms), and the refresh token. */
export interface Stored {
  token: string;
  exp: number;
  refresh?: string;
}

export const isStored = (x: unknown): x is Stored =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Stored).token === 'string' &&
  typeof (x as Stored).exp === 'number';

export const stored = (): Stored | null => {
  const raw = sessionStorage.getItem(TOKEN);
  return raw ? (JSON.parse(raw) as Stored) : null;
};

/** The access token if it is still valid. */
export function validToken(): string | null {
  const s = stored();
  return s && s.exp > Date.now() ? s.token : null;
}

export interface Claims {
  username: string;
  groups: string[];
  committees: string[];
}

/** A token's claims, for display and choosing requests only (the API verifies the token). */
export function claimsOf(token: string): Claims {
  const p = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
  return { username: p.username, groups: p['cognito:groups'] ?? [], committees: p['cm:committees'] ?? [] };
}

const COMMITTEE = 'cm.committee';
/**
 * The committee a member of several chose to work in, kept for this tab: only while it is one of
 * theirs (another person may sign in to the same tab).
 */
export function storedCommittee(claims: Claims | null): string | null {
  const c = sessionStorage.getItem(COMMITTEE);
  return c && claims?.committees.includes(c) ? c : null;
}
export const storeCommittee = (c: string): void => sessionStorage.setItem(COMMITTEE, c);
export const forgetCommittee = (): void => sessionStorage.removeItem(COMMITTEE);
