/**
 * Every HTTP route, declared once (DESIGN.md §4): method, path, audience, the schemas of each part
 * of the request and of each answer, who may call it, and what its code touches. The handler factory
 * validates against it, the OpenAPI document is generated from it, the CDK app grants from it, the
 * local gateway serves it, and the local runtime refuses any table key it does not declare.
 */
import * as z from 'zod';
import type { StaffRole } from '../domain/actor.js';
import type { KeyPrefix } from '../store/keys.js';
import * as c from './contracts.js';
import { type RouteDef, route } from './route-def.js';

/** Roles by what they do with cases (shared/auth/access.ts holds the object-level rules). */
const CASE_ROLES = ['intake', 'investigator', 'chair'] as const satisfies readonly StaffRole[];
const AUDIT_ROLES = [...CASE_ROLES, 'auditor'] as const satisfies readonly StaffRole[];

const caseId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/)
  .meta({ description: 'The case id (a UUID)' });
const receipt = z
  .string()
  .regex(/^[0-9A-Za-z -]{1,64}$/)
  .meta({ description: 'The receipt code given once at filing (25 characters in five groups)' });
const documentId = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({ description: 'A rendered document: its SHA-256' });
const opaqueId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/);
const username = z.string().regex(/^[a-z0-9._-]{2,64}$/);

const caseParams = z.object({ id: caseId });
const receiptParams = z.object({ receipt });

/** A retry with the same key and body gets the first answer; the same key with another body gets 422. */
const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{8,200}$/, { message: 'invalid_format' })
  .meta({ description: '8–200 visible ASCII characters, new for each filing; reused on a retry' });

/** An optional key on the other public writes: a retry gets the first answer. */
const optionalKey = z.object({ 'idempotency-key': idempotencyKey.optional() });

const CASE_READ: readonly KeyPrefix[] = ['CASE#'];
const RECEIPT_READ: readonly KeyPrefix[] = ['RCPT#', 'CASE#'];

export const PostCase = route({
  id: 'PostCase',
  method: 'POST',
  path: '/public/cases',
  tag: 'public',
  summary: 'File a case (any kind); returns the receipt once',
  entry: 'public/post-case.ts',
  audience: 'public',
  access: 'Anyone; limited per client and in all per hour',
  request: {
    headers: z.object({ 'idempotency-key': idempotencyKey }),
    body: c.submitCaseRequest,
  },
  ok: {
    200: {
      description: 'A retry with the same Idempotency-Key and body: the first answer',
      json: c.submitCaseResponse,
    },
    201: { description: 'Filed', json: c.submitCaseResponse },
  },
  errors: {
    400: 'No Idempotency-Key, malformed JSON or invalid UTF-8',
    409: 'A cited attachment is being filed by another request (retry)',
    429: 'Too many filings from this client, or in all (see Retry-After)',
  },
  needs: {
    table: {
      read: ['CONFIG#', 'STAFF#'],
      write: ['CASE#', 'CASES#', 'RCPT#', 'REF#', 'ATT#', 'IDEM#', 'RATE#'],
    },
    attachments: 'file',
    vault: 'seal',
    receiptSecret: true,
    workflow: { start: true },
  },
});

export const GetPublicCase = route({
  id: 'GetPublicCase',
  method: 'GET',
  path: '/public/cases/{receipt}',
  tag: 'public',
  summary: 'Track a case by its receipt',
  entry: 'public/get-case.ts',
  audience: 'public',
  access: 'Whoever holds the receipt; wrong receipts are counted per client',
  request: { params: receiptParams },
  ok: { 200: { description: 'The public view', json: c.trackCaseResponse } },
  errors: { 404: 'Unknown receipt', 429: 'Too many wrong receipts from this client (see Retry-After)' },
  needs: { table: { read: RECEIPT_READ, write: ['RATE#'] }, receiptSecret: true },
});

