import * as z from 'zod/mini';
import type { StaffRole } from '../../domain/actor.js';
import type { KeyPrefix } from '../../store/keys.js';
import {
  actionRequest,
  actionResponse,
  attachmentLinkQuery,
  attachmentLinkResponse,
  auditEventsResponse,
  auditQuery,
  caseDetailResponse,
  documentsResponse,
  eligibleStaffResponse,
  printJobsResponse,
  printLetterResponse,
  queueCountsParams,
  queueCountsResponse,
  queueQuery,
  queueResponse,
  revealRequest,
  revealResponse,
} from '../contracts/cases.js';
import { auditVerifyResponse } from '../contracts/common.js';
import { route } from '../route-def.js';
import { documentId, opaqueId } from './common.js';

/** Roles by what they do with cases (shared/auth/access.ts holds the object-level rules). */
const CASE_ROLES = ['intake', 'investigator', 'chair'] as const satisfies readonly StaffRole[];

const AUDIT_ROLES = [...CASE_ROLES, 'auditor'] as const satisfies readonly StaffRole[];

const caseId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9-]{1,64}$/), z.meta({ description: 'The case id (a UUID)' }));

const caseParams = z.object({ id: caseId });

const CASE_READ: readonly KeyPrefix[] = ['CASE#'];

export const ListCases = route({
  id: 'ListCases',
  method: 'GET',
  path: '/cases',
  tag: 'cases',
  summary:
    'A committee queue at a stage, my work, the overdue cases or those due this week, by due date; what I worked on that is decided or ended, the latest first; the case of a reference; or a search of the committee’s open cases by words (q) and filters (kind, field, risk, assignee, flag), alone or with a stage. Each page is one Query: a search page may hold fewer rows than the limit, with a cursor to the rest',
  entry: 'staff/list-cases.ts',
  audience: 'staff',
  roles: AUDIT_ROLES,
  access:
    'Case roles of the committee; an investigator sees the cases assigned to them and those they may claim; an auditor only finds a case of the committee by its reference (to read its trail), naming nobody',
  request: { query: queueQuery },
  ok: { 200: { description: 'A page', json: queueResponse } },
  needs: { table: { read: ['QUEUE#', 'ASSIGNEE#', 'DONE#', 'OPEN#', 'OVERDUE#', 'FIND#', 'CASE#', 'REF#'] } },
});

export const GetQueueCounts = route({
  id: 'GetQueueCounts',
  method: 'GET',
  path: '/committees/{committee}/queue-counts',
  tag: 'cases',
  summary:
    'The counts beside the workspace’s tabs: the committee’s cases at each stage and overdue, from the projector’s counters (one Query of a few items), and the caller’s own live cases',
  entry: 'staff/get-queue-counts.ts',
  audience: 'staff',
  roles: CASE_ROLES,
  access:
    'Case roles of the committee; an investigator only sees the stages they work in (accepted) and their own',
  request: { params: queueCountsParams },
  ok: { 200: { description: 'The counts', json: queueCountsResponse } },
  errors: { 403: 'Not a member of that committee' },
  needs: { table: { read: ['METRIC#', 'ASSIGNEE#'] } },
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
  ok: { 200: { description: 'The case', json: caseDetailResponse } },
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
  request: { params: caseParams, body: actionRequest },
  ok: { 200: { description: 'The case after the action', json: actionResponse } },
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

export const GetEligibleStaff = route({
  id: 'GetEligibleStaff',
  method: 'GET',
  path: '/cases/{id}/eligible-staff',
  tag: 'cases',
  summary:
    'Who may be assigned to the case (with their live cases and overdue ones), and who is excluded and why',
  entry: 'staff/get-eligible-staff.ts',
  audience: 'staff',
  roles: ['chair'],
  access: 'The chair of the case’s committee, not excluded',
  request: { params: caseParams },
  ok: {
    200: { description: 'The eligible investigators, the least loaded first', json: eligibleStaffResponse },
  },
  errors: { 404: 'No such case (or excluded from it)' },
  needs: { table: { read: [...CASE_READ, 'STAFF#', 'ASSIGNEE#'] } },
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
  request: { params: z.object({ id: caseId, attachmentId: opaqueId }), query: attachmentLinkQuery },
  ok: { 200: { description: 'The link', json: attachmentLinkResponse } },
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
  request: { params: caseParams, body: revealRequest },
  ok: { 200: { description: 'The identity', json: revealResponse } },
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
  ok: { 200: { description: 'Documents', json: documentsResponse } },
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
  ok: { 200: { description: 'Print jobs', json: printJobsResponse } },
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
  request: { params: z.object({ id: caseId, jobId: opaqueId }), body: revealRequest },
  ok: { 200: { description: 'The letter with its addressee', json: printLetterResponse } },
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
  request: { params: caseParams, query: auditQuery },
  ok: {
    200: {
      description: 'Events; CSV with format=csv (one row per event)',
      json: auditEventsResponse,
      csv: true,
    },
  },
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
  ok: { 200: { description: 'The verdict', json: auditVerifyResponse } },
  errors: { 404: 'No such case' },
  needs: { table: { read: CASE_READ }, checkpoints: 'read' },
});
