import * as z from 'zod/mini';
import type { KeyPrefix } from '../../store/keys.js';
import {
  attachmentRequestSchema,
  attachmentResponse,
  deadlinesQuery,
  deadlinesResponse,
  filerMessageRequest,
  filerMessageResponse,
  openApiResponse,
  publicCommitteesResponse,
  submitCaseRequest,
  submitCaseResponse,
  trackCaseResponse,
  withdrawRequest,
  withdrawResponse,
} from '../contracts/public.js';
import { route } from '../route-def.js';
import { documentId, idempotencyKey } from './common.js';

const receipt = z
  .string()
  .check(
    z.regex(/^[0-9A-Za-z -]{1,64}$/),
    z.meta({ description: 'The receipt code given once at filing (25 characters in five groups)' }),
  );

const receiptParams = z.object({ receipt });

/** An optional key on the other public writes: a retry gets the first answer. */
const optionalKey = z.object({ 'idempotency-key': z.optional(idempotencyKey) });

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
    body: submitCaseRequest,
  },
  ok: {
    200: {
      description: 'A retry with the same Idempotency-Key and body: the first answer',
      json: submitCaseResponse,
    },
    201: { description: 'Filed', json: submitCaseResponse },
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
  ok: { 200: { description: 'The public view', json: trackCaseResponse } },
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
  request: { headers: optionalKey, body: attachmentRequestSchema },
  ok: { 201: { description: 'The reservation', json: attachmentResponse } },
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
  request: { params: receiptParams, headers: optionalKey, body: filerMessageRequest },
  ok: { 201: { description: 'Sent', json: filerMessageResponse } },
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
  request: { params: receiptParams, headers: optionalKey, body: withdrawRequest },
  ok: { 200: { description: 'The status after the withdrawal', json: withdrawResponse } },
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
  request: { query: deadlinesQuery },
  ok: { 200: { description: 'Deadlines', json: deadlinesResponse } },
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
  ok: { 200: { description: 'Committees', json: publicCommitteesResponse } },
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
  ok: { 200: { description: 'OpenAPI 3.1', json: openApiResponse } },
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
