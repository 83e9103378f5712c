/**
 * Local stand-in for Cognito: users in a file with scrypt password hashes, and RS256 access tokens
 * with Cognito's claims (`token_use`, `client_id`, `cognito:groups`) plus the committees claim.
 * The API verifies them through its JWKS URL with the same code as in AWS.
 */
import { randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT } from 'jose';
import { hashPassword } from '../../shared/admin/directory.js';
import {
  ACCESS_TOKEN_SECONDS,
  COMMITTEES_CLAIM,
  GROUPS_CLAIM,
  NAME_CLAIM,
} from '../../shared/auth/tokens.js';
import type { StaffRole } from '../../shared/domain/actor.js';

export const LOCAL_CLIENT_ID = 'cm-local-web';
export const TOKEN_TTL_SECONDS = ACCESS_TOKEN_SECONDS;
/** A session lasts a working day; each refresh reads the user's groups and committees afresh. */
export const REFRESH_TTL_SECONDS = 12 * 3600;

export interface Tokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

export interface LocalUser {
  username: string;
  displayName: string;
  passwordHash: string;
  groups: StaffRole[];
  committees: string[];
  /** Set by an admin's password reset: no token until the user picks a new password. */
  mustChangePassword?: boolean;
}

export { hashPassword };

export function checkPassword(password: string, stored: string): boolean {
  const [, salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(expected, actual);
}

export class LocalSignIn {
  private constructor(
    private readonly privateKey: Awaited<ReturnType<typeof importJWK>>,
    private readonly publicJwk: JWK,
    private readonly publicKey: Awaited<ReturnType<typeof importJWK>>,
    private readonly usersFile: string,
    readonly issuer: string,
  ) {}

  static async open(keyFile: string, usersFile: string, issuer: string): Promise<LocalSignIn> {
    if (!existsSync(keyFile)) {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
      writeFileSync(keyFile, JSON.stringify(jwk), { mode: 0o600 });
    }
    const jwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
    return new LocalSignIn(
      await importJWK(jwk, 'RS256'),
      publicJwk,
      await importJWK(publicJwk, 'RS256'),
      usersFile,
      issuer,
    );
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  users(): LocalUser[] {
    return existsSync(this.usersFile)
      ? (JSON.parse(readFileSync(this.usersFile, 'utf8')) as LocalUser[])
      : [];
  }

  saveUsers(users: LocalUser[]): void {
    writeFileSync(this.usersFile, JSON.stringify(users, null, 2), { mode: 0o600 });
  }

  /**
   * Null when the name or password is wrong (the caller answers 401 without saying which);
   * `change_required` after an admin's reset, until `changePassword`.
   */
  async issue(username: string, password: string): Promise<Tokens | 'change_required' | null> {
    const user = this.users().find((u) => u.username === username);
    const ok = user ? checkPassword(password, user.passwordHash) : checkPassword(password, hashPassword('x'));
    if (!user || !ok) return null;
    if (user.mustChangePassword) return 'change_required';
    return this.tokens(user);
  }

  private async tokens(user: LocalUser): Promise<Tokens> {
    const refreshToken = await new SignJWT({ token_use: 'refresh', client_id: LOCAL_CLIENT_ID })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid })
      .setIssuer(this.issuer)
      .setSubject(user.username)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + REFRESH_TTL_SECONDS)
      .sign(this.privateKey);
    return { accessToken: await this.sign(user), expiresIn: TOKEN_TTL_SECONDS, refreshToken };
  }

  /**
   * A new access token for a session, with the user's groups and committees as they are now (as
   * Cognito's refresh does); null if the session is invalid or the user is gone or must change
   * their password.
   */
  async refresh(refreshToken: string): Promise<Tokens | null> {
    try {
      const { payload } = await jwtVerify(refreshToken, this.publicKey, {
        issuer: this.issuer,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'sub'],
      });
      if (payload.token_use !== 'refresh') return null;
      const user = this.users().find((u) => u.username === payload.sub);
      if (!user || user.mustChangePassword || user.groups.length === 0) return null;
      return { ...(await this.tokens(user)), refreshToken };
    } catch {
      return null;
    }
  }

  /** The user's own new password (after a reset, or any time), with the current one. */
  async changePassword(username: string, password: string, newPassword: string): Promise<Tokens | null> {
    const users = this.users();
    const user = users.find((u) => u.username === username);
    if (!user || !checkPassword(password, user.passwordHash)) return null;
    user.passwordHash = hashPassword(newPassword);
    delete user.mustChangePassword;
    this.saveUsers(users);
    return this.tokens(user);
  }

  sign(
    user: Pick<LocalUser, 'username' | 'groups' | 'committees'> & { displayName?: string },
    overrides: Record<string, unknown> = {},
    /** Seconds to live; null: no `exp` at all (tests of refused tokens). */
    ttl: number | null = TOKEN_TTL_SECONDS,
  ): Promise<string> {
    const jwt = new SignJWT({
      token_use: 'access',
      client_id: LOCAL_CLIENT_ID,
      username: user.username,
      scope: 'aws.cognito.signin.user.admin',
      [GROUPS_CLAIM]: user.groups,
      [COMMITTEES_CLAIM]: user.committees,
      ...(user.displayName ? { [NAME_CLAIM]: user.displayName } : {}),
      ...overrides,
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid })
      .setIssuer(this.issuer)
      .setSubject(`local-${user.username}`)
      .setJti(randomUUID())
      .setIssuedAt(typeof overrides.iat === 'number' ? overrides.iat : undefined);
    if (ttl !== null) jwt.setExpirationTime(Math.floor(Date.now() / 1000) + ttl);
    return jwt.sign(this.privateKey);
  }
}
