/**
 * `npm run audit:verify [caseId…]`: recomputes the audit hash chain of every case (or the given ones)
 * in the local data folder and checks it against the head stored on the case. Uses the running
 * `npm start` if there is one, otherwise starts DynamoDB Local on the same data.
 *
 * Verifying every chain is inherently a full read, so this offline tool pages through the table with
 * a Scan; no request path of the product scans.
 */
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { verifyChain } from '../../shared/audit/chain.js';
import { getCase, listEvents } from '../../shared/store/case-repository.js';
import { openLocalStore } from './local-store.js';

const { store, close } = await openLocalStore();
const tableName = store.tableName;

let ids = process.argv.slice(2);
if (ids.length === 0) {
  const pages = paginateScan(
    { client: store.db },
    {
      TableName: tableName,
      FilterExpression: 'SK = :c',
      ExpressionAttributeValues: { ':c': 'CASE' },
      ProjectionExpression: 'caseId',
    },
  );
  for await (const page of pages) ids.push(...(page.Items ?? []).map((i) => String(i.caseId)));
  ids = ids.sort();
}

let bad = 0;
for (const id of ids) {
  const c = await getCase(store, id);
  if (!c) {
    console.log(`MISSING  ${id}`);
    bad++;
    continue;
  }
  const v = verifyChain(id, await listEvents(store, id), { seq: c.seq, headHash: c.headHash });
  if (!v.valid) bad++;
  console.log(
    `${v.valid ? 'valid   ' : 'INVALID '} ${c.reference.padEnd(17)} events ${String(v.length).padStart(3)}  head ${v.headHash?.slice(0, 16)}…${v.valid ? '' : `  first bad event ${v.firstBadSeq}`}`,
  );
}
console.log(`\n${ids.length} case(s), ${bad} with a broken chain.`);
await close();
process.exit(bad ? 1 : 0);
