/** Verifies a case's trail, or the admin log, against its head and its signed checkpoints. */
import { adminLogHead, listAdminLog } from '../admin/admin-log.js';
import { listEventItems, type StoreContext } from '../store/case-repository.js';
import { ADMIN_CHAIN_ID, ADMIN_LOG, caseLog, judgeTrail, type TrailVerdict } from './anchor.js';
import type { CheckpointLog } from './checkpoint-log.js';

export async function verifyCaseTrail(
  s: StoreContext,
  log: CheckpointLog,
  c: { caseId: string; seq: number; headHash: string },
): Promise<TrailVerdict> {
  const [raw, checkpoints, keys] = await Promise.all([
    listEventItems(s, c.caseId),
    log.list(caseLog(c.caseId)),
    log.trustedKeys(),
  ]);
  return judgeTrail({
    chainId: c.caseId,
    log: caseLog(c.caseId),
    raw,
    head: { seq: c.seq, headHash: c.headHash },
    checkpoints,
    keys,
  });
}

export async function verifyAdminTrail(s: StoreContext, log: CheckpointLog): Promise<TrailVerdict> {
  const [raw, head, checkpoints, keys] = await Promise.all([
    listAdminLog(s),
    adminLogHead(s),
    log.list(ADMIN_LOG),
    log.trustedKeys(),
  ]);
  return judgeTrail({ chainId: ADMIN_CHAIN_ID, log: ADMIN_LOG, raw, head, checkpoints, keys });
}
