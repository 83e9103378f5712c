/**
 * After a new calendar edition (a year the Prime Minister decided, a correction): every open case
 * whose running deadlines were counted with an older edition is advanced, and advance-case.ts counts
 * them again — an audit event naming each old and new last day and the edition, a notice to the
 * filer (their tracking page shows it), the alerts moved. Open cases are found committee by
 * committee through the open-case index (one Query a page, only the id and the clocks), never a Scan.
 * Run daily and when the local runtime starts; running it twice does nothing the second time.
 */

import type { Clock } from '../domain/clocks.js';
import { countedWithOldCalendar } from '../domain/clocks.js';
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
  /** Cases that could not be advanced now (left for the next run), by id. */
  failed: string[];
}

export async function recountOpenCases(deps: AdvanceDeps): Promise<RecountResult> {
  const out: RecountResult = { open: 0, recounted: 0, failed: [] };
  const index = tableDefinition.indexes.open;
  for (const committee of await listCommittees(deps.store, { fresh: true })) {
    const open = await queryAll(deps.store, {
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': keys.openPk(committee.committeeId) },
      ProjectionExpression: 'caseId, clocks',
    });
    out.open += open.length;
    for (const item of open) {
      if (!countedWithOldCalendar((item.clocks ?? []) as Clock[])) continue;
      const caseId = String(item.caseId);
      try {
        await advanceCase(deps, caseId);
        out.recounted++;
      } catch {
        // A case busy with other changes is counted again on the next run.
        out.failed.push(caseId);
      }
    }
  }
  return out;
}
