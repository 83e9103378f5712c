/**
 * Every HTTP route, declared once (DESIGN.md §4): method, path, audience, the schemas of each part
 * of the request and of each answer, who may call it, and what its code touches. The handler factory
 * validates against it, the OpenAPI document is generated from it, the CDK app grants from it, the
 * local gateway serves it, and the local runtime refuses any table key it does not declare.
 *
 * The routes live in one module per audience (routes/*.ts) so that a function's bundle builds only
 * its own route's schemas (DESIGN.md §7, cold path); this module gathers them into the table.
 */
import type { RouteDef } from './route-def.js';
import {
  ApproveGrant,
  GetAdminLog,
  GetCommittees,
  GetGrants,
  GetStaff,
  PostPasswordReset,
  PutCommittee,
  PutStaff,
  VerifyAdminLog,
} from './routes/admin.js';
import {
  GetAttachment,
  GetAudit,
  GetCase,
  GetDocument,
  GetDocuments,
  GetEligibleStaff,
  GetPrintJobs,
  GetQueueCounts,
  ListCases,
  PostAction,
  PrintLetter,
  RevealIdentity,
  VerifyAudit,
} from './routes/cases.js';
import { GetReceptionRegister, PostDeskCase } from './routes/desk.js';
import { GetMetrics, GetReport } from './routes/leadership.js';
import {
  GetDeadlines,
  GetOpenApi,
  GetPublicCase,
  GetPublicCommittees,
  GetPublicDocument,
  PostAttachment,
  PostCase,
  PostMessage,
  PostWithdraw,
} from './routes/public.js';

export * from './routes/admin.js';
export * from './routes/cases.js';
export * from './routes/leadership.js';
export * from './routes/public.js';

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
  GetQueueCounts,
  PostDeskCase,
  GetReceptionRegister,
  GetCase,
  PostAction,
  GetAttachment,
  GetEligibleStaff,
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