export const PostAttachment = route({
  id: 'PostAttachment',
  method: 'POST',
  path: '/public/attachments',
  tag: 'public',
  summary: 'Reserve an upload (PDF, JPEG, PNG ≤ 10 MB): a signed URL and the headers to PUT with',
  entry: 'public/post-attachment.ts',
  audience: 'public',
  access: 'Anyone; limited per client and in all per hour',
  request: { headers: optionalKey, body: c.attachmentRequestSchema },
  ok: { 201: { description: 'The reservation', json: c.attachmentResponse } },
  errors: {
    409: 'A request with this Idempotency-Key is still running',
    429: 'Too many reservations from this client, or in all (see Retry-After)',
  },
  needs: { table: { write: ['ATT#', 'RATE#', 'IDEM#'] }, attachments: 'upload' },
  idempotent: true,
});

export const PostMessage = route({
  id: 'PostMessage',
  method: 'POST',
  path: '/public/cases/{receipt}/messages',
  tag: 'public',
  summary: 'Send a message (and documents) to the committee through the receipt',
  entry: 'public/post-message.ts',
  audience: 'public',
  access: 'Whoever holds the receipt',
  request: { params: receiptParams, headers: optionalKey, body: c.filerMessageRequest },
  ok: { 201: { description: 'Sent', json: c.filerMessageResponse } },
  errors: {
    404: 'Unknown receipt',
    409: 'The case is closed, an attachment is being filed by another request, or a request with this Idempotency-Key is still running',
    429: 'Too many wrong receipts from this client (see Retry-After)',
    503: 'Busy with other messages on this case; retry (see Retry-After)',
  },
  needs: {
    table: { read: ['RCPT#'], write: ['CASE#', 'ATT#', 'RATE#', 'IDEM#'] },
    receiptSecret: true,
    attachments: 'file',
  },
  idempotent: true,
});

export const PostWithdraw = route({
  id: 'PostWithdraw',
  method: 'POST',
  path: '/public/cases/{receipt}/withdraw',
  tag: 'public',
  summary: 'Withdraw a case before its decision (a denunciation after acceptance goes to the chair)',
  entry: 'public/post-withdraw.ts',
  audience: 'public',
  access: 'Whoever holds the receipt',
  request: { params: receiptParams, headers: optionalKey, body: c.withdrawRequest },
  ok: { 200: { description: 'The status after the withdrawal', json: c.withdrawResponse } },
  errors: {
    404: 'Unknown receipt',
    409: 'Already decided, a withdrawal is waiting, or a request with this Idempotency-Key is still running',
    429: 'Too many wrong receipts from this client (see Retry-After)',
    503: 'Busy with another change to this case; retry (see Retry-After)',
  },
  needs: {
    table: { read: ['RCPT#'], write: ['CASE#', 'CASES#', 'RATE#', 'IDEM#'] },
    receiptSecret: true,
    workflow: { start: true, callback: true },
  },
  idempotent: true,
});

export const GetDeadlines = route({
  id: 'GetDeadlines',
  method: 'GET',
  path: '/public/deadlines',
  tag: 'public',
  summary: 'Deadlines the profile in force gives a kind of case',
  entry: 'public/get-deadlines.ts',
  audience: 'public',
  access: 'Anyone',
  request: { query: c.deadlinesQuery },
  ok: { 200: { description: 'Deadlines', json: c.deadlinesResponse } },
  errors: { 422: 'Invalid query, or a date outside the dates any profile serves (the detail names them)' },
  needs: {},
  cache: true,
});

export const GetPublicCommittees = route({
  id: 'GetPublicCommittees',
  method: 'GET',
  path: '/public/committees',
  tag: 'public',
  summary: 'The bodies a citizen can file with, and the procedure each follows',
  entry: 'public/get-committees.ts',
  audience: 'public',
  access: 'Anyone',
  request: {},
  ok: { 200: { description: 'Committees', json: c.publicCommitteesResponse } },
  needs: { table: { read: ['CONFIG#'] } },
  cache: true,
});

