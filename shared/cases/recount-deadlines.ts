/**
 * After a new calendar edition (a year the Prime Minister decided, a correction): every open case
 * whose running deadlines were counted with an older edition is advanced, and advance-case.ts counts
 * them again — an audit event naming each old and new last day and the edition, a notice to the
 * filer (their tracking page shows it), the alerts moved. Open cases are found committee by
 * committee through the open-case index (one Query a page, only what decides: the id, the clocks'
 * editions, whether the workflow is parked), never a Scan.
 *
 * Only parked cases are advanced: a case whose workflow is running is counted again by that run's
 * own Advance, so the two never send the same notice. A run stops before its time is up and the next
 * run (hourly) goes on; running it again changes nothing already counted.
 */
import type { Clock } from '../domain/clocks.js';
import { countedWithOldCalendar } from '../domain/clocks.js';
import { logger } from '../lambda/logger.js';
import { listCommittees } from '../store/committees.js';
import { keys } from '../store/keys.js';
import { queryAll } from '../store/query.js';
import { tableDefinition } from '../store/table.js';
import { type AdvanceDeps, advanceCase } from './advance-case.js';

export interface RecountResult {
  /** Open cases looked at. */
  open: number;
  /** Cases whose deadlines were counted again (moved or only re-stamped). */
  recounted: number;
  /** Cases left for their running workflow, or for the next run once the time was up. */
  left: number;
  /** Cases that could not be advanced now (tried again next run), by id. */
  failed: string[];
}

export async function recountOpenCases(
  deps: AdvanceDeps,
  opts: { timeLeftMs?: () => number } = {},
): Promise<RecountResult> {
  const out: RecountResult = { open: 0, recounted: 0, left: 0, failed: [] };
  const index = tableDefinition.indexes.open;
  // A case takes a read, a write, perhaps a notice and a few schedules: stop with a minute to spare.
  const inTime = () => (opts.timeLeftMs?.() ?? Number.POSITIVE_INFINITY) > 60_000;
  for (const committee of await listCommittees(deps.store, { fresh: true })) {
    const open = await queryAll(deps.store, {
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': keys.openPk(committee.committeeId) },
      ProjectionExpression: 'caseId, clocks, taskToken',
    });
    out.open += open.length;
    for (const item of open) {
      if (!countedWithOldCalendar((item.clocks ?? []) as Clock[])) continue;
      if (!item.taskToken || !inTime()) {
        out.left++;
        continue;
      }
      const caseId = String(item.caseId);
      try {
        await advanceCase(deps, caseId);
        out.recounted++;
      } catch (err) {
        // The case id and the error's name only: never its message, which may quote case data.
        logger.warn('deadline recount failed for a case', { caseId, error: (err as Error).name });
        out.failed.push(caseId);
      }
    }
  }
  logger.info('deadline recount', {
    open: out.open,
    recounted: out.recounted,
    left: out.left,
    failed: out.failed.length,
  });
  return out;
}
