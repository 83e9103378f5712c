/**
 * Local stand-in for Cognito: users in a file with scrypt password hashes, and RS256 access tokens
 * with Cognito's claims (`token_use`, `client_id`, `cognito:groups`) plus the committees claim.
 * The API verifies them through its JWKS URL with the same code as in AWS.
 */
import { randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { hashPassword } from '../../shared/admin/directory.js';
import { COMMITTEES_CLAIM, GROUPS_CLAIM, NAME_CLAIM } from '../../shared/auth/tokens.js';
import type { StaffRole } from '../../shared/domain/actor.js';

export const LOCAL_CLIENT_ID = 'cm-local-web';
export const TOKEN_TTL_SECONDS = 3600;

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
    return new LocalSignIn(await importJWK(jwk, 'RS256'), publicJwk, usersFile, issuer);
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
  async issue(
    username: string,
    password: string,
  ): Promise<{ accessToken: string; expiresIn: number } | 'change_required' | null> {
    const user = this.users().find((u) => u.username === username);
    const ok = user ? checkPassword(password, user.passwordHash) : checkPassword(password, hashPassword('x'));
    if (!user || !ok) return null;
    if (user.mustChangePassword) return 'change_required';
    return { accessToken: await this.sign(user), expiresIn: TOKEN_TTL_SECONDS };
  }

  /** The user's own new password (after a reset, or any time), with the current one. */
  async changePassword(
    username: string,
    password: string,
    newPassword: string,
  ): Promise<{ accessToken: string; expiresIn: number } | null> {
    const users = this.users();
    const user = users.find((u) => u.username === username);
    if (!user || !checkPassword(password, user.passwordHash)) return null;
    user.passwordHash = hashPassword(newPassword);
    delete user.mustChangePassword;
    this.saveUsers(users);
    return { accessToken: await this.sign(user), expiresIn: TOKEN_TTL_SECONDS };
  }

  sign(
    user: Pick<LocalUser, 'username' | 'groups' | 'committees'> & { displayName?: string },
    overrides: Record<string, unknown> = {},
    ttl = TOKEN_TTL_SECONDS,
  ): Promise<string> {
    return new SignJWT({
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
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttl)
      .sign(this.privateKey);
  }
}
