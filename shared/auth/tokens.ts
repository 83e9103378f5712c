/**
 * Staff access-token verification, the same code path in AWS (Cognito) and locally (local sign-in):
 * RS256 only, issuer pinned, `token_use` must be `access` (ID tokens are refused), client pinned.
 */
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
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

let jwks: { url: string; set: ReturnType<typeof createRemoteJWKSet> } | undefined;

function keySet() {
  const url = requireEnv(ENV.jwksUrl);
  if (jwks?.url !== url) jwks = { url, set: createRemoteJWKSet(new URL(url), { cacheMaxAge: 600_000 }) };
  return jwks.set;
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
    ({ payload } = await jwtVerify(token, keySet(), {
      issuer: requireEnv(ENV.issuer),
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      maxTokenAge: ACCESS_TOKEN_SECONDS + CLOCK_SKEW_SECONDS,
    }));
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
