/** Desk intake and the citizen-reception register (issue 13 §5). */
import * as z from 'zod/mini';
import {
  deskCaseRequest,
  deskCaseResponse,
  receptionRegisterParams,
  receptionRegisterQuery,
  receptionRegisterResponse,
} from '../contracts/desk.js';
import { route } from '../route-def.js';
import { idempotencyKey } from './common.js';

export const PostDeskCase = route({
  id: 'PostDeskCase',
  method: 'POST',
  path: '/cases',
  tag: 'cases',
  summary:
    'Record a case received by post, in person, by referral or through the suggestion box, on behalf of the person; the clocks start on the day it arrived',
  entry: 'staff/post-desk-case.ts',
  audience: 'staff',
  roles: ['intake'],
  access: 'A clerk (intake) of the committee the case is for; limited per clerk per hour',
  request: {
    headers: z.object({ 'idempotency-key': z.optional(idempotencyKey) }),
    body: deskCaseRequest,
  },
  ok: {
    200: {
      description: 'A retry with the same Idempotency-Key and body: the first answer',
      json: deskCaseResponse,
    },
    201: { description: 'Recorded: the receipt (shown once) and the register line', json: deskCaseResponse },
  },
  errors: {
    403: 'Not a clerk of that committee',
    409: 'A cited attachment is being filed by another request (retry)',
    429: 'Too many desk filings by this clerk, or in all (see Retry-After)',
  },
  needs: {
    table: {
      read: ['CONFIG#', 'STAFF#'],
      write: ['CASE#', 'CASES#', 'RCPT#', 'REF#', 'ATT#', 'IDEM#', 'RATE#', 'REGISTER#'],
    },
    attachments: 'file',
    vault: 'seal',
    receiptSecret: true,
    workflow: { start: true },
  },
});

export const GetReceptionRegister = route({
  id: 'GetReceptionRegister',
  method: 'GET',
  path: '/committees/{committee}/reception-register',
  tag: 'cases',
  summary:
    'The citizen-reception register for a period (Law on Citizen Reception art. 25(2)): number, date, name, address, content, prior handling, request, action; CSV with format=csv. Each export is entered in the admin log',
  entry: 'staff/get-reception-register.ts',
  audience: 'staff',
  roles: ['intake', 'chair'],
  access: 'A clerk (intake) or chair of the committee; at most 366 days at a time',
  request: { params: receptionRegisterParams, query: receptionRegisterQuery },
  ok: { 200: { description: 'The register’s lines, by number', json: receptionRegisterResponse, csv: true } },
  errors: { 403: 'Not a clerk or chair of that committee' },
  needs: { table: { read: ['REGISTER#', 'CASE#'], write: ['ADMINLOG'] }, vault: 'open' },
});
