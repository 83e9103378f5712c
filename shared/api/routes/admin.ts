import * as z from 'zod/mini';
import {
  adminLogResponse,
  committeesResponse,
  grant,
  grantsResponse,
  passwordResetResponse,
  putCommitteeRequest,
  putStaffRequest,
  putStaffResponse,
  staffListResponse,
} from '../contracts/admin.js';
import { auditVerifyResponse, committee } from '../contracts/common.js';
import { route } from '../route-def.js';
import { opaqueId } from './common.js';

const username = z.string().check(z.regex(/^[a-z0-9._-]{2,64}$/));

const STAFF_DIRECTORY_READ = ['cognito-idp:ListUsers', 'cognito-idp:AdminListGroupsForUser'] as const;

const STAFF_DIRECTORY_WRITE = [
  ...STAFF_DIRECTORY_READ,
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
] as const;

export const GetStaff = route({
  id: 'GetStaff',
  method: 'GET',
  path: '/admin/staff',
  tag: 'admin',
  summary: 'Staff, with roles and committees',
  entry: 'admin/get-staff.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'Admins',
  request: {},
  ok: { 200: { description: 'Staff', json: staffListResponse } },
  needs: { userPool: STAFF_DIRECTORY_READ },
});

export const PutStaff = route({
  id: 'PutStaff',
  method: 'PUT',
  path: '/admin/staff/{username}',
  tag: 'admin',
  summary: 'Create or update a staff member (logged); chair or admin waits for a second admin',
  entry: 'admin/put-staff.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'Admins; never a role or committee to oneself',
  request: {
    params: z.object({ username }),
    // The create form sends `If-None-Match: *`: an account that exists is never overwritten by it.
    headers: z.object({ 'if-none-match': z.optional(z.literal('*')) }),
    body: putStaffRequest,
  },
  ok: {
    200: { description: 'Updated', json: putStaffResponse },
    201: { description: 'Created', json: putStaffResponse },
    202: {
      description:
        'Applied except a grant of chair or admin (or a new committee for a chair), which waits for a second admin: see pendingGrant',
      json: putStaffResponse,
    },
  },
  errors: {
    412: 'If-None-Match: * was sent and the account exists: edit it instead',
    422: 'Invalid body; initialPassword on an existing account (use_password_reset) or missing on a new one',
  },
  needs: {
    table: { read: ['CONFIG#'], write: ['GRANTS', 'ADMINLOG', 'STAFF#'] },
    userPool: STAFF_DIRECTORY_WRITE,
  },
});

export const PostPasswordReset = route({
  id: 'PostPasswordReset',
  method: 'POST',
  path: '/admin/staff/{username}/password-reset',
  tag: 'admin',
  summary:
    'Reset a password (logged): locally returns a temporary password that must be changed at the next sign-in; in AWS Cognito sends its reset code',
  entry: 'admin/post-password-reset.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'Admins',
  request: { params: z.object({ username }) },
  ok: { 201: { description: 'Reset', json: passwordResetResponse } },
  errors: { 404: 'No such staff member' },
  needs: { table: { write: ['ADMINLOG'] }, userPool: ['cognito-idp:AdminResetUserPassword'] },
});

export const GetGrants = route({
  id: 'GetGrants',
  method: 'GET',
  path: '/admin/grants',
  tag: 'admin',
  summary: 'Grants waiting for a second admin (two-person rule)',
  entry: 'admin/get-grants.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'Admins',
  request: {},
  ok: { 200: { description: 'Pending grants', json: grantsResponse } },
  needs: { table: { read: ['GRANTS'] } },
});

export const ApproveGrant = route({
  id: 'ApproveGrant',
  method: 'POST',
  path: '/admin/grants/{grantId}/approve',
  tag: 'admin',
  summary: 'Approve a pending grant (an admin other than the requester and the grantee; logged)',
  entry: 'admin/post-grant-approve.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'An admin other than the requester and the grantee',
  request: { params: z.object({ grantId: opaqueId }) },
  ok: { 200: { description: 'Approved and applied', json: grant } },
  errors: { 404: 'No such grant', 409: 'Already decided, or the member changed since it was requested' },
  needs: {
    table: { read: ['CONFIG#'], write: ['GRANTS', 'ADMINLOG', 'STAFF#'] },
    userPool: STAFF_DIRECTORY_WRITE,
  },
});

export const GetAdminLog = route({
  id: 'GetAdminLog',
  method: 'GET',
  path: '/admin/log',
  tag: 'admin',
  summary: 'The admin log: every change to staff and committees, hash-chained',
  entry: 'admin/get-log.ts',
  audience: 'staff',
  roles: ['admin', 'auditor'],
  access: 'Admins and auditors',
  request: {},
  ok: { 200: { description: 'The log', json: adminLogResponse } },
  needs: { table: { read: ['ADMINLOG'] } },
});

export const VerifyAdminLog = route({
  id: 'VerifyAdminLog',
  method: 'GET',
  path: '/admin/log/verify',
  tag: 'admin',
  summary: 'Verify the admin log against its head and the signed checkpoints',
  entry: 'admin/get-log-verify.ts',
  audience: 'staff',
  roles: ['admin', 'auditor'],
  access: 'Admins and auditors',
  request: {},
  ok: { 200: { description: 'The verdict', json: auditVerifyResponse } },
  needs: { table: { read: ['ADMINLOG'] }, checkpoints: 'read' },
});

export const GetCommittees = route({
  id: 'GetCommittees',
  method: 'GET',
  path: '/admin/committees',
  tag: 'admin',
  summary: 'Committees and their procedure profiles',
  entry: 'admin/get-committees.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'Admins',
  request: {},
  ok: { 200: { description: 'Committees', json: committeesResponse } },
  needs: { table: { read: ['CONFIG#'] } },
});

export const PutCommittee = route({
  id: 'PutCommittee',
  method: 'PUT',
  path: '/admin/committees/{id}',
  tag: 'admin',
  summary: 'Create or update a committee (logged)',
  entry: 'admin/put-committee.ts',
  audience: 'staff',
  roles: ['admin'],
  access: 'Admins',
  request: {
    params: z.object({ id: z.string().check(z.regex(/^[a-z0-9-]{2,40}$/)) }),
    body: putCommitteeRequest,
  },
  ok: { 200: { description: 'Saved', json: committee } },
  needs: { table: { write: ['CONFIG#', 'ADMINLOG'] } },
});
