/**
 * Verifies every case trail and the admin log against their heads and the signed checkpoint log: the
 * core of `npm run audit:verify`, also run in-process by the tamper test and the bench.
 *
 * Verifying every chain is inherently a full read, so this offline tool pages through the table with
 * a Scan; no request path of the product scans.
 */
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import type { TrailVerdict } from '../../shared/audit/anchor.js';
import type { CheckpointLog } from '../../shared/audit/checkpoint-log.js';
import { verifyAdminTrail, verifyCaseTrail } from '../../shared/audit/verify-trail.js';
import type { StoreContext } from '../../shared/store/case-repository.js';

export interface TrailReport {
  id: string;
  reference: string | null;
  verdict: TrailVerdict | null;
  error?: string;
}

/** Case heads as stored (raw: a case item that no longer parses is still checked). */
async function caseHeads(store: StoreContext, only?: readonly string[]) {
  const heads: { caseId: string; reference: string | null; seq: number; headHash: string }[] = [];
  const pages = paginateScan(
    { client: store.db },
    {
      TableName: store.tableName,
      FilterExpression: 'SK = :c',
      ExpressionAttributeValues: { ':c': 'CASE' },
      ProjectionExpression: 'caseId, #r, seq, headHash',
      ExpressionAttributeNames: { '#r': 'reference' },
    },
  );
  for await (const page of pages)
    for (const i of page.Items ?? [])
      heads.push({
        caseId: String(i.caseId),
        reference: typeof i.reference === 'string' ? i.reference : null,
        seq: Number(i.seq),
        headHash: String(i.headHash),
      });
  const wanted = only?.length ? new Set(only) : null;
  return heads
    .filter((h) => !wanted || wanted.has(h.caseId) || (h.reference && wanted.has(h.reference)))
    .sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
}

export async function verifyAll(
  store: StoreContext,
  log: CheckpointLog,
  only?: readonly string[],
): Promise<TrailReport[]> {
  const reports: TrailReport[] = [];
  for (const h of await caseHeads(store, only)) {
    try {
      reports.push({ id: h.caseId, reference: h.reference, verdict: await verifyCaseTrail(store, log, h) });
    } catch (err) {
      // Never fail open: a trail that cannot be read is reported, and counts as broken.
      reports.push({ id: h.caseId, reference: h.reference, verdict: null, error: (err as Error).message });
    }
  }
  if (!only?.length) {
    try {
      reports.push({ id: 'admin-log', reference: null, verdict: await verifyAdminTrail(store, log) });
    } catch (err) {
      reports.push({ id: 'admin-log', reference: null, verdict: null, error: (err as Error).message });
    }
  }
  return reports;
}
