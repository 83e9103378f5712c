/**
 * `npm run metrics:recount`: rebuilds every metric counter of the local data from the audit trail
 * (the same projection as the live projector), reports how many counters differed, and writes the
 * recount. Run it while nothing is being filed or acted on.
 */

import { expectedCounters, monthsBetween, writeCounters } from '../../shared/cases/recount-metrics.js';
import { localDate } from '../../shared/domain/calendar.js';
import { readCounter } from '../../shared/store/metrics.js';
import { openLocalStore } from './local-store.js';

const { store, close } = await openLocalStore();
const recount = await expectedCounters(store, monthsBetween('2019-01', localDate(new Date())));
let differing = 0;
for (const c of recount.counters.values()) {
  const live = await readCounter(store, c.key);
  if (Object.entries(c.counts).some(([k, v]) => Number(live?.[k] ?? 0) !== v)) differing++;
}
await writeCounters(store, recount);
console.log(
  `${recount.cases} case(s), ${recount.events} event(s): ${recount.counters.size} counter item(s) rebuilt, ${differing} differed from the live ones.`,
);
await close();
process.exit(0);
