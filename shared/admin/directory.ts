/**
 * The staff directory behind the admin pages: who exists, their roles (groups) and committees.
 * Locally it is the sign-in users file; in AWS the Cognito user pool (groups = roles, committees in
 * `custom:committees`, copied into access tokens by the pre-token trigger).
 */
import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
  ListUsersCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type * as z from 'zod/mini';
import { staffMember } from '../api/contracts/admin.js';
import { staffRoles } from '../domain/actor.js';

/** One definition, in the contracts (the admin API answers with it). */
export const staffMemberSchema = staffMember;
export type StaffMember = z.infer<typeof staffMemberSchema>;

export interface Directory {
  list(): Promise<StaffMember[]>;
  /** Creates (with an initial password) or updates a staff member; never changes a password. */
  put(member: StaffMember, initialPassword?: string): Promise<'created' | 'updated'>;
  /**
   * Resets a password so it must be changed at the next sign-in. Locally the temporary password is
   * returned once (to hand over in person); Cognito sends its own reset code and returns nothing.
   */
  resetPassword(username: string): Promise<{ temporaryPassword?: string }>;
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64')}:${scryptSync(password, salt, 32).toString('base64')}`;
}

/** Local: the users file the local sign-in reads. */
export function fileDirectory(path: string): Directory {
  type Stored = StaffMember & { passwordHash: string };
  const read = (): Stored[] => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : []);
  return {
    async list() {
      return read().map(({ passwordHash: _p, ...m }) => m);
    },
    async put(member, initialPassword) {
      const users = read();
      const i = users.findIndex((u) => u.username === member.username);
      if (i >= 0) {
        // An existing account's password changes only through `resetPassword` (audited on its own).
        users[i] = { ...users[i]!, ...member };
      } else {
        if (!initialPassword)
          throw Object.assign(new Error('an initial password is required'), { name: 'PasswordRequired' });
        users.push({ ...member, passwordHash: hashPassword(initialPassword) });
      }
      writeFileSync(path, JSON.stringify(users, null, 2), { mode: 0o600 });
      return i >= 0 ? 'updated' : 'created';
    },
    async resetPassword(username) {
      const users = read();
      const u = users.find((x) => x.username === username);
      if (!u) throw Object.assign(new Error('no such user'), { name: 'UserNotFound' });
      const temporaryPassword = randomBytes(15).toString('base64url');
      Object.assign(u, { passwordHash: hashPassword(temporaryPassword), mustChangePassword: true });
      writeFileSync(path, JSON.stringify(users, null, 2), { mode: 0o600 });
      return { temporaryPassword };
    },
  };
}

/** AWS: Cognito admin calls. */
export function cognitoDirectory(cognito: CognitoIdentityProviderClient, userPoolId: string): Directory {
  return {
    async list() {
      const out: StaffMember[] = [];
      let token: string | undefined;
      do {
        const page = await cognito.send(
          new ListUsersCommand({ UserPoolId: userPoolId, PaginationToken: token }),
        );
        for (const u of page.Users ?? []) {
          const attr = (n: string) => u.Attributes?.find((a) => a.Name === n)?.Value;
          const groups = await cognito.send(
            new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: u.Username! }),
          );
          out.push({
            username: u.Username!,
            displayName: attr('name') ?? u.Username!,
            groups: (groups.Groups ?? [])
              .map((g) => g.GroupName as StaffMember['groups'][number])
              .filter((g) => staffRoles.includes(g)),
            committees: (attr('custom:committees') ?? '').split(',').filter(Boolean),
          });
        }
        token = page.PaginationToken;
      } while (token);
      return out;
    },
    async put(member, initialPassword) {
      const attributes = [
        { Name: 'name', Value: member.displayName },
        { Name: 'custom:committees', Value: member.committees.join(',') },
      ];
      let created = false;
      try {
        await cognito.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: userPoolId,
            Username: member.username,
            UserAttributes: attributes,
          }),
        );
      } catch (err) {
        if (!(err instanceof UserNotFoundException)) throw err;
        await cognito.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: member.username,
            TemporaryPassword: initialPassword,
            UserAttributes: attributes,
          }),
        );
        created = true;
      }
      const current = await cognito.send(
        new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: member.username }),
      );
      const have = new Set((current.Groups ?? []).map((g) => g.GroupName));
      for (const g of member.groups)
        if (!have.has(g))
          await cognito.send(
            new AdminAddUserToGroupCommand({
              UserPoolId: userPoolId,
              Username: member.username,
              GroupName: g,
            }),
          );
      for (const g of have) {
        if (g && !member.groups.includes(g as StaffMember['groups'][number])) {
          await cognito.send(
            new AdminRemoveUserFromGroupCommand({
              UserPoolId: userPoolId,
              Username: member.username,
              GroupName: g,
            }),
          );
        }
      }
      return created ? 'created' : 'updated';
    },
    async resetPassword(username) {
      try {
        await cognito.send(new AdminResetUserPasswordCommand({ UserPoolId: userPoolId, Username: username }));
      } catch (err) {
        if (err instanceof UserNotFoundException)
          throw Object.assign(new Error('no such user'), { name: 'UserNotFound' });
        throw err;
      }
      return {};
    },
  };
}