export const GetOpenApi = route({
  id: 'GetOpenApi',
  method: 'GET',
  path: '/openapi.json',
  tag: 'public',
  summary: 'This document',
  entry: 'public/get-openapi.ts',
  audience: 'public',
  access: 'Anyone',
  request: {},
  ok: { 200: { description: 'OpenAPI 3.1', json: c.openApiResponse } },
  needs: {},
  cache: true,
});

export const GetPublicDocument = route({
  id: 'GetPublicDocument',
  method: 'GET',
  path: '/public/cases/{receipt}/documents/{documentId}',
  tag: 'public',
  summary:
    'The decision (or notice) addressed to the filer, as PDF; its SHA-256 equals the decision’s documentHash',
  entry: 'public/get-document.ts',
  audience: 'public',
  access: 'Whoever holds the receipt: documents addressed to the filer only',
  request: { params: z.object({ receipt, documentId }) },
  ok: { 200: { description: 'The PDF', pdf: true } },
  errors: {
    404: 'Unknown receipt, or no such document addressed to the filer of this case',
    429: 'Too many wrong receipts from this client (see Retry-After)',
  },
  needs: { table: { read: RECEIPT_READ, write: ['RATE#'] }, receiptSecret: true, documents: 'read' },
});

export const GetMetrics = route({
  id: 'GetMetrics',
  method: 'GET',
  path: '/metrics',
  tag: 'leadership',
  summary:
    'Leadership figures for a period (default: this quarter): headline with the 85 % target, 12-month trend, backlog by age, by kind, field and outcome; counts of 1–4 shown as "<5" outside the reader’s committees',
  entry: 'leadership/get-metrics.ts',
  audience: 'staff',
  roles: ['leadership'],
  access: 'Leadership',
  request: { query: c.metricsQuery },
  ok: { 200: { description: 'The figures', json: c.metricsResponse } },
  needs: { table: { read: ['METRIC#', 'CONFIG#', 'OVERDUE#'] } },
});

export const GetReport = route({
  id: 'GetReport',
  method: 'GET',
  path: '/reports/{period}',
  tag: 'leadership',
  summary:
    'The periodic report (quarter, 6, 9 or 12 months), a row per kind and a total; CSV with format=csv',
  entry: 'leadership/get-report.ts',
  audience: 'staff',
  roles: ['leadership'],
  access: 'Leadership',
  request: { params: z.object({ period: c.reportPeriodId }), query: c.reportQuery },
  ok: { 200: { description: 'The report', json: c.reportResponse, csv: true } },
  needs: { table: { read: ['METRIC#', 'CONFIG#'] } },
});

export const ListCases = route({
  id: 'ListCases',
  method: 'GET',
  path: '/cases',
  tag: 'cases',
  summary: 'A committee queue at a stage, my work, the overdue cases or those due this week, by due date',
  entry: 'staff/list-cases.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access:
    'Case roles of the committee; an investigator sees the cases assigned to them and those they may claim',
  request: { query: c.queueQuery },
  ok: { 200: { description: 'A page', json: c.queueResponse } },
  needs: { table: { read: ['QUEUE#', 'ASSIGNEE#', 'OPEN#', 'OVERDUE#', 'CASE#'] } },
});

export const GetCase = route({
  id: 'GetCase',
  method: 'GET',
  path: '/cases/{id}',
  tag: 'cases',
  summary: 'Case detail (identity redacted) with the caller’s allowed actions',
  entry: 'staff/get-case.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access: 'Case roles of the committee, not excluded or recused; a claimable case as a redacted summary',
  request: { params: caseParams },
  ok: { 200: { description: 'The case', json: c.caseDetailResponse } },
  errors: { 404: 'No such case (or excluded from it)' },
  needs: { table: { read: CASE_READ } },
});

