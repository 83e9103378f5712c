/**
 * The OpenAPI 3.1 document, generated from the zod contracts (JSON Schema 2020-12 is OpenAPI 3.1's
 * dialect), so the published contract cannot drift from the validation.
 */
import * as z from 'zod';
import * as c from './contracts.js';

const schema = (s: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' });

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({
  'application/json': { schema: schema(s, io) },
});

const errors = {
  '400': problemResponse('Malformed JSON'),
  '413': problemResponse('Body too large'),
  '415': problemResponse('Not JSON'),
  '422': problemResponse('Invalid input, with the field errors'),
  '429': problemResponse('Rate limited; see Retry-After'),
};
const staffErrors = {
  ...errors,
  '401': problemResponse('No or invalid access token'),
  '403': problemResponse('Role, committee or recusal'),
  '404': problemResponse('No such case'),
};

/** A rendered document: its SHA-256 is its id. */
const documentIdParam = {
  name: 'documentId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
};
const pdfBody = {
  description: 'The PDF',
  content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
};

const queryParams = (s: z.ZodObject) =>
  Object.entries(s.shape).map(([name, v]) => ({
    name,
    in: 'query',
    required: !(v as z.ZodType).safeParse(undefined).success,
    schema: schema(v as z.ZodType, 'input'),
  }));

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Công Minh API',
      version: '0.1.0',
      description:
        'Complaints, denunciations, petitions and disputes: public intake and tracking, staff case work. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { staff: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: schema(c.problem) },
    },
    paths: {
      '/public/cases': {
        post: {
          summary: 'File a case (any kind); returns the receipt once',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', maxLength: 200 },
            },
          ],
          requestBody: { required: true, content: json(c.submitCaseRequest, 'input') },
          responses: { '201': { description: 'Filed', content: json(c.submitCaseResponse) }, ...errors },
        },
      },
      '/public/cases/{receipt}': {
        get: {
          summary: 'Track a case by its receipt',
          parameters: [{ name: 'receipt', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Public view', content: json(c.trackCaseResponse) },
            '404': problemResponse('Unknown receipt'),
            ...errors,
          },
        },
      },
      '/public/cases/{receipt}/messages': {
        post: {
          summary: 'Send a message (and documents) to the committee through the receipt',
          parameters: [{ name: 'receipt', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(c.filerMessageRequest, 'input') },
          responses: {
            '201': { description: 'Sent' },
            '404': problemResponse('Unknown receipt'),
            '409': problemResponse('The case is closed'),
            ...errors,
          },
        },
      },
      '/public/cases/{receipt}/withdraw': {
        post: {
          summary: 'Withdraw a case before its decision (a denunciation after acceptance goes to the chair)',
          parameters: [{ name: 'receipt', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(c.withdrawRequest, 'input') },
          responses: {
            '200': { description: 'The status after the withdrawal', content: json(c.withdrawResponse) },
            '404': problemResponse('Unknown receipt'),
            '409': problemResponse('Already decided, or a withdrawal is waiting'),
            ...errors,
          },
        },
      },
      '/public/attachments': {
        post: {
          summary:
            'Reserve an upload (PDF, JPEG, PNG ≤ 10 MB): returns a signed URL and the headers to PUT with',
          requestBody: { required: true, content: json(c.attachmentRequestSchema, 'input') },
          responses: {
            '201': { description: 'The reservation', content: json(c.attachmentResponse) },
            ...errors,
          },
        },
      },
      '/public/committees': {
        get: {
          summary: 'The bodies a citizen can file with, and the procedure each follows',
          responses: { '200': { description: 'Committees', content: json(c.publicCommitteesResponse) } },
        },
      },
      '/public/deadlines': {
        get: {
          summary: 'Deadlines the profile in force gives a kind of case',
          parameters: queryParams(c.deadlinesQuery),
          responses: { '200': { description: 'Deadlines', content: json(c.deadlinesResponse) }, ...errors },
        },
      },
      '/metrics': {
        get: {
          summary:
            'Leadership figures for a period (default: this quarter): headline with the 85 % target, 12-month trend, backlog by age, by kind, field and outcome; counts of 1–4 shown as "<5" outside the reader’s committees',
          security: [{ staff: [] }],
          parameters: queryParams(c.metricsQuery),
          responses: { '200': { description: 'The figures' }, ...staffErrors },
        },
      },
      '/reports/{period}': {
        get: {
          summary:
            'The periodic report (quarter, 6, 9 or 12 months), a row per kind and a total; CSV with format=csv',
          security: [{ staff: [] }],
          parameters: [
            { name: 'period', in: 'path', required: true, schema: schema(c.reportPeriodId, 'input') },
            ...queryParams(c.reportQuery),
          ],
          responses: {
            '200': { description: 'The report (application/json or text/csv)' },
            ...staffErrors,
          },
        },
      },
      '/cases': {
        get: {
          summary: 'A committee queue at a stage, by due date',
          security: [{ staff: [] }],
          parameters: queryParams(c.queueQueryShape),
          responses: { '200': { description: 'A page', content: json(c.queueResponse) }, ...staffErrors },
        },
      },
      '/cases/{id}': {
        get: {
          summary: 'Case detail (identity redacted) with the caller’s allowed actions',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'Case', content: json(c.caseDetailResponse) }, ...staffErrors },
        },
      },
      '/cases/{id}/actions': {
        post: {
          summary: 'Act on a case',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(c.actionRequest, 'input') },
          responses: {
            '200': { description: 'The case after the action', content: json(c.actionResponse) },
            '409': problemResponse(
              'Stale version, action not allowed in this stage, or approve_decision naming a draft that is not the current one',
            ),
            '503': problemResponse(
              'The decision document could not be rendered; nothing was written (see Retry-After)',
            ),
            ...staffErrors,
          },
        },
      },
      '/admin/staff': {
        get: {
          summary: 'Staff, with roles and committees (admin)',
          security: [{ staff: [] }],
          responses: { '200': { description: 'Staff' }, ...staffErrors },
        },
      },
      '/admin/staff/{username}': {
        put: {
          summary: 'Create or update a staff member (admin; logged)',
          security: [{ staff: [] }],
          parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(c.putStaffRequest, 'input') },
          responses: {
            '200': { description: 'Updated' },
            '201': { description: 'Created' },
            '202': {
              description:
                'Applied except a grant of chair or admin (or a new committee for a chair), which waits for a second admin: see pendingGrant',
            },
            ...staffErrors,
            '422': problemResponse(
              'Invalid body; initialPassword on an existing account (use_password_reset) or missing on a new one',
            ),
          },
        },
      },
      '/admin/staff/{username}/password-reset': {
        post: {
          summary:
            'Reset a password (admin; logged): locally returns a temporary password that must be changed at the next sign-in; in AWS Cognito sends its reset code',
          security: [{ staff: [] }],
          parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '201': { description: 'Reset' }, ...staffErrors },
        },
      },
      '/admin/grants': {
        get: {
          summary: 'Grants waiting for a second admin (two-person rule)',
          security: [{ staff: [] }],
          responses: { '200': { description: 'Pending grants' }, ...staffErrors },
        },
      },
      '/admin/grants/{grantId}/approve': {
        post: {
          summary:
            'Approve a pending grant (an admin other than the requester and the grantee; logged). 409 if already decided or the member changed since',
          security: [{ staff: [] }],
          parameters: [{ name: 'grantId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Approved and applied' },
            '409': problemResponse('Already decided, or the member changed since it was requested'),
            ...staffErrors,
          },
        },
      },
      '/cases/{id}/print-jobs': {
        get: {
          summary:
            'Letters waiting to be printed for a case; addressees by reference only (filer, party:<i>, accused, respondent)',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Print jobs', content: json(c.printJobsResponse) },
            ...staffErrors,
          },
        },
      },
      '/cases/{id}/print-jobs/{jobId}/print': {
        post: {
          summary:
            'Print a letter: reveals its addressee (chair only, with a reason; audited as letter_print before anything is decrypted)',
          security: [{ staff: [] }],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'jobId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: json(c.revealRequest, 'input') },
          responses: {
            '200': { description: 'The letter with its addressee', content: json(c.printLetterResponse) },
            ...staffErrors,
          },
        },
      },
      '/admin/log': {
        get: {
          summary: 'The admin log: every change to staff and committees, hash-chained (admin, auditor)',
          security: [{ staff: [] }],
          responses: { '200': { description: 'Log', content: json(c.adminLogResponse) }, ...staffErrors },
        },
      },
      '/admin/log/verify': {
        get: {
          summary: 'Verify the admin log against its head and the signed checkpoints (admin, auditor)',
          security: [{ staff: [] }],
          responses: {
            '200': { description: 'Verdict', content: json(c.auditVerifyResponse) },
            ...staffErrors,
          },
        },
      },
      '/admin/committees': {
        get: {
          summary: 'Committees and their procedure profiles (admin)',
          security: [{ staff: [] }],
          responses: { '200': { description: 'Committees' }, ...staffErrors },
        },
      },
      '/admin/committees/{id}': {
        put: {
          summary: 'Create or update a committee (admin; logged)',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(c.putCommitteeRequest, 'input') },
          responses: { '200': { description: 'Saved' }, ...staffErrors },
        },
      },
      '/cases/{id}/attachments/{attachmentId}': {
        get: {
          summary: 'A short-lived download link for a document of the case',
          security: [{ staff: [] }],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'url, fileName, contentType, size' }, ...staffErrors },
        },
      },
      '/cases/{id}/identity/reveal': {
        post: {
          summary: 'Reveal the filer’s identity (chair only, with a reason; audited)',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(c.revealRequest, 'input') },
          responses: { '200': { description: 'The identity' }, ...staffErrors },
        },
      },
      '/cases/{id}/documents': {
        get: {
          summary: 'The case’s documents: draft PDFs, the issued decision, notices (each by its SHA-256)',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Documents', content: json(c.documentsResponse) },
            ...staffErrors,
          },
        },
      },
      '/cases/{id}/documents/{documentId}': {
        get: {
          summary: 'A document of the case as PDF; its SHA-256 is its id (also in X-Content-SHA256)',
          security: [{ staff: [] }],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            documentIdParam,
          ],
          responses: {
            '200': pdfBody,
            ...staffErrors,
          },
        },
      },
      '/public/cases/{receipt}/documents/{documentId}': {
        get: {
          summary:
            'The decision (or notice) addressed to the filer, as PDF; its SHA-256 equals the decision’s documentHash',
          parameters: [
            { name: 'receipt', in: 'path', required: true, schema: { type: 'string' } },
            documentIdParam,
          ],
          responses: {
            '200': pdfBody,
            '404': problemResponse(
              'Unknown receipt, or no such document addressed to the filer of this case',
            ),
            ...errors,
          },
        },
      },
      '/cases/{id}/audit': {
        get: {
          summary: 'The audit events of a case, in order',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'Events as stored (an event that does not parse is returned as it is)',
            },
            ...staffErrors,
          },
        },
      },
      '/cases/{id}/audit/verify': {
        get: {
          summary:
            'Verify the audit trail: the hash chain, the head on the case and the signed checkpoints. A tampered or malformed trail is valid: false with firstBadSeq, never an error',
          security: [{ staff: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Verdict', content: json(c.auditVerifyResponse) },
            ...staffErrors,
          },
        },
      },
    },
  };
}
