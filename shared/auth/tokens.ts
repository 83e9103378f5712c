/**
 * Staff access-token verification, the same code path in AWS (Cognito) and locally (local sign-in):
 * RS256 only, issuer pinned, `token_use` must be `access` (ID tokens are refused), client pinned.
 *
 * Verified with Node's own crypto (JWK import, RSASSA-PKCS1-v1_5 with SHA-256) rather than `jose`,
 * which weighed 18 KB in every staff bundle (issue 12 §5). The rules are jose's for this one
 * algorithm: the header names RS256 and a known `kid`, carries no `crit`; the key is RSA of at least
 * 2048 bits; the key set is cached ten minutes and refetched on an unknown `kid` at most every 30 s.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { type Actor, type StaffRole, staffRoles } from '../domain/actor.js';
import { ENV, requireEnv } from '../lambda/config.js';

export class AuthError extends Error {
  override name = 'AuthError';
}

/** The claim carrying a staff member's committees (added by the pre-token-generation trigger in AWS). */
export const COMMITTEES_CLAIM = 'cm:committees';
/** The staff member's display name, which signs documents (added like the committees). */
export const NAME_CLAIM = 'cm:name';
export const GROUPS_CLAIM = 'cognito:groups';

export type JWTPayload = Record<string, unknown> & {
  iss?: string;
  sub?: string;
  exp?: number;
  iat?: number;
  nbf?: number;
};

const KEYS_MAX_AGE_MS = 600_000;
const REFETCH_COOLDOWN_MS = 30_000;

interface KeySet {
  url: string;
  fetchedAt: number;
  byKid: Map<string, KeyObject>;
}
let keySet: KeySet | undefined;
let loading: Promise<KeySet> | undefined;

async function fetchKeys(url: string): Promise<KeySet> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new AuthError('key set unavailable');
  const body = (await res.json()) as { keys?: unknown };
  const byKid = new Map<string, KeyObject>();
  for (const jwk of Array.isArray(body.keys) ? body.keys : []) {
    const k = jwk as { kty?: unknown; kid?: unknown; use?: unknown; alg?: unknown };
    if (k.kty !== 'RSA' || typeof k.kid !== 'string') continue;
    if ((k.use !== undefined && k.use !== 'sig') || (k.alg !== undefined && k.alg !== 'RS256')) continue;
    try {
      const key = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048) byKid.set(k.kid, key);
    } catch {
      // A malformed key in the set is skipped, not fatal to the others.
    }
  }
  return { url, fetchedAt: Date.now(), byKid };
}

async function publicKey(kid: string): Promise<KeyObject> {
  const url = requireEnv(ENV.jwksUrl);
  const now = Date.now();
  const current = keySet?.url === url ? keySet : undefined;
  const stale = !current || now - current.fetchedAt > KEYS_MAX_AGE_MS;
  const unknownKid = current && !current.byKid.has(kid) && now - current.fetchedAt > REFETCH_COOLDOWN_MS;
  if (stale || unknownKid) {
    loading ??= fetchKeys(url).finally(() => {
      loading = undefined;
    });
    keySet = await loading;
  }
  const key = keySet?.url === url ? keySet.byKid.get(kid) : undefined;
  if (!key) throw new AuthError('unknown key');
  return key;
}

function part(segment: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AuthError('not an object');
  return value as Record<string, unknown>;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The signature and the registered claims; the caller checks what is specific to access tokens. */
async function verifySigned(token: string, issuer: string): Promise<JWTPayload> {
  const [h, p, s] = token.split('.');
  if (!h || !p || !s || token.split('.').length !== 3) throw new AuthError('malformed');
  const header = part(h);
  if (header.alg !== 'RS256' || typeof header.kid !== 'string' || 'crit' in header)
    throw new AuthError('bad header');
  const key = await publicKey(header.kid);
  if (!verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url')))
    throw new AuthError('bad signature');
  const payload = part(p) as JWTPayload;
  const now = Math.floor(Date.now() / 1000);
  if (payload.iss !== issuer) throw new AuthError('wrong issuer');
  if (!isTime(payload.exp) || !isTime(payload.iat)) throw new AuthError('exp and iat required');
  if (payload.exp <= now - CLOCK_SKEW_SECONDS) throw new AuthError('expired');
  if (payload.nbf !== undefined && (!isTime(payload.nbf) || payload.nbf > now + CLOCK_SKEW_SECONDS))
    throw new AuthError('not yet valid');
  if (now - payload.iat > ACCESS_TOKEN_SECONDS + CLOCK_SKEW_SECONDS) throw new AuthError('too old');
  return payload;
}

export function actorFromClaims(claims: JWTPayload): Actor & { type: 'staff' } {
  const groups = claims[GROUPS_CLAIM];
  const committees = claims[COMMITTEES_CLAIM];
  const roles = (Array.isArray(groups) ? groups : []).filter((g): g is StaffRole =>
    staffRoles.includes(g as StaffRole),
  );
  if (!claims.sub || roles.length === 0) throw new AuthError('token has no staff role');
  return {
    type: 'staff',
    id: String(claims.username ?? claims.sub),
    role: roles[0]!,
    roles,
    committees: Array.isArray(committees) ? committees.map(String) : [],
    ...(typeof claims[NAME_CLAIM] === 'string' ? { name: String(claims[NAME_CLAIM]).slice(0, 200) } : {}),
  };
}

/**
 * Access tokens live five minutes (Cognito's shortest; the web client refreshes them), so a member
 * removed from a group or committee loses it within five minutes. A token that claims to live
 * longer, has no `exp` or `iat`, or was issued in the future is refused.
 */
export const ACCESS_TOKEN_SECONDS = 300;
const CLOCK_SKEW_SECONDS = 30;

export async function verifyAccessToken(token: string): Promise<Actor & { type: 'staff' }> {
  let payload: JWTPayload;
  try {
    payload = await verifySigned(token, requireEnv(ENV.issuer));
  } catch {
    throw new AuthError('invalid token');
  }
  const now = Math.floor(Date.now() / 1000);
  if (payload.iat! > now + CLOCK_SKEW_SECONDS) throw new AuthError('issued in the future');
  if (payload.exp! - payload.iat! > ACCESS_TOKEN_SECONDS + CLOCK_SKEW_SECONDS)
    throw new AuthError('lives too long');
  if (payload.token_use !== 'access') throw new AuthError('not an access token');
  if (payload.client_id !== requireEnv(ENV.clientId)) throw new AuthError('wrong client');
  return actorFromClaims(payload);
}

export function bearer(header: string | undefined): string {
  const m = header?.match(/^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/);
  if (!m) throw new AuthError('missing bearer token');
  return m[1]!;
}