export const PostAction = route({
  id: 'PostAction',
  method: 'POST',
  path: '/cases/{id}/actions',
  tag: 'cases',
  summary: 'Act on a case',
  entry: 'staff/post-action.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access: 'By action, stage and role (the transition table); dual control on decisions',
  request: { params: caseParams, body: c.actionRequest },
  ok: { 200: { description: 'The case after the action', json: c.actionResponse } },
  errors: {
    404: 'No such case (or excluded from it)',
    409: 'Stale version, action not allowed in this stage, or approve_decision naming a draft that is not the current one',
    503: 'The decision document could not be rendered, or the case is busy; nothing was written (see Retry-After)',
  },
  needs: {
    table: { read: ['CONFIG#', 'STAFF#'], write: ['CASE#', 'CASES#', 'REF#', 'REGISTER#', 'RCPT#'] },
    workflow: { start: true, callback: true },
    renderer: true,
  },
});

export const GetAttachment = route({
  id: 'GetAttachment',
  method: 'GET',
  path: '/cases/{id}/attachments/{attachmentId}',
  tag: 'cases',
  summary: 'A short-lived download link for a document of the case',
  entry: 'staff/get-attachment.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access: 'Who may read the case',
  request: { params: z.object({ id: caseId, attachmentId: opaqueId }), query: c.attachmentLinkQuery },
  ok: { 200: { description: 'The link', json: c.attachmentLinkResponse } },
  errors: { 404: 'No such case or attachment' },
  needs: { table: { read: CASE_READ }, attachments: 'read' },
});

export const RevealIdentity = route({
  id: 'RevealIdentity',
  method: 'POST',
  path: '/cases/{id}/identity/reveal',
  tag: 'cases',
  summary: 'Reveal the filer’s identity (chair only, with a reason; audited before anything is decrypted)',
  entry: 'staff/post-reveal.ts',
  audience: 'staff',
  roles: ['chair'],
  access: 'The chair of the case’s committee, not excluded',
  request: { params: caseParams, body: c.revealRequest },
  ok: { 200: { description: 'The identity', json: c.revealResponse } },
  errors: { 404: 'No such case, or no identity stored (anonymous)', 503: 'Busy; retry (see Retry-After)' },
  needs: { table: { write: ['CASE#'] }, vault: 'open' },
});

export const GetDocuments = route({
  id: 'GetDocuments',
  method: 'GET',
  path: '/cases/{id}/documents',
  tag: 'cases',
  summary: 'The case’s documents: draft PDFs, the issued decision, notices (each by its SHA-256)',
  entry: 'staff/get-documents.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access: 'Who may read the case',
  request: { params: caseParams },
  ok: { 200: { description: 'Documents', json: c.documentsResponse } },
  errors: { 404: 'No such case' },
  needs: { table: { read: CASE_READ } },
});

export const GetDocument = route({
  id: 'GetDocument',
  method: 'GET',
  path: '/cases/{id}/documents/{documentId}',
  tag: 'cases',
  summary: 'A document of the case as PDF; its SHA-256 is its id (also in X-Content-SHA256)',
  entry: 'staff/get-document.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access: 'Who may read the case',
  request: { params: z.object({ id: caseId, documentId }) },
  ok: { 200: { description: 'The PDF', pdf: true } },
  errors: { 404: 'No such case or document' },
  needs: { table: { read: CASE_READ }, documents: 'read' },
});

export const GetPrintJobs = route({
  id: 'GetPrintJobs',
  method: 'GET',
  path: '/cases/{id}/print-jobs',
  tag: 'cases',
  summary: 'Letters waiting to be printed for a case; addressees by reference only',
  entry: 'staff/get-print-jobs.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access: 'Who may read the case',
  request: { params: caseParams },
  ok: { 200: { description: 'Print jobs', json: c.printJobsResponse } },
  errors: { 404: 'No such case' },
  needs: { table: { read: CASE_READ } },
});

