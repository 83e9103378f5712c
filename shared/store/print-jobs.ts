/**
 * Letters waiting to be printed and posted, one per notice and addressee, kept on the case. A job
 * names its addressee by reference only; the printing view resolves it, and printing is a reveal.
 */
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { StoreContext } from './case-repository.js';
import { stripKeys } from './keys.js';

export const printJobSchema = z.object({
  jobId: z.string(),
  caseId: z.string(),
  reference: z.string(),
  noticeType: z.string(),
  audience: z.enum(['filer', 'respondent', 'chair']),
  /** `filer`, `party:<i>` (vault), `accused`, `respondent` (case). */
  recipient: z.string(),
  locale: z.enum(['vi', 'en']),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  printedAt: z.optional(z.string()),
  printedBy: z.optional(z.string()),
  prints: z._default(z.int(), 0),
});
export type PrintJob = z.infer<typeof printJobSchema>;

const PREFIX = 'PRINT#';
const jobKey = (caseId: string, jobId: string) => ({ PK: `CASE#${caseId}`, SK: `${PREFIX}${jobId}` });
/** Stable per notice and addressee: a retried delivery finds its job already there. */
export const printJobId = (noticeId: string, recipient: string) =>
  `${noticeId}-${recipient.replace(/[^a-z0-9]/gi, '')}`;

export async function putPrintJob(s: StoreContext, job: Omit<PrintJob, 'prints'>): Promise<void> {
  await s.db
    .send(
      new PutCommand({
        TableName: s.tableName,
        Item: { ...jobKey(job.caseId, job.jobId), entity: 'print_job', ...job, prints: 0 },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
    .catch((err: Error) => {
      if (err.name !== 'ConditionalCheckFailedException') throw err;
    });
}

export async function listPrintJobs(s: StoreContext, caseId: string): Promise<PrintJob[]> {
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':p': PREFIX },
    }),
  );
  return (out.Items ?? []).map((i) => printJobSchema.parse(stripKeys(i)));
}

export async function markPrinted(s: StoreContext, caseId: string, jobId: string, by: string, at: string) {
  await s.db.send(
    new UpdateCommand({
      TableName: s.tableName,
      Key: jobKey(caseId, jobId),
      UpdateExpression:
        'SET printedAt = if_not_exists(printedAt, :at), printedBy = if_not_exists(printedBy, :by), prints = prints + :one',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':at': at, ':by': by, ':one': 1 },
    }),
  );
}
