/** The case page's data, as the API returns it (shared/api/routes/cases.ts). */
import type { ResponseOf } from '../../../shared/api/route-def.js';
import type { GetCase, GetPrintJobs } from '../../../shared/api/routes/cases.js';
import type { ActionName } from '../../../shared/domain/actions.js';
import type { Procedure } from '../forms.js';

export type CaseDetail = ResponseOf<typeof GetCase>;
export type CaseJson = Exclude<CaseDetail['case'], { summaryOnly: true }>;
export type ClaimSummaryJson = Extract<CaseDetail['case'], { summaryOnly: true }>;
export type Deadline = CaseJson['deadlines'][number];
export type PrintJobJson = ResponseOf<typeof GetPrintJobs>['items'][number];

/** The full case as its workers read it, with the procedure the forms are built from. */
export interface WorkedCase {
  case: CaseJson;
  allowedActions: ActionName[];
  rejectionGrounds: Procedure['outcomes'];
  procedure: Procedure & { label: { vi: string; en: string } };
}

/**
 * An audit event as stored (shared/audit/chain.ts). The route returns events unparsed so a damaged
 * trail can still be read; verify, shown beside it, says where it breaks.
 */
export interface AuditLine {
  at: string;
  actor: { id: string; role: string } | string;
  action: string;
  from: string | null;
  to: string | null;
  data: Record<string, unknown>;
}