export const PrintLetter = route({
  id: 'PrintLetter',
  method: 'POST',
  path: '/cases/{id}/print-jobs/{jobId}/print',
  tag: 'cases',
  summary: 'Print a letter: reveals its addressee (chair only, with a reason; audited as letter_print first)',
  entry: 'staff/post-print.ts',
  audience: 'staff',
  roles: ['chair'],
  access: 'The chair of the case’s committee, not excluded',
  request: { params: z.object({ id: caseId, jobId: opaqueId }), body: c.revealRequest },
  ok: { 200: { description: 'The letter with its addressee', json: c.printLetterResponse } },
  errors: { 404: 'No such case or letter', 503: 'Busy; retry (see Retry-After)' },
  needs: { table: { write: ['CASE#'] }, vault: 'open' },
});

export const GetAudit = route({
  id: 'GetAudit',
  method: 'GET',
  path: '/cases/{id}/audit',
  tag: 'cases',
  summary: 'The audit events of a case, in order, as stored',
  entry: 'staff/get-audit.ts',
  audience: 'staff',
  roles: AUDIT_ROLES,
  access: 'Case roles who may read the case, and auditors of the committee',
  request: { params: caseParams },
  ok: { 200: { description: 'Events', json: c.auditEventsResponse } },
  errors: { 404: 'No such case' },
  needs: { table: { read: CASE_READ } },
});

export const VerifyAudit = route({
  id: 'VerifyAudit',
  method: 'GET',
  path: '/cases/{id}/audit/verify',
  tag: 'cases',
  summary:
    'Verify the audit trail: the hash chain, the head on the case and the signed checkpoints. A tampered or malformed trail is valid: false with firstBadSeq, never an error',
  entry: 'staff/get-audit-verify.ts',
  audience: 'staff',
  roles: AUDIT_ROLES,
  access: 'Case roles who may read the case, and auditors of the committee',
  request: { params: caseParams },
  ok: { 200: { description: 'The verdict', json: c.auditVerifyResponse } },
  errors: { 404: 'No such case' },
  needs: { table: { read: CASE_READ }, checkpoints: 'read' },
});

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
  ok: { 200: { description: 'Staff', json: c.staffListResponse } },
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
  request: { params: z.object({ username }), body: c.putStaffRequest },
  ok: {
    200: { description: 'Updated', json: c.putStaffResponse },
    201: { description: 'Created', json: c.putStaffResponse },
    202: {
      description:
        'Applied except a grant of chair or admin (or a new committee for a chair), which waits for a second admin: see pendingGrant',
      json: c.putStaffResponse,
    },
  },
  errors: {
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
  ok: { 201: { description: 'Reset', json: c.passwordResetResponse } },
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
  ok: { 200: { description: 'Pending grants', json: c.grantsResponse } },
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
  ok: { 200: { description: 'Approved and applied', json: c.grant } },
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
  ok: { 200: { description: 'The log', json: c.adminLogResponse } },
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
  ok: { 200: { description: 'The verdict', json: c.auditVerifyResponse } },
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
  ok: { 200: { description: 'Committees', json: c.committeesResponse } },
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
  request: { params: z.object({ id: z.string().regex(/^[a-z0-9-]{2,40}$/) }), body: c.putCommitteeRequest },
  ok: { 200: { description: 'Saved', json: c.committee } },
  needs: { table: { write: ['CONFIG#', 'ADMINLOG'] } },
});

export const routes = [
  PostCase,
  GetPublicCase,
  PostAttachment,
  PostMessage,
  PostWithdraw,
  GetDeadlines,
  GetPublicCommittees,
  GetOpenApi,
  GetPublicDocument,
  GetMetrics,
  GetReport,
  ListCases,
  GetCase,
  PostAction,
  GetAttachment,
  RevealIdentity,
  GetDocuments,
  GetDocument,
  GetPrintJobs,
  PrintLetter,
  GetAudit,
  VerifyAudit,
  GetStaff,
  PutStaff,
  PostPasswordReset,
  GetGrants,
  ApproveGrant,
  GetAdminLog,
  VerifyAdminLog,
  GetCommittees,
  PutCommittee,
] as const satisfies readonly RouteDef[];
