/**
 * `npm run audit:verify [caseId|reference…]`: verifies the audit trail of every case (or the given
 * ones), and the admin log, against the head on the case and the signed checkpoint log in the local
 * data folder. Uses the running `npm start` if there is one, otherwise starts DynamoDB Local on the
 * same data. Exits 1 if any trail is broken.
 */
import { join } from 'node:path';
import { localCheckpointLog } from '../../shared/audit/checkpoint-log.js';
import { openLocalStore } from './local-store.js';
import { verifyAll } from './verify-all.js';

const { store, dataDir, close } = await openLocalStore();
const log = localCheckpointLog(
  join(dataDir, `checkpoints-${store.tableName}.jsonl`),
  join(dataDir, 'anchor-key.pem'),
);
const reports = await verifyAll(store, log, process.argv.slice(2));

let bad = 0;
let unanchored = 0;
for (const r of reports) {
  const v = r.verdict;
  if (!v?.valid) bad++;
  if (v && v.anchoredLength < v.length) unanchored++;
  const name = (r.reference ?? r.id).padEnd(17);
  if (!v) {
    console.log(`ERROR    ${name} ${r.error}`);
    continue;
  }
  const anchored = `anchored ${String(v.anchoredLength).padStart(3)}/${String(v.length).padEnd(3)}`;
  console.log(
    `${v.valid ? 'valid   ' : 'INVALID '} ${name} ${anchored} head ${v.headHash?.slice(0, 16) ?? '-'}…${
      v.valid ? '' : `  first bad event ${v.firstBadSeq} (${v.fault})`
    }`,
  );
}
console.log(
  `\n${reports.length} trail(s) checked: ${reports.length - bad} valid, ${bad} broken, ${unanchored} with events not yet anchored.`,
);
await close();
process.exit(bad ? 1 : 0);
