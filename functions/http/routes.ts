/**
 * Every HTTP route and the function that serves it. The CDK API stack makes one Lambda per entry;
 * the local gateway imports the same modules.
 */
export interface Route {
  /** Stable id: the Lambda's construct id. */
  id: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Module under functions/http, exporting `handler`. */
  entry: string;
  auth: 'public' | 'staff';
}

export const routes: readonly Route[] = [
  { id: 'PostCase', method: 'POST', path: '/public/cases', entry: 'public/post-case.ts', auth: 'public' },
  {
    id: 'GetPublicCase',
    method: 'GET',
    path: '/public/cases/{receipt}',
    entry: 'public/get-case.ts',
    auth: 'public',
  },
  {
    id: 'PostAttachment',
    method: 'POST',
    path: '/public/attachments',
    entry: 'public/post-attachment.ts',
    auth: 'public',
  },
  {
    id: 'GetAttachment',
    method: 'GET',
    path: '/cases/{id}/attachments/{attachmentId}',
    entry: 'staff/get-attachment.ts',
    auth: 'staff',
  },
  {
    id: 'PostMessage',
    method: 'POST',
    path: '/public/cases/{receipt}/messages',
    entry: 'public/post-message.ts',
    auth: 'public',
  },
  {
    id: 'PostWithdraw',
    method: 'POST',
    path: '/public/cases/{receipt}/withdraw',
    entry: 'public/post-withdraw.ts',
    auth: 'public',
  },
  {
    id: 'GetDeadlines',
    method: 'GET',
    path: '/public/deadlines',
    entry: 'public/get-deadlines.ts',
    auth: 'public',
  },
  {
    id: 'GetPublicCommittees',
    method: 'GET',
    path: '/public/committees',
    entry: 'public/get-committees.ts',
    auth: 'public',
  },
  { id: 'GetOpenApi', method: 'GET', path: '/openapi.json', entry: 'public/get-openapi.ts', auth: 'public' },
  { id: 'GetMetrics', method: 'GET', path: '/metrics', entry: 'leadership/get-metrics.ts', auth: 'staff' },
  {
    id: 'GetReport',
    method: 'GET',
    path: '/reports/{period}',
    entry: 'leadership/get-report.ts',
    auth: 'staff',
  },
  { id: 'ListCases', method: 'GET', path: '/cases', entry: 'staff/list-cases.ts', auth: 'staff' },
  { id: 'GetCase', method: 'GET', path: '/cases/{id}', entry: 'staff/get-case.ts', auth: 'staff' },
  {
    id: 'RevealIdentity',
    method: 'POST',
    path: '/cases/{id}/identity/reveal',
    entry: 'staff/post-reveal.ts',
    auth: 'staff',
  },
  { id: 'GetStaff', method: 'GET', path: '/admin/staff', entry: 'admin/get-staff.ts', auth: 'staff' },
  {
    id: 'PutStaff',
    method: 'PUT',
    path: '/admin/staff/{username}',
    entry: 'admin/put-staff.ts',
    auth: 'staff',
  },
  {
    id: 'GetCommittees',
    method: 'GET',
    path: '/admin/committees',
    entry: 'admin/get-committees.ts',
    auth: 'staff',
  },
  {
    id: 'PutCommittee',
    method: 'PUT',
    path: '/admin/committees/{id}',
    entry: 'admin/put-committee.ts',
    auth: 'staff',
  },
  {
    id: 'PostAction',
    method: 'POST',
    path: '/cases/{id}/actions',
    entry: 'staff/post-action.ts',
    auth: 'staff',
  },
  {
    id: 'GetDocuments',
    method: 'GET',
    path: '/cases/{id}/documents',
    entry: 'staff/get-documents.ts',
    auth: 'staff',
  },
  {
    id: 'GetDocument',
    method: 'GET',
    path: '/cases/{id}/documents/{documentId}',
    entry: 'staff/get-document.ts',
    auth: 'staff',
  },
  {
    id: 'GetPublicDocument',
    method: 'GET',
    path: '/public/cases/{receipt}/documents/{documentId}',
    entry: 'public/get-document.ts',
    auth: 'public',
  },
  {
    id: 'GetPrintJobs',
    method: 'GET',
    path: '/cases/{id}/print-jobs',
    entry: 'staff/get-print-jobs.ts',
    auth: 'staff',
  },
  {
    id: 'PrintLetter',
    method: 'POST',
    path: '/cases/{id}/print-jobs/{jobId}/print',
    entry: 'staff/post-print.ts',
    auth: 'staff',
  },
  {
    id: 'PostPasswordReset',
    method: 'POST',
    path: '/admin/staff/{username}/password-reset',
    entry: 'admin/post-password-reset.ts',
    auth: 'staff',
  },
  { id: 'GetGrants', method: 'GET', path: '/admin/grants', entry: 'admin/get-grants.ts', auth: 'staff' },
  {
    id: 'ApproveGrant',
    method: 'POST',
    path: '/admin/grants/{grantId}/approve',
    entry: 'admin/post-grant-approve.ts',
    auth: 'staff',
  },
  { id: 'GetAdminLog', method: 'GET', path: '/admin/log', entry: 'admin/get-log.ts', auth: 'staff' },
  {
    id: 'VerifyAdminLog',
    method: 'GET',
    path: '/admin/log/verify',
    entry: 'admin/get-log-verify.ts',
    auth: 'staff',
  },
  { id: 'GetAudit', method: 'GET', path: '/cases/{id}/audit', entry: 'staff/get-audit.ts', auth: 'staff' },
  {
    id: 'VerifyAudit',
    method: 'GET',
    path: '/cases/{id}/audit/verify',
    entry: 'staff/get-audit-verify.ts',
    auth: 'staff',
  },
];
